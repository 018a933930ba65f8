/**
 * Read access to a SheetInput by sheet coordinates (0-based, A1 = 0,0). Cells covered by a merge
 * other than its top-left read as blank: Excel keeps the value only in the first cell, while some
 * readers repeat it in every cell of the merge.
 */
import type { CellScalar } from "../types";
import type { CellArea, SheetInput } from "./sheet-types";

export interface SheetGrid {
  /** First and last sheet rows/columns covered by the input (last is inclusive). */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  value(row: number, column: number): CellScalar;
  numberFormat(row: number, column: number): string | null;
  formula(row: number, column: number): string | null;
  /** The merge that holds this cell, if any. */
  mergeAt(row: number, column: number): CellArea | null;
  /** Trimmed text of a cell ("" for blank; numbers as they are). */
  text(row: number, column: number): string;
  isBlank(row: number, column: number): boolean;
  /** Excel's outline level of a row (0: not grouped, or not known). */
  outlineLevel(row: number): number;
  /** True when some row of the input is grouped (has an outline level above 0). */
  readonly hasOutline: boolean;
}

export function sheetGrid(input: SheetInput): SheetGrid {
  const { row: top, column: left } = input.origin;
  const height = input.values.length;
  const width = input.values.reduce((max, line) => Math.max(max, line.length), 0);
  const merges = input.merges ?? [];

  const mergeAt = (row: number, column: number): CellArea | null =>
    merges.find((m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right) ??
    null;

  const hidden = new Set<string>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) hidden.add(`${r},${c}`);
    }
  }

  const value = (row: number, column: number): CellScalar => {
    const line = input.values[row - top];
    if (line === undefined) return null;
    const cell = line[column - left];
    if (cell === undefined || cell === null) return null;
    if (hidden.size > 0 && hidden.has(`${row},${column}`)) return null;
    return cell;
  };

  const text = (row: number, column: number): string => {
    const v = value(row, column);
    if (v === null) return "";
    return typeof v === "string" ? v.trim() : String(v);
  };

  return {
    top,
    left,
    bottom: top + height - 1,
    right: left + width - 1,
    value,
    numberFormat: (row, column) => input.numberFormats?.[row - top]?.[column - left] ?? null,
    formula: (row, column) => {
      const f = input.formulas?.[row - top]?.[column - left];
      return typeof f === "string" && f.startsWith("=") ? f : null;
    },
    mergeAt,
    text,
    outlineLevel: (row) => input.rowOutlineLevels?.[row - top] ?? 0,
    hasOutline: (input.rowOutlineLevels ?? []).some((level) => level > 0),
    isBlank: (row, column) => {
      const v = value(row, column);
      return v === null || (typeof v === "string" && v.trim() === "");
    },
  };
}
