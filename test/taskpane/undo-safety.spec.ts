/**
 * Undo as Excel users expect it, through the real client library and the emulator: it never
 * overwrites a cell changed after the recompute (and names it), follows the table when rows are
 * inserted above it or the sheet is renamed, works whichever sheet is active, restores the band
 * rules of an earlier run (even split over several ranges), keeps people's own rules, and expires
 * when the sheet was recomputed elsewhere.
 */
import { ExcelHost } from "../../src/taskpane/excel-host";
import {
  addSheet,
  cellKey,
  conditionalFormatLooks,
  insertRows,
  PROFILES,
  sheetByName,
  type StoredSheet,
  type WorkbookState,
} from "../support/excel-emulator";
import { BINARY_2024, installAlbero, sheetCopy, valueAt } from "./emulator-setup";

const PLAN_SHEET = "Albero 2024";

function planSheet(state: WorkbookState, name = PLAN_SHEET): StoredSheet {
  const sheet = sheetByName(state, name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The sheet's cells moved down by `rows` (what the sheet looks like after inserting rows on top). */
function shifted(cells: StoredSheet["cells"], rows: number): StoredSheet["cells"] {
  const out: StoredSheet["cells"] = {};
  for (const [key, cell] of Object.entries(cells)) {
    const [row = 0, column = 0] = key.split(",").map(Number);
    out[cellKey(row + rows, column)] = cell;
  }
  return out;
}

describe.each(PROFILES)("undo ($name)", (profile) => {
  it("leaves a value typed into a derived cell after the recompute, and names it", async () => {
    const { state } = await installAlbero(profile);
    const original = sheetCopy(planSheet(state));
    const host = new ExcelHost();
    await host.recompute(BINARY_2024);
    // G19 is a KPI performance the recompute wrote; the user types over it.
    const sheet = planSheet(state);
    expect(typeof valueAt(sheet, "G19")?.value).toBe("number");
    sheet.cells[cellKey(18, 6)] = { value: "rivisto a mano" };
    const undone = await host.undo();
    if (!undone.ok) throw new Error(undone.error.text.it);
    expect(undone.value.skipped).toEqual(["G19"]);
    expect(undone.value.skippedCount).toBe(1);
    expect(valueAt(planSheet(state), "G19")).toEqual({ value: "rivisto a mano" });
    // Every other cell is back as it was.
    const after = planSheet(state).cells;
    for (const [key, cell] of Object.entries(original.cells))
      if (key !== cellKey(18, 6)) expect([key, after[key]]).toEqual([key, cell]);
  });

  it("follows the table when rows are inserted above it, and never writes into input columns", async () => {
    const { state } = await installAlbero(profile);
    const original = sheetCopy(planSheet(state));
    const host = new ExcelHost();
    await host.recompute(BINARY_2024);
    insertRows(state, planSheet(state), 0, 3);
    const undone = await host.undo();
    expect(undone.ok).toBe(true);
    expect(planSheet(state).cells).toEqual(shifted(original.cells, 3));
  });

  it("restores the renamed sheet, whichever sheet is active, and leaves the other sheet alone", async () => {
    const { state } = await installAlbero(profile);
    const original = sheetCopy(planSheet(state));
    const host = new ExcelHost();
    await host.recompute(BINARY_2024);
    planSheet(state).name = "Albero 2024 (rivisto)";
    // Another sheet, named as the plan was, becomes the active one.
    const other = addSheet(state, PLAN_SHEET);
    other.cells[cellKey(18, 6)] = { value: 42 };
    state.activeSheetId = other.id;
    const undone = await host.undo();
    expect(undone.ok).toBe(true);
    expect(planSheet(state, "Albero 2024 (rivisto)").cells).toEqual(original.cells);
    expect(other.cells).toEqual({ [cellKey(18, 6)]: { value: 42 } });
  });

  it("puts back the band rules of an earlier run, split over two ranges, and keeps a person's own rule", async () => {
    const { state } = await installAlbero(profile);
    const host = new ExcelHost();
    // An earlier run with other thresholds (90% and 50%), its rules since split by Excel around row 20.
    await host.recompute({ ...BINARY_2024, legend: { greenAbove: 0.9, yellowFrom: 0.5 } } as never);
    const sheet = planSheet(state);
    for (const cf of sheet.conditionalFormats) {
      const [area] = cf.areas;
      if (area === undefined) throw new Error("rule without area");
      cf.areas = [
        { ...area, bottom: 18 },
        { ...area, top: 20 },
      ];
    }
    const own = {
      id: "{own-rule}",
      type: "Custom" as const,
      areas: [{ top: 3, left: 2, bottom: 30, right: 2 }],
      formula: "=$C4>0.5",
      fill: "#DDEBF7",
    };
    sheet.conditionalFormats.push(own);
    const earlier = conditionalFormatLooks(sheet);
    await host.recompute(BINARY_2024);
    // Our rules replaced (three), the person's rule untouched.
    expect(conditionalFormatLooks(planSheet(state))).toHaveLength(4);
    expect(planSheet(state).conditionalFormats).toContainEqual(own);
    const undone = await host.undo();
    expect(undone.ok).toBe(true);
    const restored = conditionalFormatLooks(planSheet(state));
    const byFormula = (a: { formula: string }, b: { formula: string }) =>
      a.formula.localeCompare(b.formula);
    expect([...restored].sort(byFormula)).toEqual([...earlier].sort(byFormula));
  });

  it("expires when the sheet was recomputed elsewhere, and changes nothing", async () => {
    const { state } = await installAlbero(profile);
    const host = new ExcelHost();
    const result = await host.recompute(BINARY_2024);
    if (!result.ok) throw new Error(result.error.text.it);
    // Another tool rewrote every derived cell (as the command line does with other settings).
    const sheet = planSheet(state);
    for (const cell of result.value.recompute.plan.cells) {
      const key = cellKey(cell.row, cell.column);
      sheet.cells[key] = { value: 0.123 };
    }
    const before = sheetCopy(sheet);
    const undone = await host.undo();
    expect(undone.ok ? null : undone.error.code).toBe("UNDO_EXPIRED");
    expect(sheetCopy(planSheet(state))).toEqual(before);
  });

  it("round-trips a large snapshot cut into many pieces exactly", async () => {
    const { state } = await installAlbero(profile);
    const original = sheetCopy(planSheet(state));
    // A low limit cuts the snapshot into pieces of a few hundred characters.
    const host = new ExcelHost({ requestLimitBytes: 16000 });
    const done = await host.recompute(BINARY_2024);
    expect(done.ok).toBe(true);
    const undoSheet = sheetByName(state, "PerfKpiUndo");
    expect(Object.keys(undoSheet?.cells ?? {}).length).toBeGreaterThan(5);
    const undone = await host.undo();
    expect(undone.ok).toBe(true);
    expect(sheetCopy(planSheet(state))).toEqual(original);
  });
});
