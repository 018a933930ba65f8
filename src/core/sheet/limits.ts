/**
 * Limits shared by both adapters, so the task pane and the command line refuse the same sheets and
 * never address a cell Excel cannot hold.
 */

/**
 * Largest used range (rows × columns) either adapter reads; both refuse a larger sheet before
 * reading its cells. Set from the task pane's measurements on Excel on the web's profile: the
 * 100,000-KPI plan of the bench (110,103 rows × 8 columns, 880,824 cells) recomputes in 17 requests,
 * each under the 5 MB limit (largest 2.6 MB), because reads and writes go in bands sized to it; so
 * 1,500,000 cells, a 100,000-KPI plan of 15 columns, stay within it. The command line reads the
 * same sheets (its zip-bomb guard is the 200 MB inflate limit).
 */
export const MAX_SHEET_CELLS = 1_500_000;

/** Excel's grid: rows 1…1,048,576 and columns A…XFD (16,384), here as 0-based last indexes. */
export const LAST_ROW_INDEX = 1_048_575;
export const LAST_COLUMN_INDEX = 16_383;

/** True when a 0-based cell lies inside Excel's grid. */
export function isInsideGrid(row: number, column: number): boolean {
  return row >= 0 && column >= 0 && row <= LAST_ROW_INDEX && column <= LAST_COLUMN_INDEX;
}
