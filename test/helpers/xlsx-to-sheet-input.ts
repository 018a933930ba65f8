/**
 * Test helper: reads one worksheet of an .xlsx file into a SheetInput with ExcelJS (values,
 * number formats, formulas, merges). The command line has its own production reader; this one
 * serves the golden tests of the sheet model.
 */
import ExcelJS from "exceljs";
import type { CellScalar } from "../../src/core/types";
import type { CellArea, SheetInput } from "../../src/core/sheet/sheet-types";
import { columnIndex } from "../../src/core/sheet/a1";

const MS_PER_DAY = 86_400_000;
/** Excel serial of 1970-01-01 (1900 date system). */
const UNIX_EPOCH_SERIAL = 25_569;

function scalarOf(value: ExcelJS.CellValue): CellScalar {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return value.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((run) => run.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = value.result;
      if (result === undefined || result === null) return null;
      if (typeof result === "object" && !(result instanceof Date)) return null;
      return scalarOf(result as ExcelJS.CellValue);
    }
    if ("text" in value) return String(value.text);
    if ("error" in value) return null;
  }
  return null;
}

function areaOf(ref: string): CellArea | null {
  const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref.toUpperCase());
  if (match === null) return null;
  const left = columnIndex(match[1]);
  const right = columnIndex(match[3]);
  if (left === null || right === null) return null;
  return { top: Number(match[2]) - 1, left, bottom: Number(match[4]) - 1, right };
}

export function worksheetToSheetInput(sheet: ExcelJS.Worksheet): SheetInput {
  const rowCount = sheet.rowCount;
  const columnCount = sheet.columnCount;
  const values: CellScalar[][] = [];
  const numberFormats: string[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = 1; r <= rowCount; r++) {
    const valueLine = new Array<CellScalar>(columnCount).fill(null);
    const formatLine = new Array<string>(columnCount).fill("General");
    const formulaLine = new Array<string | null>(columnCount).fill(null);
    // eachCell visits the cells that exist; ExcelJS repeats a merge's value in its covered cells.
    sheet.getRow(r).eachCell({ includeEmpty: false }, (excelCell, columnNumber) => {
      const index = columnNumber - 1;
      if (index >= columnCount) return;
      formatLine[index] = excelCell.numFmt ?? "General";
      if (excelCell.isMerged && excelCell.master.address !== excelCell.address) return;
      valueLine[index] = scalarOf(excelCell.value);
      const formula = excelCell.formula;
      formulaLine[index] = typeof formula === "string" && formula !== "" ? `=${formula}` : null;
    });
    values.push(valueLine);
    numberFormats.push(formatLine);
    formulas.push(formulaLine);
  }
  const mergeRefs = (sheet.model as { merges?: string[] }).merges ?? [];
  const merges = mergeRefs.map(areaOf).filter((a): a is CellArea => a !== null);
  return {
    name: sheet.name,
    origin: { row: 0, column: 0 },
    values,
    numberFormats,
    formulas,
    merges,
  };
}

export async function readXlsxSheet(path: string, sheetIndex = 0): Promise<SheetInput> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[sheetIndex];
  if (sheet === undefined) throw new Error(`no worksheet ${sheetIndex} in ${path}`);
  return worksheetToSheetInput(sheet);
}
