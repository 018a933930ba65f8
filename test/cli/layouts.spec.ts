/**
 * The layout workbooks (test/support/builders/layout-workbooks.ts) through the command line, end to end:
 * read, recompute, report, write. Expected figures are worked by hand from domain.md.
 */
import { readFileSync, writeFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { ExitCode } from "../../src/cli/exit-codes";
import type { JsonReport, JsonReportSheet } from "../../src/cli/report-json";
import {
  cardsWorkbook,
  codesInColumnWorkbook,
  mergedHeadersWorkbook,
  uncodedObjectivesWorkbook,
  unknownHeadersWorkbook,
  yearSubHeadersWorkbook,
  yearsAndPeriodsWorkbook,
  type LayoutWorkbook,
} from "../support/builders/layout-workbooks";
import {
  CODES_IN_COLUMN,
  MERGED_HEADERS,
  UNCODED_BY_OUTLINE,
  UNCODED_BY_WORDS,
  YEAR_SUB_HEADERS,
  YEARS_AND_PERIODS,
  type LayoutExpectation,
} from "../support/builders/layout-expectations";
import { collectingIo, makeTempDir } from "../support/doubles/cli-io";
import { validateOoxml } from "../support/tools/validator";

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly report: JsonReport | null;
  readonly output: string;
}

async function run(built: LayoutWorkbook, extra: readonly string[] = []): Promise<Run> {
  const { dir, cleanup } = makeTempDir("layouts");
  try {
    const input = path.join(dir, `${built.name}.xlsx`);
    await built.workbook.xlsx.writeFile(input);
    const json = path.join(dir, "report.json");
    const output = path.join(dir, "out.xlsx");
    const io = collectingIo();
    const code = await main(
      ["recompute", input, "--method", "proportional", "--json", json, "-o", output, ...extra],
      io
    );
    let report: JsonReport | null = null;
    try {
      report = JSON.parse(readFileSync(json, "utf8")) as JsonReport;
    } catch {
      report = null; // no report: the run failed before writing one
    }
    return { code, stdout: io.stdout.text, stderr: io.stderr.text, report, output };
  } finally {
    cleanup();
  }
}

const sheetOf = (report: JsonReport | null, name: string): JsonReportSheet => {
  const sheet = report?.sheets.find((s) => s.name === name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
};
const rowAt = (sheet: JsonReportSheet, row: number) => sheet.rows.find((r) => r.row === row);
const findingCodes = (sheet: JsonReportSheet, code: string) =>
  sheet.findings.filter((f) => f.code === code);

/** The figures worked by hand for the layout (shared with the task-pane spec). */
function expectFigures(sheet: JsonReportSheet, expectation: LayoutExpectation): void {
  for (const [row, kpi] of Object.entries(expectation.kpis))
    expect([row, rowAt(sheet, Number(row))?.kpi]).toEqual([
      row,
      kpi === null ? null : expect.closeTo(kpi, 10),
    ]);
  for (const [row, objective] of Object.entries(expectation.objectives))
    expect([row, rowAt(sheet, Number(row))?.objective]).toEqual([
      row,
      expect.closeTo(objective, 10),
    ]);
}

describe("perf-kpi on the layout workbooks", () => {
  it("reads an Excel table with objective codes in Codice, a Colonna1 operator, Peso % and 1 000", async () => {
    const result = await run(codesInColumnWorkbook(), ["--as-of", "2024-12-31"]);
    expect(result.code).toBe(ExitCode.ok);
    const sheet = sheetOf(result.report, "Piano 2024");
    expect(result.report?.sheets.map((s) => s.name)).toEqual(["Piano 2024"]);
    // The figures of layout-expectations.ts (CODES_IN_COLUMN), worked by hand there.
    expectFigures(sheet, CODES_IN_COLUMN);
    expect(rowAt(sheet, 6)).toMatchObject({
      kind: "objective",
      code: "A.1",
      title: "Transizione digitale",
    });
    expect(rowAt(sheet, 10)).toMatchObject({ code: "A.1000" });
    // The KPI above the first objective (row 4) is scored, and the audit says it belongs to nothing.
    expect(findingCodes(sheet, "KPI_WITHOUT_OBJECTIVE").map((f) => f.row)).toEqual([4]);
    expect(findingCodes(sheet, "WEIGHTS_NOT_100")).toEqual([]);
    expect(sheet.columns.find((c) => c.role === "objectiveCode")).toMatchObject({
      column: "A",
      source: "values",
    });
    expect(sheet.columns.find((c) => c.role === "operator")).toMatchObject({
      column: "E",
      source: "values",
    });
    // The hidden copy is skipped, and said so; it is left as it was in the output.
    expect(result.stdout).toContain(
      'Foglio nascosto non ricalcolato: codici-in-colonna.xlsx › "Piano 2024 (copia)"'
    );
    expect(result.stdout).toContain("Colonne usate per ogni ruolo / columns used for each role");
  });

  it("recomputes a hidden sheet when it is named", async () => {
    const result = await run(codesInColumnWorkbook(), [
      "--as-of",
      "2024-12-31",
      "--sheet",
      "Piano 2024 (copia)",
    ]);
    expect(result.code).toBe(ExitCode.ok);
    expect(
      sheetOf(result.report, "Piano 2024 (copia)").rows.find((r) => r.row === 5)?.objective
    ).toBeCloseTo(CODES_IN_COLUMN.objectives[5] ?? NaN, 10);
  });

  it("writes nothing into the hidden copy it skipped", async () => {
    const { dir, cleanup } = makeTempDir("hidden");
    try {
      const built = codesInColumnWorkbook();
      const input = path.join(dir, "in.xlsx");
      const output = path.join(dir, "out.xlsx");
      await built.workbook.xlsx.writeFile(input);
      const code = await main(
        ["recompute", input, "--as-of", "2024-12-31", "-o", output],
        collectingIo()
      );
      expect(code).toBe(ExitCode.ok);
      const written = new ExcelJS.Workbook();
      await written.xlsx.readFile(output);
      expect(written.getWorksheet("Piano 2024")?.getCell("I6").value).toBeCloseTo(
        CODES_IN_COLUMN.objectives[6] ?? NaN,
        10
      );
      expect(written.getWorksheet("Piano 2024 (copia)")?.getCell("I6").value ?? null).toBeNull();
    } finally {
      cleanup();
    }
  });

  it.each([UNCODED_BY_WORDS, UNCODED_BY_OUTLINE].map((e) => [e.sheet, e] as const))(
    "reads objectives without codes (%s) with code null and their title",
    async (name, expectation) => {
      const result = await run(uncodedObjectivesWorkbook(), [
        "--plan-year",
        "2024",
        "--as-of",
        "2024-12-31",
      ]);
      expect(result.code).toBe(ExitCode.ok);
      const sheet = sheetOf(result.report, name);
      const objectives = sheet.rows.filter((r) => r.kind === "objective");
      expect(objectives.map((r) => r.code)).toEqual([null, null, null, null, null]);
      expect(objectives.map((r) => r.row)).toEqual(Object.keys(expectation.objectives).map(Number));
      expectFigures(sheet, expectation);
      expect(objectives[1]?.title).toContain("Transizione digitale");
    }
  );

  it("gives a merged header's role to the column holding its values", async () => {
    const result = await run(mergedHeadersWorkbook(), [
      "--plan-year",
      "2024",
      "--as-of",
      "2024-12-31",
    ]);
    expect(result.code).toBe(ExitCode.ok);
    const sheet = sheetOf(result.report, MERGED_HEADERS.sheet);
    expectFigures(sheet, MERGED_HEADERS);
    const used = (role: string) => sheet.columns.find((c) => c.role === role)?.column;
    expect([
      used("operator"),
      used("target"),
      used("actual"),
      used("objectivePerformance"),
    ]).toEqual(["D", "E", "G", "J"]);
    // Published 50% for A.1 (J2) and 100% for A.2 (J5), not 62,5% and 90%; blank KPI cells.
    expect(
      findingCodes(sheet, "PUBLISHED_MISMATCH")
        .map((f) => `${f.column}${f.row}`)
        .sort()
    ).toEqual(["H3", "H4", "H6", "J2", "J5"]);
  });

  it("writes the merged-header plan as valid OOXML, the merges kept", async () => {
    const { dir, cleanup } = makeTempDir("merged");
    try {
      const input = path.join(dir, "in.xlsx");
      const output = path.join(dir, "out.xlsx");
      await mergedHeadersWorkbook().workbook.xlsx.writeFile(input);
      const args = ["recompute", input, "--plan-year", "2024", "--as-of", "2024-12-31"];
      expect(await main([...args, "-o", output], collectingIo())).toBe(ExitCode.ok);
      const checked = await validateOoxml(["-q", "-b", input, output]);
      expect(checked.stdout).not.toMatch(/ERROR/);
      expect(checked.code).toBe(0);
      const written = new ExcelJS.Workbook();
      await written.xlsx.readFile(output);
      const sheet = written.getWorksheet(MERGED_HEADERS.sheet);
      expect((sheet?.model as { merges?: string[] }).merges?.sort()).toEqual([
        "D1:E1",
        "F1:G1",
        "I1:J1",
      ]);
      expect(sheet?.getCell("J2").value).toBeCloseTo(0.625, 10);
    } finally {
      cleanup();
    }
  });

  it("reads years under a merged Target and Consuntivo, the plan year from the title", async () => {
    const result = await run(yearSubHeadersWorkbook(), ["--as-of", "2025-12-31"]);
    expect(result.code).toBe(ExitCode.ok);
    const sheet = sheetOf(result.report, YEAR_SUB_HEADERS.sheet);
    expect(sheet.settings.planYear).toBe(2025);
    expectFigures(sheet, YEAR_SUB_HEADERS);
    // Row 4 (the years) is part of the header: the report starts at the first objective.
    expect(sheet.rows.map((r) => r.row)).toEqual([5, 6, 7, 8, 9]);
    const used = (role: string) => sheet.columns.find((c) => c.role === role);
    expect([used("target")?.column, used("target")?.header]).toEqual(["E", "Target 2025"]);
    expect([used("actual")?.column, used("actual")?.header]).toEqual(["H", "Consuntivo 2025"]);
  });

  it("follows --plan-year to the other years' columns", async () => {
    const result = await run(yearSubHeadersWorkbook(), [
      "--plan-year",
      "2024",
      "--as-of",
      "2024-12-31",
    ]);
    const sheet = sheetOf(result.report, YEAR_SUB_HEADERS.sheet);
    // 2024: 110 / 100 = 1,1, capped at 100% (domain.md §5); ≤ 12 with 12 → 1; 92% / 90% → 1
    // (capped). A.1 = 0,6·1 + 0,4·1 = 1.
    expect(rowAt(sheet, 6)?.kpi).toBeCloseTo(1, 10);
    expect(rowAt(sheet, 7)?.kpi).toBeCloseTo(1, 10);
    expect(rowAt(sheet, 5)?.objective).toBeCloseTo(1, 10);
    expect(sheet.columns.find((c) => c.role === "target")?.column).toBe("D");
  });

  it("takes the plan year's targets and the latest period with values, and reports the ratio", async () => {
    const result = await run(yearsAndPeriodsWorkbook(), ["--plan-year", "2024"]);
    expect(result.code).toBe(ExitCode.ok);
    const sheet = sheetOf(result.report, "Monitoraggio 2024");
    // Period 30/06/2024 (31/12 is empty): it is the evaluation date.
    expect(sheet.settings.asOf).toBe("2024-06-30");
    expect(sheet.period).toEqual({
      header: "Consuntivo al 30/06/2024",
      end: "2024-06-30",
      byDefault: true,
    });
    expectFigures(sheet, YEARS_AND_PERIODS);
    expect(
      findingCodes(sheet, "RATIO_MISMATCH").map((f) => [f.row, f.published, f.computed])
    ).toEqual([[4, 0.7, 0.75]]);
    expect(findingCodes(sheet, "PERIOD_BY_DEFAULT").map((f) => f.column)).toEqual(["H"]);
  });

  it("uses the period named with --period", async () => {
    const result = await run(yearsAndPeriodsWorkbook(), [
      "--plan-year",
      "2024",
      "--period",
      "31/12/2024",
    ]);
    const sheet = sheetOf(result.report, "Monitoraggio 2024");
    // k1 has no December actual: pending; k2 0.9375; k3 still 0. A.1 = (0.9375 + 0) / 2.
    expect(sheet.settings.asOf).toBe("2024-12-31");
    expect(rowAt(sheet, 3)?.kpi).toBeNull();
    expect(rowAt(sheet, 2)?.objective).toBeCloseTo(0.46875, 10);
    expect(findingCodes(sheet, "PERIOD_BY_DEFAULT")).toEqual([]);
  });

  it("refuses a plan written as cards with exit code 4 and says what a table needs", async () => {
    const result = await run(cardsWorkbook());
    expect(result.code).toBe(ExitCode.layoutNotFound);
    expect(result.stderr).toContain("scritto a schede");
    expect(result.stderr).toContain("RISULTATI ATTESI");
    expect(result.stderr).toContain("written as cards");
  });

  it("reads unknown headers with --mapping, inline or as a JSON file", async () => {
    const refused = await run(unknownHeadersWorkbook());
    expect(refused.code).toBe(ExitCode.layoutNotFound);
    const mapping = "header=2,objective=A,indicator=B,target=C,actual=D,kpiPerformance=E";
    const inline = await run(unknownHeadersWorkbook(), [
      "--plan-year",
      "2024",
      "--mapping",
      mapping,
    ]);
    expect(inline.code).toBe(ExitCode.ok);
    const sheet = sheetOf(inline.report, "Foglio1");
    // 60 / 100 = 0.6; ≤ 10 with 8 → met, 1; A.1 = (0.6 + 1) / 2 = 0.8.
    expect(rowAt(sheet, 4)?.kpi).toBeCloseTo(0.6, 10);
    expect(rowAt(sheet, 5)?.kpi).toBe(1);
    expect(rowAt(sheet, 3)?.objective).toBeCloseTo(0.8, 10);
    expect(sheet.columns.every((c) => c.source === "mapping")).toBe(true);

    const { dir, cleanup } = makeTempDir("mapping");
    try {
      const file = path.join(dir, "mapping.json");
      writeFileSync(
        file,
        JSON.stringify({
          headerRow: 2,
          columns: {
            objective: "A",
            indicator: "B",
            target: "C",
            actual: "D",
            kpiPerformance: "E",
          },
        })
      );
      const fromFile = await run(unknownHeadersWorkbook(), [
        "--plan-year",
        "2024",
        "--mapping",
        file,
      ]);
      expect(fromFile.code).toBe(ExitCode.ok);
      expect(rowAt(sheetOf(fromFile.report, "Foglio1"), 3)?.objective).toBeCloseTo(0.8, 10);
    } finally {
      cleanup();
    }
  });

  it.each([
    ["target=7", "7"],
    ["colour=G", "colour"],
    ["/nessun/file.json", "/nessun/file.json"],
  ])("exits 2 on a bad --mapping %p", async (mapping, named) => {
    const result = await run(unknownHeadersWorkbook(), ["--mapping", mapping]);
    expect(result.code).toBe(ExitCode.usage);
    expect(result.stderr).toContain(named);
  });
});
