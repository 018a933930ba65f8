/**
 * The main flow with the keyboard only (Tab, Shift+Tab, Enter, arrow keys), at 320 px over the
 * 2024 fixture: recompute, move to the Verifica screen, open a finding (its cell is selected in
 * the sheet), read its row's explanation, change a setting and save it, undo the recompute.
 * Then the audit's fix: a derived cell holding the person's own formula gets the computed value.
 */
import path from "path";
import expected from "../fixtures/albero-2024.expected.json";
import type { Page } from "playwright-core";
import { SETTINGS_KEY } from "../../src/taskpane/stored-settings";
import { WEB } from "../support/excel-emulator/profiles";
import { cellKey, sheetByName, type WorkbookState } from "../support/excel-emulator/workbook";
import { workbookFromXlsx } from "../support/excel-emulator/xlsx";
import {
  clearStatus,
  ROOT,
  startPaneHarness,
  waitForRun,
  type PaneHarness,
} from "./helpers/pane-page";

const FIXTURE = path.join(ROOT, "test", "fixtures", "albero-2024.xlsx");
const PLAN_SHEET = "Albero 2024";

let harness: PaneHarness;

beforeAll(async () => {
  harness = await startPaneHarness();
}, 600000);

afterAll(async () => {
  await harness?.close();
});

async function seed(): Promise<WorkbookState> {
  const state = await workbookFromXlsx(FIXTURE, WEB);
  state.settings[SETTINGS_KEY] = { method: "binary", planYear: 2024, asOf: 46053 };
  return state;
}

/** The id of the focused element, or of the nearest ancestor with one (focus inside a Fluent host). */
function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => {
    let node: Element | null = document.activeElement;
    while (node !== null && node.id === "") node = node.parentElement;
    return node?.id ?? "";
  });
}

/** Presses Tab (or Shift+Tab) until the focus is where `matches` says, at most `limit` times. */
async function tabUntil(
  page: Page,
  matches: string,
  { back = false, limit = 60 }: { back?: boolean; limit?: number } = {}
): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const here = await page.evaluate(
      (selector) => document.activeElement?.matches(selector) ?? false,
      matches
    );
    if (here) return;
  }
  throw new Error(`the keyboard never reached ${matches} (focus on #${await focusedId(page)})`);
}

const selection = async (page: Page): Promise<{ top: number; left: number }> =>
  page.evaluate(() => {
    const state = (window as unknown as { __excelEmulator: { state: WorkbookState } })
      .__excelEmulator.state;
    return { top: state.selection.top, left: state.selection.left };
  });

describe("the pane with the keyboard only", () => {
  it("recomputes, opens a finding, reads its explanation, changes a setting and undoes", async () => {
    const pane = await harness.open(await seed(), { width: 320, height: 800 });
    const { page } = pane;
    const original = sheetByName(await pane.state(), PLAN_SHEET);

    // Recompute: the first control in the page.
    await tabUntil(page, "#recompute");
    await clearStatus(page);
    await page.keyboard.press("Enter");
    expect(await waitForRun(page, /Ricalcolo completato/)).toMatch(/Ricalcolo completato/);
    expect(sheetByName(await pane.state(), PLAN_SHEET)?.cells).not.toEqual(original?.cells);

    // The screens are tabs: Tab reaches the selected one, the right arrow moves to Verifica.
    await tabUntil(page, "fluent-tab[aria-selected='true']");
    expect(await focusedId(page)).toBe("tab-results");
    await page.keyboard.press("ArrowRight");
    await page.waitForSelector("#panel-audit:not([hidden])");
    expect(await focusedId(page)).toBe("tab-audit");

    // The first finding: Enter selects its cell in the sheet.
    await tabUntil(page, "button.finding");
    const cell = await page.evaluate(() => document.activeElement?.getAttribute("data-cell") ?? "");
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(cell) ?? [];
    expect(letters).toBeDefined();
    await page.keyboard.press("Enter");
    const row = Number(digits);
    const column = [...(letters ?? "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    await page.waitForFunction(
      ([r, c]) => {
        const s = (window as unknown as { __excelEmulator: { state: WorkbookState } })
          .__excelEmulator.state.selection;
        return s.top === r && s.left === c;
      },
      [row - 1, column]
    );
    expect(await selection(page)).toEqual({ top: row - 1, left: column });
    // The arrow keys move between findings; back up to the opened one.
    await page.keyboard.press("ArrowDown");
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute("data-cell") ?? "")
    ).not.toBe(cell);
    await page.keyboard.press("ArrowUp");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-cell"))).toBe(cell);

    // Its explanation: the link after the opened finding, then the Spiegazione screen.
    await tabUntil(page, ".to-explanation");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#panel-explain:not([hidden])");
    expect(await focusedId(page)).toBe("explain-title");
    expect(await page.getAttribute("#explain .explanation", "data-row")).toBe(String(row));
    expect(((await page.textContent("#explain")) ?? "").length).toBeGreaterThan(20);

    // A setting: back to the tabs, right to Impostazioni, the method one option up, save.
    await tabUntil(page, "fluent-tab[aria-selected='true']", { back: true });
    await page.keyboard.press("ArrowRight");
    await page.waitForSelector("#panel-settings:not([hidden])");
    await tabUntil(page, "#setting-method");
    const before = await page.evaluate(
      () => (document.querySelector("#setting-method") as HTMLElement & { value: string }).value
    );
    expect(before).toBe("binary");
    await page.keyboard.press("ArrowUp");
    const after = await page.evaluate(
      () => (document.querySelector("#setting-method") as HTMLElement & { value: string }).value
    );
    expect(after).not.toBe("binary");
    await tabUntil(page, "#save-settings");
    await clearStatus(page);
    await page.keyboard.press("Enter");
    await waitForRun(page, /Impostazioni salvate/);
    const saved = (await pane.state()).settings[SETTINGS_KEY] as { method: string };
    expect(saved.method).toBe(after);

    // Undo, from the header: the sheet is back as it was.
    await tabUntil(page, "#undo", { back: true });
    await clearStatus(page);
    await page.keyboard.press("Enter");
    await waitForRun(page, /Ricalcolo annullato/);
    expect(sheetByName(await pane.state(), PLAN_SHEET)?.cells).toEqual(original?.cells);
    expect(pane.problems).toEqual([]);
    await page.context().close();
  });

  it("filters the objectives by band and by area from the results charts", async () => {
    // The objectives of the 2024 fixture by the rules (expected.json, domain.md §6–§7): 49, of
    // which red: A.5, A.5.1, A.6, B.2.1, B.2.2; of those, area A holds A.5, A.5.1, A.6.
    const objectives = (
      expected.rows as { kind: string; code?: string | null; band: string | null }[]
    ).filter((r) => r.kind !== "kpi");
    const red = objectives.filter((r) => r.band === "red").map((r) => r.code);
    expect(red).toEqual(["A.5", "A.5.1", "A.6", "B.2.1", "B.2.2"]);
    const pane = await harness.open(await seed(), { width: 320, height: 800 });
    const { page } = pane;
    await tabUntil(page, "#recompute");
    await clearStatus(page);
    await page.keyboard.press("Enter");
    await waitForRun(page, /Ricalcolo completato/);
    const listed = (): Promise<string[]> =>
      page.$$eval("#objectives button.objective .objective-code", (nodes) =>
        nodes.map((n) => n.textContent ?? "")
      );
    expect(await listed()).toHaveLength(objectives.length);
    expect(await page.textContent('[data-band-count="red"]')).toBe("5");

    await tabUntil(page, 'button.band-tile[data-band="red"]');
    await page.keyboard.press("Enter");
    expect(await listed()).toEqual(red);
    // The focus stays on the pressed tile, which says it is pressed.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-pressed"))).toBe(
      "true"
    );
    await tabUntil(page, 'button.area[data-area="A"]');
    await page.keyboard.press("Enter");
    expect(await listed()).toEqual(["A.5", "A.5.1", "A.6"]);
    // Pressed again, the area filter goes; "Mostra tutti" clears the rest.
    await page.keyboard.press("Enter");
    expect(await listed()).toEqual(red);
    await tabUntil(page, "#clear-filter");
    await page.keyboard.press("Enter");
    expect(await listed()).toHaveLength(objectives.length);
    expect(pane.problems).toEqual([]);
    await page.context().close();
  });

  it("replaces a user formula in a derived cell by the computed value, from the audit", async () => {
    const state = await seed();
    // G15: the KPI performance of row 15 (≥ target met by the rules: 100%), holding the
    // person's own formula giving 50%.
    const sheet = sheetByName(state, PLAN_SHEET);
    if (sheet === undefined) throw new Error("no plan sheet");
    sheet.cells[cellKey(14, 6)] = { value: 0.5, formula: "=0.5", numberFormat: "0.00%" };
    const pane = await harness.open(state, { width: 320, height: 800 });
    const { page } = pane;
    await clearStatus(page);
    await page.click("#recompute");
    await waitForRun(page, /Ricalcolo completato/);
    // The recompute kept the formula and says so.
    expect(sheetByName(await pane.state(), PLAN_SHEET)?.cells[cellKey(14, 6)]?.formula).toBe(
      "=0.5"
    );
    await page.click("#tab-audit");
    const fix = page.locator('fluent-button.fix[data-cell="G15"]');
    expect(await fix.count()).toBe(1);
    await clearStatus(page);
    await fix.click();
    await waitForRun(page, /Formula sostituita/);
    expect(await page.textContent("#status")).toContain("=0.5");
    const cell = sheetByName(await pane.state(), PLAN_SHEET)?.cells[cellKey(14, 6)];
    expect(cell?.formula).toBeUndefined();
    expect(cell?.value).toBe(1);
    expect(cell?.numberFormat).toBe("0.00%");
    // The fix is offered once: its button is gone.
    expect(await fix.count()).toBe(0);
    expect(pane.problems).toEqual([]);
    await page.context().close();
  });
});
