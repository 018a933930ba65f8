/**
 * Test helper: the Excel emulator (test/support/excel-emulator) installed as the host of the real
 * Office.js client library, seeded from a fixture workbook or built by hand. Every test file that
 * uses it checks after each test that the add-in asked Excel nothing the emulator does not know.
 */
import path from "path";
import {
  cellKey,
  ExcelEmulator,
  WEB,
  type PlatformProfile,
  type StoredCell,
  type StoredSheet,
  type WorkbookState,
} from "../support/excel-emulator";

export const ALBERO_2024 = path.join(__dirname, "..", "fixtures", "albero-2024.xlsx");

let installed: ExcelEmulator[] = [];

afterEach(() => {
  const unknown = installed.flatMap((emulator) => emulator.notEmulated);
  installed = [];
  expect(unknown).toEqual([]);
});

export async function installAlbero(profile: PlatformProfile = WEB): Promise<ExcelEmulator> {
  const emulator = await ExcelEmulator.fromXlsx(ALBERO_2024, profile);
  installed.push(emulator);
  return emulator.install();
}

export function install(state: WorkbookState): ExcelEmulator {
  const emulator = new ExcelEmulator(state);
  installed.push(emulator);
  return emulator.install();
}

/** A deep copy of the cells and conditional formats of a sheet, to compare before/after. */
export function sheetCopy(sheet: StoredSheet): Pick<StoredSheet, "cells" | "conditionalFormats"> {
  return JSON.parse(
    JSON.stringify({ cells: sheet.cells, conditionalFormats: sheet.conditionalFormats })
  ) as Pick<StoredSheet, "cells" | "conditionalFormats">;
}

export function cellAt(a1: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(a1);
  if (match === null) throw new Error(a1);
  let column = 0;
  for (const letter of match[1] ?? "") column = column * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(match[2]) - 1, column: column - 1 };
}

export function valueAt(sheet: StoredSheet, a1: string): StoredCell | undefined {
  const { row, column } = cellAt(a1);
  return sheet.cells[cellKey(row, column)];
}

export const BINARY_2024 = { method: "binary", planYear: 2024, asOf: 46053 } as const;
