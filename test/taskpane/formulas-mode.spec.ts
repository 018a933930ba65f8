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
  addSheet,
  cellKey,
  customFunctionsRuntime,
  emptyWorkbook,
  PROFILES,
  sheetByName,
  type Clock,
  type ExcelEmulator,
  type PlatformProfile,
  type WorkbookState,
} from "../support/excel-emulator";
import { BINARY_2024, install, installAlbero } from "./emulator-setup";

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
      dateLadder: [{ maxDaysLate: 10, performance: 0.5 }],
    });
    if (!result.ok) throw new Error(result.error.text.it);
    expect(result.value.recompute.plan.cells.filter((cell) => cell.formula !== null)).toEqual([]);
  });
});

/**
 * A plan with the scheme columns of domain.md §9 (A objective, B indicator, C weight, D operator,
 * E target, F actual, G Soglia, H Eccellenza, I Tolleranza, J KPI performance, K objective
 * performance); rows 3–7 are the KPIs of A.1 (row 2).
 */
function schemePlan(profile: PlatformProfile): ExcelEmulator {
  const emulator = install(emptyWorkbook(profile));
  const sheet = addSheet(emulator.state, "Piano");
  const rows: (string | number | null)[][] = [
    [
      "Obiettivo",
      "Indicatore",
      "Peso",
      "Operatore",
      "Target",
      "Consuntivo",
      "Soglia",
      "Eccellenza",
      "Tolleranza",
      "Performance KPI",
      "Performance Obiettivo",
    ],
    ["A.1 - Servizi alle imprese"],
    [null, "Pratiche evase", 0.2, "≥", 80, 70, 60, null, null],
    [null, "Imprese servite", 0.2, "≥", 80, 90, 60, 100, null],
    [null, "Tempi medi (giorni)", 0.2, "≤", 4, 7, 10, null, null],
    [null, "Pratiche per addetto", 0.2, "=", 100, 110, null, null, 0.05],
    [null, "Eventi", 0.2, "≥", 80, 70, null, null, null],
  ];
  rows.forEach((cells, row) =>
    cells.forEach((value, column) => {
      if (value !== null) sheet.cells[cellKey(row, column)] = { value };
    })
  );
  return emulator;
}

describe.each(PROFILES)("scheme formulas evaluated as Excel would ($name)", (profile) => {
  const cases = [
    {
      name: "threshold, cap lifted to 150%",
      settings: { method: "threshold", capAtOne: false, ceiling: 1.5 },
      // (70 − 60) / (80 − 60) = 50%; 1 + 0,5 · (90 − 80) / (100 − 80) = 125%;
      // (10 − 7) / (10 − 4) = 50%; 1 − (10 − 5) / 100 = 95%; no threshold: 70 / 80 = 87,5%.
      functions: ["SOGLIA", "SOGLIA", "SOGLIA", "TOLLERANZA", "SOGLIA"],
      kpis: [0.5, 1.25, 0.5, 0.95, 0.875],
    },
    {
      name: "step scale 100% → 100%, 90% → 70%, 60% → 40%",
      settings: {
        method: "steps",
        stepScale: [
          { from: 1, score: 1 },
          { from: 0.9, score: 0.7 },
          { from: 0.6, score: 0.4 },
        ],
      },
      // r = 70/80 = 87,5% → 40%; 90/80 ≥ 100% → 100%; 4/7 = 57,14% → 0%; "=" 100 with 5%: 95%;
      // 70/80 → 40%.
      functions: ["SCAGLIONI", "SCAGLIONI", "SCAGLIONI", "TOLLERANZA", "SCAGLIONI"],
      kpis: [0.4, 1, 0, 0.95, 0.4],
    },
  ] as const;

  it.each(cases)("$name: each KPI gets its function, which gives the figure", async (c) => {
    const emulator = schemePlan(profile);
    registerOnce();
    emulator.useCustomFunctions();
    const result = await new ExcelHost().recompute({
      planYear: 2024,
      asOf: 45657,
      writeMode: "formulas",
      ...c.settings,
    });
    if (!result.ok) throw new Error(result.error.text.it);
    const sheet = sheetByName(emulator.state, "Piano");
    const kpiCells = [2, 3, 4, 5, 6].map((row) => sheet?.cells[cellKey(row, 9)]);
    expect(
      kpiCells.map((cell) => /^=PIANO\.PERF_([A-Z]+)\(/.exec(cell?.formula ?? "")?.[1])
    ).toEqual([...c.functions]);
    const figures: readonly number[] = c.kpis;
    expect(kpiCells.map((cell) => cell?.value)).toEqual(
      figures.map((p): unknown => expect.closeTo(p, 9))
    );
    // The objective rolls the five up with equal weights of 20%.
    const mean = figures.reduce((sum, p) => sum + p, 0) / 5;
    const objective = sheet?.cells[cellKey(1, 10)];
    expect(objective?.formula).toMatch(/^=PIANO\.PERF_ROLLUP\(/);
    expect(objective?.value).toBeCloseTo(mean, 9);
  });
});
