import { sheetGrid } from "../../../src/core/sheet/sheet-grid";
import { sheetOf } from "../../support/builders/plan-builder";

describe("sheetGrid", () => {
  it("reads cells by sheet coordinates when the input does not start at A1", () => {
    const grid = sheetGrid({ ...sheetOf([["x", 2]]), origin: { row: 4, column: 2 } });
    expect([grid.top, grid.left, grid.bottom, grid.right]).toEqual([4, 2, 4, 3]);
    expect(grid.value(4, 2)).toBe("x");
    expect(grid.value(4, 3)).toBe(2);
    expect(grid.value(0, 0)).toBeNull();
    expect(grid.value(5, 2)).toBeNull();
  });

  it("reads the covered cells of a merge as blank, whatever the reader repeated in them", () => {
    const grid = sheetGrid(
      sheetOf([["Target", "Target"]], { merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] })
    );
    expect(grid.value(0, 0)).toBe("Target");
    expect(grid.value(0, 1)).toBeNull();
    expect(grid.mergeAt(0, 1)).toEqual({ top: 0, left: 0, bottom: 0, right: 1 });
    expect(grid.mergeAt(1, 1)).toBeNull();
  });

  it("gives formats and formulas, formulas only when they start with =", () => {
    const grid = sheetGrid(
      sheetOf([[1, 2]], { numberFormats: [["0.00%", "General"]], formulas: [["=A2", "B2"]] })
    );
    expect(grid.numberFormat(0, 0)).toBe("0.00%");
    expect(grid.formula(0, 0)).toBe("=A2");
    expect(grid.formula(0, 1)).toBeNull();
    expect(grid.numberFormat(3, 3)).toBeNull();
  });

  it("trims text and treats blank text as blank", () => {
    const grid = sheetGrid(sheetOf([["  a ", "   ", 0]]));
    expect(grid.text(0, 0)).toBe("a");
    expect(grid.isBlank(0, 1)).toBe(true);
    expect(grid.isBlank(0, 2)).toBe(false);
  });
});
