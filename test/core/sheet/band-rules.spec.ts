import fc from "fast-check";
import {
  bandFormulaShape,
  bandRules,
  ourBandFormulaTest,
} from "../../../src/core/sheet/band-rules";
import { classify, roundForLegend } from "../../../src/core/classify";
import { DEFAULT_LEGEND } from "../../../src/core/settings";
import type { LegendSettings } from "../../../src/core/types";
import { buildPlan } from "../../support/builders/plan-builder";
import { analysedPlan } from "../../support/builders/analysed-plan";
import { SAMPLE_PLAN, SAMPLE_SETTINGS } from "../../support/builders/sample-plan";

const layoutOf = (options: Parameters<typeof buildPlan>[1] = {}) =>
  analysedPlan(buildPlan(SAMPLE_PLAN, options).input, SAMPLE_SETTINGS).layout;

/** Evaluates a rule's comparisons of ROUND(P,4) for a number P, as a spreadsheet would. */
function ruleHolds(formula: string, p: number): boolean {
  const performance = /^=AND\(ISNUMBER\((.*?)\),ROUND/.exec(formula)?.[1] ?? "";
  const plain = formula.split(performance).join("P");
  const comparisons = [...plain.matchAll(/ROUND\(P,4\)(>=|<=|>|<)([0-9.]+)/g)];
  expect(comparisons.length).toBeGreaterThan(0);
  const r = roundForLegend(p);
  return comparisons.every(([, op, text]) => {
    const value = Number(text);
    return op === ">" ? r > value : op === ">=" ? r >= value : op === "<" ? r < value : r <= value;
  });
}

describe("bandRules", () => {
  it("covers the table from the first data row to the last, first to last column", () => {
    const format = bandRules(layoutOf({ headerRow: 2, leftColumn: 1 }), DEFAULT_LEGEND);
    expect(format?.area).toEqual({ top: 3, left: 1, bottom: 3 + 9, right: 8 });
  });

  it("writes one rule per band, relative to the area's top-left row, objective performance first", () => {
    const format = bandRules(layoutOf(), DEFAULT_LEGEND);
    expect(format?.rules).toEqual([
      {
        band: "green",
        name: "verde",
        formula: "=AND(ISNUMBER(IF(ISNUMBER($H2),$H2,$G2)),ROUND(IF(ISNUMBER($H2),$H2,$G2),4)>0.8)",
        fill: "#C6EFCE",
      },
      {
        band: "yellow",
        name: "giallo",
        formula:
          "=AND(ISNUMBER(IF(ISNUMBER($H2),$H2,$G2)),ROUND(IF(ISNUMBER($H2),$H2,$G2),4)>=0.6,ROUND(IF(ISNUMBER($H2),$H2,$G2),4)<=0.8)",
        fill: "#FFEB9C",
      },
      {
        band: "red",
        name: "rosso",
        formula: "=AND(ISNUMBER(IF(ISNUMBER($H2),$H2,$G2)),ROUND(IF(ISNUMBER($H2),$H2,$G2),4)<0.6)",
        fill: "#FFC7CE",
      },
    ]);
  });

  it("uses only functions Excel, Excel on the web and LibreOffice all know", () => {
    const format = bandRules(layoutOf(), DEFAULT_LEGEND);
    for (const rule of format?.rules ?? []) {
      const functions = [...rule.formula.matchAll(/([A-Z.]+)\(/g)].map((m) => m[1]);
      expect(functions.every((name) => ["AND", "ISNUMBER", "IF", "ROUND"].includes(name))).toBe(
        true
      );
    }
  });

  it("takes thresholds and fills from the settings", () => {
    const legend: LegendSettings = {
      greenAbove: 0.9,
      yellowFrom: 0.5,
      colors: { green: "#00FF00", yellow: "#FFFF00", red: "#FF0000" },
    };
    const format = bandRules(layoutOf(), legend);
    expect(format?.rules.map((r) => r.fill)).toEqual(["#00FF00", "#FFFF00", "#FF0000"]);
    expect(format?.rules[0].formula).toContain(">0.9)");
    expect(format?.rules[2].formula).toContain("<0.5)");
  });

  it("colours exactly one band for any performance, the one classify gives (80,00% is yellow)", () => {
    const format = bandRules(layoutOf(), DEFAULT_LEGEND);
    const rules = format?.rules ?? [];
    const check = (p: number): void => {
      const holding = rules.filter((rule) => ruleHolds(rule.formula, p)).map((rule) => rule.band);
      expect(holding).toEqual([classify(p, DEFAULT_LEGEND)]);
    };
    [0.8, 0.80004, 0.80005, 0.6, 0.59995, 0.59994, 0, 1].forEach(check);
    fc.assert(fc.property(fc.double({ min: 0, max: 1.5, noNaN: true }), (p) => check(p)));
  });
});

describe("recognising our band rules among a sheet's conditional formats", () => {
  it("gives one rule the same shape on other rows, columns and thresholds, and another rule another shape", () => {
    expect(bandFormulaShape("=AND(ISNUMBER($H4),ROUND($H4,4)>0.8)")).toBe(
      bandFormulaShape("AND(ISNUMBER($J120), ROUND($J120,4)>0.75)")
    );
    expect(bandFormulaShape("=AND(ISNUMBER($H4),ROUND($H4,4)>0.8)")).not.toBe(
      bandFormulaShape("=$H4>0.8")
    );
  });

  it("knows a rule written by an earlier run and leaves people's own rules and non-formulas alone", () => {
    const rules = bandRules(layoutOf(), DEFAULT_LEGEND);
    expect(rules).not.toBeNull();
    const isOurs = ourBandFormulaTest((rules?.rules ?? []).map((rule) => rule.formula));
    const shifted = (rules?.rules ?? []).map((rule) =>
      rule.formula.replace(/\$([A-Z]+)(\d+)/g, "$$$1" + "99")
    );
    for (const formula of shifted) expect(isOurs(formula)).toBe(true);
    expect(isOurs("=$H4>0.5")).toBe(false);
    expect(isOurs(null)).toBe(false);
    expect(isOurs(42)).toBe(false);
  });

  it("recognises our rules of the other column form too: written when the sheet had other columns", () => {
    // Today's rules read one column; rules written when the sheet had both an objective and a KPI
    // column read IF(ISNUMBER(objective),objective,KPI), and the other way round.
    const singleColumn = ourBandFormulaTest(["=AND(ISNUMBER($G4),ROUND($G4,4)>0.8)"]);
    expect(
      singleColumn(
        "AND(ISNUMBER(IF(ISNUMBER($H9),$H9,$G9)),ROUND(IF(ISNUMBER($H9),$H9,$G9),4)<0.6)"
      )
    ).toBe(true);
    const bothColumns = ourBandFormulaTest([
      "=AND(ISNUMBER(IF(ISNUMBER($H4),$H4,$G4)),ROUND(IF(ISNUMBER($H4),$H4,$G4),4)>0.8)",
    ]);
    expect(bothColumns("AND(ISNUMBER($F2),ROUND($F2,4)>=0.5,ROUND($F2,4)<=0.7)")).toBe(true);
    expect(bothColumns("AND(ISNUMBER($F2),$F2>0.5)")).toBe(false);
  });
});
