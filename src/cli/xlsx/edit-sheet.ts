/**
 * Carrying out a WritePlan on one worksheet part, surgically: the cells the plan names are replaced
 * (or inserted, rows and cells kept in order), our earlier band rules are removed wherever they are,
 * ours are added with priorities after every rule already there, and every other byte of the part
 * is copied as it is.
 *
 * Values are stored as Excel stores them: numbers in `<v>`, text as inline strings, formulas with
 * their cached result, the add-in's custom functions under the prefix Excel saves them with
 * (`_xldudf_PIANO_PERF_KPI`: without it, Excel does not calculate the cell until it is re-entered).
 */
import { columnLetter, isInsideGrid, ourBandFormulaTest } from "../../core/sheet";
import type { BandRule, CellArea, CellWrite, WritePlan } from "../../core/sheet";
import { parseCellRef, SheetCursor } from "./sheet-scan";
import { withPrintSetup } from "./print-setup";
import type { StyleEditor } from "./styles";
import { worksheetInsertionPoint } from "./worksheet-order";
import {
  attribute,
  decodeText,
  type ElementSpan,
  escapeText,
  findElement,
  findElements,
  splice,
  withAttribute,
  withoutAttribute,
} from "./xml-text";

export interface SheetEditResult {
  readonly xml: string;
  /** True when a cell that held a formula was replaced (the calculation chain is then stale). */
  readonly replacedFormulas: boolean;
}

/** What one cell receives: a write, a fill (null: no fill; undefined: left as it is), or both. */
interface CellChange {
  write: CellWrite | null;
  fill: string | null | undefined;
}

/** "=PIANO.PERF_KPI(G5,H5)" → "_xldudf_PIANO_PERF_KPI(G5,H5)", as Excel saves it. */
export function storedFormula(formula: string): string {
  return formula.replace(/^=/, "").replace(/PIANO\.PERF_/g, "_xldudf_PIANO_PERF_");
}

function isOutside(row: number, column: number): boolean {
  return !isInsideGrid(row, column);
}

/** The changes of a plan by row, then column; a later change of a cell adds to an earlier one. */
export function planChanges(plan: WritePlan): Map<number, Map<number, CellChange>> {
  const rows = new Map<number, Map<number, CellChange>>();
  const change = (row: number, column: number): CellChange => {
    if (isOutside(row, column))
      throw new RangeError(`cell (${row}, ${column}) is outside Excel's grid`);
    let line = rows.get(row);
    if (line === undefined) rows.set(row, (line = new Map<number, CellChange>()));
    let entry = line.get(column);
    if (entry === undefined) line.set(column, (entry = { write: null, fill: undefined }));
    return entry;
  };
  for (const write of plan.cells) change(write.row, write.column).write = write;
  if (plan.legend !== null) {
    for (const write of plan.legend.cells) change(write.row, write.column).write = write;
    for (const swatch of plan.legend.fills) change(swatch.row, swatch.column).fill = swatch.fill;
  }
  return rows;
}

function cellXml(
  row: number,
  column: number,
  change: CellChange,
  existing: SheetCursor | null,
  styles: StyleEditor
): string {
  const ref = `${columnLetter(column)}${row + 1}`;
  // The cell the cursor is on, when it is there already.
  const base = existing === null ? 0 : existing.cellStyle();
  let style = base;
  const format = change.write?.numberFormat ?? null;
  if (format !== null || change.fill !== undefined) {
    style = styles.style(base, {
      ...(format !== null ? { numberFormat: format } : {}),
      ...(change.fill !== undefined ? { fill: change.fill } : {}),
    });
  }
  const s = style === 0 ? "" : ` s="${style}"`;
  const write = change.write;
  if (write === null) {
    // A fill only: the cell keeps its content.
    if (existing === null) return `<c r="${ref}"${s}/>`;
    const startTag = existing.cellStartTag();
    const tag =
      style === 0 ? withoutAttribute(startTag, "s") : withAttribute(startTag, "s", String(style));
    return tag.endsWith("/>") ? tag : `${tag}${existing.cellInner()}</c>`;
  }
  const value = write.value;
  if (write.formula !== null) {
    const f = `<f>${escapeText(storedFormula(write.formula))}</f>`;
    if (typeof value === "number") return `<c r="${ref}"${s}>${f}<v>${String(value)}</v></c>`;
    if (typeof value === "string")
      return `<c r="${ref}"${s} t="str">${f}<v>${escapeText(value)}</v></c>`;
    return `<c r="${ref}"${s}>${f}</c>`;
  }
  if (value === null) return `<c r="${ref}"${s}/>`;
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${String(value)}</v></c>`;
  const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escapeText(value)}</t></is></c>`;
}

/** The columns of a row's changes in order. */
function sortedColumns(changes: Map<number, CellChange>): number[] {
  const columns = [...changes.keys()];
  return columns.length < 2 ? columns : columns.sort((a, b) => a - b);
}

/**
 * The content of the cursor's current row with its changed cells replaced or inserted in column
 * order, walking its cells with the cursor (no object per cell); null when every change leaves the
 * row as it was (a cell rewritten to the very XML it holds: a plan whose published figures are up to
 * date), so that the row is copied byte for byte, its spans hint included. Only a cell whose XML
 * changes counts as a formula replaced.
 */
function editedRowContent(
  cursor: SheetCursor,
  changes: Map<number, CellChange>,
  styles: StyleEditor,
  replaced: { formulas: boolean }
): string | null {
  const xml = cursor.xml;
  const row = cursor.row;
  const columns = sortedColumns(changes);
  const out: string[] = [];
  let at = cursor.rowContentStart;
  let next = 0;
  let changed = false;
  while (cursor.nextCell()) {
    const column = cursor.column;
    while (next < columns.length && columns[next]! < column) {
      const inserted = columns[next++]!;
      out.push(xml.slice(at, cursor.cellStart));
      at = cursor.cellStart;
      out.push(cellXml(row, inserted, changes.get(inserted)!, null, styles));
      changed = true;
    }
    if (next < columns.length && columns[next] === column) {
      next++;
      const start = cursor.cellStart;
      const end = cursor.cellEnd;
      const written = cellXml(row, column, changes.get(column)!, cursor, styles);
      if (written.length === end - start && xml.startsWith(written, start)) continue;
      out.push(xml.slice(at, start));
      out.push(written);
      at = end;
      changed = true;
      if (cursor.cellInner().includes("<f")) replaced.formulas = true;
    }
  }
  if (next < columns.length) changed = true;
  if (!changed) return null;
  out.push(xml.slice(at, cursor.rowContentEnd));
  while (next < columns.length) {
    const column = columns[next++]!;
    out.push(cellXml(row, column, changes.get(column)!, null, styles));
  }
  return out.join("");
}

function newRow(rowIndex: number, changes: Map<number, CellChange>, styles: StyleEditor): string {
  const columns = [...changes.keys()].sort((a, b) => a - b);
  const cells = columns.map((column) =>
    cellXml(rowIndex, column, changes.get(column)!, null, styles)
  );
  return `<row r="${rowIndex + 1}">${cells.join("")}</row>`;
}

function rowWithContent(startTag: string, content: string): string {
  const open = startTag.endsWith("/>") ? `${startTag.slice(0, -2)}>` : startTag;
  // The spans hint ("1:12") is optional and would be stale: drop it rather than mislead.
  return `${open.replace(/\sspans="[^"]*"/, "")}${content}</row>`;
}

/**
 * Stands for the content of `<sheetData>` while the rest of the part is edited: the conditional
 * formats, the dimension and the print setup live outside the cells, so they are edited on the few
 * kilobytes around them instead of on megabytes of rows (each search and splice of the whole part
 * used to copy or walk it again). NUL cannot occur in an XML document, so the marker cannot clash.
 */
const CELLS_MARK = "\u0000perf-kpi:sheetData\u0000";

/** A worksheet part as the XML around its cells (with CELLS_MARK) and the cells' XML. */
interface SplitSheet {
  readonly outside: string;
  readonly cells: string | null;
}

function joined(split: SplitSheet): string {
  if (split.cells === null) return split.outside;
  const at = split.outside.indexOf(CELLS_MARK);
  return split.outside.slice(0, at) + split.cells + split.outside.slice(at + CELLS_MARK.length);
}

function writeCells(
  xml: string,
  changes: Map<number, Map<number, CellChange>>,
  styles: StyleEditor
): SplitSheet & { readonly replacedFormulas: boolean } {
  const unchanged = { outside: xml, cells: null, replacedFormulas: false };
  let text = xml;
  let cursor = new SheetCursor(text);
  let sheetData = cursor.sheetData;
  if (sheetData === null) return unchanged;
  if (changes.size === 0) {
    if (sheetData.contentStart === sheetData.end) return unchanged;
    return {
      ...split(text, sheetData, text.slice(sheetData.contentStart, sheetData.contentEnd)),
      replacedFormulas: false,
    };
  }
  if (sheetData.contentStart === sheetData.end) {
    // <sheetData/>: open it so rows can go in.
    text = splice(xml, sheetData.start, sheetData.end, "<sheetData></sheetData>");
    cursor = new SheetCursor(text);
    sheetData = cursor.sheetData;
    if (sheetData === null) return unchanged;
  }
  const replaced = { formulas: false };
  const targetRows = [...changes.keys()].sort((a, b) => a - b);
  const out: string[] = [];
  let at = sheetData.contentStart;
  let next = 0;
  while (cursor.nextRow()) {
    const rowIndex = cursor.row;
    while (next < targetRows.length && targetRows[next]! < rowIndex) {
      const index = targetRows[next++]!;
      out.push(text.slice(at, cursor.rowStart));
      at = cursor.rowStart;
      out.push(newRow(index, changes.get(index)!, styles));
    }
    if (next < targetRows.length && targetRows[next] === rowIndex) {
      const index = targetRows[next++]!;
      // Only the rows the plan names have their cells walked; a row left as it was is not copied.
      const rowStart = cursor.rowStart;
      const startTag = cursor.rowStartTag();
      const content = editedRowContent(cursor, changes.get(index)!, styles, replaced);
      if (content === null) continue;
      out.push(text.slice(at, rowStart));
      out.push(rowWithContent(startTag, content));
      at = cursor.rowEnd;
    }
  }
  out.push(text.slice(at, sheetData.contentEnd));
  while (next < targetRows.length) {
    const index = targetRows[next++]!;
    out.push(newRow(index, changes.get(index)!, styles));
  }
  return { ...split(text, sheetData, out.join("")), replacedFormulas: replaced.formulas };
}

function split(text: string, sheetData: ElementSpan, cells: string): SplitSheet {
  return {
    outside: text.slice(0, sheetData.contentStart) + CELLS_MARK + text.slice(sheetData.contentEnd),
    cells,
  };
}

function areaRef(area: CellArea): string {
  return `${columnLetter(area.left)}${area.top + 1}:${columnLetter(area.right)}${area.bottom + 1}`;
}

/** Removes our band rules (recognised by formula shape, whatever area or thresholds they had). */
export function withoutOurRules(xml: string, rules: readonly BandRule[]): string {
  if (rules.length === 0 || !xml.includes("<conditionalFormatting")) return xml;
  const isOurs = ourBandFormulaTest(rules.map((rule) => rule.formula));
  let text = xml;
  const blocks = findElements(text, "conditionalFormatting");
  for (const block of blocks.reverse()) {
    const inner = text.slice(block.contentStart, block.contentEnd);
    const cfRules = findElements(inner, "cfRule");
    const kept = cfRules.filter((rule) => {
      if (attribute(rule.startTag, "type") !== "expression") return true;
      const formulas = findElements(inner, "formula", rule.start, rule.end);
      if (formulas.length !== 1) return true;
      const formula = formulas[0]!;
      return !isOurs(decodeText(inner.slice(formula.contentStart, formula.contentEnd)));
    });
    if (kept.length === cfRules.length) continue;
    const replacement =
      kept.length === 0
        ? ""
        : `${block.startTag}${kept.map((rule) => inner.slice(rule.start, rule.end)).join("")}</conditionalFormatting>`;
    text = splice(text, block.start, block.end, replacement);
  }
  return text;
}

function addOurRules(
  xml: string,
  area: CellArea,
  rules: readonly BandRule[],
  styles: StyleEditor
): string {
  // After every priority already in the sheet (x14 rules in extLst included): never a collision.
  let highest = 0;
  for (const match of xml.matchAll(/\spriority="(\d+)"/g))
    highest = Math.max(highest, Number(match[1]));
  const cfRules = rules.map(
    (rule, index) =>
      `<cfRule type="expression" dxfId="${styles.fillDxf(rule.fill)}" priority="${highest + index + 1}"><formula>${escapeText(rule.formula.replace(/^=/, ""))}</formula></cfRule>`
  );
  const element = `<conditionalFormatting sqref="${areaRef(area)}">${cfRules.join("")}</conditionalFormatting>`;
  const at = worksheetInsertionPoint(xml, "conditionalFormatting");
  return splice(xml, at, at, element);
}

/** The used-range hint `<dimension ref="A1:H148">` widened to the cells written. */
function withDimension(xml: string, changes: Map<number, Map<number, CellChange>>): string {
  const span = findElement(xml, "dimension");
  if (span === null || changes.size === 0) return xml;
  const [from, to] = (attribute(span.startTag, "ref") ?? "A1").split(":");
  const top = parseCellRef(from ?? "A1") ?? { row: 0, column: 0 };
  const bottom = parseCellRef(to ?? from ?? "A1") ?? top;
  let area: CellArea = { top: top.row, left: top.column, bottom: bottom.row, right: bottom.column };
  for (const [row, line] of changes)
    for (const column of line.keys())
      area = {
        top: Math.min(area.top, row),
        left: Math.min(area.left, column),
        bottom: Math.max(area.bottom, row),
        right: Math.max(area.right, column),
      };
  const tag = withAttribute(span.startTag, "ref", areaRef(area));
  return splice(xml, span.start, span.start + span.startTag.length, tag);
}

export function editSheet(xml: string, plan: WritePlan, styles: StyleEditor): SheetEditResult {
  const changes = planChanges(plan);
  const written = writeCells(xml, changes, styles);
  let text = withDimension(withoutOurRules(written.outside, plan.bandFormat?.rules ?? []), changes);
  if (plan.bandFormat !== null)
    text = addOurRules(text, plan.bandFormat.area, plan.bandFormat.rules, styles);
  return {
    xml: joined({ outside: withPrintSetup(text), cells: written.cells }),
    replacedFormulas: written.replacedFormulas,
  };
}
