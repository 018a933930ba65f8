/**
 * The layout workbooks (test/support/builders/layout-workbooks.ts) through the task pane, on the
 * Excel emulator with the real Office.js library, web and desktop: the same figures the command
 * line gives, from the same expectations worked by hand (layout-expectations.ts), read from the
 * cells the pane wrote.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { ExcelHost } from "../../src/taskpane/excel-host";
import {
  CODES_IN_COLUMN,
  MERGED_HEADERS,
  UNCODED_BY_WORDS,
  YEAR_SUB_HEADERS,
  YEARS_AND_PERIODS,
  type LayoutExpectation,
} from "../support/builders/layout-expectations";
import {
  cellKey,
  ExcelEmulator,
  PROFILES,
  sheetByName,
  type StoredSheet,
} from "../support/excel-emulator";
import { install } from "./emulator-setup";

let work = "";
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "pane-layouts-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The column whose header cell says `header` (the pane finds it by its words, so does the test). */
function columnOf(sheet: StoredSheet, header: string): number {
  const key = Object.keys(sheet.cells).find((k) => sheet.cells[k]?.value === header);
  if (key === undefined) throw new Error(`no header ${header}`);
  return Number(key.split(",")[1]);
}

function serial(iso: string): number {
  return (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86400000;
}

const CASES: readonly LayoutExpectation[] = [
  CODES_IN_COLUMN,
  UNCODED_BY_WORDS,
  YEARS_AND_PERIODS,
  MERGED_HEADERS,
  YEAR_SUB_HEADERS,
];

describe.each(PROFILES)("the task pane on the layout workbooks ($name)", (profile) => {
  it.each(CASES.map((expectation) => [expectation.sheet, expectation] as const))(
    "%s: writes the figures worked by hand",
    async (_, expectation) => {
      const built = expectation.build();
      const file = path.join(work, `${built.name}-${profile.name}.xlsx`);
      await built.workbook.xlsx.writeFile(file);
      const emulator = install((await ExcelEmulator.fromXlsx(file, profile)).state);
      emulator.select(expectation.sheet, "A1");
      const result = await new ExcelHost().recompute({
        method: "proportional",
        ...(expectation.planYear === undefined ? {} : { planYear: expectation.planYear }),
        ...(expectation.asOf === undefined ? {} : { asOf: serial(expectation.asOf) }),
      });
      if (!result.ok) throw new Error(result.error.text.it);
      const sheet = sheetByName(emulator.state, expectation.sheet);
      if (sheet === undefined) throw new Error("sheet missing");
      const kpiColumn = expectation.writtenIn?.kpi ?? columnOf(sheet, "Performance KPI");
      const objectiveColumn =
        expectation.writtenIn?.objective ?? columnOf(sheet, "Performance Obiettivo");
      const shown = (row: number, column: number) => sheet.cells[cellKey(row - 1, column)]?.value;
      for (const [row, kpi] of Object.entries(expectation.kpis))
        expect([row, shown(Number(row), kpiColumn)]).toEqual([
          row,
          kpi === null ? "N.V." : expect.closeTo(kpi, 10),
        ]);
      for (const [row, objective] of Object.entries(expectation.objectives))
        expect([row, shown(Number(row), objectiveColumn)]).toEqual([
          row,
          expect.closeTo(objective, 10),
        ]);
    }
  );
});
