/**
 * The plan of writes: derived cells only (see derived-cells.ts), the band format and the legend.
 * A pure function of the inputs, so running it on its own output gives the same plan.
 *
 * - A number is written with the format "0.00%"; a cell that cannot be evaluated gets the text
 *   "N.V." (keeping its own format): reviewers without the add-in see that the value was
 *   considered and is not evaluable, rather than a blank that looks forgotten. The report rows
 *   keep null for it.
 * - A derived cell holding the user's own formula is left alone (USER_FORMULA_KEPT).
 * - In writeMode "formulas" a cell carries its live formula where one exists (derived-cells.ts).
 */
import type { BandFormat } from "./band-rules";
import { NOT_EVALUATED_TEXT } from "../not-evaluable";
import type { DerivedCell } from "./derived-cells";
import { isOurFormula } from "./our-formula";
import type { SheetGrid } from "./sheet-grid";
import type { CellWrite, EffectiveSettings, LegendBlock, WritePlan } from "./sheet-types";

export const PERFORMANCE_FORMAT = "0.00%";

export function planWrites(
  grid: SheetGrid,
  cells: readonly DerivedCell[],
  bandFormat: BandFormat | null,
  legend: LegendBlock | null,
  settings: EffectiveSettings
): WritePlan {
  const writes: CellWrite[] = [];
  for (const cell of cells) {
    const formula = grid.formula(cell.row, cell.column);
    if (formula !== null && !isOurFormula(formula)) continue;
    writes.push({
      row: cell.row,
      column: cell.column,
      value: cell.computed ?? NOT_EVALUATED_TEXT,
      numberFormat: cell.computed === null ? null : PERFORMANCE_FORMAT,
      formula: settings.writeMode === "formulas" ? cell.formula : null,
    });
  }
  return { cells: writes, bandFormat, legend };
}
