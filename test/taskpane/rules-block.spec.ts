/**
 * The "Regole di calcolo (PIANO)" block written by the task pane through the Excel emulator (the
 * real Office.js library), web and desktop: the pane's writer carries it out with the legend.
 */
import { OUR_RULES_TITLE } from "../../src/core/sheet/legend-title";
import { ExcelHost } from "../../src/taskpane/excel-host";
import { cellKey, PROFILES, sheetByName, type StoredSheet } from "../support/excel-emulator";
import { BINARY_2024, installAlbero } from "./emulator-setup";

function text(sheet: StoredSheet, row: number, column: number): string {
  const value = sheet.cells[cellKey(row, column)]?.value;
  return value === null || value === undefined ? "" : String(value);
}

describe.each(PROFILES)("the rules block through the pane ($name)", (profile) => {
  it("is written below the legend, and a second recompute leaves it as it is", async () => {
    const { state } = await installAlbero(profile);
    const host = new ExcelHost();
    const result = await host.recompute(BINARY_2024);
    if (!result.ok) throw new Error(result.error.message);
    const sheet = sheetByName(state, "Albero 2024");
    if (sheet === undefined) throw new Error("fixture sheet missing");
    const title = Object.entries(sheet.cells).find(([, cell]) => cell.value === OUR_RULES_TITLE);
    if (title === undefined) throw new Error("no rules block in the sheet");
    const [row = -1, column = -1] = title[0].split(",").map(Number);
    expect(cellKey(row, column)).toBe(title[0]);
    const rules = new Map<string, string>();
    for (let r = row + 1; r <= row + 15; r++)
      rules.set(text(sheet, r, column), text(sheet, r, column + 1));
    expect(rules.get("Metodo di calcolo (scoring method)")).toBe("binario");
    expect(rules.get("Data di valutazione (evaluation date)")).toBe("31/01/2026"); // serial 46053
    expect(rules.get("Legenda (legend)")).toBe(
      "> 80,00%; 60,00% – 80,00%; < 60,00% (dalla legenda scritta nel foglio)"
    );
    const before: unknown = JSON.parse(JSON.stringify(sheet.cells));
    const again = await host.recompute(BINARY_2024);
    if (!again.ok) throw new Error(again.error.message);
    expect(sheetByName(state, "Albero 2024")?.cells).toEqual(before);
  });
});
