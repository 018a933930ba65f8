/**
 * Limits shared by both adapters, so the task pane and the command line refuse the same sheets and
 * never address a cell Excel cannot hold.
 */

/** Largest used range read (rows × columns): about 20,000 KPI rows of a 15-column plan. */
export const MAX_SHEET_CELLS = 300000;

/** Excel's grid: rows 1…1,048,576 and columns A…XFD (16,384), here as 0-based last indexes. */
export const LAST_ROW_INDEX = 1_048_575;
export const LAST_COLUMN_INDEX = 16_383;

/** True when a 0-based cell lies inside Excel's grid. */
export function isInsideGrid(row: number, column: number): boolean {
  return row >= 0 && column >= 0 && row <= LAST_ROW_INDEX && column <= LAST_COLUMN_INDEX;
}
