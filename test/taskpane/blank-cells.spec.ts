/**
 * Blank cells in formulas mode, as each Excel passes them to a custom function (desktop: 0, the
 * web: null; office-js #4702): the formulas the pane writes guard every cell argument, so blank
 * targets, actuals, operators and weights give the same figures on both profiles; a PERF_BAND
 * typed by hand over a blank cell shows "rosso" on desktop unless guarded as the README says.
 */
import { registerCustomFunctions } from "../../src/functions/functions";
import { ExcelHost } from "../../src/taskpane/excel-host";
import {
  cellKey,
  customFunctionsRuntime,
  PROFILES,
  sheetByName,
  type WorkbookState,
} from "../support/excel-emulator";
import { BINARY_2024, cellAt, installAlbero } from "./emulator-setup";

const planSheet = (state: WorkbookState) => {
  const sheet = sheetByName(state, "Albero 2024");
  if (sheet === undefined) throw new Error("fixture sheet missing");
  return sheet;
};

function registerOnce(): void {
  if (Object.keys(customFunctionsRuntime().mappings()).length === 0) registerCustomFunctions();
}

function blank(state: WorkbookState, ...addresses: string[]): void {
  for (const a1 of addresses) {
    const { row, column } = cellAt(a1);
    delete planSheet(state).cells[cellKey(row, column)];
  }
}

describe.each(PROFILES)("blank cells in formulas mode ($name)", (profile) => {
  it("gives the pane's figures with blank weights, targets, operators and actuals", async () => {
    const emulator = await installAlbero(profile);
    // Row 19: weight blank; row 22: target blank; row 23: operator and actual blank;
    // row 10: weight, operator, target and actual blank (only the indicator is left).
    blank(emulator.state, "C19", "E22", "D23", "F23", "C10", "D10", "E10", "F10");
    registerOnce();
    emulator.useCustomFunctions();
    const result = await new ExcelHost().recompute({ ...BINARY_2024, writeMode: "formulas" });
    if (!result.ok) throw new Error(result.error.text.it);
    const sheet = planSheet(emulator.state);
    const live = result.value.recompute.plan.cells.filter((cell) => cell.formula !== null);
    const rows = new Set(live.map((cell) => cell.row + 1));
    // Live formulas where a blank is an input the function reads (a weight, an operator, an
    // actual); a blank target is not evaluable (domain.md §5: no number to compare with), which
    // the function would show as #VALUE!: its N.V. is written as a value.
    for (const row of [19, 23, 17, 21]) expect([row, rows.has(row)]).toEqual([row, true]);
    for (const row of [22, 10]) {
      expect([row, rows.has(row)]).toEqual([row, false]);
      expect(sheet.cells[cellKey(row - 1, 6)]?.value).toBe("N.V.");
    }
    for (const cell of live) {
      const shown = sheet.cells[cellKey(cell.row, cell.column)]?.value;
      expect([cell.formula, shown]).toEqual([
        cell.formula,
        typeof cell.value === "number" ? expect.closeTo(cell.value, 9) : (cell.value ?? ""),
      ]);
    }
  });

  it('PERF_BAND over a blank cell: guarded with IF(ISBLANK()) it shows "" on every profile', async () => {
    const emulator = await installAlbero(profile);
    registerOnce();
    emulator.useCustomFunctions();
    const sheet = planSheet(emulator.state);
    // J60 is blank; J62 holds 0,8 (80,00%: yellow, domain.md §7) and J63 0 (red).
    const { row, column } = cellAt("K60");
    emulator.session.writeEntry(sheet, row, column, "=PIANO.PERF_BAND(J60)");
    emulator.session.writeEntry(
      sheet,
      row + 1,
      column,
      '=IF(ISBLANK(J60),"",PIANO.PERF_BAND(J60))'
    );
    emulator.session.writeEntry(sheet, row + 2, column - 1, 0.8);
    emulator.session.writeEntry(
      sheet,
      row + 2,
      column,
      '=IF(ISBLANK(J62),"",PIANO.PERF_BAND(J62))'
    );
    emulator.session.writeEntry(sheet, row + 3, column - 1, 0);
    emulator.session.writeEntry(
      sheet,
      row + 3,
      column,
      '=IF(ISBLANK(J63),"",PIANO.PERF_BAND(J63))'
    );
    const shown = (r: number) => sheet.cells[cellKey(r, column)]?.value;
    // Unguarded: the web passes the blank as null → ""; desktop passes 0 → 0 < 60% → "rosso".
    expect(shown(row)).toBe(profile.name === "desktop" ? "rosso" : "");
    expect(shown(row + 1)).toBe("");
    expect(shown(row + 2)).toBe("giallo");
    expect(shown(row + 3)).toBe("rosso");
  });
});
