/**
 * Seeds the fake host's workbook from an .xlsx file (Node). Values, number formats and formulas come
 * from the command line's reader (src/cli/read-workbook.ts), so the fake host sees each sheet as
 * production reads it; this adds only what the fake host keeps beyond that: every sheet in order,
 * solid fills, and the first sheet active.
 */
import type ExcelJS from "exceljs";
import { openWorkbook, sheetInputFromWorksheet } from "../../../src/cli/read-workbook";
import {
  addSheet,
  cellKey,
  emptyWorkbook,
  type StoredCell,
  type StoredSheet,
  type WorkbookState,
} from "./workbook-state";

function storedCell(sheet: StoredSheet, row: number, column: number): StoredCell {
  const key = cellKey(row, column);
  const cell = sheet.cells[key] ?? {};
  sheet.cells[key] = cell;
  return cell;
}

/** Values (blank text left out), formulas and number formats other than General. */
function copySheetInput(worksheet: ExcelJS.Worksheet, sheet: StoredSheet): void {
  const input = sheetInputFromWorksheet(worksheet);
  input.values.forEach((line, row) =>
    line.forEach((value, column) => {
      const formula = input.formulas?.[row][column] ?? null;
      const numberFormat = input.numberFormats?.[row][column] ?? "General";
      const stored: StoredCell = {};
      if (value !== null && value !== "") stored.value = value;
      if (formula !== null) stored.formula = formula;
      if (numberFormat !== "General") stored.numberFormat = numberFormat;
      if (Object.keys(stored).length > 0) Object.assign(storedCell(sheet, row, column), stored);
    })
  );
}

/** Solid fills as #RRGGBB, on any cell, blank or not. */
function copyFills(worksheet: ExcelJS.Worksheet, sheet: StoredSheet): void {
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const fill = cell.fill;
      if (
        fill?.type === "pattern" &&
        fill.pattern === "solid" &&
        typeof fill.fgColor?.argb === "string"
      )
        storedCell(sheet, rowNumber - 1, columnNumber - 1).fill =
          `#${fill.fgColor.argb.slice(-6).toUpperCase()}`;
    });
  });
}

export async function workbookFromXlsx(file: string): Promise<WorkbookState> {
  const opened = await openWorkbook(file);
  if (!opened.ok) throw new Error(opened.error.messageEn);
  const state = emptyWorkbook();
  opened.value.workbook.eachSheet((worksheet) => {
    const sheet = addSheet(state, worksheet.name);
    copySheetInput(worksheet, sheet);
    copyFills(worksheet, sheet);
  });
  return state;
}
