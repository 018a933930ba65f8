/**
 * The Excel host adapter through the real Office.js client library, answered by the Excel
 * emulator, on the web and desktop profiles: the read batch, the number of syncs, writing in
 * blocks, idempotent band rules, undo, the errors people hit (protected sheet, cell edit mode, no
 * layout), chunking above the request limit, settings.
 * Requests counted by the emulator include the library's own last one (Excel.run releases the
 * ranges it kept), so a recompute of three context.sync() calls is four requests.
 */
import expected from "../fixtures/albero-2024.expected.json";
import { registerCustomFunctions } from "../../src/functions/functions";
import { ExcelHost } from "../../src/taskpane/excel-host";
import { MAX_SHEET_CELLS } from "../../src/core/sheet";
import { SETTINGS_KEY } from "../../src/taskpane/stored-settings";
import { UNDO_SHEET_NAME } from "../../src/taskpane/undo-snapshot";
import {
  addSheet,
  cellKey,
  conditionalFormatLooks,
  emptyWorkbook,
  PROFILES,
  sheetByName,
  withLimits,
  type WorkbookState,
} from "../support/excel-emulator";
import { BINARY_2024, install, installAlbero, sheetCopy, valueAt } from "./emulator-setup";

const PLAN_SHEET = "Albero 2024";

function planSheet(state: WorkbookState) {
  const sheet = sheetByName(state, PLAN_SHEET);
  if (sheet === undefined) throw new Error("fixture sheet missing");
  return sheet;
}

describe.each(PROFILES)("ExcelHost.recompute on the 2024 fixture ($name)", (profile) => {
  it("reads the size, then the cells in one band, the typed legend's swatch fills, writes in one batch: five syncs, calculation and screen suspended", async () => {
    const { state } = await installAlbero(profile);
    const result = await new ExcelHost().recompute(BINARY_2024);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // size, cells, the fills of the 2024 legend's three lines (the sheet has a typed legend), write
    expect(result.value.syncs).toBe(5);
    expect(result.value.readBands).toBe(1);
    // The library's own last request releases the ranges it kept.
    expect(state.counters.syncs).toBe(6);
    expect(result.value.writeBatches).toBe(1);
    expect(state.counters.suspendCalculation).toBe(1);
    expect(state.counters.suspendScreenUpdating).toBe(1);
  });

  it("writes the KPI and objective performances the rules give (expected.json)", async () => {
    const { state } = await installAlbero(profile);
    const result = await new ExcelHost().recompute(BINARY_2024);
    expect(result.ok).toBe(true);
    const sheet = planSheet(state);
    for (const row of expected.rows) {
      const r = row as { row: number; kpi?: number | null; objective?: number | null };
      if (typeof r.kpi === "number")
        expect(valueAt(sheet, `G${r.row}`)?.value).toBeCloseTo(r.kpi, 10);
      if (typeof r.objective === "number")
        expect(valueAt(sheet, `H${r.row}`)?.value).toBeCloseTo(r.objective, 10);
    }
  });

  it("never changes a cell outside the plan's derived cells and legend", async () => {
    const { state } = await installAlbero(profile);
    const before = sheetCopy(planSheet(state)).cells;
    const result = await new ExcelHost().recompute(BINARY_2024);
    if (!result.ok) throw new Error(result.error.text.it);
    const plan = result.value.recompute.plan;
    const derived = new Set(
      [...plan.cells, ...(plan.legend?.cells ?? [])].map((cell) => cellKey(cell.row, cell.column))
    );
    const after = planSheet(state).cells;
    const inputs = Object.keys(before).filter((key) => !derived.has(key));
    expect(inputs.length).toBeGreaterThan(500);
    for (const key of inputs) expect([key, after[key]]).toEqual([key, before[key]]);
  });

  it("adds the band rules once: a second recompute replaces them and changes no cell", async () => {
    const { state } = await installAlbero(profile);
    const host = new ExcelHost();
    await host.recompute(BINARY_2024);
    const first = sheetCopy(planSheet(state));
    expect(first.conditionalFormats).toHaveLength(3);
    const second = await host.recompute(BINARY_2024);
    expect(second.ok).toBe(true);
    const again = sheetCopy(planSheet(state));
    expect(again.cells).toEqual(first.cells);
    expect(conditionalFormatLooks(again)).toEqual(conditionalFormatLooks(first));
  });

  it("keeps the undo snapshot in a very hidden sheet and restores the sheet exactly", async () => {
    const { state } = await installAlbero(profile);
    const original = sheetCopy(planSheet(state));
    const host = new ExcelHost();
    await host.recompute(BINARY_2024);
    expect(sheetByName(state, UNDO_SHEET_NAME)?.visibility).toBe("VeryHidden");
    expect(await host.undoAvailable()).toEqual(expect.objectContaining({ sheetName: PLAN_SHEET }));
    const undone = await host.undo();
    expect(undone.ok).toBe(true);
    if (undone.ok) expect(undone.value.syncs).toBe(6);
    expect(sheetCopy(planSheet(state))).toEqual(original);
    expect(await host.undoAvailable()).toBeNull();
    const twice = await host.undo();
    expect(twice.ok ? null : twice.error.code).toBe("NO_UNDO");
  });

  it("refuses a protected sheet before writing anything", async () => {
    const { state } = await installAlbero(profile);
    planSheet(state).protected = true;
    const before = JSON.stringify(state.sheets);
    const result = await new ExcelHost().recompute(BINARY_2024);
    expect(result.ok ? null : result.error.code).toBe("PROTECTED");
    if (!result.ok) expect(result.error.text.it).toContain("protetto");
    expect(JSON.stringify(state.sheets)).toBe(before);
    // The size request, and the library's release of what it kept: no cell was read.
    expect(state.counters.syncs).toBe(2);
    expect(state.counters.cellReads).toBe(0);
  });

  it("asks to leave cell edit mode when Excel rejects the batch, and changes nothing", async () => {
    const { state } = await installAlbero(profile);
    state.cellEditMode = true;
    const before = JSON.stringify(state.sheets);
    const result = await new ExcelHost().recompute(BINARY_2024);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("EDIT_MODE");
    expect(result.error.retry).toBe(true);
    expect(result.error.text.it).toContain("esci dalla modifica della cella e riprova");
    expect(JSON.stringify(state.sheets)).toBe(before);
  });

  it("passes on the core's message when the sheet has no recognisable layout", async () => {
    const state = install(emptyWorkbook(profile)).state;
    const sheet = addSheet(state, "Appunti");
    sheet.cells[cellKey(0, 0)] = { value: "Spesa" };
    sheet.cells[cellKey(0, 1)] = { value: "Importo" };
    sheet.cells[cellKey(1, 0)] = { value: "Carta" };
    sheet.cells[cellKey(1, 1)] = { value: 12 };
    const result = await new ExcelHost().recompute({});
    expect(result.ok ? null : result.error.code).toBe("LAYOUT");
    expect(state.sheets).toHaveLength(1);
  });

  it("writes the live PIANO formulas in formulas mode, and undo puts the values back", async () => {
    const emulator = await installAlbero(profile);
    emulator.useCustomFunctions();
    registerCustomFunctions();
    const { state } = emulator;
    const original = sheetCopy(planSheet(state));
    const host = new ExcelHost();
    const result = await host.recompute({ ...BINARY_2024, writeMode: "formulas" });
    expect(result.ok).toBe(true);
    const sheet = planSheet(state);
    expect(valueAt(sheet, "G19")?.formula).toMatch(/^=PIANO\.PERF_KPI\(/);
    expect(valueAt(sheet, "H14")?.formula).toMatch(/^=PIANO\.PERF_ROLLUP\(/);
    await host.undo();
    expect(sheetCopy(planSheet(state))).toEqual(original);
  });

  it("names the limit when the used range is larger than the pane handles", async () => {
    const { state } = await installAlbero(profile);
    planSheet(state).cells[cellKey(MAX_SHEET_CELLS / 8 + 10, 7)] = { value: "x" };
    const result = await new ExcelHost().recompute(BINARY_2024);
    expect(result.ok ? null : result.error.code).toBe("TOO_LARGE");
    if (!result.ok) expect(result.error.text.it).toContain("1.500.000");
  });

  it("says an empty sheet is empty", async () => {
    const state = install(emptyWorkbook(profile)).state;
    addSheet(state, "Foglio1");
    const result = await new ExcelHost().recompute({});
    expect(result.ok ? null : result.error.code).toBe("EMPTY");
  });

  it("splits the writes into several batches when they exceed the request limit", async () => {
    const { state } = await installAlbero(profile);
    state.profile = withLimits(profile, { requestLimitBytes: 12000 });
    const result = await new ExcelHost({ requestLimitBytes: 12000 }).recompute(BINARY_2024);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.writeBatches).toBeGreaterThan(2);
    expect(Math.max(...state.counters.requestBytes)).toBeLessThanOrEqual(12000);
    expect(state.counters.suspendCalculation).toBe(result.value.writeBatches);
    const sheet = planSheet(state);
    expect(valueAt(sheet, "H4")?.value).toBeCloseTo(0.8033333333333332, 12);
  });

  it("puts back what earlier batches wrote when a later batch fails", async () => {
    const { state: probe } = await installAlbero(profile);
    probe.profile = withLimits(profile, { requestLimitBytes: 12000 });
    const trial = await new ExcelHost({ requestLimitBytes: 12000 }).recompute(BINARY_2024);
    if (!trial.ok) throw new Error(trial.error.text.it);
    const lastBatchSync = trial.value.syncs;

    const { state } = await installAlbero(profile);
    state.profile = withLimits(profile, { requestLimitBytes: 12000 });
    const original = sheetCopy(planSheet(state));
    // The user starts editing a cell just before the last write batch: every earlier batch has landed.
    state.cellEditModeAtSyncs = [lastBatchSync];
    const result = await new ExcelHost({ requestLimitBytes: 12000 }).recompute(BINARY_2024);
    expect(result.ok ? null : result.error.code).toBe("EDIT_MODE");
    expect(state.counters.syncs).toBeGreaterThan(lastBatchSync); // the rollback ran
    expect(sheetCopy(planSheet(state))).toEqual(original);
  });
});

describe.each(PROFILES)("ExcelHost settings and requirements ($name)", (profile) => {
  it("saves settings in the document and reads them back, dropping invalid fields", async () => {
    const { state } = await installAlbero(profile);
    const host = new ExcelHost();
    const saved = await host.saveSettings({
      method: "binary",
      planYear: 2024,
      asOf: 46053,
      writeMode: "formulas",
    });
    expect(saved.ok).toBe(true);
    // The settings model's JSON: a version, dates as AAAA-MM-GG (serial 46053 is 31/01/2026).
    expect(state.settings[SETTINGS_KEY]).toEqual({
      version: 1,
      method: "binary",
      planYear: 2024,
      asOf: "2026-01-31",
      writeMode: "formulas",
    });
    expect(host.loadSettings()).toEqual({
      method: "binary",
      planYear: 2024,
      asOf: 46053,
      writeMode: "formulas",
    });
    state.settings[SETTINGS_KEY] = { method: "random", planYear: 24, capAtOne: false };
    install(state);
    expect(new ExcelHost().loadSettings()).toEqual({ capAtOne: false });
  });

  it("names the missing API set when the host is too old", async () => {
    const { state } = await installAlbero(profile);
    expect(ExcelHost.missingApiSet()).toBeNull();
    state.apiSets = { ExcelApi: "1.8" };
    expect(ExcelHost.missingApiSet()).toBe("ExcelApi 1.9");
  });

  it("previews the sheet in two syncs (size, then cells) without writing", async () => {
    const { state } = await installAlbero(profile);
    const before = JSON.stringify(state.sheets);
    const preview = await new ExcelHost().preview({});
    expect(preview.ok).toBe(true);
    if (preview.ok) expect(preview.value.settings.planYear).toBe(2024);
    expect(state.counters.syncs).toBe(3); // two, and the library's release
    expect(JSON.stringify(state.sheets)).toBe(before);
  });

  it("selects a finding's cell in one sync", async () => {
    const { state } = await installAlbero(profile);
    const result = await new ExcelHost().selectCell(PLAN_SHEET, 79, 6);
    expect(result.ok).toBe(true);
    expect(state.selection).toEqual(
      expect.objectContaining({ top: 79, left: 6, bottom: 79, right: 6 })
    );
    expect(state.counters.syncs).toBe(2); // one, and the library's release
  });
});
