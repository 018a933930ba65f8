/**
 * Test helper: installs the in-memory Excel host (test/e2e/fake-office) as the Office.js globals
 * in Node, seeded from a fixture workbook or built by hand.
 */
import path from "path";
import { installFakeOffice } from "../e2e/fake-office/fake-office";
import { workbookFromXlsx } from "../e2e/fake-office/workbook-from-xlsx";
import {
  cellKey,
  type StoredCell,
  type StoredSheet,
  type WorkbookState,
} from "../e2e/fake-office/workbook-state";

export const ALBERO_2024 = path.join(__dirname, "..", "fixtures", "albero-2024.xlsx");

export async function installAlbero(): Promise<WorkbookState> {
  const state = await workbookFromXlsx(ALBERO_2024);
  installFakeOffice(globalThis as unknown as Record<string, unknown>, state);
  return state;
}

export function install(state: WorkbookState): WorkbookState {
  installFakeOffice(globalThis as unknown as Record<string, unknown>, state);
  return state;
}

/** A deep copy of the cells and conditional formats of a sheet, to compare before/after. */
export function sheetCopy(sheet: StoredSheet): Pick<StoredSheet, "cells" | "conditionalFormats"> {
  return JSON.parse(
    JSON.stringify({ cells: sheet.cells, conditionalFormats: sheet.conditionalFormats })
  ) as Pick<StoredSheet, "cells" | "conditionalFormats">;
}

export function valueAt(sheet: StoredSheet, a1: string): StoredCell | undefined {
  const match = /^([A-Z]+)(\d+)$/.exec(a1);
  if (match === null) throw new Error(a1);
  let column = 0;
  for (const letter of match[1]) column = column * 26 + letter.charCodeAt(0) - 64;
  return sheet.cells[cellKey(Number(match[2]) - 1, column - 1)];
}

export const BINARY_2024 = { method: "binary", planYear: 2024, asOf: 46053 } as const;
