/**
 * The task pane in a real browser: the production build served on loopback, opened in headless
 * Chromium, with the in-memory Excel host served in place of office.js and seeded from the 2024
 * fixture. Clicks the button and checks the workbook the way a reviewer would: values, bands
 * (the fill Excel shows, from the conditional-format rules on the sheet), inputs untouched, syncs
 * (as Excel received them, from the emulator's request log), idempotence, undo, the audit list,
 * explain, text never taken as HTML, the CSP, and a 10,000-KPI plan within the request limit.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { browserPath } from "./helpers/system-programs";
import { chromium, type Browser, type Page } from "playwright-core";
import expected from "../fixtures/albero-2024.expected.json";
import { DEFAULT_LEGEND } from "../../src/core/settings";
import { SETTINGS_KEY } from "../../src/taskpane/stored-settings";
import { shownFill } from "../support/excel-emulator/conditional-format-fill";
import { excelRuns } from "../support/excel-emulator/request-log";
import { generatedPlan } from "../support/excel-emulator/generated-plan";
import { WEB } from "../support/excel-emulator/profiles";
import {
  cellKey,
  conditionalFormatLooks,
  sheetByName,
  type StoredSheet,
  type WorkbookState,
} from "../support/excel-emulator/workbook";
import { workbookFromXlsx } from "../support/excel-emulator/xlsx";
import { buildAddin, buildExcelEmulator } from "./helpers/build";
import { serveDirectory, type StaticServer } from "./helpers/static-server";

const ROOT = path.resolve(__dirname, "..", "..");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const FIXTURE = path.join(ROOT, "test", "fixtures", "albero-2024.xlsx");
const PLAN_SHEET = "Albero 2024";
const SETTINGS = { method: "binary", planYear: 2024, asOf: 46053 };

let workDir = "";
let server: StaticServer;
let browser: Browser;
/** What the page gets for office.js: Excel's own client library, then the emulator answering it. */
let officeJs = "";
const FIVE_MB = 5 * 1024 * 1024;
const EXCEL_WEB_LIBRARY = require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js");

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), "taskpane-e2e-"));
  const dist = path.join(workDir, "dist");
  await buildAddin(dist);
  const emulator = fs.readFileSync(
    await buildExcelEmulator(path.join(workDir, "emulator")),
    "utf8"
  );
  officeJs = `${fs.readFileSync(EXCEL_WEB_LIBRARY, "utf8")}\n;${emulator}`;
  server = await serveDirectory(dist);
  browser = await chromium.launch({
    executablePath: browserPath(),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}, 600000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (workDir !== "") fs.rmSync(workDir, { recursive: true, force: true });
});

interface OpenPane {
  readonly page: Page;
  readonly console: string[];
  state(): Promise<WorkbookState>;
}

/** Opens the pane over a workbook; every other request outside the server is refused. */
async function openPane(state: WorkbookState, width = 320): Promise<OpenPane> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const messages: string[] = [];
  page.on("console", (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on("pageerror", (error) => messages.push(`pageerror: ${error.message}`));
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) {
      await route.fulfill({
        contentType: "application/javascript",
        body: `window.__excelEmulatorSeed = ${JSON.stringify(state)};\n${officeJs}`,
      });
    } else if (url.startsWith(server.url)) {
      await route.continue();
    } else {
      await route.abort();
    }
  });
  await page.goto(`${server.url}taskpane.html`);
  await page.waitForFunction(
    () => document.querySelector("#recompute")?.hasAttribute("disabled") === false
  );
  await page.waitForFunction(() => (document.querySelector("#status")?.textContent ?? "") !== "");
  return {
    page,
    console: messages,
    state: async () =>
      JSON.parse(
        await page.evaluate(() =>
          JSON.stringify(
            (window as unknown as { __excelEmulator: { state: unknown } }).__excelEmulator.state
          )
        )
      ) as WorkbookState,
  };
}

async function fixtureState(): Promise<WorkbookState> {
  const state = await workbookFromXlsx(FIXTURE, WEB);
  state.settings[SETTINGS_KEY] = SETTINGS;
  return state;
}

function planSheet(state: WorkbookState, name = PLAN_SHEET): StoredSheet {
  const sheet = sheetByName(state, name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Waits until the run that this action starts has finished (status reports it, buttons free). */
async function clickAndWait(page: Page, selector: string, done: RegExp): Promise<string> {
  await page.evaluate(() => {
    const status = document.querySelector("#status");
    if (status !== null) status.textContent = "";
  });
  await page.click(selector);
  await page.waitForFunction(
    (source) =>
      new RegExp(source).test(document.querySelector("#status")?.textContent ?? "") ||
      !(document.querySelector("#error")?.hasAttribute("hidden") ?? true),
    done.source
  );
  await page.waitForFunction(
    () => document.querySelector("#recompute")?.hasAttribute("disabled") === false
  );
  return (await page.textContent("#status")) ?? "";
}

const BAND_OF_FILL = new Map<string, string>(
  (["green", "yellow", "red"] as const).map((band) => [
    DEFAULT_LEGEND.colors[band].toUpperCase(),
    band,
  ])
);

/**
 * The band a reviewer sees on a row: the fill Excel shows on its first cell and on its KPI and
 * objective performance cells (G, H), from the sheet's conditional-format rules evaluated on
 * those cells. The three cells must agree (one colour per row); null when nothing is filled.
 */
function bandOf(sheet: StoredSheet, row: number): string | null {
  const fills = [0, 6, 7].map((column) => shownFill(sheet, row - 1, column));
  if (new Set(fills).size !== 1) return `mixed ${fills.join(" ")}`;
  const fill = fills[0] ?? null;
  return fill === null ? null : (BAND_OF_FILL.get(fill) ?? `other ${fill}`);
}

/** context.sync() calls of the first Excel.run after request number `from`, as Excel received them. */
function syncsOfFirstRun(state: WorkbookState, from: number): number {
  return excelRuns(state.counters, from)[0]?.length ?? 0;
}

const cspViolations = (messages: readonly string[]): string[] =>
  messages.filter((m) =>
    /Content Security Policy|Refused to (load|execute|apply|evaluate)/i.test(m)
  );

describe("task pane in Chromium over the 2024 fixture", () => {
  it("recomputes, audits, explains, is idempotent and undoes exactly", async () => {
    const seed = await fixtureState();
    const pane = await openPane(seed);
    const { page } = pane;

    // Fluent components rendered under the CSP (their shadow roots exist and carry styles).
    const rendered = await page.evaluate(() => {
      const button = document.querySelector("#recompute");
      return (
        button?.shadowRoot !== null &&
        button?.shadowRoot !== undefined &&
        (button.shadowRoot.adoptedStyleSheets?.length ?? 0) > 0
      );
    });
    expect(rendered).toBe(true);
    // The saved settings are in the form.
    expect(
      await page.evaluate(
        () =>
          (document.querySelector("#setting-plan-year") as HTMLElement & { value: string }).value
      )
    ).toBe("2024");

    const original = planSheet(await pane.state());

    // First run, then undo: back to the original sheet, exactly.
    expect(await clickAndWait(page, "#recompute", /Ricalcolo completato/)).toMatch(
      /Ricalcolo completato/
    );
    await page.waitForFunction(
      () => document.querySelector("#undo")?.hasAttribute("disabled") === false
    );
    await clickAndWait(page, "#undo", /Ricalcolo annullato/);
    const afterUndo = await pane.state();
    expect(planSheet(afterUndo).cells).toEqual(original.cells);
    expect(planSheet(afterUndo).conditionalFormats).toEqual(original.conditionalFormats);

    // Run again: values and bands as the rules give them.
    const before = await pane.state();
    await clickAndWait(page, "#recompute", /Ricalcolo completato/);
    const first = await pane.state();
    const sheet = planSheet(first);
    for (const row of expected.rows as {
      row: number;
      kpi?: number | null;
      objective?: number | null;
      band: string | null;
    }[]) {
      if (typeof row.kpi === "number")
        expect([row.row, sheet.cells[cellKey(row.row - 1, 6)]?.value]).toEqual([
          row.row,
          expect.closeTo(row.kpi, 10),
        ]);
      if (typeof row.objective === "number") {
        expect([row.row, sheet.cells[cellKey(row.row - 1, 7)]?.value]).toEqual([
          row.row,
          expect.closeTo(row.objective, 10),
        ]);
      }
      expect([row.row, bandOf(sheet, row.row)]).toEqual([row.row, row.band]);
    }
    // The band rules: three custom rules with the legend fills over the table.
    expect(sheet.conditionalFormats.map((cf) => cf.fill).sort()).toEqual([
      "#C6EFCE",
      "#FFC7CE",
      "#FFEB9C",
    ]);
    // Input cells unchanged: only derived cells (performance columns, meta-KPI actuals) and the legend differ.
    const changed = Object.keys({ ...original.cells, ...sheet.cells }).filter(
      (key) => JSON.stringify(original.cells[key]) !== JSON.stringify(sheet.cells[key])
    );
    const inputChanged = changed.filter((key) => {
      const [r, c] = key.split(",").map(Number);
      const isMetaActual =
        c === 5 && /Media ponderata/.test(String(original.cells[cellKey(r, 1)]?.value ?? ""));
      return r < 143 && c <= 5 && !isMetaActual;
    });
    expect(inputChanged).toEqual([]);
    // Five syncs for the recompute (size, cells, the fills of the typed legend's swatches — the
    // 2024 sheet has one —, details, one write batch), counted in the emulator's request log (the
    // library's requests of the recompute's Excel.run); the pane's summary says the same.
    const syncs = syncsOfFirstRun(first, before.counters.requestActions.length);
    expect(syncs).toBe(5);
    expect(Number(await page.textContent('[data-summary="syncs"]'))).toBe(syncs);
    expect(first.counters.suspendCalculation - before.counters.suspendCalculation).toBe(1);

    // Summary, chart and the audit list of domain.md §8.
    expect(await page.textContent('[data-summary="kpis"]')).toBe("88");
    expect(await page.locator(".area-chart button[data-area]").count()).toBeGreaterThanOrEqual(3);
    const findings = await page.$$eval("button.finding", (buttons) =>
      buttons.map((b) => ({
        code: b.getAttribute("data-code"),
        cell: b.getAttribute("data-cell"),
        text: b.textContent ?? "",
      }))
    );
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: "UNIT_MISMATCH",
          cell: expect.stringMatching(/80$/) as string,
        }),
      ])
    );
    expect(findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(["BLANK_ACTUAL_NOT_ACHIEVED", "ZERO_WEIGHT"])
    );

    // Clicking a finding (on the Verifica screen) selects its cell; Enter on the next one does too.
    await page.click("#tab-audit");
    const unit = page.locator('button.finding[data-code="UNIT_MISMATCH"]').first();
    const unitCell = (await unit.getAttribute("data-cell")) ?? "";
    await unit.click();
    await page.waitForFunction(
      () =>
        (window as unknown as { __excelEmulator: { state: WorkbookState } }).__excelEmulator.state
          .selection.top === 79
    );
    const zero = page.locator('button.finding[data-code="ZERO_WEIGHT"]').first();
    const zeroRow = Number(/\d+$/.exec((await zero.getAttribute("data-cell")) ?? "")?.[0]);
    await zero.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      (row) =>
        (window as unknown as { __excelEmulator: { state: WorkbookState } }).__excelEmulator.state
          .selection.top ===
        row - 1,
      zeroRow
    );
    expect(unitCell).toMatch(/^[A-Z]+80$/);

    // Explain: selecting the row of an objective in the sheet shows how it was computed.
    await page.evaluate(() =>
      (
        window as unknown as { __excelEmulator: { select: (s: string, a: string) => void } }
      ).__excelEmulator.select("Albero 2024", "H14")
    );
    await page.click("#tab-explain");
    await page.waitForSelector('#explain .explanation[data-row="14"]');
    expect(((await page.textContent("#explain")) ?? "").length).toBeGreaterThan(20);

    // Screenshot of the pane at 320 px, a test artifact (docs/taskpane.png in the README is a copy of it,
    // refreshed by hand: a test does not rewrite tracked files).
    fs.mkdirSync(path.join(ROOT, "test-artifacts"), { recursive: true });
    await page.screenshot({
      path: path.join(ROOT, "test-artifacts", "taskpane.png"),
      fullPage: true,
    });

    // A second click changes nothing: same cells, still one set of band rules.
    await clickAndWait(page, "#recompute", /Ricalcolo completato/);
    const second = await pane.state();
    expect(planSheet(second).cells).toEqual(sheet.cells);
    expect(conditionalFormatLooks(planSheet(second))).toEqual(conditionalFormatLooks(sheet));

    expect(cspViolations(pane.console)).toEqual([]);
    expect(pane.console.filter((m) => m.startsWith("pageerror") || m.startsWith("error"))).toEqual(
      []
    );
    await page.close();
  });

  it("refuses a protected sheet with a clear message and writes nothing", async () => {
    const seed = await fixtureState();
    planSheet(seed).protected = true;
    const pane = await openPane(seed);
    const before = planSheet(await pane.state());
    await clickAndWait(pane.page, "#recompute", /Ricalcolo completato/);
    expect(await pane.page.textContent("#error-message")).toMatch(/protetto/);
    expect(await pane.page.isVisible("#retry")).toBe(true);
    expect(planSheet(await pane.state())).toEqual(before);
    await pane.page.close();
  });

  it("asks to leave cell edit mode, then the retry button recomputes", async () => {
    const seed = await fixtureState();
    const pane = await openPane(seed);
    await pane.page.evaluate(() => {
      (
        window as unknown as { __excelEmulator: { state: WorkbookState } }
      ).__excelEmulator.state.cellEditMode = true;
    });
    await clickAndWait(pane.page, "#recompute", /Ricalcolo completato/);
    expect(await pane.page.textContent("#error-message")).toContain(
      "esci dalla modifica della cella e riprova"
    );
    expect(await pane.page.textContent("#error-message-other")).toContain("leave the cell");
    expect(planSheet(await pane.state()).cells).toEqual(planSheet(seed).cells);
    await pane.page.evaluate(() => {
      (
        window as unknown as { __excelEmulator: { state: WorkbookState } }
      ).__excelEmulator.state.cellEditMode = false;
    });
    expect(await clickAndWait(pane.page, "#retry", /Ricalcolo completato/)).toMatch(
      /Ricalcolo completato/
    );
    await pane.page.close();
  });

  it("shows sheet text as text, never as HTML", async () => {
    const seed = await fixtureState();
    // A target nobody can read, written with markup (real plans paste <a href=…> into cells).
    const markup = `<a href="https://example.org/x">≤ dato medio nazionale</a><img src="x" onerror="window.__xss=1">`;
    planSheet(seed).cells[cellKey(8, 4)] = { value: markup };
    const pane = await openPane(seed);
    await clickAndWait(pane.page, "#recompute", /Ricalcolo completato/);
    const audit = await pane.page.evaluate(() => {
      const node = document.querySelector("#audit");
      return {
        text: node?.textContent ?? "",
        links: node?.querySelectorAll("a, img").length ?? -1,
        xss: (window as unknown as { __xss?: number }).__xss,
      };
    });
    expect(audit.text).toContain("<a href=");
    expect(audit.links).toBe(0);
    expect(audit.xss).toBeUndefined();
    await pane.page.close();
  });

  it("shows the pane in English when Office's display language is English", async () => {
    const seed = await fixtureState();
    seed.displayLanguage = "en-US";
    const pane = await openPane(seed);
    expect(await pane.page.textContent("#recompute")).toBe("Recompute the sheet");
    await pane.page.close();
  });

  it("explains which API set is missing on an old host", async () => {
    const seed = await fixtureState();
    seed.apiSets = { ExcelApi: "1.7" };
    const page = await browser.newPage();
    await page.route(OFFICE_JS, (route) =>
      route.fulfill({
        contentType: "application/javascript",
        body: `window.__excelEmulatorSeed = ${JSON.stringify(seed)};\n${officeJs}`,
      })
    );
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForFunction(
      () => document.querySelector("#error")?.hasAttribute("hidden") === false
    );
    expect(await page.textContent("#error")).toContain("ExcelApi 1.9");
    expect(await page.getAttribute("#recompute", "disabled")).not.toBeNull();
    await page.close();
  });
});

describe("task pane in Chromium over a generated 10,000-KPI plan", () => {
  it("recomputes within the sync budget, every request under 5 MB", async () => {
    const plan = generatedPlan(10000, WEB);
    plan.state.settings[SETTINGS_KEY] = { method: "proportional", planYear: 2024, asOf: 46053 };
    const pane = await openPane(plan.state);
    const before = await pane.state();
    await clickAndWait(pane.page, "#recompute", /Ricalcolo completato/);
    expect(await pane.page.isHidden("#error")).toBe(true);
    const after = await pane.state();
    // Requests as the real library sent them (the emulator's log), and the pane's summary agrees.
    const syncs = syncsOfFirstRun(after, before.counters.requestActions.length);
    expect(Number(await pane.page.textContent('[data-summary="syncs"]'))).toBe(syncs);
    const batches = after.counters.suspendCalculation - before.counters.suspendCalculation;
    // The size request, at least one band of cells, the rule details, and the write batches.
    expect(syncs).toBeGreaterThanOrEqual(3 + batches);
    expect(batches).toBeGreaterThanOrEqual(1);
    expect(Math.max(...after.counters.requestBytes)).toBeLessThanOrEqual(FIVE_MB);
    expect(Math.max(...after.counters.responseBytes)).toBeLessThanOrEqual(FIVE_MB);
    expect(
      await pane.page.evaluate(
        () =>
          (window as unknown as { __excelEmulator: { notEmulated: string[] } }).__excelEmulator
            .notEmulated
      )
    ).toEqual([]);
    expect(await pane.page.textContent('[data-summary="kpis"]')).toBe("10.000");
    // Every KPI row has its performance written.
    const sheet = planSheet(after, "Piano generato");
    let written = 0;
    for (let row = 3; row < plan.rows; row++) {
      if (
        typeof sheet.cells[cellKey(row, 1)]?.value === "string" &&
        typeof sheet.cells[cellKey(row, 6)]?.value === "number"
      )
        written++;
    }
    expect(written).toBe(plan.kpis);
    await pane.page.close();
  });
});
