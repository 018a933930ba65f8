/**
 * The contract between the two writers: one write plan, carried out by the command line's editor
 * (src/cli/xlsx, then read back from the saved .xlsx) and by the task pane's writer (ExcelHost
 * through the real Office.js library, answered by the Excel emulator), leaves the same workbook as
 * Excel shows it: the same values, formulas, number formats and fills in every cell the plan names,
 * the same legend, and the same conditional-format rules (ranges, formulas, colours, order of
 * priority among all the sheet's rules, stop-if-true), in values mode and in formulas mode, on a
 * seed fixture (with a rule of the user's own already on the sheet), on a generated plan, and on
 * a legend that shrinks (a five-band legend's output recomputed with three bands: the swatches of
 * bands 4 and 5 lose their fills in both writers).
 *
 * The plan is computed once, from the sheet as the command line reads it, and handed to the pane
 * through ExcelHost's recompute option: both writers execute exactly that plan.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { ok, SETTING_FIELDS, type Settings } from "../../src/core";
import { recomputeSheet, type SheetRecompute, type WritePlan } from "../../src/core/sheet";
import { openWorkbookPackage } from "../../src/cli/open-workbook";
import { editWorkbook } from "../../src/cli/xlsx/edit-workbook";
import { readWorksheet, worksheets } from "../../src/cli/xlsx/workbook-package";
import { ExcelHost } from "../../src/taskpane/excel-host";
import { registerCustomFunctions } from "../../src/functions/functions";
import {
  cellKey,
  ExcelEmulator,
  sheetByName,
  WEB,
  type StoredCell,
  type WorkbookState,
} from "../support/excel-emulator";
import { workbookFromXlsx } from "../support/excel-emulator/xlsx";
import { areaAddress } from "../support/excel-emulator/addresses";
import { generatePlanGrid } from "../support/builders/generated-plan";
import { buildXlsx } from "../support/builders/xlsx-package";
import { validateOoxml } from "../support/tools/validator";
import { readCfRules, type CfRule } from "./cf-rules";

jest.setTimeout(120_000);

const ALBERO = path.join(__dirname, "..", "fixtures", "albero-2024.xlsx");
const BINARY_2024: Partial<Settings> = { method: "binary", planYear: 2024, asOf: 46053 };

/** The seed with a rule of the user's own on the plan sheet (a red font on negative actuals, E4:E142). */
function seedWithUserRule(): Uint8Array {
  const parts = unzipSync(new Uint8Array(readFileSync(ALBERO)));
  const name = "xl/worksheets/sheet1.xml";
  const xml = strFromU8(parts[name] ?? new Uint8Array());
  const rule =
    '<conditionalFormatting sqref="F4:F142"><cfRule type="expression" dxfId="0" priority="1" stopIfTrue="1"><formula>AND(ISNUMBER(F4),F4&lt;0)</formula></cfRule></conditionalFormatting>';
  const at = xml.indexOf("<pageMargins");
  parts[name] = strToU8(xml.slice(0, at) + rule + xml.slice(at));
  const styles = strFromU8(parts["xl/styles.xml"] ?? new Uint8Array());
  parts["xl/styles.xml"] = strToU8(
    /<dxfs count="0"\s*\/>/.test(styles)
      ? styles.replace(
          /<dxfs count="0"\s*\/>/,
          '<dxfs count="1"><dxf><font><color rgb="FFFF0000"/></font></dxf></dxfs>'
        )
      : styles
  );
  return zipSync(parts);
}

/** The generated plan (the benches' 100-KPI blocks) as an .xlsx the command line reads. */
function generatedWorkbook(kpis: number): Uint8Array {
  const grid = generatePlanGrid(kpis);
  const rows = grid.values
    .map((line, r) => {
      const cells = line
        .map((value, c) => {
          if (value === null || value === "") return "";
          const ref = `${areaAddress({ top: r, left: c, bottom: r, right: c }).split(":")[0]}`;
          const format = grid.numberFormats[r]?.[c] ?? "General";
          const style = format === "0.00%" ? ' s="1"' : format === "dd/mm/yyyy" ? ' s="2"' : "";
          if (typeof value === "number") return `<c r="${ref}"${style}><v>${value}</v></c>`;
          const text = String(value).replace(/&/g, "&amp;").replace(/</g, "&lt;");
          return `<c r="${ref}"${style} t="inlineStr"><is><t>${text}</t></is></c>`;
        })
        .join("");
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join("");
  return buildXlsx({ sheets: [{ name: "Piano generato", xml: `<sheetData>${rows}</sheetData>` }] });
}

/** The generated plan as the command line writes it with a five-band legend (fills on 5 swatches). */
async function fiveBandOutput(kpis: number): Promise<Uint8Array> {
  const bands = SETTING_FIELDS.legendBands.fromText(
    "> 90% #A9D08E; 80%-90% #C6EFCE; 60%-79,99% #FFEB9C; 40%-59,99% #FCD5B4; < 40% #FFC7CE"
  );
  if (!bands.ok || bands.value === null) throw new Error("bands");
  const dir = mkdtempSync(path.join(tmpdir(), "perf-kpi-contract-five-"));
  try {
    const input = generatedWorkbook(kpis);
    const recompute = await planOf(dir, input, "Piano generato", {
      ...BINARY_2024,
      legendBands: bands.value,
    });
    const file = path.join(dir, "five.xlsx");
    writeFileSync(file, input);
    const opened = await openWorkbookPackage(file);
    if (!opened.ok) throw new Error(opened.error.text.en);
    const sheet = worksheets(opened.value).find((candidate) => candidate.name === "Piano generato");
    if (sheet === undefined) throw new Error("no sheet");
    return editWorkbook(opened.value, [{ sheet, plan: recompute.plan }], []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Written {
  /** Every cell the plan names, as Excel shows it: "row,column" → value, formula, format, fill. */
  readonly cells: Record<string, StoredCell>;
  readonly rules: readonly CfRule[];
}

/** The cells a plan writes or fills (derived cells, legend text, legend swatches). */
function planCells(plan: WritePlan): string[] {
  const keys = [
    ...plan.cells.map((cell) => cellKey(cell.row, cell.column)),
    ...(plan.legend?.cells ?? []).map((cell) => cellKey(cell.row, cell.column)),
    ...(plan.legend?.fills ?? []).map((fill) => cellKey(fill.row, fill.column)),
  ];
  return [...new Set(keys)].sort();
}

/** Excel loads `_xldudf_PIANO_PERF_KPI(` (how it stores an add-in's function) as `PIANO.PERF_KPI(`. */
function asExcelShowsIt(formula: string | undefined): string | undefined {
  return formula?.replace(/_xldudf_([A-Z0-9]+)_([A-Z0-9_]+?)\(/g, "$1.$2(");
}

function shown(cell: StoredCell | undefined): StoredCell {
  if (cell === undefined) return {};
  const out: StoredCell = {};
  // A formula's cached result is what the host computed (the emulator evaluates; the file stores
  // the plan's value): the contract is the formula itself, so only constants are compared.
  if (cell.formula !== undefined) out.formula = asExcelShowsIt(cell.formula);
  else if (cell.value !== undefined)
    out.value = typeof cell.value === "number" ? Number(cell.value.toPrecision(12)) : cell.value;
  if (cell.numberFormat !== undefined && cell.numberFormat !== "General")
    out.numberFormat = cell.numberFormat;
  if (cell.fill !== undefined) out.fill = cell.fill.toUpperCase();
  return out;
}

function writtenCells(state: WorkbookState, sheetName: string, keys: readonly string[]) {
  const sheet = sheetByName(state, sheetName);
  if (sheet === undefined) throw new Error(`no sheet ${sheetName}`);
  return Object.fromEntries(keys.map((key) => [key, shown(sheet.cells[key])]));
}

/** The command line's editor: the plan on the package, saved, read back as Excel would load it. */
async function byCommandLine(
  dir: string,
  input: Uint8Array,
  sheetName: string,
  plan: WritePlan
): Promise<Written> {
  const file = path.join(dir, "input.xlsx");
  writeFileSync(file, input);
  const opened = await openWorkbookPackage(file);
  if (!opened.ok) throw new Error(opened.error.text.en);
  const sheet = worksheets(opened.value).find((candidate) => candidate.name === sheetName);
  if (sheet === undefined) throw new Error(`no sheet ${sheetName}`);
  const bytes = editWorkbook(opened.value, [{ sheet, plan }], []);
  const output = path.join(dir, "cli.xlsx");
  writeFileSync(output, bytes);
  const checked = await validateOoxml(["-q", "-b", file, output]);
  expect(checked.stdout).not.toMatch(/ERROR/);
  expect(checked.code).toBe(0);
  const state = await workbookFromXlsx(output, WEB);
  const parts = unzipSync(bytes);
  const sheetXml = strFromU8(parts[sheet.part ?? ""] ?? new Uint8Array());
  const stylesXml = strFromU8(parts["xl/styles.xml"] ?? new Uint8Array());
  return {
    cells: writtenCells(state, sheetName, planCells(plan)),
    rules: readCfRules(sheetXml, stylesXml),
  };
}

/** The task pane's writer: ExcelHost.recompute on the emulator, its model replaced by the plan. */
async function byTaskPane(
  input: Uint8Array,
  sheetName: string,
  recompute: SheetRecompute,
  settings: Partial<Settings>
): Promise<Written> {
  const dir = mkdtempSync(path.join(tmpdir(), "perf-kpi-contract-pane-"));
  try {
    const file = path.join(dir, "input.xlsx");
    writeFileSync(file, input);
    const emulator = (await ExcelEmulator.fromXlsx(file, WEB)).install();
    const sheet = sheetByName(emulator.state, sheetName);
    if (sheet === undefined) throw new Error(`no sheet ${sheetName}`);
    emulator.state.activeSheetId = sheet.id;
    if (settings.writeMode === "formulas") {
      registerCustomFunctions();
      emulator.useCustomFunctions({ today: () => 46053 });
    }
    const host = new ExcelHost({ recompute: () => ok(recompute) });
    const result = await host.recompute(settings);
    if (!result.ok) throw new Error(result.error.text.en);
    expect(emulator.notEmulated).toEqual([]);
    return {
      cells: writtenCells(emulator.state, sheetName, planCells(recompute.plan)),
      rules: sheet.conditionalFormats.map((format, priority) => ({
        sqref: format.areas.map(areaAddress).join(" "),
        formula: format.formula.replace(/^=/, ""),
        fill: format.fill?.toUpperCase() ?? null,
        priority,
        // Office.js adds a custom rule with stopIfTrue false, and the pane never sets it.
        stopIfTrue: false,
      })),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The plan of the sheet as the command line reads it. */
async function planOf(
  dir: string,
  input: Uint8Array,
  sheetName: string,
  settings: Partial<Settings>
): Promise<SheetRecompute> {
  const file = path.join(dir, "plan-input.xlsx");
  writeFileSync(file, input);
  const opened = await openWorkbookPackage(file);
  if (!opened.ok) throw new Error(opened.error.text.en);
  const sheet = worksheets(opened.value).find((candidate) => candidate.name === sheetName);
  if (sheet === undefined) throw new Error(`no sheet ${sheetName}`);
  const recomputed = recomputeSheet(readWorksheet(opened.value, sheet).input, settings);
  if (!recomputed.ok) throw new Error(recomputed.error.text.en);
  return recomputed.value;
}

const CASES = [
  {
    name: "the 2024 seed with a rule of the user's",
    sheet: "Albero 2024",
    input: seedWithUserRule,
  },
  {
    name: "a generated plan of 300 KPIs",
    sheet: "Piano generato",
    input: () => generatedWorkbook(300),
  },
  {
    name: "a five-band legend's output recomputed with three bands",
    sheet: "Piano generato",
    input: () => fiveBandOutput(300),
  },
];
const MODES = [
  { mode: "values", settings: BINARY_2024 },
  { mode: "formulas", settings: { ...BINARY_2024, writeMode: "formulas" } as Partial<Settings> },
];

describe.each(CASES)("one write plan, two writers: $name", ({ name, sheet, input }) => {
  it.each(MODES)("$mode mode: the same cells, legend and colour rules", async ({ settings }) => {
    const dir = mkdtempSync(path.join(tmpdir(), "perf-kpi-contract-"));
    try {
      const bytes = await input();
      const recompute = await planOf(dir, bytes, sheet, settings);
      const plan = recompute.plan;
      // The swatches of bands 4 and 5 of the earlier legend: filled in the input, null in the plan.
      const cleared = (plan.legend?.fills ?? []).filter((swatch) => swatch.fill === null);
      if (name.startsWith("a five-band")) {
        const file = path.join(dir, "five-input.xlsx");
        writeFileSync(file, bytes);
        const before = sheetByName(await workbookFromXlsx(file, WEB), sheet);
        expect(
          cleared.map((swatch) => before?.cells[cellKey(swatch.row, swatch.column)]?.fill)
        ).toEqual(["#FCD5B4", "#FFC7CE"]);
      } else expect(cleared).toEqual([]);
      expect(plan.cells.length).toBeGreaterThan(50);
      expect(plan.legend).not.toBeNull();
      expect(plan.bandFormat?.rules.length).toBe(3);
      if (settings.writeMode === "formulas")
        expect(plan.cells.some((cell) => cell.formula !== null)).toBe(true);

      const cli = await byCommandLine(dir, bytes, sheet, plan);
      const pane = await byTaskPane(bytes, sheet, recompute, settings);
      expect(pane.cells).toEqual(cli.cells);
      for (const swatch of cleared)
        expect(cli.cells[cellKey(swatch.row, swatch.column)]?.fill).toBeUndefined();
      // Rules in priority order (first wins), each with its ranges, formula, colour, stop-if-true.
      // The emulator does not model stopIfTrue, so a rule of the user's (neither writer touches
      // it; the round-trip specs show the command line keeps it byte for byte) is compared without.
      const ours = new Set(plan.bandFormat?.rules.map((rule) => rule.formula.replace(/^=/, "")));
      const ordered = (rules: readonly CfRule[]) =>
        [...rules]
          .sort((a, b) => a.priority - b.priority)
          .map(({ priority: _priority, stopIfTrue, ...rule }) =>
            ours.has(rule.formula) ? { ...rule, stopIfTrue } : rule
          );
      // Ours after the user's own rule, in the plan's order, none stopping the others.
      expect(ordered(cli.rules).map((rule) => rule.formula)).toEqual([
        ...(sheet === "Albero 2024" ? ["AND(ISNUMBER(F4),F4<0)"] : []),
        ...(plan.bandFormat?.rules ?? []).map((rule) => rule.formula.replace(/^=/, "")),
      ]);
      expect(ordered(pane.rules)).toEqual(ordered(cli.rules));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
