/**
 * Seeds the fake host's workbook from an .xlsx file (Node, ExcelJS): every sheet's values (dates
 * back to serials, rich text as text, formula cells as formula + cached result), number formats
 * and solid fills. The first sheet is active.
 */
import ExcelJS from "exceljs";
import {
  addSheet,
  cellKey,
  emptyWorkbook,
  type StoredCell,
  type StoredScalar,
  type WorkbookState,
} from "./workbook-state";

const MS_PER_DAY = 86400000;
const UNIX_EPOCH_SERIAL = 25569;

function scalar(value: unknown): StoredScalar | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return value === "" ? undefined : value;
  if (value instanceof Date) {
    const serial = value.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
    return Math.abs(serial - Math.round(serial)) < 1e-9 ? Math.round(serial) : serial;
  }
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (Array.isArray(record.richText)) {
      return (record.richText as { text?: string }[]).map((run) => run.text ?? "").join("");
    }
    if ("result" in record) return scalar(record.result);
    if ("formula" in record || "sharedFormula" in record) return undefined;
    if (typeof record.error === "string") return record.error;
    if (typeof record.text === "string") return record.text;
  }
  return undefined;
}

export async function workbookFromXlsx(file: string): Promise<WorkbookState> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const state = emptyWorkbook();
  book.eachSheet((worksheet) => {
    const sheet = addSheet(state, worksheet.name);
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        const stored: StoredCell = {};
        const value = scalar(cell.value);
        if (value !== undefined) stored.value = value;
        if (cell.type === ExcelJS.ValueType.Formula) stored.formula = `=${cell.formula}`;
        if (cell.numFmt !== undefined && cell.numFmt !== "General")
          stored.numberFormat = cell.numFmt;
        const fill = cell.fill;
        if (
          fill?.type === "pattern" &&
          fill.pattern === "solid" &&
          typeof fill.fgColor?.argb === "string"
        ) {
          stored.fill = `#${fill.fgColor.argb.slice(-6).toUpperCase()}`;
        }
        if (Object.keys(stored).length > 0)
          sheet.cells[cellKey(rowNumber - 1, columnNumber - 1)] = stored;
      });
    });
  });
  return state;
}
