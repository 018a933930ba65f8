/** The shared generated plan (test/support/builders/generated-plan.ts) as a workbook of the Excel emulator. */
import { generatePlanGrid } from "../builders/generated-plan";
import type { PlatformProfile } from "./profiles";
import { addSheet, cellKey, emptyWorkbook, type StoredSheet, type WorkbookState } from "./workbook";

export interface GeneratedPlan {
  readonly state: WorkbookState;
  readonly sheet: StoredSheet;
  readonly kpis: number;
  /** Rows of the sheet (last used row + 1). */
  readonly rows: number;
}

/** kpiCount is rounded up as generatePlanGrid does. */
export function generatedPlan(kpiCount: number, profile: PlatformProfile): GeneratedPlan {
  const grid = generatePlanGrid(kpiCount);
  const state = emptyWorkbook(profile);
  const sheet = addSheet(state, "Piano generato");
  grid.values.forEach((line, row) =>
    line.forEach((value, column) => {
      if (value === null || value === "") return;
      const numberFormat = grid.numberFormats[row]?.[column];
      sheet.cells[cellKey(row, column)] =
        numberFormat === undefined || numberFormat === "General"
          ? { value }
          : { value, numberFormat };
    })
  );
  return { state, sheet, kpis: grid.kpis, rows: grid.values.length };
}
