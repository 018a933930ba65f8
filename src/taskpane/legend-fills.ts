/**
 * The fills of a typed legend's swatches (domain §10), read for the few cells the core's
 * legendFillCells() names, in one request over their bounding area: a solid fill gives its colour,
 * no fill gives null, any other pattern (a hatch, a gradient) is a colour the legend cannot use.
 */
import type { CellFill } from "../core/sheet";

interface CellAddress {
  readonly row: number;
  readonly column: number;
}

export function queueLegendFills(
  sheet: Excel.Worksheet,
  cells: readonly CellAddress[]
): { result(): CellFill[] } {
  if (cells.length === 0) return { result: () => [] };
  const top = Math.min(...cells.map((cell) => cell.row));
  const left = Math.min(...cells.map((cell) => cell.column));
  const bottom = Math.max(...cells.map((cell) => cell.row));
  const right = Math.max(...cells.map((cell) => cell.column));
  const props = sheet
    .getRangeByIndexes(top, left, bottom - top + 1, right - left + 1)
    .getCellProperties({ format: { fill: { color: true, pattern: true } } });
  return {
    result: () =>
      cells.map((cell): CellFill => {
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- getCellProperties loads its value; result() runs after the caller's sync
        const fill = props.value[cell.row - top]?.[cell.column - left]?.format?.fill;
        const pattern = fill?.pattern;
        if (fill === undefined || pattern === undefined || pattern === "None")
          return { row: cell.row, column: cell.column, fill: null };
        const colour = fill.color;
        if (pattern !== "Solid" || colour === undefined || !/^#[0-9A-Fa-f]{6}$/.test(colour))
          return { row: cell.row, column: cell.column, fill: null, unreadable: true };
        return { row: cell.row, column: cell.column, fill: colour.toUpperCase() };
      }),
  };
}
