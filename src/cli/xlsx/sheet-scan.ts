/**
 * The cells of a worksheet part located by offset, so that the reader can decode them and the editor
 * can replace some and copy every other byte as it is. Only `<sheetData>` is walked: rows in order,
 * cells in order, each with its 0-based position (from `r`, or implicit as the schema allows).
 *
 * The walk is a cursor over the text (SheetCursor): it moves from row to row and from cell to cell
 * with indexOf and character codes, keeping offsets in its own fields, so a 10,000-KPI sheet (90,000
 * cells) is read without a regular expression, an object or a string per cell; the editor skips the
 * cells of rows it does not change. `scanSheet` gives the same walk as objects, for callers that
 * want them all.
 */
import { columnIndex } from "../../core/sheet";
import {
  attribute,
  decodeText,
  type ElementSpan,
  endsName,
  findElement,
  isSpace,
} from "./xml-text";

export interface ScannedCell {
  readonly row: number;
  readonly column: number;
  readonly start: number;
  readonly end: number;
  readonly startTag: string;
  /** The XML between the start and end tags ("" for `<c …/>`). */
  readonly inner: string;
}

export interface ScannedRow {
  readonly row: number;
  readonly start: number;
  readonly end: number;
  readonly startTag: string;
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly cells: readonly ScannedCell[];
}

export interface ScannedSheet {
  /** The `<sheetData>` element, or null when the part has none (a chart sheet, a broken part). */
  readonly sheetData: ElementSpan | null;
  readonly rows: readonly ScannedRow[];
}

const SLASH = 0x2f;
const DOLLAR = 0x24;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const EQUALS = 0x3d;

const letterValue = (code: number): number => {
  if (code >= 0x41 && code <= 0x5a) return code - 0x40;
  if (code >= 0x61 && code <= 0x7a) return code - 0x60;
  return 0;
};

/** The 0-based row of the reference refIn() read last. */
let refRow = -1;

/**
 * The column named by `text[from, to)` as `$?[A-Za-z]{1,3}$?\d+` ("G45" → 6, and refRow 44), or
 * -1; a 1-based row 0 is -1 too. Written out with character codes and no object: it runs once per
 * cell.
 */
function refIn(text: string, from: number, to: number): number {
  let i = from;
  if (i < to && text.charCodeAt(i) === DOLLAR) i++;
  let column = 0;
  const lettersStart = i;
  while (i < to && i - lettersStart < 4) {
    const value = letterValue(text.charCodeAt(i));
    if (value === 0) break;
    column = column * 26 + value;
    i++;
  }
  const letters = i - lettersStart;
  if (letters === 0 || letters > 3) return -1;
  if (i < to && text.charCodeAt(i) === DOLLAR) i++;
  const digitsStart = i;
  let row = 0;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return -1;
    row = row * 10 + (code - 0x30);
    i++;
  }
  if (i === digitsStart || row === 0) return -1;
  refRow = row - 1;
  return column - 1;
}

/** The position named by `text[from, to)` (refIn), or null. */
function cellRefIn(text: string, from: number, to: number): { row: number; column: number } | null {
  const column = refIn(text, from, to);
  return column === -1 ? null : { row: refRow, column };
}

function hasAmpersand(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x26) return true;
  return false;
}

/** "G45" → { row: 44, column: 6 }. */
export function parseCellRef(ref: string): { row: number; column: number } | null {
  const position = cellRefIn(ref, 0, ref.length);
  // Very long row numbers lose precision in the loop above: let Number read them as before.
  if (position === null || ref.length < 12) return position;
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  const column = columnIndex(match?.[1] ?? "");
  const row = Number(match?.[2]) - 1;
  return column === null || row < 0 ? null : { row, column };
}

/**
 * The value of attribute `name` in the start tag `text[from, to)` as offsets [start, end) of its
 * raw (undecoded) text, or null: the first place where whitespace, the name, `=` (spaces allowed
 * around it) and a quoted value follow each other, as attribute() in xml-text.ts finds it.
 */
export function attributeRange(
  text: string,
  from: number,
  to: number,
  name: string
): [number, number] | null {
  const first = name.charCodeAt(0);
  // A walk of the tag itself: indexOf would run on past its end when the attribute is absent.
  for (let found = from + 1; found + name.length < to; found++) {
    if (text.charCodeAt(found) !== first || !isSpace(text.charCodeAt(found - 1))) continue;
    if (!text.startsWith(name, found)) continue;
    let i = found + name.length;
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== EQUALS) continue;
    i++;
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    const quote = text.charCodeAt(i);
    if (quote !== QUOTE && quote !== APOSTROPHE) continue;
    const close = text.indexOf(quote === QUOTE ? '"' : "'", i + 1);
    if (close === -1 || close >= to) continue;
    return [i + 1, close];
  }
  return null;
}

/**
 * A walk over the rows of `<sheetData>` and the cells of each row. `nextRow()` moves to the next
 * row (false at the end); `nextCell()` to the next cell of the current row. The fields describe
 * where the cursor is; the text is never copied.
 */
export class SheetCursor {
  readonly sheetData: ElementSpan | null;
  /** 0-based row of the current row. */
  row = -1;
  /** Offsets of the current row: start, just after its start tag, its end tag, just after it. */
  rowStart = 0;
  rowContentStart = 0;
  rowContentEnd = 0;
  rowEnd = 0;
  /** 0-based column of the current cell. */
  column = -1;
  /** Offsets of the current cell: start, just after its start tag, its end tag (`</c>`), its end. */
  cellStart = 0;
  cellContentStart = 0;
  cellContentEnd = 0;
  cellEnd = 0;
  /**
   * The raw (undecoded) values of the current cell's `r`, `s` and `t` attributes as offsets
   * [start, end), found as attributeRange() finds each; -1 when the attribute is absent.
   */
  refStart = -1;
  refEnd = -1;
  styleStart = -1;
  styleEnd = -1;
  typeStart = -1;
  typeEnd = -1;

  private rowSearch: number;
  private cellSearch = 0;
  /** Where the last search for `<c` ended (-1: none left in the text; -2: not searched yet). */
  private nextOpenCell = -2;
  private done: boolean;

  constructor(readonly xml: string) {
    this.sheetData = findElement(xml, "sheetData");
    this.done = this.sheetData === null || this.sheetData.contentStart === this.sheetData.end;
    this.rowSearch = this.sheetData?.contentStart ?? 0;
  }

  /** The start tag of the current row. */
  rowStartTag(): string {
    return this.xml.slice(this.rowStart, this.rowContentStart);
  }

  /** The start tag and the inner XML of the current cell. */
  cellStartTag(): string {
    return this.xml.slice(this.cellStart, this.cellContentStart);
  }

  cellInner(): string {
    return this.xml.slice(this.cellContentStart, this.cellContentEnd);
  }

  /** The next `<name` followed by a space, `/` or `>` at or after `from`, or -1. */
  private open(name: string, from: number): number {
    const xml = this.xml;
    let at = from;
    for (;;) {
      const found = xml.indexOf(name, at);
      if (found === -1) return -1;
      if (endsName(xml.charCodeAt(found + name.length))) return found;
      at = found + 1;
    }
  }

  nextRow(): boolean {
    if (this.done || this.sheetData === null) return false;
    const xml = this.xml;
    const start = this.open("<row", this.rowSearch);
    if (start === -1 || start >= this.sheetData.contentEnd) return this.stop();
    const tagEnd = xml.indexOf(">", start);
    if (tagEnd === -1) return this.stop();
    const contentStart = tagEnd + 1;
    const r = attribute(xml.slice(start, contentStart), "r");
    this.row = r === null ? this.row + 1 : Number(r) - 1;
    this.rowStart = start;
    this.rowContentStart = contentStart;
    this.column = -1;
    if (xml.charCodeAt(tagEnd - 1) === SLASH) {
      this.rowContentEnd = contentStart;
      this.rowEnd = contentStart;
      this.rowSearch = contentStart;
      this.cellSearch = contentStart;
      return true;
    }
    const contentEnd = xml.indexOf("</row>", contentStart);
    if (contentEnd === -1) return this.stop();
    this.rowContentEnd = contentEnd;
    this.rowEnd = contentEnd + "</row>".length;
    this.rowSearch = this.rowEnd;
    this.cellSearch = contentStart;
    return true;
  }

  nextCell(): boolean {
    const xml = this.xml;
    const to = this.rowContentEnd;
    if (this.cellSearch >= to) return false;
    // A `<c` found past the end of an earlier row is still the next one: rows without cells do not
    // search the same stretch of text again and again.
    const start =
      this.nextOpenCell === -1 || this.nextOpenCell >= this.cellSearch
        ? this.nextOpenCell
        : this.open("<c", this.cellSearch);
    this.nextOpenCell = start;
    if (start === -1 || start >= to) return this.endRow();
    const tagEnd = xml.indexOf(">", start);
    if (tagEnd === -1) return this.endRow();
    const contentStart = tagEnd + 1;
    this.cellAttributes(start, contentStart);
    const column = this.refColumn(start, contentStart);
    this.column = column === -1 ? this.column + 1 : column;
    this.cellStart = start;
    this.cellContentStart = contentStart;
    if (xml.charCodeAt(tagEnd - 1) === SLASH) {
      this.cellContentEnd = contentStart;
      this.cellEnd = contentStart;
      this.cellSearch = contentStart;
      return true;
    }
    const close = xml.indexOf("</c>", contentStart);
    if (close === -1 || close > to) return this.endRow();
    this.cellContentEnd = close;
    this.cellEnd = close + "</c>".length;
    this.cellSearch = this.cellEnd;
    return true;
  }

  /**
   * One walk of the start tag [from, to) for the cell's `r`, `s` and `t`: at every place where
   * whitespace and one of the names are followed by `=` (spaces allowed around it) and a quoted
   * value closing inside the tag, the first such place of each name is kept. Each name's result is
   * the one attributeRange() gives, without walking the tag three times.
   */
  private cellAttributes(from: number, to: number): void {
    const xml = this.xml;
    this.refStart =
      this.refEnd =
      this.styleStart =
      this.styleEnd =
      this.typeStart =
      this.typeEnd =
        -1;
    for (let found = from + 1; found + 1 < to; found++) {
      const code = xml.charCodeAt(found);
      const which = code === 0x72 ? 0 : code === 0x73 ? 1 : code === 0x74 ? 2 : -1;
      if (which === -1 || !isSpace(xml.charCodeAt(found - 1))) continue;
      if (
        which === 0
          ? this.refStart !== -1
          : which === 1
            ? this.styleStart !== -1
            : this.typeStart !== -1
      )
        continue;
      let i = found + 1;
      while (i < to && isSpace(xml.charCodeAt(i))) i++;
      if (xml.charCodeAt(i) !== EQUALS) continue;
      i++;
      while (i < to && isSpace(xml.charCodeAt(i))) i++;
      const quote = xml.charCodeAt(i);
      if (quote !== QUOTE && quote !== APOSTROPHE) continue;
      const close = xml.indexOf(quote === QUOTE ? '"' : "'", i + 1);
      if (close === -1 || close >= to) continue;
      if (which === 0) {
        this.refStart = i + 1;
        this.refEnd = close;
      } else if (which === 1) {
        this.styleStart = i + 1;
        this.styleEnd = close;
      } else {
        this.typeStart = i + 1;
        this.typeEnd = close;
      }
    }
  }

  /** The current cell's style index as `Number(attribute(tag, "s") ?? 0)` reads it. */
  cellStyle(): number {
    const from = this.styleStart;
    if (from === -1) return 0;
    const to = this.styleEnd;
    const xml = this.xml;
    if (to > from && to - from < 10) {
      let value = 0;
      let i = from;
      for (; i < to; i++) {
        const code = xml.charCodeAt(i);
        if (code < 0x30 || code > 0x39) break;
        value = value * 10 + (code - 0x30);
      }
      if (i === to) return value;
    }
    return Number(decodeText(xml.slice(from, to)));
  }

  /** The current cell's type, decoded (`t`; "n" when absent). */
  cellType(): string {
    if (this.typeStart === -1) return "n";
    return decodeText(this.xml.slice(this.typeStart, this.typeEnd));
  }

  /** The column in the `r` attribute of the cell whose start tag is [start, end), or -1. */
  private refColumn(start: number, end: number): number {
    const from = this.refStart;
    if (from === -1) return -1;
    const to = this.refEnd;
    // An escaped or unusual reference goes the long way, exactly as attribute() decodes it.
    if (to - from >= 12 || hasAmpersand(this.xml, from, to)) {
      const position = parseCellRef(attribute(this.cellStartTagAt(start, end), "r") ?? "");
      return position === null ? -1 : position.column;
    }
    return refIn(this.xml, from, to);
  }

  private cellStartTagAt(start: number, end: number): string {
    return this.xml.slice(start, end);
  }

  private endRow(): boolean {
    this.cellSearch = this.rowContentEnd;
    return false;
  }

  private stop(): boolean {
    this.done = true;
    return false;
  }
}

/** Every row and cell of the part as objects (the cursor's walk, kept). */
export function scanSheet(xml: string): ScannedSheet {
  const cursor = new SheetCursor(xml);
  const rows: ScannedRow[] = [];
  while (cursor.nextRow()) rows.push(scannedRow(cursor, true));
  return { sheetData: cursor.sheetData, rows };
}

/** The cursor's current row as an object, with its cells when asked (the cursor moves past them). */
export function scannedRow(cursor: SheetCursor, withCells: boolean): ScannedRow {
  const cells: ScannedCell[] = [];
  if (withCells)
    while (cursor.nextCell())
      cells.push({
        row: cursor.row,
        column: cursor.column,
        start: cursor.cellStart,
        end: cursor.cellEnd,
        startTag: cursor.cellStartTag(),
        inner: cursor.cellInner(),
      });
  return {
    row: cursor.row,
    start: cursor.rowStart,
    end: cursor.rowEnd,
    startTag: cursor.rowStartTag(),
    contentStart: cursor.rowContentStart,
    contentEnd: cursor.rowContentEnd,
    cells,
  };
}
