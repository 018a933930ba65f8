/**
 * What real Excel does at its limits, through the real client library and the emulator: the size
 * check comes before any cell is read; the read is cut into bands that fit Excel on the web's
 * response limit; Excel desktop's `values: null` on large ranges is read again in smaller bands or
 * reported clearly; workbook-structure protection is found before anything is written; a failed
 * second write batch is rolled back by the same runner.
 */
import { ExcelHost } from "../../src/taskpane/excel-host";
import { MAX_SHEET_CELLS } from "../../src/core/sheet";
import {
  cellKey,
  DESKTOP,
  PROFILES,
  sheetByName,
  WEB,
  withLimits,
  type WorkbookState,
} from "../support/excel-emulator";
import { BINARY_2024, installAlbero, sheetCopy } from "./emulator-setup";

const planSheet = (state: WorkbookState) => {
  const sheet = sheetByName(state, "Albero 2024");
  if (sheet === undefined) throw new Error("fixture sheet missing");
  return sheet;
};

describe.each(PROFILES)("ExcelHost at Excel's limits ($name)", (profile) => {
  it("refuses a sheet one row above the cell limit before reading a single cell", async () => {
    const { state } = await installAlbero(profile);
    // A formatted cell below the table: Excel's used range counts it. The fixture's used range
    // starts at A1 and is 8 columns wide: 187,501 rows × 8 = 1,500,008 cells > 1,500,000.
    planSheet(state).cells[cellKey(MAX_SHEET_CELLS / 8, 7)] = { numberFormat: "0.00%" };
    const result = await new ExcelHost().recompute(BINARY_2024);
    expect(result.ok ? null : result.error.code).toBe("TOO_LARGE");
    if (!result.ok) {
      expect(result.error.text.it).toContain("1.500.008 celle usate, al massimo 1.500.000");
      expect(result.error.text.it).toContain("Dividi il piano in più fogli");
      expect(result.error.text.en).toContain("1,500,008 used cells, at most 1,500,000");
    }
    expect(state.counters.cellReads).toBe(0);
  });

  it("finds workbook-structure protection before writing, when the undo sheet must be added", async () => {
    const { state } = await installAlbero(profile);
    state.structureProtected = true;
    const before = JSON.stringify(state.sheets);
    const result = await new ExcelHost().recompute(BINARY_2024);
    expect(result.ok ? null : result.error.code).toBe("STRUCTURE_PROTECTED");
    if (!result.ok) expect(result.error.text.it).toContain("struttura");
    expect(JSON.stringify(state.sheets)).toBe(before);
  });

  it("rolls back what landed when a write batch before the last one fails", async () => {
    const { state: probe } = await installAlbero(profile);
    probe.profile = withLimits(profile, { requestLimitBytes: 12000 });
    const trial = await new ExcelHost({ requestLimitBytes: 12000 }).recompute(BINARY_2024);
    if (!trial.ok) throw new Error(trial.error.text.it);
    expect(trial.value.writeBatches).toBeGreaterThan(3);
    // Requests before the first write batch: the syncs minus the write batches.
    const firstWrite = trial.value.syncs - trial.value.writeBatches + 1;

    const { state } = await installAlbero(profile);
    state.profile = withLimits(profile, { requestLimitBytes: 12000 });
    const original = sheetCopy(planSheet(state));
    // The next-to-last batch: cells of earlier batches have landed, the last one never goes.
    state.cellEditModeAtSyncs = [firstWrite + trial.value.writeBatches - 2];
    const result = await new ExcelHost({ requestLimitBytes: 12000 }).recompute(BINARY_2024);
    expect(result.ok ? null : result.error.code).toBe("EDIT_MODE");
    expect(sheetCopy(planSheet(state))).toEqual(original);
    // The failed run left no snapshot behind to "undo" later.
    expect(await new ExcelHost().undoAvailable()).toBeNull();
  });
});

describe("the cell limit, at its edge (web: the profile with payload limits)", () => {
  it("reads a sheet of exactly the cell limit (the command line's limit too)", async () => {
    const { state } = await installAlbero(WEB);
    // 187,500 rows × 8 columns = 1,500,000 used cells: read in bands, recomputed.
    planSheet(state).cells[cellKey(MAX_SHEET_CELLS / 8 - 1, 7)] = { numberFormat: "0.00%" };
    const result = await new ExcelHost().recompute(BINARY_2024);
    expect(result.ok ? null : result.error.code).toBeNull();
    expect(state.counters.cellReads).toBeGreaterThanOrEqual(1_500_000);
  }, 120_000);
});

describe("reads in bands", () => {
  it("on the web, keeps every response under a lowered limit and reads the same sheet", async () => {
    const whole = await installAlbero(WEB);
    const one = await new ExcelHost().recompute(BINARY_2024);
    if (!one.ok) throw new Error(one.error.text.it);
    const expectedCells = sheetCopy(planSheet(whole.state)).cells;

    const { state } = await installAlbero(withLimits(WEB, { responseLimitBytes: 20000 }));
    const banded = await new ExcelHost({ requestLimitBytes: 20000 }).recompute(BINARY_2024);
    if (!banded.ok) throw new Error(banded.error.text.it);
    expect(banded.value.readBands).toBeGreaterThan(2);
    expect(Math.max(...state.counters.responseBytes)).toBeLessThanOrEqual(20000);
    expect(planSheet(state).cells).toEqual(expectedCells);
  });

  it("on desktop, reads again in smaller bands when Excel answers values: null", async () => {
    // The fixture is 8 columns wide: Excel gives no values for a read above 200 cells.
    const { state } = await installAlbero(withLimits(DESKTOP, { nullValuesAboveCells: 200 }));
    const result = await new ExcelHost().recompute(BINARY_2024);
    if (!result.ok) throw new Error(result.error.text.it);
    expect(result.value.readBands).toBeGreaterThan(5);
    expect(typeof planSheet(state).cells[cellKey(18, 6)]?.value).toBe("number");
  });

  it("on desktop, says so clearly when even one row comes back without values", async () => {
    const { state } = await installAlbero(withLimits(DESKTOP, { nullValuesAboveCells: 3 }));
    const before = JSON.stringify(state.sheets);
    const result = await new ExcelHost().recompute(BINARY_2024);
    expect(result.ok ? null : result.error.code).toBe("UNREADABLE");
    if (!result.ok) expect(result.error.text.it).toContain("nessuna cella è stata modificata");
    expect(JSON.stringify(state.sheets)).toBe(before);
  });
});
