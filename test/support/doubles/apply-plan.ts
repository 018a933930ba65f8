/**
 * Test helper: carries out a WritePlan on a SheetInput the way the adapters do (values, number
 * formats, formulas of derived cells and of the legend), growing the grid when the legend falls
 * below it. Used to check that recomputing the output gives the same plan.
 */
import type { CellScalar } from "../../../src/core/types";
import type { CellWrite, SheetInput, WritePlan } from "../../../src/core/sheet/sheet-types";

export function applyPlan(input: SheetInput, plan: WritePlan): SheetInput {
  const { row: top, column: left } = input.origin;
  const values = input.values.map((line) => [...line]);
  const formats = (
    input.numberFormats ?? input.values.map((line) => line.map(() => "General"))
  ).map((line) => [...line]);
  const formulas = (input.formulas ?? input.values.map((line) => line.map(() => null))).map(
    (line) => [...line]
  );
  const width = (): number => values.reduce((max, line) => Math.max(max, line.length), 0);

  const write = (cell: CellWrite): void => {
    const r = cell.row - top;
    const c = cell.column - left;
    if (r < 0 || c < 0) throw new Error(`write outside the input: ${cell.row},${cell.column}`);
    while (values.length <= r) {
      const w = width();
      values.push(new Array<CellScalar>(w).fill(null));
      formats.push(new Array<string>(w).fill("General"));
      formulas.push(new Array<string | null>(w).fill(null));
    }
    while (values[r].length <= c) {
      values[r].push(null);
      formats[r].push("General");
      formulas[r].push(null);
    }
    values[r][c] = cell.value;
    if (cell.numberFormat !== null) formats[r][c] = cell.numberFormat;
    formulas[r][c] = cell.formula;
  };
  for (const cell of plan.cells) write(cell);
  for (const cell of plan.legend?.cells ?? []) write(cell);
  return { ...input, values, numberFormats: formats, formulas };
}
