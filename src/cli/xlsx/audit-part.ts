/**
 * The "Verifica" worksheet: one line per finding of the audit (sheet, cell as a link to it, code,
 * Italian message, published and computed value, English message), written as a whole worksheet
 * part. Readable on paper: landscape, one page wide, the header row repeated (print titles are a
 * defined name, see edit-workbook.ts), wrapped messages with row heights that fit them.
 *
 * Columns after the seventh belong to people (notes, "Risposta dell'ufficio"): a re-run keeps them,
 * header included, on the line of the same finding (same sheet, cell and code).
 */
import { columnLetter } from "../../core/sheet";
import type { Finding, FindingCode } from "../../core/sheet";
import type { StyleEditor } from "./styles";
import { escapeText } from "./xml-text";
import { cliMessages } from "../messages";
import type { CellScalar } from "../../core";

export const AUDIT_SHEET_NAME = "Verifica";
export const FALLBACK_AUDIT_SHEET_NAME = "Verifica perf-kpi";

export const AUDIT_HEADERS = [
  "Foglio (sheet)",
  "Cella (cell)",
  "Codice (code)",
  "Messaggio",
  "Pubblicato (published)",
  "Calcolato (computed)",
  "Message",
] as const;

/** Column widths in characters; D and G wrap. */
const WIDTHS = [22, 10, 26, 70, 16, 16, 70];
const WRAPPED = new Set([3, 6]);
/** Points per line of 11-point Calibri, as Excel sizes a row. */
const LINE_HEIGHT = 15;

export interface SheetFinding {
  readonly sheet: string;
  readonly finding: Finding;
}

/** Codes whose published/computed figures are performances or weights, shown as percentages. */
const PERCENT_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>([
  "PUBLISHED_MISMATCH",
  "BLANK_ACTUAL_NOT_ACHIEVED",
  "WEIGHTS_NOT_100",
  "ZERO_WEIGHT",
]);

/** A grid of the audit sheet as read (values only), to recognise it and keep people's columns. */
export type AuditGrid = readonly (readonly CellScalar[])[];

export function isAuditGrid(values: AuditGrid): boolean {
  return values[0]?.[0] === AUDIT_HEADERS[0] && values[0]?.[3] === AUDIT_HEADERS[3];
}

/** `=HYPERLINK("#'Piano 2021'!G45";"G45")`: works in Excel and LibreOffice alike. */
export function cellLinkFormula(sheet: string, reference: string): string {
  const quotedSheet = `'${sheet.replace(/'/g, "''")}'`;
  const target = `#${quotedSheet}!${reference}`.replace(/"/g, '""');
  return `HYPERLINK("${target}","${reference}")`;
}

const keyOf = (sheet: CellScalar, cell: CellScalar, code: CellScalar): string =>
  JSON.stringify([sheet, cell, code]);

/** People's columns (H onwards) of an earlier audit sheet: the header and each finding's cells. */
export interface KeptColumns {
  readonly header: readonly CellScalar[];
  readonly byFinding: ReadonlyMap<string, readonly CellScalar[]>;
}

export function keptColumns(previous: AuditGrid | null): KeptColumns {
  if (previous === null) return { header: [], byFinding: new Map() };
  const extra = (row: readonly CellScalar[]): CellScalar[] => row.slice(AUDIT_HEADERS.length);
  const byFinding = new Map<string, CellScalar[]>();
  for (const row of previous.slice(1)) {
    const cells = extra(row);
    if (cells.some((cell) => cell !== null && cell !== ""))
      byFinding.set(keyOf(row[0] ?? null, row[1] ?? null, row[2] ?? null), cells);
  }
  return { header: extra(previous[0] ?? []), byFinding };
}

function lines(text: string, width: number): number {
  // A wrapped line holds about width × 1.1 characters of 11-point Calibri.
  const perLine = Math.max(1, Math.floor(width * 1.1));
  return text
    .split("\n")
    .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

function inlineString(ref: string, style: number, text: string): string {
  const s = style === 0 ? "" : ` s="${style}"`;
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escapeText(text)}</t></is></c>`;
}

function scalarCell(ref: string, style: number, value: CellScalar): string {
  if (value === null) return "";
  const s = style === 0 ? "" : ` s="${style}"`;
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${String(value)}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return inlineString(ref, style, value);
}

export function auditSheetXml(
  findings: readonly SheetFinding[],
  kept: KeptColumns,
  styles: StyleEditor
): string {
  const bold = styles.style(0, { font: "bold" });
  const link = styles.style(0, { font: "link" });
  const wrap = styles.style(0, { wrap: true });
  const percent = styles.style(0, { numberFormat: "0.00%" });
  const width = AUDIT_HEADERS.length + kept.header.length;
  const rows: string[] = [];
  const header = [...AUDIT_HEADERS, ...kept.header]
    .map((text, column) => scalarCell(`${columnLetter(column)}1`, bold, text))
    .join("");
  rows.push(`<row r="1">${header}</row>`);

  if (findings.length === 0) {
    rows.push(
      `<row r="2">${inlineString("A2", 0, cliMessages.noFindings.it)}${inlineString("G2", 0, cliMessages.noFindings.en)}</row>`
    );
  }
  findings.forEach(({ sheet, finding }, index) => {
    const r = index + 2;
    const reference = `${finding.column}${finding.row}`;
    const figure = (column: string, value: number | string | null): string =>
      scalarCell(
        `${column}${r}`,
        typeof value === "number" && PERCENT_CODES.has(finding.code) ? percent : 0,
        value
      );
    const extra = kept.byFinding.get(keyOf(sheet, reference, finding.code)) ?? [];
    const cells = [
      inlineString(`A${r}`, 0, sheet),
      `<c r="B${r}" s="${link}" t="str"><f>${escapeText(cellLinkFormula(sheet, reference))}</f><v>${escapeText(reference)}</v></c>`,
      inlineString(`C${r}`, 0, finding.code),
      inlineString(`D${r}`, wrap, finding.text.it),
      figure("E", finding.published),
      figure("F", finding.computed),
      inlineString(`G${r}`, wrap, finding.text.en),
      ...extra.map((value, offset) =>
        scalarCell(`${columnLetter(AUDIT_HEADERS.length + offset)}${r}`, 0, value)
      ),
    ];
    const height =
      LINE_HEIGHT *
      Math.max(lines(finding.text.it, WIDTHS[3] ?? 70), lines(finding.text.en, WIDTHS[6] ?? 70));
    const ht = height > LINE_HEIGHT ? ` ht="${height}" customHeight="1"` : "";
    rows.push(`<row r="${r}"${ht}>${cells.join("")}</row>`);
  });

  const cols = WIDTHS.map(
    (w, i) =>
      `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"${WRAPPED.has(i) ? "" : ""}/>`
  ).join("");
  const lastRow = Math.max(2, findings.length + 1);
  const filter =
    findings.length === 0 ? "" : `<autoFilter ref="A1:${columnLetter(width - 1)}${lastRow}"/>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${columnLetter(width - 1)}${lastRow}"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${cols}</cols>` +
    `<sheetData>${rows.join("")}</sheetData>` +
    filter +
    '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    "</worksheet>"
  );
}
