import { findOurLegend, legendBlock } from "../../../src/core/sheet/legend-block";
import { OUR_LEGEND_TITLE } from "../../../src/core/sheet/legend-title";
import { DEFAULT_LEGEND } from "../../../src/core/settings";
import { LAST_COLUMN_INDEX, LAST_ROW_INDEX } from "../../../src/core/sheet/limits";
import type { LegendBlock, SheetInput } from "../../../src/core/sheet/sheet-types";
import { buildPlan } from "../../support/builders/plan-builder";
import { analysedPlan } from "../../support/builders/analysed-plan";
import { SAMPLE_PLAN, SAMPLE_SETTINGS } from "../../support/builders/sample-plan";

function present(block: LegendBlock | null): LegendBlock {
  if (block === null) throw new Error("expected a legend block");
  return block;
}

/** The same input with its used range moved so its first cell is at (row, column). */
function movedTo(input: SheetInput, row: number, column: number): SheetInput {
  return { ...input, origin: { row, column } };
}

describe("legendBlock", () => {
  it("goes below the table after one blank row, in the table's first column, with swatches", () => {
    const run = analysedPlan(buildPlan(SAMPLE_PLAN, { leftColumn: 1 }).input, SAMPLE_SETTINGS);
    const block = present(legendBlock(run.grid, run.layout, DEFAULT_LEGEND));
    const last = run.layout.lastDataRow;
    // seven rows reserved (title, up to five bands, N.V.): three bands use five of them
    expect(block.area).toEqual({ top: last + 2, left: 1, bottom: last + 8, right: 2 });
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
    const run = analysedPlan(
      { ...built.input, values, numberFormats: undefined, formulas: undefined },
      SAMPLE_SETTINGS
    );
    const block = present(legendBlock(run.grid, run.layout, DEFAULT_LEGEND));
    expect(block.area.top).toBe(values.length + 1);
  });

  it("is rewritten where it already stands", () => {
    const built = buildPlan(SAMPLE_PLAN);
    const values = [...built.input.values, [null], [null], [null], [null, OUR_LEGEND_TITLE]];
    const run = analysedPlan(
      { ...built.input, values, numberFormats: undefined, formulas: undefined },
      SAMPLE_SETTINGS
    );
    expect(findOurLegend(run.grid)).toEqual({ row: values.length - 1, column: 1 });
    const block = present(
      legendBlock(run.grid, run.layout, { ...DEFAULT_LEGEND, greenAbove: 0.9 })
    );
    expect(block.area).toMatchObject({ top: values.length - 1, left: 1 });
    expect(block.cells.map((c) => c.value)).toContain("> 90,00%");
  });

  it("never passes Excel's last row: a table ending at row 1,048,576 gets its legend on the right", () => {
    const built = buildPlan(SAMPLE_PLAN).input;
    const height = built.values.length;
    const width = Math.max(...built.values.map((row) => row.length));
    // The used range's last row is the grid's last row (0-based LAST_ROW_INDEX = row 1,048,576).
    const run = analysedPlan(movedTo(built, LAST_ROW_INDEX - height + 1, 0), SAMPLE_SETTINGS);
    const block = present(legendBlock(run.grid, run.layout, DEFAULT_LEGEND));
    expect(block.area.bottom).toBeLessThanOrEqual(LAST_ROW_INDEX);
    // One blank column after the last used column (width - 1), so the title is at column width + 1.
    expect(block.area.left).toBe(width + 1);
    expect(block.area.top).toBe(run.layout.firstDataRow - 1);
    for (const cell of [...block.cells, ...block.fills])
      expect(cell.row).toBeLessThanOrEqual(LAST_ROW_INDEX);
  });

  it("goes below when the seven reserved rows still fit above the last row", () => {
    const built = buildPlan(SAMPLE_PLAN).input;
    const height = built.values.length;
    // Last used row LAST_ROW_INDEX - 8: the title at - 6 and the block's bottom at LAST_ROW_INDEX.
    const run = analysedPlan(movedTo(built, LAST_ROW_INDEX - 8 - height + 1, 0), SAMPLE_SETTINGS);
    const block = present(legendBlock(run.grid, run.layout, DEFAULT_LEGEND));
    expect(block.area).toMatchObject({ top: LAST_ROW_INDEX - 6, bottom: LAST_ROW_INDEX, left: 0 });
  });

  it("is left out when there is no room below nor on the right (column XFD)", () => {
    const built = buildPlan(SAMPLE_PLAN).input;
    const height = built.values.length;
    const width = Math.max(...built.values.map((row) => row.length));
    const run = analysedPlan(
      movedTo(built, LAST_ROW_INDEX - height + 1, LAST_COLUMN_INDEX - width + 1),
      SAMPLE_SETTINGS
    );
    expect(legendBlock(run.grid, run.layout, DEFAULT_LEGEND)).toBeNull();
  });
});
