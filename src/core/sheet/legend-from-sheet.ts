/**
 * A legend typed in the sheet (domain.md §10): a "Legenda" cell (not the add-in's own block) and,
 * below it, lines such as "Performance superiore all'80% del target" in that column or the next
 * few. Its bands are read with read-legend-text.ts and checked for gaps and overlaps.
 *
 * Its thresholds are used for the row colours unless the settings say otherwise (legendFromSheet
 * false, or bands of their own), when it has the shape the colour rules know: three bands, the top
 * above G (G excluded), the middle from Y to G (both included), the bottom below Y. The sheet
 * model does not read cell fills, so the colours stay those of the settings.
 */
import { legendProblems, type LegendBand, type LegendProblem } from "../scoring/legend-bands";
import { readLegendLine, readTypedLegend, type TypedLegendLine } from "../scoring/read-legend-text";
import { DEFAULT_LEGEND } from "../settings/defaults";
import type { LegendSettings } from "../types";
import { endsTable, isLegendHeading, isOurLegendTitle } from "./legend-title";
import type { SheetGrid } from "./sheet-grid";

export interface TypedLegend {
  /** 0-based cell of the "Legenda" heading. */
  readonly at: { readonly row: number; readonly column: number };
  readonly bands: readonly LegendBand[];
  readonly problems: readonly LegendProblem[];
}

/** Lines looked at below the heading, and columns to its right. */
const MAX_LINES = 8;
const MAX_COLUMNS = 4;

/**
 * Fills for typed lines without one, by the number of bands read: the settings' three colours for
 * three bands, and shades around them for two, four and five.
 */
export function fallbackFills(count: number, colors: LegendSettings["colors"]): string[] {
  switch (count) {
    case 2:
      return [colors.green, colors.red];
    case 4:
      return [colors.green, colors.yellow, "#FCD5B4", colors.red];
    case 5:
      return ["#A9D08E", colors.green, colors.yellow, "#FCD5B4", colors.red];
    default:
      return [colors.green, colors.yellow, colors.red];
  }
}

export function findTypedLegend(
  grid: SheetGrid,
  top = 1,
  colors: LegendSettings["colors"] = DEFAULT_LEGEND.colors
): TypedLegend | null {
  for (let row = grid.top; row <= grid.bottom; row++) {
    for (let column = grid.left; column <= grid.right; column++) {
      const value = grid.value(row, column);
      if (typeof value !== "string" || !isLegendHeading(value) || isOurLegendTitle(value)) continue;
      const lines: TypedLegendLine[] = [];
      let ended = false; // another block (ours, below it) starts: the legend ends there
      for (let next = row + 1; !ended && next <= Math.min(grid.bottom, row + MAX_LINES); next++) {
        for (let c = column; c <= Math.min(grid.right, column + MAX_COLUMNS); c++) {
          const text = grid.text(next, c);
          if (text === "") continue;
          if (endsTable(text)) ended = true;
          else lines.push({ text, fill: null });
          break;
        }
      }
      const count = lines.filter((line) => readLegendLine(line.text) !== null).length;
      const bands = readTypedLegend(lines, fallbackFills(count, colors));
      if (bands.length >= 2)
        return { at: { row, column }, bands, problems: legendProblems(bands, top) };
    }
  }
  return null;
}

/** The classic three-band legend a typed legend stands for, or null when it has another shape. */
export function classicLegendOf(bands: readonly LegendBand[]): LegendSettings | null {
  if (bands.length !== 3) return null;
  const [high, middle, low] = bands;
  if (high === undefined || middle === undefined || low === undefined) return null;
  const g = high.min;
  const y = low.max;
  if (g === null || y === null || high.max !== null || low.min !== null) return null;
  if (high.minInclusive || low.maxInclusive) return null;
  if (middle.min !== y || middle.max !== g || !middle.minInclusive || !middle.maxInclusive)
    return null;
  return {
    greenAbove: g,
    yellowFrom: y,
    colors: { green: high.fill, yellow: middle.fill, red: low.fill },
  };
}
