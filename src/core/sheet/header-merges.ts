/**
 * Merged header cells that could not be read (domain.md §2: a merged header gives its role to
 * every column it spans). The command line always reads a file's merges; the task pane needs
 * ExcelApi 1.13 (Range.getMergedAreasOrNullObject). Without it the merges are unknown, and the
 * audit says so, but only where a merge could hide a role: a column of the table with values, no
 * header and no role, beside a written header. A sheet whose header row has no such gap gets no
 * finding, so older Excel versions are not told about merges on every run.
 */
import { columnLetter } from "./a1";
import type { DetectedLayout } from "./detect-layout";
import { isBlankHeader } from "./header-words";
import { makeFinding } from "./make-finding";
import type { SheetGrid } from "./sheet-grid";
import { findingMessages } from "./sheet-messages";
import type { Finding } from "./sheet-types";

/** Data rows looked at for a value under a blank header. */
const SAMPLE_ROWS = 300;

/**
 * Columns a merged header could cover unseen: blank header, values below, no role (nor another
 * year's or period's target or actual), beside a written header.
 */
export function columnsAMergeCouldHide(grid: SheetGrid, layout: DetectedLayout): number[] {
  const headerRow = layout.headerRows[0];
  if (headerRow === undefined) return [];
  const withRole = new Set([
    ...Object.values(layout.columns),
    ...layout.alternatives.target.map((c) => c.column),
    ...layout.alternatives.actual.map((c) => c.column),
  ]);
  const named = (column: number): boolean =>
    column >= grid.left && column <= grid.right && !isBlankHeader(grid.text(headerRow, column));
  const last = Math.min(layout.lastDataRow, layout.firstDataRow + SAMPLE_ROWS);
  const hasValues = (column: number): boolean => {
    for (let row = layout.firstDataRow; row <= last; row++)
      if (!grid.isBlank(row, column)) return true;
    return false;
  };
  const columns: number[] = [];
  for (let column = layout.tableLeft; column <= layout.tableRight + 1; column++) {
    if (withRole.has(column) || named(column)) continue;
    if (!named(column - 1) && !named(column + 1)) continue;
    if (hasValues(column)) columns.push(column);
  }
  return columns;
}

export function mergeFindings(
  grid: SheetGrid,
  layout: DetectedLayout,
  mergesUnread: boolean
): Finding[] {
  if (!mergesUnread) return [];
  const columns = columnsAMergeCouldHide(grid, layout);
  const first = columns[0];
  const headerRow = layout.headerRows[0];
  if (first === undefined || headerRow === undefined) return [];
  const letters = columns.map(columnLetter).join(", ");
  return [
    makeFinding(
      "MERGES_NOT_READ",
      headerRow,
      first,
      findingMessages.mergesNotRead(letters, columns.length),
      null,
      letters
    ),
  ];
}
