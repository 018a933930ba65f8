/**
 * The settings form in headless Chromium over the Excel emulator, at 320 px: a value the core
 * cannot read shows the core's message beside its field (aria-invalid, aria-describedby) and
 * disables «Ricalcola» with the reason; corrected, the button is back. The step scale and the
 * legend bands are edited as tables (rows added, edited, removed), the sheet is recomputed and
 * its figures and colours are checked against figures worked by hand from domain.md §7 and §9;
 * the pane is opened again on the saved workbook and the form reads the settings back.
 */
import type { Page } from "playwright-core";
import { SETTING_FIELDS } from "../../src/core/settings";
import { SETTINGS_KEY } from "../../src/taskpane/stored-settings";
import { shownFill } from "../support/excel-emulator/conditional-format-fill";
import { WEB } from "../support/excel-emulator/profiles";
import {
  addSheet,
  cellKey,
  emptyWorkbook,
  sheetByName,
  type StoredSheet,
  type WorkbookState,
} from "../support/excel-emulator/workbook";
import { clearStatus, startPaneHarness, waitForRun, type PaneHarness } from "./helpers/pane-page";

const SHEET = "Piano 2024";

/**
 * One objective and three KPIs (rows 2–5; G = KPI performance, H = objective performance):
 *   K1 ≥ 50,  actual 46:  r = 46 / 50  = 92%
 *   K2 ≥ 100, actual 70:  r = 70 / 100 = 70%
 *   K3 ≥ 10,  actual 4,5: r = 4,5 / 10 = 45%
 * weights 40%, 40%, 20%.
 */
function planState(language = "it-IT"): WorkbookState {
  const state = emptyWorkbook(WEB);
  state.displayLanguage = language;
  const sheet = addSheet(state, SHEET);
  const rows: (string | number)[][] = [
    [
      "Obiettivo",
      "Indicatore",
      "Peso",
      "Operatore",
      "Target",
      "Consuntivo",
      "Performance KPI",
      "Performance Obiettivo",
    ],
    ["A.1 - Servizi alle imprese"],
    ["", "Pratiche evase", 0.4, "≥", 50, 46],
    ["", "Imprese contattate", 0.4, "≥", 100, 70],
    ["", "Eventi realizzati", 0.2, "≥", 10, 4.5],
  ];
  rows.forEach((cells, row) =>
    cells.forEach((value, column) => {
      if (value !== "") sheet.cells[cellKey(row, column)] = { value };
    })
  );
  state.settings[SETTINGS_KEY] = { planYear: 2024, asOf: 45657 }; // 31/12/2024
  return state;
}

let harness: PaneHarness;

beforeAll(async () => {
  harness = await startPaneHarness();
}, 600000);

afterAll(async () => {
  await harness?.close();
});

const valueOf = (page: Page, selector: string): Promise<string> =>
  page.$eval(selector, (node) => (node as HTMLElement & { value: string }).value);

const disabled = (page: Page, selector: string): Promise<boolean> =>
  page.$eval(selector, (node) => node.hasAttribute("disabled"));

/** The rows of an edit table, as the text (or colour) of each cell's input. */
const tableRows = (page: Page, id: string): Promise<string[][]> =>
  page.$$eval(`#${id} tbody tr`, (rows) =>
    rows.map((row) => Array.from(row.querySelectorAll("input")).map((input) => input.value))
  );

async function openSettings(page: Page): Promise<void> {
  await page.click("#tab-settings");
  await page.waitForSelector("#panel-settings:not([hidden])");
}

function planSheet(state: WorkbookState): StoredSheet {
  const sheet = sheetByName(state, SHEET);
  if (sheet === undefined) throw new Error("no plan sheet");
  return sheet;
}

describe("the settings form", () => {
  it("shows the core's message beside a field it cannot read and disables the recompute until it is fixed", async () => {
    const pane = await harness.open(planState(), { width: 320, height: 900 });
    const { page } = pane;
    await openSettings(page);
    expect(await valueOf(page, "#setting-plan-year")).toBe("2024");
    expect(await disabled(page, "#recompute")).toBe(false);

    await page.fill("#setting-plan-year", "24");
    const core = SETTING_FIELDS.planYear.fromText("24");
    if (core.ok) throw new Error("24 is not a plan year");
    const message = page.locator("#message-plan-year");
    expect(await message.isVisible()).toBe(true);
    expect(await message.textContent()).toBe(core.error.text.it);
    expect(core.error.text.it).toContain("«Anno del piano»");
    expect(await page.getAttribute("#setting-plan-year", "aria-invalid")).toBe("true");
    expect(await page.getAttribute("#setting-plan-year", "aria-describedby")).toContain(
      "message-plan-year"
    );
    expect(await disabled(page, "#recompute")).toBe(true);
    expect(await disabled(page, "#save-settings")).toBe(true);
    expect(await page.textContent("#recompute-blocked")).toBe(
      "Per ricalcolare, correggere in Impostazioni: «Anno del piano»."
    );

    // A second field wrong: both are named.
    await page.click("#settings-scoring > summary");
    await page.fill("#setting-ceiling", "abc");
    expect(await page.textContent("#recompute-blocked")).toContain(
      "«Anno del piano», «Tetto con eccellenza»"
    );
    await page.fill("#setting-ceiling", "120%");

    await page.fill("#setting-plan-year", "2024");
    expect(await message.isVisible()).toBe(false);
    expect(await page.getAttribute("#setting-plan-year", "aria-invalid")).toBeNull();
    expect(await disabled(page, "#recompute")).toBe(false);
    expect(await page.isVisible("#recompute-blocked")).toBe(false);
    expect(pane.problems).toEqual([]);
    await page.context().close();
  });

  it("shows the message in English in the English pane", async () => {
    const pane = await harness.open(planState("en-GB"), { width: 320, height: 900 });
    const { page } = pane;
    await openSettings(page);
    await page.click("#settings-rollup > summary");
    await page.fill("#setting-child-weight", "150%");
    const core = SETTING_FIELDS.childWeight.fromText("150%");
    if (core.ok) throw new Error("150% is not a weight");
    expect(await page.textContent("#message-child-weight")).toBe(core.error.text.en);
    expect(await page.textContent("#recompute-blocked")).toBe(
      "To recompute, correct in Settings: “Weight of child objectives”."
    );
    await page.context().close();
  });

  it("edits the step scale and the legend bands as tables, recomputes with them and reads them back", async () => {
    const pane = await harness.open(planState(), { width: 320, height: 900 });
    const { page } = pane;
    await openSettings(page);

    // Method: three options down from «Proporzionale» is «A scaglioni».
    await page.focus("#setting-method");
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
    expect(await valueOf(page, "#setting-method")).toBe("steps");

    // The step scale: 100% → 100%, 90% → 70%, 60% → 40%, and a row added: 40% → 20%.
    await page.click("#settings-scoring > summary");
    expect(await tableRows(page, "setting-step-scale")).toEqual([
      ["100%", "", "100%"],
      ["90%", "", "80%"],
      ["75%", "", "50%"],
    ]);
    const step = (row: number, column: number): string =>
      `#setting-step-scale tbody tr:nth-child(${row}) td:nth-child(${column}) input`;
    await page.fill(step(2, 3), "70%");
    await page.fill(step(3, 1), "60%");
    await page.fill(step(3, 3), "40%");
    await page.click("#setting-step-scale-add");
    // The new row's first cell has the focus, and each cell is named by its column and row.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "Rapporto da, scaglione 4"
    );
    await page.keyboard.type("40%");
    await page.fill(step(4, 3), "20%");
    // A step added twice, then removed: the scale is as it was.
    await page.click("#setting-step-scale-add");
    await page.fill(step(5, 1), "40%");
    await page.fill(step(5, 3), "10%");
    expect(await page.textContent("#message-step-scale")).toMatch(
      /^Impostazione «Scala a scaglioni»/
    );
    expect(await disabled(page, "#recompute")).toBe(true);
    await page.click('#setting-step-scale button[aria-label="Rimuovi scaglione 5"]');
    expect(await page.isVisible("#message-step-scale")).toBe(false);

    // The legend bands: the table starts from the legend's three bands; the third narrowed and a
    // fourth band added below it.
    await page.click("#settings-legend > summary");
    expect(await tableRows(page, "setting-legend-bands")).toEqual([]);
    await page.click("#setting-legend-bands-add");
    expect(await tableRows(page, "setting-legend-bands")).toEqual([
      ["> 80%", "#c6efce"],
      ["60%-80%", "#ffeb9c"],
      ["< 60%", "#ffc7ce"],
    ]);
    const band = (row: number, column: number): string =>
      `#setting-legend-bands tbody tr:nth-child(${row}) td:nth-child(${column}) input`;
    await page.fill(band(3, 1), "40%-59,99%");
    await page.fill(band(3, 2), "#fcd5b4");
    await page.click("#setting-legend-bands-add");
    await page.fill(band(4, 1), "< 40%");
    await page.fill(band(4, 2), "#ffc7ce");
    expect(await page.isVisible("#message-legend-bands")).toBe(false);
    expect(await disabled(page, "#recompute")).toBe(false);

    await clearStatus(page);
    await page.click("#recompute");
    expect(await waitForRun(page, /Ricalcolo completato/)).toMatch(/Ricalcolo completato/);
    expect(await page.isVisible("#error")).toBe(false);

    // By the scale (domain.md §9): K1 r 92% ≥ 90% → 70%; K2 r 70% ≥ 60% → 40%; K3 r 45% ≥ 40% → 20%.
    // A.1 = 0,4 · 70% + 0,4 · 40% + 0,2 · 20% = 28% + 16% + 4% = 48%.
    const state = await pane.state();
    const sheet = planSheet(state);
    const at = (row: number, column: number): unknown => sheet.cells[cellKey(row, column)]?.value;
    expect(at(2, 6)).toBeCloseTo(0.7, 10);
    expect(at(3, 6)).toBeCloseTo(0.4, 10);
    expect(at(4, 6)).toBeCloseTo(0.2, 10);
    expect(at(1, 7)).toBeCloseTo(0.48, 10);
    // Colours by the bands (domain.md §7, on the value to 0,01%): 70% in 60%–80%, 40% in
    // 40%–59,99%, 20% below 40%, the objective's 48% in 40%–59,99%.
    expect(shownFill(sheet, 2, 6)).toBe("#FFEB9C");
    expect(shownFill(sheet, 3, 6)).toBe("#FCD5B4");
    expect(shownFill(sheet, 4, 6)).toBe("#FFC7CE");
    expect(shownFill(sheet, 1, 7)).toBe("#FCD5B4");

    // Saved in the workbook as the JSON the command line reads: only what was changed or held.
    expect(state.settings[SETTINGS_KEY]).toEqual({
      version: 1,
      method: "steps",
      planYear: 2024,
      asOf: "2024-12-31",
      stepScale: [
        { from: 1, score: 1 },
        { from: 0.9, score: 0.7 },
        { from: 0.6, score: 0.4 },
        { from: 0.4, score: 0.2 },
      ],
      legendBands: [
        {
          min: 0.8,
          minInclusive: false,
          max: null,
          maxInclusive: false,
          fill: "#C6EFCE",
          label: "> 80%",
        },
        {
          min: 0.6,
          minInclusive: true,
          max: 0.8,
          maxInclusive: true,
          fill: "#FFEB9C",
          label: "60%-80%",
        },
        {
          min: 0.4,
          minInclusive: true,
          max: 0.5999,
          maxInclusive: true,
          fill: "#FCD5B4",
          label: "40%-59,99%",
        },
        {
          min: null,
          minInclusive: false,
          max: 0.4,
          maxInclusive: false,
          fill: "#FFC7CE",
          label: "< 40%",
        },
      ],
    });
    expect(pane.problems).toEqual([]);
    await page.context().close();

    // Opened again on the saved workbook: the form reads the settings back.
    const again = await harness.open(state, { width: 320, height: 900 });
    await openSettings(again.page);
    expect(await valueOf(again.page, "#setting-method")).toBe("steps");
    expect(await valueOf(again.page, "#setting-plan-year")).toBe("2024");
    expect(await valueOf(again.page, "#setting-as-of")).toBe("31/12/2024");
    expect(await tableRows(again.page, "setting-step-scale")).toEqual([
      ["100%", "", "100%"],
      ["90%", "", "70%"],
      ["60%", "", "40%"],
      ["40%", "", "20%"],
    ]);
    expect(await tableRows(again.page, "setting-legend-bands")).toEqual([
      ["> 80%", "#c6efce"],
      ["60%-80%", "#ffeb9c"],
      ["40%-59,99%", "#fcd5b4"],
      ["< 40%", "#ffc7ce"],
    ]);
    expect(await disabled(again.page, "#recompute")).toBe(false);
    expect(again.problems).toEqual([]);
    await again.page.context().close();
  });
});
