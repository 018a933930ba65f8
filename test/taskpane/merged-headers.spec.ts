/**
 * Merged header cells through the task pane (domain.md §2: a merged header gives its role to
 * every column it spans), on the Excel emulator with the real Office.js library, web and desktop.
 *
 * First the emulator against the library: Range.getMergedAreasOrNullObject (ExcelApi 1.13, wire
 * name GetMergedAreasOrNullObject) answers the merges whose top-left cell lies in the range
 * (office-js issue 3611: a merge the range only touches is not returned), a null object when
 * there are none, and the library itself refuses the call on a host without ExcelApi 1.13. Then
 * the pane: it reads the merges in its first request and gives the merged header's role to the
 * column holding the values; without ExcelApi 1.13 it says which columns a merge could hide.
 */
import { ExcelHost } from "../../src/taskpane/excel-host";
import {
  addSheet,
  cellKey,
  emptyWorkbook,
  PROFILES,
  sheetByName,
  type PlatformProfile,
  type StoredSheet,
  type WorkbookState,
} from "../support/excel-emulator";
import { install } from "./emulator-setup";

const SHEET = "Piano 2024";

function put(sheet: StoredSheet, rows: readonly (readonly (string | number | null)[])[]): void {
  rows.forEach((values, r) =>
    values.forEach((value, c) => {
      if (value !== null) sheet.cells[cellKey(r, c)] = { value };
    })
  );
}

/**
 * "Consuntivo" merged over E1:F1 (E holds a note on one row, F the actuals) and "Performance
 * Obiettivo" over H1:I1 (the published objective figure in I2).
 */
function mergedPlan(profile: PlatformProfile): WorkbookState {
  const state = emptyWorkbook(profile);
  const sheet = addSheet(state, SHEET);
  put(sheet, [
    [
      "Obiettivo",
      "Indicatore",
      "Peso",
      "Target",
      "Consuntivo",
      null,
      "Performance KPI",
      "Performance Obiettivo",
      null,
    ],
    ["A.1 - Digitale", null, null, null, null, null, null, null, 0.6],
    [null, "Imprese assistite", "50%", ">= 100", null, 80, null, null, null],
    [null, "Tempi medi (gg)", "50%", "<= 10", "stima", 20, null, null, null],
  ]);
  sheet.merges = [
    { top: 0, left: 4, bottom: 0, right: 5 },
    { top: 0, left: 7, bottom: 0, right: 8 },
  ];
  return state;
}

const shown = (state: WorkbookState, a1Row: number, column: number): unknown =>
  sheetByName(state, SHEET)?.cells[cellKey(a1Row - 1, column)]?.value;

const SETTINGS = { method: "proportional", planYear: 2024, asOf: 45657 } as const;

describe.each(PROFILES)("merged areas in the emulator, against Office.js ($name)", (profile) => {
  function seeded(): WorkbookState {
    const state = emptyWorkbook(profile);
    const sheet = addSheet(state, SHEET);
    put(sheet, [["Target", null, null], [], ["A.1"]]);
    sheet.merges = [
      { top: 0, left: 2, bottom: 0, right: 4 }, // C1:E1
      { top: 2, left: 0, bottom: 3, right: 0 }, // A3:A4
    ];
    return state;
  }

  it("answers the merges whose top-left cell is in the range, areas and address", async () => {
    install(seeded());
    const got = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange("B1:F4");
      const merged = range.getMergedAreasOrNullObject();
      merged.load("address,areaCount,cellCount");
      merged.areas.load("items/address,items/rowIndex,items/columnIndex,items/rowCount");
      await context.sync();
      return {
        isNull: merged.isNullObject,
        address: merged.address,
        areaCount: merged.areaCount,
        cellCount: merged.cellCount,
        areas: merged.areas.items.map((area) => [area.address, area.rowIndex, area.rowCount]),
      };
    });
    // A3:A4 touches B1:F4? No: it lies left of it. C1:E1 starts inside: 3 cells.
    expect(got).toEqual({
      isNull: false,
      address: "'Piano 2024'!C1:E1",
      areaCount: 1,
      cellCount: 3,
      areas: [["'Piano 2024'!C1:E1", 0, 1]],
    });
  });

  it("leaves out a merge the range only touches, and is a null object without merges", async () => {
    install(seeded());
    const got = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const touching = sheet.getRange("D1:F2").getMergedAreasOrNullObject(); // inside C1:E1
      const both = sheet.getRange("A1:E4").getMergedAreasOrNullObject();
      touching.load("address");
      both.load("areaCount");
      await context.sync();
      return { touching: touching.isNullObject, both: both.areaCount };
    });
    expect(got).toEqual({ touching: true, both: 2 });
  });

  it("is sent by the library but refused by an Excel without ExcelApi 1.13", async () => {
    // The library's own API-set check is off in this build (it sets the flag on Utility, and
    // CommonUtility reads its own): the request goes out and the host answers ApiNotFound,
    // failing the whole request, so the pane must ask isSetSupported before queuing the call.
    const state = seeded();
    state.apiSets = { ExcelApi: "1.12" };
    install(state);
    await expect(
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getActiveWorksheet().getRange("A1:E4");
        range.getMergedAreasOrNullObject().load("address");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(state.counters.requestActions[0]).toContain("Query"); // it reached the host
  });
});

describe.each(PROFILES)("merged headers through the task pane ($name)", (profile) => {
  it("gives a merged header's role to the column with the values, in the first request", async () => {
    const state = install(mergedPlan(profile)).state;
    const result = await new ExcelHost().recompute(SETTINGS);
    if (!result.ok) throw new Error(result.error.text.it);
    // Row 3: 80 / 100 = 0,8; row 4: ≤ 10 with 20 → 10 / 20 = 0,5; A.1 = 0,5·0,8 + 0,5·0,5 = 0,65.
    expect(shown(state, 3, 6)).toBeCloseTo(0.8, 10);
    expect(shown(state, 4, 6)).toBeCloseTo(0.5, 10);
    expect(shown(state, 2, 8)).toBeCloseTo(0.65, 10); // I2, under "Performance Obiettivo"
    expect(shown(state, 2, 7)).toBeUndefined(); // H2 stays blank
    const codes = result.value.recompute.findings.map((f) => `${f.code} ${f.column}${f.row}`);
    expect(codes).toContain("PUBLISHED_MISMATCH I2"); // 60% published, 65% by the rules
    expect(codes).not.toContain("MERGES_NOT_READ E1");
    expect(result.value.recompute.findings.some((f) => f.code === "MERGES_NOT_READ")).toBe(false);
    // The merges came with the first request: the first request's actions query them.
    expect(state.counters.requestActions[0]?.filter((a) => a === "Query").length).toBe(6);
  });

  it("without ExcelApi 1.13 reads no merges and names the columns a merge could hide", async () => {
    const seed = mergedPlan(profile);
    seed.apiSets = { ExcelApi: "1.12" };
    const state = install(seed).state;
    const result = await new ExcelHost().recompute(SETTINGS);
    if (!result.ok) throw new Error(result.error.text.it);
    const merges = result.value.recompute.findings.filter((f) => f.code === "MERGES_NOT_READ");
    expect(merges.map((f) => [f.row, f.column, f.computed])).toEqual([[1, "F", "F, I"]]);
    expect(merges[0]?.text.it).toMatch(/^Questa versione di Excel non permette/);
    expect(merges[0]?.text.en).toMatch(/^This version of Excel cannot read merged cells/);
    // Read as written, the actual is E: blank with a numeric target, then "stima": neither KPI
    // can be evaluated (domain.md §3, §5), which is why the audit points at F.
    expect(shown(state, 3, 6)).toBe("N.V.");
    expect(shown(state, 4, 6)).toBe("N.V.");
  });

  it("says nothing about merges when no blank header sits beside a written one", async () => {
    const seed = mergedPlan(profile);
    seed.apiSets = { ExcelApi: "1.12" };
    const sheet = sheetByName(seed, SHEET);
    if (sheet === undefined) throw new Error("sheet missing");
    delete sheet.merges;
    sheet.cells[cellKey(0, 5)] = { value: "Note" }; // F1 has a header now
    delete sheet.cells[cellKey(1, 8)]; // I has no values
    install(seed);
    const result = await new ExcelHost().recompute(SETTINGS);
    if (!result.ok) throw new Error(result.error.text.it);
    expect(result.value.recompute.findings.filter((f) => f.code === "MERGES_NOT_READ")).toEqual([]);
  });
});
