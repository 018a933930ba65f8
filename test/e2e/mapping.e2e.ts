/**
 * The column mapping in the task pane, in headless Chromium over the Excel emulator: a plan
 * whose headers nobody can recognise is refused, the person assigns the columns in the pane's
 * "Colonne del piano" section, recomputes, and the figures are written; the mapping is saved with
 * the other settings. A plan the detection reads shows, per role, the column used and what decided
 * it. Figures worked by hand from domain.md.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { SETTINGS_KEY } from "../../src/taskpane/stored-settings";
import { MERGED_HEADERS, YEAR_SUB_HEADERS } from "../support/builders/layout-expectations";
import {
  codesInColumnWorkbook,
  unknownHeadersWorkbook,
  type LayoutWorkbook,
} from "../support/builders/layout-workbooks";
import { WEB } from "../support/excel-emulator/profiles";
import { cellKey, sheetByName, type WorkbookState } from "../support/excel-emulator/workbook";
import { workbookFromXlsx } from "../support/excel-emulator/xlsx";
import { buildAddin, buildExcelEmulator } from "./helpers/build";
import { serveDirectory, type StaticServer } from "./helpers/static-server";
import { browserPath } from "./helpers/system-programs";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const SETTINGS = { method: "proportional", planYear: 2024, asOf: 45657 };

let workDir = "";
let server: StaticServer;
let browser: Browser;
/** What the page gets for office.js: Excel's own client library, then the emulator answering it. */
let officeJs = "";
const EXCEL_WEB_LIBRARY = require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js");

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), "mapping-e2e-"));
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
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
}, 600000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (workDir !== "") fs.rmSync(workDir, { recursive: true, force: true });
});

async function stateOf(built: LayoutWorkbook): Promise<WorkbookState> {
  const file = path.join(workDir, `${built.name}.xlsx`);
  await built.workbook.xlsx.writeFile(file);
  const state = await workbookFromXlsx(file, WEB);
  state.settings[SETTINGS_KEY] = SETTINGS;
  return state;
}

async function openPane(
  state: WorkbookState
): Promise<{ page: Page; state(): Promise<WorkbookState> }> {
  const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
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

/** Clicks Recompute and waits for the run to end: the status says done, or an error shows. */
async function recompute(page: Page): Promise<string> {
  await page.evaluate(() => {
    const status = document.querySelector("#status");
    if (status !== null) status.textContent = "";
  });
  await page.click("#recompute");
  await page.waitForFunction(
    () =>
      /Ricalcolo completato/.test(document.querySelector("#status")?.textContent ?? "") ||
      !(document.querySelector("#error")?.hasAttribute("hidden") ?? true)
  );
  await page.waitForFunction(
    () => document.querySelector("#recompute")?.hasAttribute("disabled") === false
  );
  return (await page.textContent("#status")) ?? "";
}

const usedText = (page: Page, role: string): Promise<string | null> =>
  page.textContent(`#mapping-table td[data-used="${role}"]`);

describe("the column mapping in the task pane", () => {
  it("reads a plan with unknown headers once the person assigns the columns, and saves the mapping", async () => {
    const pane = await openPane(await stateOf(unknownHeadersWorkbook()));
    const { page } = pane;
    // Without a mapping the sheet is refused, naming what is missing.
    await recompute(page);
    expect(await page.textContent("#error")).toContain("mancano");

    await page.click("#tab-settings");
    await page.click("#mapping > summary");
    await page.fill("#mapping-header-row", "2");
    for (const [role, letter] of [
      ["objective", "A"],
      ["indicator", "B"],
      ["target", "C"],
      ["actual", "D"],
      ["kpiPerformance", "E"],
    ])
      await page.fill(`#mapping-table input[data-role="${role}"]`, letter);
    expect(await recompute(page)).toMatch(/Ricalcolo completato/);

    const sheet = sheetByName(await pane.state(), "Foglio1");
    // E4: 60 / 100 = 60%; E5: 8 ≤ 10 → 100%. Inputs untouched.
    expect(sheet?.cells[cellKey(3, 4)]?.value).toBeCloseTo(0.6, 10);
    expect(sheet?.cells[cellKey(4, 4)]?.value).toBe(1);
    expect(sheet?.cells[cellKey(3, 3)]?.value).toBe(60);
    expect(await usedText(page, "target")).toContain("C");
    expect(await usedText(page, "target")).toContain("indicata");
    const saved = JSON.stringify((await pane.state()).settings[SETTINGS_KEY]);
    expect(saved).toContain('"target":"C"');
    await page.close();
  });

  it("shows, per role, the column the detection used and what decided it", async () => {
    const pane = await openPane(await stateOf(codesInColumnWorkbook()));
    const { page } = pane;
    expect(await recompute(page)).toMatch(/Ricalcolo completato/);
    expect(await usedText(page, "objectiveCode")).toBe("A «Codice» (dai valori)");
    expect(await usedText(page, "operator")).toContain("E «Colonna1» (dai valori)");
    expect(await usedText(page, "target")).toBe("F «Target» (intestazione)");
    // A.1 (I6) = 0,2·0,5 + 0,4·0,5 + 0,4·1 = 70%.
    expect(sheetByName(await pane.state(), "Piano 2024")?.cells[cellKey(5, 8)]?.value).toBeCloseTo(
      0.7,
      10
    );
    await page.close();
  });

  it("gives a merged header's role to the column holding its values (ExcelApi 1.13)", async () => {
    const seed = await stateOf(MERGED_HEADERS.build());
    expect(sheetByName(seed, MERGED_HEADERS.sheet)?.merges).toHaveLength(3);
    const pane = await openPane(seed);
    const { page } = pane;
    expect(await recompute(page)).toMatch(/Ricalcolo completato/);
    expect(await usedText(page, "actual")).toContain("G «Consuntivo»");
    expect(await usedText(page, "objectivePerformance")).toContain("J «Performance Obiettivo»");
    // layout-expectations.ts: A.1 = 0,5·0,75 + 0,5·0,5 = 62,5% in J2; A.2 = 90% in J5.
    const cells = sheetByName(await pane.state(), MERGED_HEADERS.sheet)?.cells ?? {};
    expect(cells[cellKey(1, 9)]?.value).toBeCloseTo(0.625, 10);
    expect(cells[cellKey(4, 9)]?.value).toBeCloseTo(0.9, 10);
    expect(cells[cellKey(2, 7)]?.value).toBeCloseTo(0.75, 10);
    expect(cells[cellKey(1, 8)]?.value).toBeUndefined();
    await page.close();
  });

  it("reads the years under a merged Target and Consuntivo, the plan year from the title", async () => {
    const seed = await stateOf(YEAR_SUB_HEADERS.build());
    seed.settings[SETTINGS_KEY] = { method: "proportional", asOf: 46022 }; // 31/12/2025
    const pane = await openPane(seed);
    const { page } = pane;
    expect(await recompute(page)).toMatch(/Ricalcolo completato/);
    expect(await usedText(page, "target")).toContain("E «Target 2025»");
    expect(await usedText(page, "actual")).toContain("H «Consuntivo 2025»");
    // layout-expectations.ts: A.1 (K5) = 0,6·0,75 + 0,4·10/12; A.2 (K8) = 1.
    const cells = sheetByName(await pane.state(), YEAR_SUB_HEADERS.sheet)?.cells ?? {};
    expect(cells[cellKey(4, 10)]?.value).toBeCloseTo(0.6 * 0.75 + 0.4 * (10 / 12), 10);
    expect(cells[cellKey(7, 10)]?.value).toBeCloseTo(1, 10);
    expect(cells[cellKey(3, 9)]?.value).toBeUndefined(); // the years' row is not a KPI
    await page.close();
  });
});
