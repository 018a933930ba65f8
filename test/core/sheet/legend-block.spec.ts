import { findOurLegend, legendBlock } from "../../../src/core/sheet/legend-block";
import { OUR_LEGEND_TITLE } from "../../../src/core/sheet/legend-title";
import { DEFAULT_LEGEND } from "../../../src/core/settings";
import { buildPlan } from "./plan-builder";
import { pipeline } from "./pipeline";
import { SAMPLE_PLAN } from "./sample-plan";

describe("legendBlock", () => {
  it("goes below the table after one blank row, in the table's first column, with swatches", () => {
    const run = pipeline(buildPlan(SAMPLE_PLAN, { leftColumn: 1 }).input);
    const block = legendBlock(run.grid, run.layout, DEFAULT_LEGEND);
    const last = run.layout.lastDataRow;
    expect(block.area).toEqual({ top: last + 2, left: 1, bottom: last + 6, right: 2 });
    expect(block.cells[0]).toMatchObject({ row: last + 2, column: 1, value: OUR_LEGEND_TITLE });
    expect(block.fills).toEqual([
      { row: last + 3, column: 1, fill: "#C6EFCE" },
      { row: last + 4, column: 1, fill: "#FFEB9C" },
      { row: last + 5, column: 1, fill: "#FFC7CE" },
    ]);
    const texts = block.cells.map((c) => c.value);
    expect(texts).toContain("> 80,00%");
    expect(texts).toContain("60,00% – 80,00%");
    expect(texts).toContain("< 60,00%");
    expect(texts).toContain("N.V.");
    expect(texts).toContain("Performance superiore all'80,00% del target (above 80.00%)");
    expect(texts).toContain(
      "Performance compresa tra il 60,00% e l'80,00% del target (from 60.00% to 80.00%)"
    );
  });

  it("goes below a legend people typed, without touching it", () => {
    const built = buildPlan(SAMPLE_PLAN);
    const values = [
      ...built.input.values,
      [null],
      ["Legenda"],
      [null, "Performance superiore all'80% del target"],
    ];
    const run = pipeline({ ...built.input, values, numberFormats: undefined, formulas: undefined });
    const block = legendBlock(run.grid, run.layout, DEFAULT_LEGEND);
    expect(block.area.top).toBe(values.length + 1);
  });

  it("is rewritten where it already stands", () => {
    const built = buildPlan(SAMPLE_PLAN);
    const values = [...built.input.values, [null], [null], [null], [null, OUR_LEGEND_TITLE]];
    const run = pipeline({ ...built.input, values, numberFormats: undefined, formulas: undefined });
    expect(findOurLegend(run.grid)).toEqual({ row: values.length - 1, column: 1 });
    const block = legendBlock(run.grid, run.layout, { ...DEFAULT_LEGEND, greenAbove: 0.9 });
    expect(block.area).toMatchObject({ top: values.length - 1, left: 1 });
    expect(block.cells.map((c) => c.value)).toContain("> 90,00%");
  });
});
