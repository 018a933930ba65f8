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
import { sheetGrid, type SheetGrid } from "./sheet-grid";
import type { CellFill, SheetInput } from "./sheet-types";

export interface TypedLegend {
  /** 0-based cell of the "Legenda" heading. */
  readonly at: { readonly row: number; readonly column: number };
  readonly bands: readonly LegendBand[];
  readonly problems: readonly LegendProblem[];
  /** Swatch cells whose fill the reader could not turn into one colour (sheet coordinates). */
  readonly unreadableFills: readonly { readonly row: number; readonly column: number }[];
}

/** Lines looked at below the heading, and columns to its right. */
const MAX_LINES = 8;
const MAX_COLUMNS = 4;

interface LegendLine {
  readonly row: number;
  /** Column of the line's text. */
  readonly column: number;
  readonly text: string;
}

interface LegendLines {
  readonly at: { readonly row: number; readonly column: number };
  readonly lines: readonly LegendLine[];
}

/** The first "Legenda" heading (not ours) with at least two lines that read as bands. */
function typedLegendLines(grid: SheetGrid): LegendLines | null {
  for (let row = grid.top; row <= grid.bottom; row++) {
    for (let column = grid.left; column <= grid.right; column++) {
      const value = grid.value(row, column);
      if (typeof value !== "string" || !isLegendHeading(value) || isOurLegendTitle(value)) continue;
      const lines: LegendLine[] = [];
      let ended = false; // another block (ours, below it) starts: the legend ends there
      for (let next = row + 1; !ended && next <= Math.min(grid.bottom, row + MAX_LINES); next++) {
        for (let c = column; c <= Math.min(grid.right, column + MAX_COLUMNS); c++) {
          const text = grid.text(next, c);
          if (text === "") continue;
          if (endsTable(text)) ended = true;
          else lines.push({ row: next, column: c, text });
          break;
        }
      }
      if (lines.filter((line) => readLegendLine(line.text) !== null).length >= 2)
        return { at: { row, column }, lines };
    }
  }
  return null;
}

/** The cells whose fill can colour a line: from the column left of the heading to the line's text. */
function swatchCells(found: LegendLines, line: LegendLine): { row: number; column: number }[] {
  const cells: { row: number; column: number }[] = [];
  for (let c = Math.max(0, found.at.column - 1); c <= line.column; c++)
    cells.push({ row: line.row, column: c });
  return cells;
}

/**
 * The cells whose fills the legend reader uses (a few per line of a typed legend): the adapters
 * read only these, in one small extra read, and pass them back as SheetInput.fills.
 */
export function legendFillCells(input: SheetInput): { row: number; column: number }[] {
  const found = typedLegendLines(sheetGrid(input));
  if (found === null) return [];
  return found.lines
    .filter((line) => readLegendLine(line.text) !== null)
    .flatMap((line) => swatchCells(found, line));
}

const WHITE = "#FFFFFF";

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

/**
 * A legend typed in the sheet, its bands and their problems. A line takes the fill of its first
 * swatch cell with a colour (white is the sheet's own background, no colour); a line without one
 * takes the fallback colour of its place (fallbackFills), and so does a line whose swatch cannot
 * be read, which is reported.
 */
export function findTypedLegend(
  grid: SheetGrid,
  top = 1,
  colors: LegendSettings["colors"] = DEFAULT_LEGEND.colors,
  fills: readonly CellFill[] = []
): TypedLegend | null {
  const found = typedLegendLines(grid);
  if (found === null) return null;
  const byCell = new Map(fills.map((fill) => [`${fill.row},${fill.column}`, fill]));
  const unreadableFills: { row: number; column: number }[] = [];
  const lines: TypedLegendLine[] = found.lines.map((line) => {
    if (readLegendLine(line.text) === null) return { text: line.text, fill: null };
    let fill: string | null = null;
    let unreadable: { row: number; column: number } | null = null;
    for (const cell of swatchCells(found, line)) {
      const read = byCell.get(`${cell.row},${cell.column}`);
      if (read === undefined) continue;
      if (read.unreadable === true) unreadable ??= cell;
      else if (read.fill !== null && read.fill.toUpperCase() !== WHITE) {
        fill = read.fill.toUpperCase();
        break;
      }
    }
    if (fill === null && unreadable !== null) unreadableFills.push(unreadable);
    return { text: line.text, fill };
  });
  const count = lines.filter((line) => readLegendLine(line.text) !== null).length;
  const bands = readTypedLegend(lines, fallbackFills(count, colors));
  return { at: found.at, bands, problems: legendProblems(bands, top), unreadableFills };
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
