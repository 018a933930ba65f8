/**
 * A worksheet part as the sheet model's SheetInput, the way Office.js gives a used range to the task
 * pane: numbers as numbers (a number that carries a hyperlink is still a number: links live apart,
 * in `<hyperlinks>`), dates as serials in the 1900 system, shared, rich and inline strings as plain
 * text, booleans, error values as their text ("#DIV/0!"), formula cells as their cached result plus
 * the formula text ("=…", a shared formula moved to its cell), cells covered by a merge empty except
 * the top-left one, the number format of each cell's style, and each row's outline level.
 *
 * A formula cell with no cached result (a file written by a tool that does not calculate) is listed
 * in `uncalculated`: its value is unknown, not blank, and the command line says so.
 */
import { formatKind, type CellScalar } from "../../core";
import { legendFillCells, type CellArea, type CellFill, type SheetInput } from "../../core/sheet";
import type { StyleFill } from "./cell-fills";
import { attributeRange, parseCellRef, SheetCursor } from "./sheet-scan";
import { stringItemText } from "./shared-strings";
import { shiftFormula } from "./shift-formula";
import { attribute, decodeText, endsName, findElement, findElements } from "./xml-text";

/** Days between the 1900 and the 1904 date systems' day 0. */
const DATE_1904_OFFSET = 1462;
/** Custom functions as stored in the file (`_xldudf_PIANO_PERF_KPI`) and as Office.js shows them. */
const STORED_UDF = /_xldudf_PIANO_PERF_/g;

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  /** Number format code by style index. */
  readonly formats: readonly string[];
  readonly date1904: boolean;
  /** Fill by style index (cell-fills.ts), for the swatches of a typed legend; absent: none read. */
  readonly fills?: readonly StyleFill[];
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

/** Offsets of a child element of a cell: where its content starts and ends. */
interface ChildSpan {
  readonly startTag: string;
  readonly contentStart: number;
  readonly contentEnd: number;
}

/**
 * The element at `start` (a `<name` already matched) inside a cell's content ending at `to`, as
 * findElement() would give it on the content alone: its start tag must close, and a non-empty
 * element its end tag, before `to`; otherwise null.
 */
function childAt(xml: string, start: number, name: string, to: number): ChildSpan | null {
  const tagEnd = xml.indexOf(">", start);
  if (tagEnd === -1 || tagEnd >= to) return null;
  const startTag = xml.slice(start, tagEnd + 1);
  if (xml.charCodeAt(tagEnd - 1) === 0x2f)
    return { startTag, contentStart: tagEnd + 1, contentEnd: tagEnd + 1 };
  const closing = `</${name}>`;
  const contentEnd = xml.indexOf(closing, tagEnd + 1);
  if (contentEnd === -1 || contentEnd + closing.length > to) return null;
  return { startTag, contentStart: tagEnd + 1, contentEnd };
}

/** The first `<v>`, `<f>` and `<is>` of a cell's content [from, to), found in one pass. */
interface CellChildren {
  v: ChildSpan | null;
  f: ChildSpan | null;
  is: ChildSpan | null;
}

function cellChildren(xml: string, from: number, to: number): CellChildren {
  let v = -1;
  let f = -1;
  let is = -1;
  // Every "<" of the content is visited; the cell's own end tag ("</c>" at `to`) stops the walk.
  for (let at = xml.indexOf("<", from); at !== -1 && at < to; at = xml.indexOf("<", at + 1)) {
    const code = xml.charCodeAt(at + 1);
    if (code === 0x76 && v === -1 && at + 2 < to && endsName(xml.charCodeAt(at + 2))) v = at;
    else if (code === 0x66 && f === -1 && at + 2 < to && endsName(xml.charCodeAt(at + 2))) f = at;
    else if (
      code === 0x69 &&
      is === -1 &&
      xml.charCodeAt(at + 2) === 0x73 &&
      at + 3 < to &&
      endsName(xml.charCodeAt(at + 3))
    )
      is = at;
  }
  return {
    v: v === -1 ? null : childAt(xml, v, "v", to),
    f: f === -1 ? null : childAt(xml, f, "f", to),
    is: is === -1 ? null : childAt(xml, is, "is", to),
  };
}

/** The decoded value of an attribute of the start tag [from, to), or null. */
function attributeIn(xml: string, from: number, to: number, name: string): string | null {
  const range = attributeRange(xml, from, to, name);
  return range === null ? null : decodeText(xml.slice(range[0], range[1]));
}

function cellValue(
  xml: string,
  type: string,
  children: CellChildren,
  context: SheetContext,
  format: string
): CellScalar {
  if (type === "inlineStr") {
    const inline = children.is;
    return inline === null
      ? null
      : stringItemText(xml.slice(inline.contentStart, inline.contentEnd));
  }
  const v = children.v;
  if (v === null) return null;
  const raw = decodeText(xml.slice(v.contentStart, v.contentEnd));
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
  const merges = mergedAreas(xml);
  const covered = new Set<string>();
  for (const area of merges)
    for (let row = area.top; row <= area.bottom; row++)
      for (let column = area.left; column <= area.right; column++)
        if (row !== area.top || column !== area.left) covered.add(`${row}:${column}`);

  const shared = new Map<string, SharedFormula>();
  const uncalculated: string[] = [];
  // The cells kept, straight into the rows of the grid (by row index; padded to the width at the end).
  const valueRows: CellScalar[][] = [];
  const formatRows: string[][] = [];
  const formulaRows: (string | null)[][] = [];
  const outlineRows: number[] = [];
  const outlineLevels: number[] = [];
  let lastRow = -1;
  let lastColumn = -1;
  const cursor = new SheetCursor(xml);
  while (cursor.nextRow()) {
    const level = Number(
      attributeIn(xml, cursor.rowStart, cursor.rowContentStart, "outlineLevel") ?? 0
    );
    if (level > 0) {
      outlineRows.push(cursor.row);
      outlineLevels.push(level);
    }
    while (cursor.nextCell()) {
      const row = cursor.row;
      const column = cursor.column;
      if (covered.size > 0 && covered.has(`${row}:${column}`)) continue;
      const tagEnd = cursor.cellContentStart;
      const style = cursor.cellStyle();
      const format = context.formats[style] ?? "General";
      const children = cellChildren(xml, tagEnd, cursor.cellContentEnd);
      const formula = formulaOf(xml, row, column, children.f, shared);
      const type = cursor.cellType();
      const value = cellValue(xml, type, children, context, format);
      if (formula !== null && children.v === null)
        uncalculated.push(`${columnName(column)}${row + 1}`);
      if (value === null && formula === null) continue;
      // A row the grid cannot hold (`r="0"`, not a number) fails as indexing it always has.
      if (!Number.isInteger(row) || row < 0)
        throw new TypeError(`row ${row} of sheet ${name} is not a grid row`);
      let line = valueRows[row];
      let lineFormats = formatRows[row];
      let lineFormulas = formulaRows[row];
      if (line === undefined || lineFormats === undefined || lineFormulas === undefined) {
        valueRows[row] = line = [];
        formatRows[row] = lineFormats = [];
        formulaRows[row] = lineFormulas = [];
      }
      while (line.length < column) {
        line.push(null);
        lineFormats.push("General");
        lineFormulas.push(null);
      }
      line[column] = value;
      lineFormats[column] = format;
      lineFormulas[column] = formula;
      if (row > lastRow) lastRow = row;
      if (column > lastColumn) lastColumn = column;
    }
  }
  const height = lastRow + 1;
  const width = lastColumn + 1;
  const values: CellScalar[][] = [];
  const numberFormats: string[][] = [];
  const formulas: (string | null)[][] = [];
  for (let row = 0; row < height; row++) {
    const line = valueRows[row];
    const lineFormats = formatRows[row];
    const lineFormulas = formulaRows[row];
    if (line === undefined || lineFormats === undefined || lineFormulas === undefined) {
      values.push(new Array<CellScalar>(width).fill(null));
      numberFormats.push(new Array<string>(width).fill("General"));
      formulas.push(new Array<string | null>(width).fill(null));
      continue;
    }
    while (line.length < width) {
      line.push(null);
      lineFormats.push("General");
      lineFormulas.push(null);
    }
    values.push(line);
    numberFormats.push(lineFormats);
    formulas.push(lineFormulas);
  }
  // Grouped rows (Excel's outline): they give the level of objectives written without codes.
  const rowOutlineLevels = new Array<number>(height).fill(0);
  for (let i = 0; i < outlineRows.length; i++) {
    const row = outlineRows[i]!;
    if (row < height) rowOutlineLevels[row] = outlineLevels[i]!;
  }
  const input: SheetInput = {
    name,
    origin: { row: 0, column: 0 },
    values,
    numberFormats,
    formulas,
    merges,
    rowOutlineLevels,
  };
  const fills = context.fills === undefined ? [] : legendFills(xml, input, context.fills);
  return { input: fills.length === 0 ? input : { ...input, fills }, uncalculated };
}

/**
 * The fills of the cells the legend reader asks about (a typed legend's swatches, a few cells), by
 * their style: a second walk over the rows up to the last one asked, only when there is a legend.
 */
function legendFills(xml: string, input: SheetInput, styles: readonly StyleFill[]): CellFill[] {
  const asked = legendFillCells(input);
  if (asked.length === 0) return [];
  const styleOf = new Map<string, number>(asked.map((cell) => [`${cell.row}:${cell.column}`, 0]));
  const rows = new Set(asked.map((cell) => cell.row));
  const last = Math.max(...rows);
  const cursor = new SheetCursor(xml);
  while (cursor.nextRow() && cursor.row <= last) {
    if (!rows.has(cursor.row)) continue;
    while (cursor.nextCell()) {
      const key = `${cursor.row}:${cursor.column}`;
      if (styleOf.has(key)) styleOf.set(key, cursor.cellStyle());
    }
  }
  return asked.map((cell) => {
    const read = styles[styleOf.get(`${cell.row}:${cell.column}`) ?? 0] ?? { fill: null };
    return read.unreadable === true
      ? { ...cell, fill: null, unreadable: true }
      : { ...cell, fill: read.fill };
  });
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

function formulaOf(
  xml: string,
  row: number,
  column: number,
  f: ChildSpan | null,
  shared: Map<string, SharedFormula>
): string | null {
  if (f === null) return null;
  const text = decodeText(xml.slice(f.contentStart, f.contentEnd));
  const si = attribute(f.startTag, "si");
  let formula = text;
  if (attribute(f.startTag, "t") === "shared" && si !== null) {
    if (text !== "") shared.set(si, { row, column, text });
    else {
      const master = shared.get(si);
      if (master === undefined) return null;
      formula = shiftFormula(master.text, row - master.row, column - master.column);
    }
  }
  if (formula === "") return null;
  return `=${formula.replace(STORED_UDF, "PIANO.PERF_")}`;
}
