/**
 * The "Verifica" sheet of the output workbook: one line per finding of the audit (sheet, cell as a
 * link to it, code, Italian message, published and computed value, English message). A re-run
 * replaces the sheet it wrote before; a user's own sheet that happens to be called "Verifica" is
 * left alone and ours is named "Verifica perf-kpi".
 */
import type ExcelJS from "exceljs";
import type { Finding, FindingCode } from "../core/sheet";
import { cliMessages } from "./messages";

export const AUDIT_SHEET_NAME = "Verifica";
const FALLBACK_SHEET_NAME = "Verifica perf-kpi";

export const AUDIT_HEADERS = [
  "Foglio (sheet)",
  "Cella (cell)",
  "Codice (code)",
  "Messaggio",
  "Pubblicato (published)",
  "Calcolato (computed)",
  "Message",
] as const;

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

export function isAuditSheet(worksheet: ExcelJS.Worksheet): boolean {
  return (
    worksheet.getCell(1, 1).value === AUDIT_HEADERS[0] &&
    worksheet.getCell(1, 4).value === AUDIT_HEADERS[3]
  );
}

/** The name ours has or will have in this workbook. */
export function auditSheetName(workbook: ExcelJS.Workbook): string {
  const existing = workbook.getWorksheet(AUDIT_SHEET_NAME);
  return existing === undefined || isAuditSheet(existing) ? AUDIT_SHEET_NAME : FALLBACK_SHEET_NAME;
}

/** `=HYPERLINK("#'Piano 2021'!G45";"G45")`: works in Excel and LibreOffice alike. */
export function cellLinkFormula(sheet: string, reference: string): string {
  const quotedSheet = `'${sheet.replace(/'/g, "''")}'`;
  const target = `#${quotedSheet}!${reference}`.replace(/"/g, '""');
  return `HYPERLINK("${target}","${reference}")`;
}

export function writeAuditSheet(
  workbook: ExcelJS.Workbook,
  findings: readonly SheetFinding[]
): ExcelJS.Worksheet {
  const name = auditSheetName(workbook);
  const previous = workbook.getWorksheet(name);
  if (previous !== undefined) workbook.removeWorksheet(previous.id);
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [
    { width: 22 },
    { width: 10 },
    { width: 26 },
    { width: 70 },
    { width: 16 },
    { width: 16 },
    { width: 70 },
  ];
  const header = sheet.getRow(1);
  AUDIT_HEADERS.forEach((text, index) => {
    header.getCell(index + 1).value = text;
  });
  header.font = { bold: true };

  if (findings.length === 0) {
    sheet.getCell(2, 1).value = cliMessages.noFindings.message;
    sheet.getCell(2, 7).value = cliMessages.noFindings.messageEn;
    return sheet;
  }
  findings.forEach(({ sheet: source, finding }, index) => {
    const row = sheet.getRow(index + 2);
    const reference = `${finding.column}${finding.row}`;
    row.getCell(1).value = source;
    row.getCell(2).value = { formula: cellLinkFormula(source, reference), result: reference };
    row.getCell(2).font = { color: { argb: "FF0563C1" }, underline: true };
    row.getCell(3).value = finding.code;
    row.getCell(4).value = finding.message;
    writeFigure(row.getCell(5), finding.published, finding.code);
    writeFigure(row.getCell(6), finding.computed, finding.code);
    row.getCell(7).value = finding.messageEn;
    row.getCell(4).alignment = { wrapText: true, vertical: "top" };
    row.getCell(7).alignment = { wrapText: true, vertical: "top" };
  });
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: findings.length + 1, column: AUDIT_HEADERS.length },
  };
  return sheet;
}

function writeFigure(cell: ExcelJS.Cell, figure: number | string | null, code: FindingCode): void {
  cell.value = figure;
  if (typeof figure === "number") cell.numFmt = PERCENT_CODES.has(code) ? "0.00%" : "General";
}
