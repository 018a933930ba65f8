/**
 * The typed legend's colours (domain §10: "with a fill beside each line"): the core names the few
 * cells whose fills it needs, the adapters read them into SheetInput.fills, and the bands colour
 * the rows with them; a fill that is no single colour is reported and the default colour used.
 */
import { serialFromYmd } from "../../../src/core/excel-date";
import { legendFillCells } from "../../../src/core/sheet";
import { recomputeSheet } from "../../../src/core/sheet/recompute-sheet";
import type { CellFill, SheetInput, SheetRecompute } from "../../../src/core/sheet/sheet-types";
import type { CellScalar, Settings } from "../../../src/core";

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
  ["A.1 - Servizi", null, null, null, null, null, null],
  [null, "Primo", 0.5, ">= 100", 90, null, null], // 90%
  [null, "Secondo", 0.5, ">= 100", 50, null, null], // 50%
  [],
  ["Legenda"], // row 5
  [null, "Performance superiore all'80% del target"], // row 6: swatch A7
  [null, "Performance compresa tra il 60% e l'80% del target"], // row 7
  [null, "Performance inferiore al 60% del target"], // row 8
];

const SETTINGS: Partial<Settings> = { planYear: 2024, asOf: serialFromYmd(2024, 12, 31) };

function run(fills: readonly CellFill[] | undefined, settings = SETTINGS): SheetRecompute {
  const input: SheetInput = {
    name: "Piano",
    origin: { row: 0, column: 0 },
    values: VALUES,
    ...(fills === undefined ? {} : { fills }),
  };
  const result = recomputeSheet(input, settings);
  if (!result.ok) throw new Error(result.error.text.it);
  return result.value;
}

const OFFICE_FILLS: CellFill[] = [
  { row: 6, column: 0, fill: "#00B050" },
  { row: 6, column: 1, fill: null },
  { row: 7, column: 0, fill: "#FFFF00" },
  { row: 7, column: 1, fill: null },
  { row: 8, column: 0, fill: "#FF0000" },
  { row: 8, column: 1, fill: null },
];

describe("the typed legend's colours", () => {
  it("asks only for the cells beside the legend's lines: heading column to text column", () => {
    const input: SheetInput = { name: "Piano", origin: { row: 0, column: 0 }, values: VALUES };
    expect(legendFillCells(input)).toEqual([
      { row: 6, column: 0 },
      { row: 6, column: 1 },
      { row: 7, column: 0 },
      { row: 7, column: 1 },
      { row: 8, column: 0 },
      { row: 8, column: 1 },
    ]);
    expect(
      legendFillCells({ name: "P", origin: { row: 0, column: 0 }, values: VALUES.slice(0, 4) })
    ).toEqual([]);
  });

  it("colours the rules, the legend swatches and the summary with the office's fills", () => {
    const result = run(OFFICE_FILLS);
    expect(result.plan.bandFormat?.rules.map((rule) => rule.fill)).toEqual([
      "#00B050",
      "#FFFF00",
      "#FF0000",
    ]);
    expect(result.plan.legend?.fills.map((fill) => fill.fill)).toEqual([
      "#00B050",
      "#FFFF00",
      "#FF0000",
    ]);
    // objective (90 + 50) / 2 = 70% → yellow; KPI 90% → green; 50% → red
    expect(result.rows.map((row) => row.bandName)).toEqual(["giallo", "verde", "rosso"]);
    expect(result.findings.filter((f) => f.code === "LEGEND_FILL_UNREADABLE")).toEqual([]);
  });

  it("without fills read, or with white cells, the settings' colours as before", () => {
    const colours = ["#C6EFCE", "#FFEB9C", "#FFC7CE"];
    expect(run(undefined).plan.bandFormat?.rules.map((rule) => rule.fill)).toEqual(colours);
    const white = OFFICE_FILLS.map((fill) => ({
      ...fill,
      fill: fill.fill === null ? null : "#FFFFFF",
    }));
    expect(run(white).plan.bandFormat?.rules.map((rule) => rule.fill)).toEqual(colours);
  });

  it("a fill that is no single colour is reported on its cell, and the band keeps its default colour", () => {
    const fills = OFFICE_FILLS.map((fill) =>
      fill.row === 7 && fill.column === 0 ? { ...fill, fill: null, unreadable: true } : fill
    );
    const result = run(fills);
    expect(result.plan.bandFormat?.rules.map((rule) => rule.fill)).toEqual([
      "#00B050",
      "#FFEB9C",
      "#FF0000",
    ]);
    const found = result.findings.filter((f) => f.code === "LEGEND_FILL_UNREADABLE");
    expect(found.map((f) => [f.row, f.column])).toEqual([[8, "A"]]);
  });

  it("explicit legend settings win over the sheet's colours", () => {
    const result = run(OFFICE_FILLS, {
      ...SETTINGS,
      legend: {
        greenAbove: 0.8,
        yellowFrom: 0.6,
        colors: { green: "#111111", yellow: "#222222", red: "#333333" },
      },
    });
    expect(result.plan.bandFormat?.rules.map((rule) => rule.fill)).toEqual([
      "#111111",
      "#222222",
      "#333333",
    ]);
  });
});
