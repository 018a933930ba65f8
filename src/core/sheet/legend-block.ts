/**
 * The legend block the add-in writes (domain.md §7): a title, one row per band with its swatch
 * and rule (2 to 5 bands), and a row for "not evaluated".
 *
 * Placement, so that re-running changes nothing: if our block is already in the sheet (its title
 * cell reads OUR_LEGEND_TITLE) it is rewritten in place; otherwise it goes below everything in
 * the sheet after one blank row, in the table's first column. A legend people typed ("Legenda",
 * 2024: A145:B148) is never touched and ours goes below it. A table that reaches Excel's last row
 * leaves no room below: the legend then goes right of everything, beside the table's header; with
 * no room there either there is no legend (never a cell past row 1,048,576 or column XFD).
 */
import type { LegendBand } from "../scoring/legend-bands";
import { MAX_LEGEND_BANDS } from "../scoring/legend-bands";
import type { LegendSettings } from "../types";
import type { DetectedLayout } from "./detect-layout";
import { italianArticle, percentText } from "./format-text";
import { classicBands } from "./legend-in-use";
import { isOurLegendTitle, OUR_LEGEND_TITLE } from "./legend-title";
import { LAST_COLUMN_INDEX, LAST_ROW_INDEX } from "./limits";
import type { SheetGrid } from "./sheet-grid";
import type { CellWrite, LegendBlock } from "./sheet-types";

/**
 * Rows the block reserves: title, up to five bands, not evaluated. A legend of fewer bands
 * leaves the last rows empty, so a later run with more bands never reaches the rows below it
 * (the rules block); rows a longer legend of an earlier run wrote are emptied.
 */
const LEGEND_ROWS = MAX_LEGEND_BANDS + 2;

const NOT_EVALUATED_LINE = [
  "N.V.",
  "Non valutato: nessun colore (not evaluated: no colour)",
] as const;

export function findOurLegend(grid: SheetGrid): { row: number; column: number } | null {
  for (let row = grid.top; row <= grid.bottom; row++) {
    for (let column = grid.left; column <= grid.right; column++) {
      const value = grid.value(row, column);
      if (typeof value === "string" && isOurLegendTitle(value)) return { row, column };
    }
  }
  return null;
}

function lastUsedRow(grid: SheetGrid): number {
  for (let row = grid.bottom; row >= grid.top; row--) {
    for (let column = grid.left; column <= grid.right; column++)
      if (!grid.isBlank(row, column)) return row;
  }
  return grid.top - 1;
}

/** A band's rule as its swatch cell shows it: "> 80,00%", "60,00% – 80,00%", "≤ 30,00%". */
export function legendSwatchText(band: LegendBand): string {
  const low = band.min === null ? null : percentText(band.min).it;
  const high = band.max === null ? null : percentText(band.max).it;
  if (low !== null && high !== null) {
    if (band.minInclusive && band.maxInclusive) return `${low} – ${high}`;
    return `${band.minInclusive ? "≥" : ">"} ${low} e ${band.maxInclusive ? "≤" : "<"} ${high}`;
  }
  if (low !== null) return `${band.minInclusive ? "≥" : ">"} ${low}`;
  if (high !== null) return `${band.maxInclusive ? "≤" : "<"} ${high}`;
  return "tutte (all)";
}

/** The sentence beside a band's swatch, Italian then English. */
function bandSentence(band: LegendBand): string {
  const lo = band.min === null ? null : percentText(band.min);
  const hi = band.max === null ? null : percentText(band.max);
  if (lo !== null && hi !== null && band.minInclusive && band.maxInclusive)
    return `Performance compresa tra ${italianArticle(lo.it).il}${lo.it} e ${italianArticle(hi.it).il}${hi.it} del target (from ${lo.en} to ${hi.en})`;
  if (lo !== null && hi !== null)
    return `Performance ${band.minInclusive ? "da" : "oltre"} ${lo.it} e ${band.maxInclusive ? "fino a" : "sotto"} ${hi.it} del target (${band.minInclusive ? "from" : "above"} ${lo.en}, ${band.maxInclusive ? "up to" : "below"} ${hi.en})`;
  if (lo !== null)
    return band.minInclusive
      ? `Performance pari o superiore ${italianArticle(lo.it).al}${lo.it} del target (${lo.en} or above)`
      : `Performance superiore ${italianArticle(lo.it).al}${lo.it} del target (above ${lo.en})`;
  if (hi !== null)
    return band.maxInclusive
      ? `Performance fino ${italianArticle(hi.it).al}${hi.it} del target (up to ${hi.en})`
      : `Performance inferiore ${italianArticle(hi.it).al}${hi.it} del target (below ${hi.en})`;
  return "Ogni performance (every performance)";
}

/** A swatch cell's rule as legendSwatchText writes it ("> 80,00%", "60,00% – 80,00%"). */
const SWATCH_RULE = /^(>|<|≥|≤|tutte)\s|^-?\d+,\d\d% – -?\d+,\d\d%$/;

/** A cell an earlier legend of ours wrote: a swatch rule, a band sentence, the N.V. line. */
function looksOurs(grid: SheetGrid, row: number, column: number): boolean {
  const text = grid.text(row, column).trim();
  return (
    text === NOT_EVALUATED_LINE[0] ||
    text === NOT_EVALUATED_LINE[1] ||
    /^(Performance |Ogni performance)/.test(text) ||
    SWATCH_RULE.test(text)
  );
}

/**
 * `legend`: the classic three-band settings, or the 2–5 bands in use, highest first: one row per
 * band with its swatch (the band's fill) and its rule, then a row for "not evaluated".
 */
export function legendBlock(
  grid: SheetGrid,
  layout: DetectedLayout,
  legend: LegendSettings | readonly LegendBand[]
): LegendBlock | null {
  const bands = Array.isArray(legend)
    ? (legend as readonly LegendBand[])
    : classicBands(legend as LegendSettings);
  const place = legendPlace(grid, layout);
  if (place === null) return null;
  const { top, left } = place;
  const lines: (readonly [string, string])[] = [
    [OUR_LEGEND_TITLE, "Colore della riga secondo la performance (row colour by performance)"],
    ...bands.map((band): readonly [string, string] => [legendSwatchText(band), bandSentence(band)]),
    NOT_EVALUATED_LINE,
  ];
  if (top + LEGEND_ROWS - 1 > LAST_ROW_INDEX || left + 1 > LAST_COLUMN_INDEX) return null;
  const cells: CellWrite[] = [];
  lines.forEach(([swatch, text], i) => {
    cells.push({ row: top + i, column: left, value: swatch, numberFormat: null, formula: null });
    cells.push({ row: top + i, column: left + 1, value: text, numberFormat: null, formula: null });
  });
  // The reserved rows this legend leaves empty: emptied where an earlier, longer legend wrote.
  for (let row = top + lines.length; row < top + LEGEND_ROWS; row++)
    for (const column of [left, left + 1])
      if (!grid.isBlank(row, column) && looksOurs(grid, row, column))
        cells.push({ row, column, value: null, numberFormat: null, formula: null });
  // Swatches of an earlier, longer legend (a band rule in the swatch cell) lose their fill.
  const fills: { row: number; column: number; fill: string | null }[] = bands.map((band, i) => ({
    row: top + 1 + i,
    column: left,
    fill: band.fill,
  }));
  for (let row = top + 1 + bands.length; row < top + LEGEND_ROWS; row++)
    if (SWATCH_RULE.test(grid.text(row, left).trim()))
      fills.push({ row, column: left, fill: null });
  return { area: { top, left, bottom: top + LEGEND_ROWS - 1, right: left + 1 }, cells, fills };
}

/** Where the legend's title goes: where ours already is, below the sheet, or right of it. */
function legendPlace(
  grid: SheetGrid,
  layout: DetectedLayout
): { top: number; left: number } | null {
  const found = findOurLegend(grid);
  if (found !== null) return { top: found.row, left: found.column };
  const below = Math.max(lastUsedRow(grid), layout.lastDataRow) + 2;
  if (below + LEGEND_ROWS - 1 <= LAST_ROW_INDEX) return { top: below, left: layout.tableLeft };
  const right = Math.max(grid.right, layout.tableRight) + 2;
  if (right + 1 > LAST_COLUMN_INDEX) return null;
  return { top: Math.max(grid.top, layout.firstDataRow - 1), left: right };
}
