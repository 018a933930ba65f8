/**
 * The worksheet scanner, reader and cell editor of the command line as they were before the speed
 * work (regular expressions and an object per cell; origin/main at 77b29f4), kept unchanged as an
 * oracle: test/cli/xlsx/fast-paths.spec.ts checks that the fast cursor-based versions read and
 * write exactly what these did, on generated worksheets with every irregularity the schema allows.
 * Not used by the product.
 */
import { columnIndex } from "../../../src/core/sheet";
import { attribute, type ElementSpan, findElement } from "../../../src/cli/xlsx/xml-text";

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

/** "G45" → { row: 44, column: 6 }. */
export function parseCellRef(ref: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (match === null) return null;
  const column = columnIndex(match[1] ?? "");
  const row = Number(match[2]) - 1;
  return column === null || row < 0 ? null : { row, column };
}

const ROW_OPEN = /<row(?=[\s/>])[^>]*>/g;
const CELL_OPEN = /<c(?=[\s/>])[^>]*>/g;

export function scanSheet(xml: string): ScannedSheet {
  const sheetData = findElement(xml, "sheetData");
  if (sheetData === null || sheetData.contentStart === sheetData.end)
    return { sheetData, rows: [] };
  const rows: ScannedRow[] = [];
  let previousRow = -1;
  ROW_OPEN.lastIndex = sheetData.contentStart;
  for (;;) {
    const open = ROW_OPEN.exec(xml);
    if (open === null || open.index >= sheetData.contentEnd) break;
    const startTag = open[0];
    const start = open.index;
    const contentStart = start + startTag.length;
    const r = attribute(startTag, "r");
    const row = r === null ? previousRow + 1 : Number(r) - 1;
    previousRow = row;
    if (startTag.endsWith("/>")) {
      rows.push({
        row,
        start,
        end: contentStart,
        startTag,
        contentStart,
        contentEnd: contentStart,
        cells: [],
      });
      continue;
    }
    const contentEnd = xml.indexOf("</row>", contentStart);
    if (contentEnd === -1) break;
    rows.push({
      row,
      start,
      end: contentEnd + "</row>".length,
      startTag,
      contentStart,
      contentEnd,
      cells: scanCells(xml, contentStart, contentEnd, row),
    });
    ROW_OPEN.lastIndex = contentEnd + "</row>".length;
  }
  return { sheetData, rows };
}

function scanCells(xml: string, from: number, to: number, row: number): ScannedCell[] {
  const cells: ScannedCell[] = [];
  let previousColumn = -1;
  CELL_OPEN.lastIndex = from;
  for (;;) {
    const open = CELL_OPEN.exec(xml);
    if (open === null || open.index >= to) break;
    const startTag = open[0];
    const start = open.index;
    const r = attribute(startTag, "r");
    const position = r === null ? null : parseCellRef(r);
    const column = position === null ? previousColumn + 1 : position.column;
    previousColumn = column;
    const tagEnd = start + startTag.length;
    if (startTag.endsWith("/>")) {
      cells.push({ row, column, start, end: tagEnd, startTag, inner: "" });
      continue;
    }
    const close = xml.indexOf("</c>", tagEnd);
    if (close === -1 || close > to) break;
    cells.push({ row, column, start, end: close + 4, startTag, inner: xml.slice(tagEnd, close) });
    CELL_OPEN.lastIndex = close + 4;
  }
  return cells;
}
