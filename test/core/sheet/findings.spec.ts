import { derivedCells } from "../../../src/core/sheet/derived-cells";
import {
  derivedCellFindings,
  kpiFindings,
  sortFindings,
  treeFindings,
} from "../../../src/core/sheet/findings";
import type { Finding } from "../../../src/core/sheet/sheet-types";
import { buildPlan, type LayoutOptions, type PlanItem } from "../../support/builders/plan-builder";
import { analysedPlan } from "../../support/builders/analysed-plan";
import { SAMPLE_SETTINGS } from "../../support/builders/sample-plan";

function findingsOf(items: readonly PlanItem[], options: LayoutOptions = {}) {
  const built = buildPlan(items, options);
  const run = analysedPlan(built.input, SAMPLE_SETTINGS);
  const cells = derivedCells(run.layout, run.outcome, run.settings);
  const all = sortFindings([
    ...derivedCellFindings(run.grid, cells),
    ...treeFindings(run.layout, run.tree, run.outcome),
    ...kpiFindings(run.layout, run.outcome),
  ]);
  return { built, all, codes: (code: Finding["code"]) => all.filter((f) => f.code === code) };
}

describe("findings", () => {
  it("reports a published KPI performance that differs beyond 0,005%, in Italian and English", () => {
    const { codes } = findingsOf([
      {
        title: "B.1 - Agenda",
        objectivePerformance: 0.9025,
        kpis: [
          {
            indicator: "k1",
            weight: 0.5,
            target: 0.1,
            targetFormat: "0.00%",
            actual: 0.0805,
            actualFormat: "0.00%",
            kpiPerformance: 0.801,
          },
          {
            indicator: "k2",
            weight: 0.5,
            target: 0.1,
            targetFormat: "0.00%",
            actual: 0.2,
            actualFormat: "0.00%",
            kpiPerformance: 1,
          },
        ],
      },
    ]);
    const [mismatch] = codes("PUBLISHED_MISMATCH");
    expect(mismatch).toMatchObject({ row: 3, column: "G", published: 0.801 });
    expect(mismatch.text.it).toBe(
      "Performance KPI pubblicata 80,10%, ma secondo le regole è 80,50%."
    );
    expect(mismatch.text.en).toBe(
      "KPI performance published as 80.10%, but by the rules it is 80.50%."
    );
    expect(codes("PUBLISHED_MISMATCH")).toHaveLength(1);
  });

  it("reports a blank published cell where a number is computed", () => {
    const { codes } = findingsOf([
      {
        title: "A.6 - Crisi",
        kpis: [{ indicator: "k", operator: "<=", target: 45657, targetFormat: "dd/mm/yyyy" }],
      },
    ]);
    expect(
      codes("PUBLISHED_MISMATCH").map((f) => [f.row, f.column, f.published, f.computed])
    ).toEqual([
      [2, "H", null, 0],
      [3, "G", null, 0],
    ]);
    expect(codes("BLANK_ACTUAL_NOT_ACHIEVED")).toMatchObject([
      { row: 3, column: "F", computed: 0 },
    ]);
  });

  it("keeps a user's formula and says so, but replaces the add-in's own", () => {
    const { codes } = findingsOf([
      {
        title: "A.1 - Uno",
        objectivePerformance: 1,
        objectivePerformanceFormula: "=PIANO.PERF_ROLLUP(G3:G3)",
        kpis: [
          {
            indicator: "k",
            target: 10,
            actual: 10,
            kpiPerformance: 1,
            kpiPerformanceFormula: "=IF(F3>=E3,1,F3/E3)",
          },
        ],
      },
    ]);
    expect(codes("USER_FORMULA_KEPT")).toMatchObject([
      { row: 3, column: "G", published: 1, computed: 1 },
    ]);
    expect(codes("USER_FORMULA_KEPT")[0].text.it).toContain("=IF(F3>=E3,1,F3/E3)");
  });

  it("reports percentage targets against plain-number actuals as a unit mismatch", () => {
    const { codes } = findingsOf([
      {
        title: "B.1.1 - Digitale",
        kpis: [
          {
            indicator: "N. partecipanti",
            target: 0.01,
            targetFormat: "0.00%",
            actual: 0.69,
            actualFormat: "0.00",
          },
        ],
      },
    ]);
    expect(codes("UNIT_MISMATCH")).toMatchObject([
      { row: 3, column: "F", published: 0.69, computed: 0.01 },
    ]);
  });

  it("reports weights that do not add up to 100%, allowing thirds written as 33%", () => {
    const { codes } = findingsOf([
      {
        title: "C.1.2.9 - Risorse",
        kpis: [
          { indicator: "k1", weight: 0.6, target: 1, actual: 1 },
          { indicator: "k2", weight: 0.2, target: 1, actual: 1 },
        ],
      },
      {
        title: "C.1 - Terzi",
        kpis: [
          { indicator: "k3", weight: 0.33, target: 1, actual: 1 },
          { indicator: "k4", weight: 0.33, target: 1, actual: 1 },
          { indicator: "k5", weight: 0.33, target: 1, actual: 1 },
        ],
      },
    ]);
    expect(codes("WEIGHTS_NOT_100")).toHaveLength(1);
    expect(codes("WEIGHTS_NOT_100")[0]).toMatchObject({ row: 2, column: "C" });
    expect(codes("WEIGHTS_NOT_100")[0].text.it).toContain("80,00%");
  });

  it("reports a zero weight, an unreadable target, an unreadable actual and a revised target", () => {
    const { codes } = findingsOf([
      {
        title: "A.4.1 - Legalità",
        kpis: [
          { indicator: "zero", weight: 0, target: 2, actual: "N.V." },
          { indicator: "medio", weight: 0.5, target: "≤ dato medio nazionale", actual: 3 },
          { indicator: "illeggibile", weight: 0.25, target: 3, actual: "tre circa" },
          {
            indicator: "rivisto",
            weight: 0.25,
            target: "2021 >= 15% 20%",
            actual: 0.3,
            actualFormat: "0.00%",
          },
        ],
      },
    ]);
    expect(codes("ZERO_WEIGHT")).toMatchObject([{ row: 3, column: "C", published: 0 }]);
    expect(codes("TARGET_UNREADABLE")).toMatchObject([
      { row: 4, column: "E", published: "≤ dato medio nazionale" },
    ]);
    expect(codes("VALUE_UNREADABLE")).toMatchObject([
      { row: 5, column: "F", published: "tre circa" },
    ]);
    const [revised] = codes("REVISED_TARGET");
    expect(revised).toMatchObject({ row: 6, column: "E" });
    expect(revised.published).toBeCloseTo(0.15, 12);
    expect(revised.computed).toBeCloseTo(0.2, 12);
  });

  it("reports duplicate codes and missing parents on the objective column", () => {
    const { codes } = findingsOf([
      { title: "B.2 - Regolazione", kpis: [{ indicator: "k0", target: 1, actual: 1 }] },
      { title: "B.2.1.3 - Etichettatura", kpis: [{ indicator: "k1", target: 2, actual: 0 }] },
      { title: "B.2.2 - Crisi", kpis: [{ indicator: "k2", target: 1, actual: 1 }] },
      { title: "B.2.2 - Crisi bis", kpis: [{ indicator: "k3", target: 1, actual: 1 }] },
    ]);
    expect(codes("MISSING_PARENT")).toMatchObject([{ row: 4, column: "A", computed: "B.2.1" }]);
    expect(codes("MISSING_PARENT")[0].text.it).toContain("B.2.1 è ricostruito");
    expect(codes("DUPLICATE_CODE")).toMatchObject([{ row: 8, column: "A", published: "B.2.2" }]);
  });

  it("sorts findings by row, then column (B before AA), then code", () => {
    const f = (row: number, column: string, code: Finding["code"]): Finding => ({
      row,
      column,
      code,
      text: { it: "", en: "" },
      published: null,
      computed: null,
    });
    const sorted = sortFindings([
      f(5, "AA", "ZERO_WEIGHT"),
      f(5, "B", "UNIT_MISMATCH"),
      f(2, "C", "ZERO_WEIGHT"),
      f(5, "B", "PUBLISHED_MISMATCH"),
    ]);
    expect(sorted.map((x) => `${x.row}${x.column}:${x.code}`)).toEqual([
      "2C:ZERO_WEIGHT",
      "5B:PUBLISHED_MISMATCH",
      "5B:UNIT_MISMATCH",
      "5AA:ZERO_WEIGHT",
    ]);
  });
});
