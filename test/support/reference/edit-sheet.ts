/**
 * The pre-optimisation worksheet editor (see reference/sheet-scan.ts): an oracle for the fast one.
 * One rule added since, in both: a row the plan leaves as it was (every cell rewritten to the XML it
 * holds) is kept whole, spans hint included, and such a cell is not a formula replaced.
 */
/* eslint-disable */
import { columnLetter, isInsideGrid, ourBandFormulaTest } from "../../../src/core/sheet";
import type { BandRule, CellArea, CellWrite, WritePlan } from "../../../src/core/sheet";
import { parseCellRef, scanSheet, type ScannedCell, type ScannedRow } from "./sheet-scan";
import { withPrintSetup } from "../../../src/cli/xlsx/print-setup";
import type { StyleEditor } from "../../../src/cli/xlsx/styles";
import { worksheetInsertionPoint } from "../../../src/cli/xlsx/worksheet-order";
import {
  attribute,
  decodeText,
  escapeText,
  findElement,
  findElements,
  splice,
  withAttribute,
  withoutAttribute,
} from "../../../src/cli/xlsx/xml-text";

export interface SheetEditResult {
  readonly xml: string;
  /** True when a cell that held a formula was replaced (the calculation chain is then stale). */
  readonly replacedFormulas: boolean;
}

/** What one cell receives: a write, a fill, or both (a legend swatch). */
interface CellChange {
  write: CellWrite | null;
  fill: string | null;
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
    if (entry === undefined) line.set(column, (entry = { write: null, fill: null }));
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
  existing: ScannedCell | null,
  styles: StyleEditor
): string {
  const ref = `${columnLetter(column)}${row + 1}`;
  const base = Number(existing === null ? 0 : (attribute(existing.startTag, "s") ?? 0));
  let style = base;
  const format = change.write?.numberFormat ?? null;
  if (format !== null || change.fill !== null) {
    style = styles.style(base, {
      ...(format !== null ? { numberFormat: format } : {}),
      ...(change.fill !== null ? { fill: change.fill } : {}),
    });
  }
  const s = style === 0 ? "" : ` s="${style}"`;
  const write = change.write;
  if (write === null) {
    // A fill only: the cell keeps its content.
    if (existing === null) return `<c r="${ref}"${s}/>`;
    const tag =
      style === 0
        ? withoutAttribute(existing.startTag, "s")
        : withAttribute(existing.startTag, "s", String(style));
    return tag.endsWith("/>") ? tag : `${tag}${existing.inner}</c>`;
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

/** A row's content with its changed cells replaced or inserted in column order. */
function rowContent(
  xml: string,
  row: ScannedRow | null,
  changes: Map<number, CellChange>,
  styles: StyleEditor,
  replaced: { formulas: boolean }
): string {
  const columns = [...changes.keys()].sort((a, b) => a - b);
  const out: string[] = [];
  const cells = row?.cells ?? [];
  let cursor = row?.contentStart ?? 0;
  let next = 0;
  for (const cell of cells) {
    while (next < columns.length && columns[next]! < cell.column) {
      const column = columns[next++]!;
      out.push(xml.slice(cursor, cell.start));
      cursor = cell.start;
      out.push(cellXml(row?.row ?? 0, column, changes.get(column)!, null, styles));
    }
    if (next < columns.length && columns[next] === cell.column) {
      const column = columns[next++]!;
      out.push(xml.slice(cursor, cell.start));
      const written = cellXml(cell.row, column, changes.get(column)!, cell, styles);
      // A cell rewritten to the XML it holds is not a formula replaced.
      if (written !== xml.slice(cell.start, cell.end) && cell.inner.includes("<f"))
        replaced.formulas = true;
      out.push(written);
      cursor = cell.end;
    }
  }
  const end = row?.contentEnd ?? cursor;
  out.push(xml.slice(cursor, end));
  while (next < columns.length) {
    const column = columns[next++]!;
    out.push(cellXml(row?.row ?? 0, column, changes.get(column)!, null, styles));
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

function rowWithContent(row: ScannedRow, content: string): string {
  const open = row.startTag.endsWith("/>") ? `${row.startTag.slice(0, -2)}>` : row.startTag;
  // The spans hint ("1:12") is optional and would be stale: drop it rather than mislead.
  return `${open.replace(/\sspans="[^"]*"/, "")}${content}</row>`;
}

function writeCells(xml: string, plan: WritePlan, styles: StyleEditor): SheetEditResult {
  const changes = planChanges(plan);
  if (changes.size === 0) return { xml, replacedFormulas: false };
  const scanned = scanSheet(xml);
  const replaced = { formulas: false };
  const targetRows = [...changes.keys()].sort((a, b) => a - b);
  const out: string[] = [];
  let sheetData = scanned.sheetData;
  let text = xml;
  if (sheetData === null) return { xml, replacedFormulas: false };
  if (sheetData.contentStart === sheetData.end) {
    // <sheetData/>: open it so rows can go in.
    text = splice(xml, sheetData.start, sheetData.end, "<sheetData></sheetData>");
    sheetData = findElement(text, "sheetData");
    if (sheetData === null) return { xml, replacedFormulas: false };
  }
  let cursor = sheetData.contentStart;
  let next = 0;
  out.push(text.slice(0, cursor));
  for (const row of scanned.rows) {
    while (next < targetRows.length && targetRows[next]! < row.row) {
      const index = targetRows[next++]!;
      out.push(text.slice(cursor, row.start));
      cursor = row.start;
      out.push(newRow(index, changes.get(index)!, styles));
    }
    if (next < targetRows.length && targetRows[next] === row.row) {
      const index = targetRows[next++]!;
      out.push(text.slice(cursor, row.start));
      const content = rowContent(text, row, changes.get(index)!, styles, replaced);
      // A row the plan leaves as it was is kept whole, its spans hint included.
      out.push(
        content === text.slice(row.contentStart, row.contentEnd)
          ? text.slice(row.start, row.end)
          : rowWithContent(row, content)
      );
      cursor = row.end;
    }
  }
  out.push(text.slice(cursor, sheetData.contentEnd));
  while (next < targetRows.length) {
    const index = targetRows[next++]!;
    out.push(newRow(index, changes.get(index)!, styles));
  }
  out.push(text.slice(sheetData.contentEnd));
  return { xml: out.join(""), replacedFormulas: replaced.formulas };
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
  const written = writeCells(xml, plan, styles);
  let text = withDimension(
    withoutOurRules(written.xml, plan.bandFormat?.rules ?? []),
    planChanges(plan)
  );
  if (plan.bandFormat !== null)
    text = addOurRules(text, plan.bandFormat.area, plan.bandFormat.rules, styles);
  return { xml: withPrintSetup(text), replacedFormulas: written.replacedFormulas };
}
