/**
 * The former ExcelJS reader, kept only for the task pane's fake host in test/e2e/fake-office (being
 * retired): the command line reads through open-workbook.ts and xlsx/read-sheet.ts. It opens an
 * .xlsx file (after the same checks as the command line) and turns a worksheet into a SheetInput,
 * the way Office.js would give it to the task pane: dates as serials, rich text as plain text, formula cells as their cached result plus the formula,
 * error values as their text ("#DIV/0!"), merged cells empty except the top-left one.
 */
import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { type CellScalar, ok } from "../core";
import type { CellArea, SheetInput } from "../core/sheet";
import { openWorkbookPackage } from "./open-workbook";
import type { CliResult } from "./cli-error";
import { cliMessages } from "./messages";

export interface OpenedWorkbook {
  readonly workbook: ExcelJS.Workbook;
}

export async function openWorkbook(file: string): Promise<CliResult<OpenedWorkbook>> {
  const checked = await openWorkbookPackage(file);
  if (!checked.ok) return checked;
  const bytes = await fs.readFile(file);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return cliMessages.corrupt(path.basename(file), detail);
  }
  return ok({ workbook });
}

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
  // Grouped rows (Excel's outline): they give the level of objectives written without codes.
  const rowOutlineLevels: number[] = new Array<number>(height).fill(0);
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const level = row.outlineLevel ?? 0;
    if (rowNumber <= height && level > 0) rowOutlineLevels[rowNumber - 1] = level;
  });
  return {
    name: worksheet.name,
    origin: { row: 0, column: 0 },
    values,
    numberFormats,
    formulas,
    merges: mergedAreas,
    rowOutlineLevels,
  };
}
