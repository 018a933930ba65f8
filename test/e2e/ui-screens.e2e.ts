/**
 * The pane's screens at 320 px and 500 px in Office's light, dark and high-contrast themes, over
 * the 2024 fixture after a recompute (the settings screen with every group of the form open, a
 * band table and a field in error): every screen is checked by axe-core (injected into the page
 * from the npm package: zero serious or critical violations), nothing overflows sideways, the
 * theme reaches the page and the Fluent components, and each screen is saved as a screenshot in
 * test-artifacts/ (docs/ui-*.png in the README are copies of some of them, refreshed by hand).
 * The counts per screen are written to test-artifacts/axe-summary.json.
 */
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { SETTINGS_KEY } from "../../src/taskpane/stored-settings";
import { WEB } from "../support/excel-emulator/profiles";
import type { WorkbookState } from "../support/excel-emulator/workbook";
import { workbookFromXlsx } from "../support/excel-emulator/xlsx";
import {
  clearStatus,
  ROOT,
  startPaneHarness,
  waitForRun,
  type PaneHarness,
} from "./helpers/pane-page";

const FIXTURE = path.join(ROOT, "test", "fixtures", "albero-2024.xlsx");
const ARTIFACTS = path.join(ROOT, "test-artifacts");
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** The colours Office gives for its themes (Colorful, Black, and a high-contrast theme). */
const THEMES = {
  light: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#262626",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#262626",
    isDarkTheme: false,
  },
  dark: {
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#363636",
    controlForegroundColor: "#F0F0F0",
    isDarkTheme: true,
  },
  "high-contrast": {
    bodyBackgroundColor: "#000000",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#000000",
    controlForegroundColor: "#FFFFFF",
    isDarkTheme: true,
  },
} as const;
type ThemeName = keyof typeof THEMES;

const SCREENS = ["results", "audit", "explain", "settings"] as const;

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[]; any?: { message: string }[] }[];
}

let harness: PaneHarness;
const axeSummary: Record<string, Record<string, number>> = {};

beforeAll(async () => {
  harness = await startPaneHarness();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
}, 600000);

afterAll(async () => {
  await harness?.close();
  if (Object.keys(axeSummary).length > 0)
    fs.writeFileSync(
      path.join(ARTIFACTS, "axe-summary.json"),
      `${JSON.stringify(axeSummary, null, 2)}\n`
    );
});

async function seed(theme: ThemeName): Promise<WorkbookState> {
  const state = await workbookFromXlsx(FIXTURE, WEB);
  state.settings[SETTINGS_KEY] = { method: "binary", planYear: 2024, asOf: 46053 };
  state.officeTheme = { ...THEMES[theme] };
  return state;
}

async function axe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the debugging protocol: the page's CSP (rightly) refuses inline scripts.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const runner = (
      window as unknown as {
        axe: { run(context: Document): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await runner.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => ({
        target: n.target,
        any: n.any?.map((a) => ({ message: a.message })),
      })),
    }));
  });
}

/** Widest thing on the page beyond the viewport, in px (0: nothing scrolls sideways). */
function overflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    let worst = document.documentElement.scrollWidth - width;
    for (const node of Array.from(document.querySelectorAll<HTMLElement>("body *"))) {
      if (node.offsetParent === null) continue;
      const box = node.getBoundingClientRect();
      if (box.width > 0) worst = Math.max(worst, Math.ceil(box.right - width));
    }
    return worst;
  });
}

describe.each([320, 500])("the pane at %i px", (width) => {
  it.each(Object.keys(THEMES) as ThemeName[])(
    "in the %s theme: every screen fits, passes axe and is saved as a screenshot",
    async (theme) => {
      const pane = await harness.open(await seed(theme), {
        width,
        height: 900,
        forcedColors: theme === "high-contrast",
      });
      const { page } = pane;
      // The theme reached the page: Office's body colour is the page's background.
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      if (theme !== "high-contrast")
        expect(background).toBe(theme === "light" ? "rgb(255, 255, 255)" : "rgb(38, 38, 38)");

      await clearStatus(page);
      await page.click("#recompute");
      expect(await waitForRun(page, /Ricalcolo completato/)).toMatch(/Ricalcolo completato/);
      // A row selected in the sheet, so the explanation screen has content.
      await page.evaluate(() =>
        (
          window as unknown as { __excelEmulator: { select: (s: string, a: string) => void } }
        ).__excelEmulator.select("Albero 2024", "H14")
      );
      await page.waitForFunction(() => document.querySelector("#explain .explanation") !== null);

      for (const screen of SCREENS) {
        await page.click(`#tab-${screen}`);
        await page.waitForSelector(`#panel-${screen}:not([hidden])`);
        if (screen === "settings") {
          // The whole form: every group open, a band table, a field in error, the mapping.
          for (const group of ["scoring", "rollup", "legend", "advanced"])
            await page.click(`#settings-${group} > summary`);
          await page.click("#setting-legend-bands-add");
          await page.fill("#setting-plan-year", "24");
          await page.waitForSelector("#message-plan-year:not([hidden])");
          await page.click("#mapping > summary");
        }
        expect([screen, await overflow(page)]).toEqual([screen, expect.any(Number)]);
        expect([screen, (await overflow(page)) <= 0]).toEqual([screen, true]);
        await page.screenshot({
          path: path.join(ARTIFACTS, `ui-${screen}-${theme}-${width}.png`),
          fullPage: true,
        });
        const violations = await axe(page);
        const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        axeSummary[`${width}px ${theme} ${screen}`] = {
          violations: violations.length,
          seriousOrCritical: serious.length,
        };
        expect([screen, serious]).toEqual([screen, []]);
      }
      expect(pane.problems).toEqual([]);
      await page.context().close();
    }
  );
});
