/**
 * The plan year when the settings do not give it: a year in the title above the table
 * ("Albero performance 2024"), else the most frequent year among date targets (cells with a date
 * format or date text), else the year of the evaluation date.
 */
import { ymdFromSerial } from "../excel-date";
import { formatKind } from "../number-format";
import { parseDateText } from "../parse-date";
import type { DetectedLayout } from "./detect-layout";
import type { SheetGrid } from "./sheet-grid";

const YEAR_IN_TEXT = /\b(19[5-9]\d|20\d\d|2100)\b/;

export function detectPlanYear(
  grid: SheetGrid,
  layout: DetectedLayout,
  fallbackYear: number
): number {
  return yearInTitle(grid, layout) ?? yearOfTargets(grid, layout) ?? fallbackYear;
}

function yearInTitle(grid: SheetGrid, layout: DetectedLayout): number | null {
  const headerRow = layout.headerRows[0] ?? grid.top;
  for (let row = grid.top; row < headerRow; row++) {
    for (let column = grid.left; column <= grid.right; column++) {
      const value = grid.value(row, column);
      if (typeof value !== "string") continue;
      const match = YEAR_IN_TEXT.exec(value);
      if (match !== null) return Number(match[1]);
    }
  }
  return null;
}

function yearOfTargets(grid: SheetGrid, layout: DetectedLayout): number | null {
  const column = layout.columns.target;
  if (column === undefined) return null;
  const counts = new Map<number, number>();
  for (let row = layout.firstDataRow; row <= layout.lastDataRow; row++) {
    const value = grid.value(row, column);
    let serial: number | null = null;
    if (typeof value === "number" && formatKind(grid.numberFormat(row, column)) === "date")
      serial = value;
    else if (typeof value === "string" && /\d{4}/.test(value))
      serial = parseDateText(value.replace(/^\D+/, ""));
    if (serial === null || serial < 1) continue;
    const year = ymdFromSerial(serial).year;
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [year, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && year > best)) {
      best = year;
      bestCount = count;
    }
  }
  return best;
}
