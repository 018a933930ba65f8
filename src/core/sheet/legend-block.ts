/**
 * The legend block the add-in writes (domain.md §7): a title, one row per band with its swatch
 * and rule, and a row for "not evaluated".
 *
 * Placement, so that re-running changes nothing: if our block is already in the sheet (its title
 * cell reads OUR_LEGEND_TITLE) it is rewritten in place; otherwise it goes below everything in
 * the sheet after one blank row, in the table's first column. A legend people typed ("Legenda",
 * 2024: A145:B148) is never touched and ours goes below it. A table that reaches Excel's last row
 * leaves no room below: the legend then goes right of everything, beside the table's header; with
 * no room there either there is no legend (never a cell past row 1,048,576 or column XFD).
 */
import type { LegendSettings } from "../types";
import type { DetectedLayout } from "./detect-layout";
import { italianArticle, percentText } from "./format-text";
import { isOurLegendTitle, OUR_LEGEND_TITLE } from "./legend-title";
import { LAST_COLUMN_INDEX, LAST_ROW_INDEX } from "./limits";
import type { SheetGrid } from "./sheet-grid";
import type { CellWrite, LegendBlock } from "./sheet-types";

/** Rows of the block: title, three bands, not evaluated. */
const LEGEND_ROWS = 5;

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

export function legendBlock(
  grid: SheetGrid,
  layout: DetectedLayout,
  legend: LegendSettings
): LegendBlock | null {
  const place = legendPlace(grid, layout);
  if (place === null) return null;
  const { top, left } = place;
  const green = percentText(legend.greenAbove).it;
  const yellow = percentText(legend.yellowFrom).it;
  const lines: readonly (readonly [string, string])[] = [
    [OUR_LEGEND_TITLE, "Colore della riga secondo la performance (row colour by performance)"],
    [
      `> ${green}`,
      `Performance superiore ${italianArticle(green).al}${green} del target (above ${percentText(legend.greenAbove).en})`,
    ],
    [
      `${yellow} – ${green}`,
      `Performance compresa tra ${italianArticle(yellow).il}${yellow} e ${italianArticle(green).il}${green} del target (from ${percentText(legend.yellowFrom).en} to ${percentText(legend.greenAbove).en})`,
    ],
    [
      `< ${yellow}`,
      `Performance inferiore ${italianArticle(yellow).al}${yellow} del target (below ${percentText(legend.yellowFrom).en})`,
    ],
    ["N.V.", "Non valutato: nessun colore (not evaluated: no colour)"],
  ];
  if (top + lines.length - 1 > LAST_ROW_INDEX || left + 1 > LAST_COLUMN_INDEX) return null;
  const cells: CellWrite[] = [];
  lines.forEach(([swatch, text], i) => {
    cells.push({ row: top + i, column: left, value: swatch, numberFormat: null, formula: null });
    cells.push({ row: top + i, column: left + 1, value: text, numberFormat: null, formula: null });
  });
  return {
    area: { top, left, bottom: top + lines.length - 1, right: left + 1 },
    cells,
    fills: [
      { row: top + 1, column: left, fill: legend.colors.green },
      { row: top + 2, column: left, fill: legend.colors.yellow },
      { row: top + 3, column: left, fill: legend.colors.red },
    ],
  };
}

/** The legend's bands as its swatch cells show them: "> 80,00%", "60,00% – 80,00%", "< 60,00%". */
export function legendRuleTexts(legend: LegendSettings): readonly string[] {
  const green = percentText(legend.greenAbove).it;
  const yellow = percentText(legend.yellowFrom).it;
  return [`> ${green}`, `${yellow} – ${green}`, `< ${yellow}`];
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
