/**
 * A legend of five bands used for the colours (domain §7, §10: 2 to 5 bands): one rule and one
 * fill per band, the legend block with five swatches, each row's band by name, the summary counted
 * by band. Figures by hand: proportional, target 100, performance = actual / 100.
 */
import { serialFromYmd } from "../../../src/core/excel-date";
import { SETTING_FIELDS } from "../../../src/core/settings";
import { recomputeSheet } from "../../../src/core/sheet/recompute-sheet";
import type { SheetInput, SheetRecompute } from "../../../src/core/sheet/sheet-types";
import type { CellScalar, LegendBand, Settings } from "../../../src/core";
import { applyPlan } from "../../support/doubles/apply-plan";

export const FIVE_BANDS_TEXT =
  "> 90% #A9D08E; 80%-90% #C6EFCE; 60%-79,99% #FFEB9C; 40%-59,99% #FCD5B4; < 40% #FFC7CE";

function fiveBands(): readonly LegendBand[] {
  const read = SETTING_FIELDS.legendBands.fromText(FIVE_BANDS_TEXT);
  if (!read.ok || read.value === null) throw new Error("bands");
  return read.value;
}

const VALUES: CellScalar[][] = [
  [
    "Obiettivo",
    "Indicatore",
    "Peso",
    "Target",
    "Consuntivo",
    "Performance KPI",
    "Performance Obiettivo",
  ],
  ["A.1 - Servizi", null, null, null, null, null, null], // row 2: (95+85+70+50+30)/5 = 66% → giallo
  [null, "Primo", 0.2, ">= 100", 95, null, null], // 95% → > 90%: verde scuro
  [null, "Secondo", 0.2, ">= 100", 85, null, null], // 85% → 80–90%: verde chiaro
  [null, "Terzo", 0.2, ">= 100", 70, null, null], // 70% → 60–79,99%: giallo
  [null, "Quarto", 0.2, ">= 100", 50, null, null], // 50% → 40–59,99%: arancione
  [null, "Quinto", 0.2, ">= 100", 30, null, null], // 30% → < 40%: rosso
];

const input: SheetInput = { name: "Piano", origin: { row: 0, column: 0 }, values: VALUES };

function run(sheet: SheetInput, settings: Partial<Settings>): SheetRecompute {
  const result = recomputeSheet(sheet, settings);
  if (!result.ok) throw new Error(result.error.text.it);
  return result.value;
}

const SETTINGS: Partial<Settings> = {
  planYear: 2024,
  asOf: serialFromYmd(2024, 12, 31),
  legendBands: fiveBands(),
};

describe("a five-band legend in the core's plan", () => {
  const result = run(input, SETTINGS);

  it("one rule per band with its own fill, highest band first", () => {
    const rules = result.plan.bandFormat?.rules ?? [];
    const p = "IF(ISNUMBER($G2),$G2,$F2)";
    const r = `ROUND(${p},4)`;
    expect(rules.map((rule) => [rule.name, rule.formula, rule.fill])).toEqual([
      ["verde scuro", `=AND(ISNUMBER(${p}),${r}>0.9)`, "#A9D08E"],
      ["verde chiaro", `=AND(ISNUMBER(${p}),${r}>=0.8,${r}<=0.9)`, "#C6EFCE"],
      ["giallo", `=AND(ISNUMBER(${p}),${r}>=0.6,${r}<=0.7999)`, "#FFEB9C"],
      ["arancione", `=AND(ISNUMBER(${p}),${r}>=0.4,${r}<=0.5999)`, "#FCD5B4"],
      ["rosso", `=AND(ISNUMBER(${p}),${r}<0.4)`, "#FFC7CE"],
    ]);
  });

  it("each row's band by name, the summary counted by band", () => {
    expect(result.rows.map((row) => [row.row, row.bandName, row.band])).toEqual([
      [2, "giallo", "yellow"],
      [3, "verde scuro", "green"],
      [4, "verde chiaro", "yellow"],
      [5, "giallo", "yellow"],
      [6, "arancione", "yellow"],
      [7, "rosso", "red"],
    ]);
    expect(result.summary.bands).toEqual([
      { name: "verde scuro", fill: "#A9D08E", rule: "> 90,00%", count: 1 },
      { name: "verde chiaro", fill: "#C6EFCE", rule: "80,00% – 90,00%", count: 1 },
      { name: "giallo", fill: "#FFEB9C", rule: "60,00% – 79,99%", count: 2 },
      { name: "arancione", fill: "#FCD5B4", rule: "40,00% – 59,99%", count: 1 },
      { name: "rosso", fill: "#FFC7CE", rule: "< 40,00%", count: 1 },
    ]);
  });

  it("the legend block has five swatches and the N.V. row", () => {
    const legend = result.plan.legend;
    // table rows 0–6, one blank row, the title at 8
    expect(legend?.fills).toEqual([
      { row: 9, column: 0, fill: "#A9D08E" },
      { row: 10, column: 0, fill: "#C6EFCE" },
      { row: 11, column: 0, fill: "#FFEB9C" },
      { row: 12, column: 0, fill: "#FCD5B4" },
      { row: 13, column: 0, fill: "#FFC7CE" },
    ]);
    const column0 = (legend?.cells ?? [])
      .filter((cell) => cell.column === 0 && cell.row >= 9 && cell.row <= 14)
      .map((cell) => cell.value);
    expect(column0).toEqual([
      "> 90,00%",
      "80,00% – 90,00%",
      "60,00% – 79,99%",
      "40,00% – 59,99%",
      "< 40,00%",
      "N.V.",
    ]);
  });

  it("a re-run with three bands empties the rows the five-band legend used, and changes nothing twice", () => {
    const five = applyPlan(input, result.plan);
    const three = run(five, { ...SETTINGS, legendBands: null });
    const emptied = (three.plan.legend?.cells ?? []).filter((cell) => cell.value === null);
    // the three-band legend ends with N.V. at row 12: rows 13–14 (band 5 and the old N.V.) emptied
    expect(emptied.map((cell) => [cell.row, cell.column])).toEqual([
      [13, 0],
      [13, 1],
      [14, 0],
      [14, 1],
    ]);
    // the swatches of bands 4 and 5 (rows 12–13) lose their fills; the old N.V. row had none
    expect(three.plan.legend?.fills).toEqual([
      { row: 9, column: 0, fill: "#C6EFCE" },
      { row: 10, column: 0, fill: "#FFEB9C" },
      { row: 11, column: 0, fill: "#FFC7CE" },
      { row: 12, column: 0, fill: null },
      { row: 13, column: 0, fill: null },
    ]);
    const again = run(applyPlan(five, three.plan), { ...SETTINGS, legendBands: null });
    expect(again.plan.legend?.cells.filter((cell) => cell.value === null)).toEqual([]);
    expect(again.plan.legend?.fills.map((fill) => fill.row)).toEqual([9, 10, 11]);
    expect(again.rows).toEqual(three.rows);
  });
});
