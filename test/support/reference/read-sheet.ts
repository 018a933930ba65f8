/** The pre-optimisation sheet reader (see reference/sheet-scan.ts): an oracle for the fast one. */
/* eslint-disable */
import { formatKind, type CellScalar } from "../../../src/core";
import type { CellArea, SheetInput } from "../../../src/core/sheet";
import { parseCellRef, scanSheet, type ScannedCell } from "./sheet-scan";
import { stringItemText } from "../../../src/cli/xlsx/shared-strings";
import { shiftFormula } from "../../../src/cli/xlsx/shift-formula";
import { attribute, decodeText, findElement, findElements } from "../../../src/cli/xlsx/xml-text";

/** Days between the 1900 and the 1904 date systems' day 0. */
const DATE_1904_OFFSET = 1462;
/** Custom functions as stored in the file (`_xldudf_PIANO_PERF_KPI`) and as Office.js shows them. */
const STORED_UDF = /_xldudf_PIANO_PERF_/g;

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  /** Number format code by style index. */
  readonly formats: readonly string[];
  readonly date1904: boolean;
}

export interface ReadSheet {
  readonly input: SheetInput;
  /** A1 references of formula cells without a cached value. */
  readonly uncalculated: readonly string[];
}

interface SharedFormula {
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

export function mergedAreas(xml: string): CellArea[] {
  const span = findElement(xml, "mergeCells");
  if (span === null) return [];
  const areas: CellArea[] = [];
  for (const merge of findElements(xml, "mergeCell", span.contentStart, span.contentEnd)) {
    const [from, to] = (attribute(merge.startTag, "ref") ?? "").split(":");
    const top = parseCellRef(from ?? "");
    const bottom = parseCellRef(to ?? from ?? "");
    if (top === null || bottom === null) continue;
    areas.push({ top: top.row, left: top.column, bottom: bottom.row, right: bottom.column });
  }
  return areas;
}

function innerOf(xml: string, name: string): { tag: string; text: string } | null {
  const span = findElement(xml, name);
  if (span === null) return null;
  return { tag: span.startTag, text: xml.slice(span.contentStart, span.contentEnd) };
}

function cellValue(cell: ScannedCell, context: SheetContext, format: string): CellScalar {
  const type = attribute(cell.startTag, "t") ?? "n";
  if (type === "inlineStr") {
    const inline = innerOf(cell.inner, "is");
    return inline === null ? null : stringItemText(inline.text);
  }
  const v = innerOf(cell.inner, "v");
  if (v === null) return null;
  const raw = decodeText(v.text);
  switch (type) {
    case "s":
      return context.sharedStrings[Number(raw)] ?? null;
    case "str":
    case "e":
      return raw;
    case "b":
      return raw === "1" || raw === "true";
    case "d": {
      const time = Date.parse(raw.endsWith("Z") || /[+-]\d\d:?\d\d$/.test(raw) ? raw : `${raw}Z`);
      return Number.isNaN(time) ? raw : time / 86_400_000 + 25_569;
    }
    default: {
      if (raw.trim() === "") return null;
      const number = Number(raw);
      if (!Number.isFinite(number)) return null;
      return context.date1904 && formatKind(format) === "date" ? number + DATE_1904_OFFSET : number;
    }
  }
}

export function readSheet(name: string, xml: string, context: SheetContext): ReadSheet {
  const scanned = scanSheet(xml);
  const merges = mergedAreas(xml);
  const covered = new Set<string>();
  for (const area of merges)
    for (let row = area.top; row <= area.bottom; row++)
      for (let column = area.left; column <= area.right; column++)
        if (row !== area.top || column !== area.left) covered.add(`${row}:${column}`);

  const shared = new Map<string, SharedFormula>();
  const uncalculated: string[] = [];
  const cells: {
    row: number;
    column: number;
    value: CellScalar;
    format: string;
    formula: string | null;
  }[] = [];
  let lastRow = -1;
  let lastColumn = -1;
  for (const row of scanned.rows) {
    for (const cell of row.cells) {
      if (covered.size > 0 && covered.has(`${cell.row}:${cell.column}`)) continue;
      const style = Number(attribute(cell.startTag, "s") ?? 0);
      const format = context.formats[style] ?? "General";
      const formula = formulaOf(cell, shared);
      const value = cellValue(cell, context, format);
      if (formula !== null && findElement(cell.inner, "v") === null)
        uncalculated.push(`${columnName(cell.column)}${cell.row + 1}`);
      if (value === null && formula === null) continue;
      cells.push({ row: cell.row, column: cell.column, value, format, formula });
      lastRow = Math.max(lastRow, cell.row);
      lastColumn = Math.max(lastColumn, cell.column);
    }
  }
  const height = lastRow + 1;
  const width = lastColumn + 1;
  const values: CellScalar[][] = Array.from({ length: height }, () =>
    new Array<CellScalar>(width).fill(null)
  );
  const numberFormats: string[][] = Array.from({ length: height }, () =>
    new Array<string>(width).fill("General")
  );
  const formulas: (string | null)[][] = Array.from({ length: height }, () =>
    new Array<string | null>(width).fill(null)
  );
  for (const cell of cells) {
    values[cell.row]![cell.column] = cell.value;
    numberFormats[cell.row]![cell.column] = cell.format;
    formulas[cell.row]![cell.column] = cell.formula;
  }
  // Grouped rows (Excel's outline): they give the level of objectives written without codes.
  const rowOutlineLevels = new Array<number>(height).fill(0);
  for (const row of scanned.rows) {
    const level = Number(attribute(row.startTag, "outlineLevel") ?? 0);
    if (row.row < height && level > 0) rowOutlineLevels[row.row] = level;
  }
  return {
    input: {
      name,
      origin: { row: 0, column: 0 },
      values,
      numberFormats,
      formulas,
      merges,
      rowOutlineLevels,
    },
    uncalculated,
  };
}

function columnName(column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function formulaOf(cell: ScannedCell, shared: Map<string, SharedFormula>): string | null {
  if (!cell.inner.includes("<f")) return null;
  const f = findElement(cell.inner, "f");
  if (f === null) return null;
  const text = decodeText(cell.inner.slice(f.contentStart, f.contentEnd));
  const si = attribute(f.startTag, "si");
  let formula = text;
  if (attribute(f.startTag, "t") === "shared" && si !== null) {
    if (text !== "") shared.set(si, { row: cell.row, column: cell.column, text });
    else {
      const master = shared.get(si);
      if (master === undefined) return null;
      formula = shiftFormula(master.text, cell.row - master.row, cell.column - master.column);
    }
  }
  if (formula === "") return null;
  return `=${formula.replace(STORED_UDF, "PIANO.PERF_")}`;
}
