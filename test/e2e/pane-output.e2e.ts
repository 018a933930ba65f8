/**
 * What the task pane wrote, checked as a reviewer sees it: the 2024 fixture seeded into the Excel
 * emulator, recomputed by the pane through the real Office.js library (values mode and formulas
 * mode), saved as .xlsx, then (a) checked by the OOXML validator against the input (no problem
 * the input did not have) and (b) opened in LibreOffice without the add-in, where the rows show
 * the fills of their bands, as computed by hand below from domain.md, and the performance cells
 * show percentages. The settings the pane saved travel in the file, where the command line finds
 * them.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import { main } from "../../src/cli/main";
import type { JsonReport } from "../../src/cli/report-json";
import { DEFAULT_LEGEND } from "../../src/core/settings";
import { registerCustomFunctions } from "../../src/functions/functions";
import { ExcelHost } from "../../src/taskpane/excel-host";
import { SETTINGS_KEY } from "../../src/taskpane/stored-settings";
import { customFunctionsRuntime, ExcelEmulator, WEB } from "../support/excel-emulator";
import { validateOoxml } from "../support/tools/validator";
import { libreOfficeView, type HtmlCell } from "./helpers/libreoffice-html";

const FIXTURE = path.join(__dirname, "..", "fixtures", "albero-2024.xlsx");
const PLAN_SHEET = "Albero 2024";
/** The 2024 seed is binary (domain.md §8); evaluated on 31/01/2026 (serial 46053). */
const SETTINGS = { method: "binary", planYear: 2024, asOf: 46053 } as const;
const FILL = {
  green: DEFAULT_LEGEND.colors.green.toUpperCase(),
  yellow: DEFAULT_LEGEND.colors.yellow.toUpperCase(),
  red: DEFAULT_LEGEND.colors.red.toUpperCase(),
};
const SHOWN_PERCENT = /^-?\d{1,3}([.,]?\d{3})*([.,]\d+)?\s?%$/;

/**
 * Rows of the fixture with their band worked by hand (domain.md §5 binary, §6 weighted mean,
 * §7 bands on the value rounded to 4 decimals: green p > 0.80, yellow 0.60 ≤ p ≤ 0.80, red below).
 */
const HAND_ROWS: readonly { row: number; band: keyof typeof FILL | null; why: string }[] = [
  {
    row: 17,
    band: "yellow",
    // A.2.1: KPI 18 ≥ 5 with 6 → 1 (w 0.5); KPI 19 ≥ 60% with 50% → 0 (w 0.2);
    // KPI 20 ≥ 1 with 1.21 → 1 (w 0.3): (0.5·1 + 0.2·0 + 0.3·1) / 1 = 0.80 → shown 80,00%, yellow.
    why: "A.2.1 at exactly 80%",
  },
  { row: 19, band: "red", why: "≥ 60,00% with 50,00%, binary → 0" },
  {
    row: 14,
    band: "green",
    // A.2: KPI 15 ≥ 10% with 35.62% → 1 (w 0.3); meta-KPI 16: children A.2.1 = 0.80 and
    // A.2.2 = (0.4·1 + 0.6·1) = 1 → actual 0.90 against ≥ 1, proportional → 0.90 (w 0.7);
    // 0.3·1 + 0.7·0.9 = 0.93 > 0.80 → green.
    why: "A.2 at 93%",
  },
  {
    row: 42,
    band: "yellow",
    // A.5.2: KPI 43 ≤ 7 with 3.07 → 1 (w 0.2); KPI 44 ≥ 30% with 32.82% → 1 (w 0.4);
    // KPI 45 ≤ 30/09/2024, no actual, past on 31/01/2026 → 0 (w 0.4): 0.2 + 0.4 = 0.60 → yellow.
    why: "A.5.2 at exactly 60%",
  },
  { row: 45, band: "red", why: "deadline 30/09/2024 passed with no actual → 0" },
  { row: 47, band: "red", why: "A.6's only KPI: ≤ 31/12/2024, no actual, past → 0" },
  { row: 30, band: null, why: "actual N.V.: not evaluated, no fill" },
];

/** Registers the functions once (the runtime warns about a second association of an id). */
function registerOnce(): void {
  if (Object.keys(customFunctionsRuntime().mappings()).length === 0) registerCustomFunctions();
}

/** The repository's OOXML validator (test/support/tools), against the input. */
async function validate(output: string): Promise<string> {
  const { code, stdout, stderr } = await validateOoxml(["-b", FIXTURE, output]);
  if (code !== 0) throw new Error(`validator failed:\n${stdout}${stderr}`);
  return stdout;
}

describe.each(["values", "formulas"] as const)(
  "what the pane wrote in %s mode, saved and opened by a reviewer",
  (writeMode) => {
    let work = "";
    let output = "";
    beforeAll(async () => {
      work = mkdtempSync(path.join(tmpdir(), "pane-output-"));
      output = path.join(work, `pane-${writeMode}.xlsx`);
      const emulator = (await ExcelEmulator.fromXlsx(FIXTURE, WEB)).install();
      if (writeMode === "formulas") {
        registerOnce();
        emulator.useCustomFunctions();
      }
      const host = new ExcelHost();
      const settings = { ...SETTINGS, writeMode };
      expect((await host.saveSettings(settings)).ok).toBe(true);
      const result = await host.recompute(settings);
      if (!result.ok) throw new Error(result.error.text.it);
      expect(emulator.notEmulated).toEqual([]);
      await emulator.saveXlsx(output);
    }, 120_000);
    afterAll(() => rmSync(work, { recursive: true, force: true }));

    it("passes the OOXML validator with nothing the input did not have", async () => {
      const report = await validate(output);
      expect(report).toMatch(/OK: 0 schema error\(s\), 0 Excel-rule error\(s\), 0 warning\(s\)/);
    }, 120_000);

    it("stores the add-in's functions as Excel does (formulas mode) or plain numbers (values mode)", () => {
      const sheet = strFromU8(unzipSync(readFileSync(output))["xl/worksheets/sheet1.xml"]);
      const formulas = [...sheet.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1] ?? "");
      if (writeMode === "values") expect(formulas.filter((f) => /PERF_/.test(f))).toEqual([]);
      else {
        expect(formulas.filter((f) => f.includes("_xldudf_PIANO_PERF_KPI(")).length).toBe(88);
        expect(formulas.filter((f) => /(?<!_xldudf_)PIANO\.PERF_/.test(f))).toEqual([]);
      }
    });

    it("shows each row in LibreOffice with the fill of the band worked by hand", async () => {
      const tables = await libreOfficeView(output, work, PLAN_SHEET);
      // The undo sheet is very hidden: the plan is the only sheet a reviewer sees.
      expect([...tables.keys()]).toEqual([PLAN_SHEET]);
      const grid = tables.get(PLAN_SHEET) as HtmlCell[][];
      const headers = grid[2].map((cell) => cell.text);
      const kpiColumn = headers.indexOf("Performance KPI");
      const objectiveColumn = headers.indexOf("Performance Obiettivo");
      expect([kpiColumn, objectiveColumn]).toEqual([6, 7]);
      const seen = HAND_ROWS.map(({ row, why }) => ({
        row,
        why,
        fills: [0, kpiColumn, objectiveColumn].map((column) => grid[row - 1][column].bgcolor),
      }));
      expect(seen).toEqual(
        HAND_ROWS.map(({ row, band, why }) => ({
          row,
          why,
          fills: Array<string | null>(3).fill(band === null ? null : FILL[band]),
        }))
      );
      // The performance cells show percentages (cached values of the formulas in formulas mode).
      for (const { row, band } of HAND_ROWS) {
        const cells = grid[row - 1];
        const shown = [cells[kpiColumn].text, cells[objectiveColumn].text].filter((t) => t !== "");
        if (band !== null)
          expect([row, shown.every((t) => SHOWN_PERCENT.test(t))]).toEqual([row, true]);
      }
      expect(grid[16][objectiveColumn].text).toMatch(/^80[.,]00\s?%$/);
      expect(grid[41][objectiveColumn].text).toMatch(/^60[.,]00\s?%$/);
    }, 120_000);

    it("carries the pane's settings, which the command line reads from the file", async () => {
      const json = path.join(work, `pane-${writeMode}.json`);
      const silent = { write: (): boolean => true };
      const code = await main(["recompute", output, "--check", "--json", json], {
        stdout: silent,
        stderr: silent,
      });
      expect([0, 1]).toContain(code);
      const report = JSON.parse(readFileSync(json, "utf8")) as JsonReport;
      const sheet = report.sheets.find((s) => s.name === PLAN_SHEET);
      expect(sheet?.settings).toEqual(
        expect.objectContaining({ method: "binary", planYear: 2024 })
      );
      expect(sheet?.settingSources).toEqual(
        expect.objectContaining({ method: "workbook", planYear: "workbook" })
      );
      const bands = new Map(sheet?.rows.map((row) => [row.row, row.band]));
      expect(HAND_ROWS.map(({ row }) => bands.get(row))).toEqual(HAND_ROWS.map(({ band }) => band));
      expect(SETTINGS_KEY).toBe("perfKpi.settings");
    }, 120_000);
  }
);
