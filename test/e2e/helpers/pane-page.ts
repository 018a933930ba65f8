/**
 * The task pane in headless Chromium for the UI specs (ui-*.e2e.ts): the production build served
 * on loopback, Excel's own client library followed by the Excel emulator in place of office.js,
 * seeded with a workbook (theme and display language included); every other request is refused.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import type { WorkbookState } from "../../support/excel-emulator/workbook";
import { buildAddin, buildExcelEmulator } from "./build";
import { serveDirectory, type StaticServer } from "./static-server";
import { browserPath } from "./system-programs";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const EXCEL_WEB_LIBRARY = require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js");
export const ROOT = path.resolve(__dirname, "..", "..", "..");

export interface PaneHarness {
  open(state: WorkbookState, options: PaneOptions): Promise<OpenPane>;
  close(): Promise<void>;
}

export interface PaneOptions {
  readonly width: number;
  readonly height?: number;
  /** Windows high contrast, as the browser reports it to the page. */
  readonly forcedColors?: boolean;
}

export interface OpenPane {
  readonly page: Page;
  /** Console errors, page errors and CSP refusals seen so far. */
  readonly problems: string[];
  state(): Promise<WorkbookState>;
}

export async function startPaneHarness(): Promise<PaneHarness> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "ui-e2e-"));
  const dist = path.join(workDir, "dist");
  await buildAddin(dist);
  const emulator = fs.readFileSync(
    await buildExcelEmulator(path.join(workDir, "emulator")),
    "utf8"
  );
  const officeJs = `${fs.readFileSync(EXCEL_WEB_LIBRARY, "utf8")}\n;${emulator}`;
  const server: StaticServer = await serveDirectory(dist);
  const browser: Browser = await chromium.launch({
    executablePath: browserPath(),
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  return {
    async open(state, options) {
      const context = await browser.newContext({
        viewport: { width: options.width, height: options.height ?? 800 },
        forcedColors: options.forcedColors === true ? "active" : "none",
      });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(`console: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
      await page.route("**/*", async (route) => {
        const url = route.request().url();
        if (url === OFFICE_JS)
          await route.fulfill({
            contentType: "application/javascript",
            body: `window.__excelEmulatorSeed = ${JSON.stringify(state)};\n${officeJs}`,
          });
        else if (url.startsWith(server.url)) await route.continue();
        else await route.abort();
      });
      await page.goto(`${server.url}taskpane.html`);
      await page.waitForFunction(
        () => document.querySelector("#recompute")?.hasAttribute("disabled") === false
      );
      await page.waitForFunction(
        () => (document.querySelector("#status")?.textContent ?? "") !== ""
      );
      return {
        page,
        problems,
        state: async () =>
          JSON.parse(
            await page.evaluate(() =>
              JSON.stringify(
                (window as unknown as { __excelEmulator: { state: unknown } }).__excelEmulator.state
              )
            )
          ) as WorkbookState,
      };
    },
    async close() {
      await browser.close();
      await server.close();
      fs.rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/** Waits for the run an action starts to end: the status says done, or an error shows. */
export async function waitForRun(page: Page, done: RegExp): Promise<string> {
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

export async function clearStatus(page: Page): Promise<void> {
  await page.evaluate(() => {
    const status = document.querySelector("#status");
    if (status !== null) status.textContent = "";
  });
}
