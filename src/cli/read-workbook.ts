/**
 * Reading an .xlsx file: open it (telling a missing, encrypted, foreign or corrupt file apart) and turn
 * a worksheet into the sheet model's SheetInput, the way Office.js would give it to the task pane:
 * dates as serials, rich text as plain text, formula cells as their cached result plus the formula,
 * error values as their text ("#DIV/0!"), merged cells empty except the top-left one.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { type CellScalar, ok } from "../core";
import type { CellArea, SheetInput } from "../core/sheet";
import { classifyInput } from "./classify-input";
import { MAX_INFLATED_BYTES, packageKind, readPackage } from "./xlsx/read-package";
import { droppedFeatures, type DroppedFeature } from "./dropped-features";
import { cliFail, type CliResult } from "./cli-error";
import { ExitCode } from "./exit-codes";

const unreadable = (message: string, messageEn: string): CliResult<never> =>
  cliFail(ExitCode.unreadableInput, message, messageEn);

export interface OpenedWorkbook {
  readonly workbook: ExcelJS.Workbook;
  /** What ExcelJS will not write back (charts, pivot tables, macros…): main() warns about it. */
  readonly dropped: readonly DroppedFeature[];
}

export async function openWorkbook(file: string): Promise<CliResult<OpenedWorkbook>> {
  const name = path.basename(file);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT")
      return unreadable(`il file "${file}" non esiste.`, `the file "${file}" does not exist.`);
    if (code === "EISDIR")
      return unreadable(
        `"${file}" è una cartella, non un file .xlsx.`,
        `"${file}" is a directory, not an .xlsx file.`
      );
    return unreadable(
      `impossibile leggere "${file}" (${String(code)}).`,
      `cannot read "${file}" (${String(code)}).`
    );
  }
  switch (classifyInput(bytes)) {
    case "encrypted":
      return unreadable(
        `"${name}" è protetto da password: aprirlo in Excel, togliere la password (File > Informazioni > Proteggi cartella di lavoro) e salvarlo di nuovo.`,
        `"${name}" is password protected: open it in Excel, remove the password and save it again.`
      );
    case "legacyXls":
      return unreadable(
        `"${name}" è nel vecchio formato .xls: salvarlo come cartella di lavoro Excel (.xlsx).`,
        `"${name}" is in the old .xls format: save it as an Excel workbook (.xlsx).`
      );
    case "other":
      return unreadable(
        `"${name}" non è un file .xlsx (cartella di lavoro di Excel).`,
        `"${name}" is not an .xlsx file (Excel workbook).`
      );
    case "zip":
      break;
  }
  const parts = readPackage(bytes);
  if (!parts.ok && parts.reason === "tooLarge")
    return unreadable(
      `"${name}" è troppo grande: decompresso supera ${megabytes(MAX_INFLATED_BYTES)} MB (letti ${megabytes(parts.inflated)} MB prima di fermarsi). Può essere un file malevolo ("zip bomb") o un piano da dividere in più cartelle.`,
      `"${name}" is too large: uncompressed it exceeds ${megabytes(MAX_INFLATED_BYTES)} MB (${megabytes(parts.inflated)} MB read before stopping). It may be a malicious file (zip bomb) or a plan to split over several workbooks.`
    );
  if (!parts.ok)
    return unreadable(
      `"${name}" è danneggiato o non è una cartella di lavoro Excel (${parts.detail}).`,
      `"${name}" is corrupt or not an Excel workbook (${parts.detail}).`
    );
  switch (packageKind(parts.parts)) {
    case "openDocument":
      return unreadable(
        `"${name}" è un foglio di calcolo OpenDocument (.ods), non un file .xlsx: in LibreOffice usare File > Salva con nome > Cartella di lavoro Excel 2007-365 (.xlsx).`,
        `"${name}" is an OpenDocument spreadsheet (.ods), not an .xlsx file: in LibreOffice use File > Save As > Excel 2007-365 Workbook (.xlsx).`
      );
    case "otherZip":
      return unreadable(
        `"${name}" è un archivio zip ma non una cartella di lavoro Excel (.xlsx): manca la parte xl/workbook.xml.`,
        `"${name}" is a zip archive but not an Excel workbook (.xlsx): it has no xl/workbook.xml part.`
      );
    case "workbook":
    case "macroWorkbook":
      break;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return unreadable(
      `"${name}" è danneggiato o non è una cartella di lavoro Excel (${detail}).`,
      `"${name}" is corrupt or not an Excel workbook (${detail}).`
    );
  }
  return ok({ workbook, dropped: droppedFeatures(bytes) });
}

const megabytes = (bytes: number): string =>
  Math.round(bytes / (1024 * 1024)).toLocaleString("it-IT");

/** Milliseconds per day, and the Unix epoch as an Excel 1900 serial. */
const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * ExcelJS turns date-formatted numbers into Dates (UTC, 1900 or 1904 system already applied):
 * back to a 1900 serial, as Office.js gives it.
 */
export function serialFromDate(date: Date): number {
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  const whole = Math.round(serial);
  return Math.abs(serial - whole) < 1e-9 ? whole : serial;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** One ExcelJS cell value (or formula result) as the scalar the sheet model reads. */
export function scalarFromCellValue(value: unknown): CellScalar {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return serialFromDate(value);
  if (isObject(value)) {
    if (Array.isArray(value.richText)) {
      return value.richText
        .map((run: unknown) => (isObject(run) && typeof run.text === "string" ? run.text : ""))
        .join("");
    }
    if (typeof value.error === "string") return value.error;
    if ("formula" in value || "sharedFormula" in value) return scalarFromCellValue(value.result);
    if (typeof value.text === "string") return value.text; // hyperlink
    if (isObject(value.text) && Array.isArray(value.text.richText))
      return scalarFromCellValue(value.text);
  }
  return null;
}

/** A worksheet as the sheet model's input: the rectangle from A1 to the last cell holding something. */
export function sheetInputFromWorksheet(worksheet: ExcelJS.Worksheet): SheetInput {
  const cells: {
    row: number;
    column: number;
    value: CellScalar;
    format: string;
    formula: string | null;
  }[] = [];
  const merges = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  let lastRow = -1;
  let lastColumn = -1;

  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const r = rowNumber - 1;
      const c = columnNumber - 1;
      if (cell.type === ExcelJS.ValueType.Merge) {
        const master = cell.master;
        const key = master.address;
        const area = merges.get(key) ?? {
          top: Number(master.row) - 1,
          left: Number(master.col) - 1,
          bottom: r,
          right: c,
        };
        area.bottom = Math.max(area.bottom, r);
        area.right = Math.max(area.right, c);
        merges.set(key, area);
        return;
      }
      const isFormula = cell.type === ExcelJS.ValueType.Formula;
      // cell.value of a formula omits a cached result of 0 (ExcelJS tests it for truthiness): read cell.result.
      const value = scalarFromCellValue(isFormula ? cell.result : cell.value);
      const formula = isFormula ? `=${cell.formula}` : null;
      const format =
        typeof cell.numFmt === "string" && cell.numFmt !== "" ? cell.numFmt : "General";
      if (value === null && formula === null) return;
      cells.push({ row: r, column: c, value, format, formula });
      lastRow = Math.max(lastRow, r);
      lastColumn = Math.max(lastColumn, c);
    });
  });

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
    // Every cell lies inside the used range the rows were allocated for.
    values[cell.row]![cell.column] = cell.value;
    numberFormats[cell.row]![cell.column] = cell.format;
    formulas[cell.row]![cell.column] = cell.formula;
  }
  const mergedAreas: CellArea[] = [...merges.values()];
  return {
    name: worksheet.name,
    origin: { row: 0, column: 0 },
    values,
    numberFormats,
    formulas,
    merges: mergedAreas,
  };
}
