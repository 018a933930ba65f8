/**
 * Formulas mode, checked the way Excel would show it: the custom functions registered with the
 * real custom-functions runtime (every id of the generated functions.json), the PIANO formulas the
 * pane writes evaluated by the emulator with each profile's argument passing (a blank cell: null
 * on the web, 0 on desktop), and the figures compared with the pane's own.
 */
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { registerCustomFunctions } from "../../src/functions/functions";
import { ExcelHost } from "../../src/taskpane/excel-host";
import { todaySerial } from "../../src/core";
import {
  cellKey,
  customFunctionsRuntime,
  PROFILES,
  sheetByName,
  type Clock,
  type WorkbookState,
} from "../support/excel-emulator";
import { BINARY_2024, installAlbero } from "./emulator-setup";

const planSheet = (state: WorkbookState) => {
  const sheet = sheetByName(state, "Albero 2024");
  if (sheet === undefined) throw new Error("fixture sheet missing");
  return sheet;
};

/** Registers the functions once (the runtime warns about a second association of an id). */
function registerOnce(): void {
  if (Object.keys(customFunctionsRuntime().mappings()).length === 0) registerCustomFunctions();
}

describe("custom functions registration", () => {
  it("associates every id of the generated functions.json with the real runtime", async () => {
    const generated = await generateCustomFunctionsMetadata(
      path.join(__dirname, "..", "..", "src", "functions", "functions.ts")
    );
    const ids = (
      JSON.parse(generated.metadataJson) as { functions: { id: string }[] }
    ).functions.map((fn) => fn.id);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    (globalThis as Record<string, unknown>).CustomFunctions =
      customFunctionsRuntime().CustomFunctions;
    registerOnce();
    const mappings = customFunctionsRuntime().mappings();
    for (const id of ids) expect([id, typeof mappings[id.toUpperCase()]]).toEqual([id, "function"]);
  });
});

describe.each(PROFILES)("formulas mode evaluated as Excel would ($name)", (profile) => {
  it("gives every cell the figure the pane computed, whatever is blank", async () => {
    const emulator = await installAlbero(profile);
    // A KPI whose operator and actual cells are blank (row 19: not yet measured).
    delete planSheet(emulator.state).cells[cellKey(18, 3)];
    delete planSheet(emulator.state).cells[cellKey(18, 5)];
    registerOnce();
    emulator.useCustomFunctions();
    const result = await new ExcelHost().recompute({ ...BINARY_2024, writeMode: "formulas" });
    if (!result.ok) throw new Error(result.error.text.it);
    const sheet = planSheet(emulator.state);
    const written = result.value.recompute.plan.cells.filter((cell) => cell.formula !== null);
    expect(written.length).toBeGreaterThan(50);
    for (const cell of written) {
      const shown = sheet.cells[cellKey(cell.row, cell.column)];
      expect(shown?.formula).toBe(cell.formula);
      const expected = cell.value;
      if (typeof expected === "number")
        expect([cell.formula, shown?.value]).toEqual([cell.formula, expect.closeTo(expected, 9)]);
      else expect([cell.formula, shown?.value]).toEqual([cell.formula, expected ?? 0]);
    }
  });

  it("passes the evaluation date: a fixed one as DATE(), today as TODAY() that moves with the days", async () => {
    const emulator = await installAlbero(profile);
    registerOnce();
    let today = todaySerial();
    const clock: Clock = { today: () => today };
    emulator.useCustomFunctions(clock);
    const fixed = await new ExcelHost().recompute({ ...BINARY_2024, writeMode: "formulas" });
    if (!fixed.ok) throw new Error(fixed.error.text.it);
    const kpiFormulas = fixed.value.recompute.plan.cells
      .map((cell) => cell.formula ?? "")
      .filter((formula) => formula.startsWith("=PIANO.PERF_KPI("));
    expect(kpiFormulas.every((formula) => formula.includes(",DATE(2026,1,31))"))).toBe(true);

    const live = await new ExcelHost().recompute({
      method: "binary",
      planYear: 2024,
      asOf: today,
      writeMode: "formulas",
    });
    if (!live.ok) throw new Error(live.error.text.it);
    const deadline = live.value.recompute.plan.cells.find((cell) =>
      (cell.formula ?? "").includes('"entro"')
    );
    expect(deadline?.formula).toContain(",TODAY())");
    // Ten years pass: Excel recalculates TODAY(), and each deadline shows what the pane computes
    // for that day.
    today += 3650;
    emulator.recalculate();
    const later = await new ExcelHost().preview({ method: "binary", planYear: 2024, asOf: today });
    if (!later.ok) throw new Error(later.error.text.it);
    const sheet = planSheet(emulator.state);
    const deadlines = live.value.recompute.plan.cells.filter((c) =>
      (c.formula ?? "").includes('"entro"')
    );
    expect(deadlines.length).toBeGreaterThan(0);
    for (const cell of deadlines) {
      const expected = later.value.plan.cells.find(
        (c) => c.row === cell.row && c.column === cell.column
      );
      const shown = sheet.cells[cellKey(cell.row, cell.column)]?.value;
      expect([cell.row, shown]).toEqual([
        cell.row,
        typeof expected?.value === "number" ? expect.closeTo(expected.value, 9) : expected?.value,
      ]);
    }
  });

  it("writes values, not formulas, when a setting the functions cannot carry is changed", async () => {
    const emulator = await installAlbero(profile);
    registerOnce();
    emulator.useCustomFunctions();
    const result = await new ExcelHost().recompute({
      ...BINARY_2024,
      writeMode: "formulas",
      capAtOne: false,
    });
    if (!result.ok) throw new Error(result.error.text.it);
    expect(result.value.recompute.plan.cells.filter((cell) => cell.formula !== null)).toEqual([]);
  });
});
