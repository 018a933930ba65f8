/**
 * Test helper: one worksheet of an .xlsx file as a SheetInput, read by the command line's own
 * reader (src/cli/read-workbook.ts), so the golden tests see the sheet exactly as production does.
 */
import type { SheetInput } from "../../src/core/sheet/sheet-types";
import { openWorkbook, sheetInputFromWorksheet } from "../../src/cli/read-workbook";

export async function readXlsxSheet(path: string, sheetIndex = 0): Promise<SheetInput> {
  const opened = await openWorkbook(path);
  if (!opened.ok) throw new Error(opened.error.messageEn);
  const sheet = opened.value.workbook.worksheets[sheetIndex];
  if (sheet === undefined) throw new Error(`no worksheet ${sheetIndex} in ${path}`);
  return sheetInputFromWorksheet(sheet);
}
