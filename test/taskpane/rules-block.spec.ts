/**
 * The "Regole di calcolo (PIANO)" block written by the task pane through the Excel emulator (the
 * real Office.js library), web and desktop: the pane's writer carries it out with the legend.
 */
import { OUR_RULES_TITLE } from "../../src/core/sheet/legend-title";
import { SETTING_FIELDS } from "../../src/core/settings";
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
    if (!result.ok) throw new Error(result.error.text.it);
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
    if (!again.ok) throw new Error(again.error.text.it);
    expect(sheetByName(state, "Albero 2024")?.cells).toEqual(before);
  });
});

describe.each(PROFILES)("a five-band legend through the pane ($name)", (profile) => {
  const FIVE =
    "> 90% #A9D08E; 80%-90% #C6EFCE; 60%-79,99% #FFEB9C; 40%-59,99% #FCD5B4; < 40% #FFC7CE";

  it("adds one rule per band with its fill, five swatches, and replaces them with three on a later run", async () => {
    const bands = SETTING_FIELDS.legendBands.fromText(FIVE);
    if (!bands.ok) throw new Error(bands.error.text.it);
    const { state } = await installAlbero(profile);
    const host = new ExcelHost();
    const result = await host.recompute({ ...BINARY_2024, legendBands: bands.value });
    if (!result.ok) throw new Error(result.error.text.it);
    const sheet = sheetByName(state, "Albero 2024");
    if (sheet === undefined) throw new Error("fixture sheet missing");
    // one rule per band (the bands do not overlap, so their priority order does not matter)
    expect(sheet.conditionalFormats.map((rule) => rule.fill).sort()).toEqual([
      "#A9D08E",
      "#C6EFCE",
      "#FCD5B4",
      "#FFC7CE",
      "#FFEB9C",
    ]);
    const p = "IF(ISNUMBER($H4),$H4,$G4)";
    expect(sheet.conditionalFormats.map((rule) => rule.formula)).toContain(
      `=AND(ISNUMBER(${p}),ROUND(${p},4)>=0.4,ROUND(${p},4)<=0.5999)`
    );
    const swatches = Object.values(sheet.cells).filter((cell) => cell.fill !== undefined);
    expect(swatches.map((cell) => [cell.value, cell.fill])).toEqual([
      ["> 90,00%", "#A9D08E"],
      ["80,00% – 90,00%", "#C6EFCE"],
      ["60,00% – 79,99%", "#FFEB9C"],
      ["40,00% – 59,99%", "#FCD5B4"],
      ["< 40,00%", "#FFC7CE"],
    ]);
    const again = await host.recompute(BINARY_2024);
    if (!again.ok) throw new Error(again.error.text.it);
    const three = sheetByName(state, "Albero 2024")?.conditionalFormats ?? [];
    expect(three.map((rule) => rule.fill).sort()).toEqual(["#C6EFCE", "#FFC7CE", "#FFEB9C"]);
  });
});

describe.each(PROFILES)("the typed legend's colours through the pane ($name)", (profile) => {
  it("reads the swatch fills in one more request and colours the rows with them", async () => {
    const { state } = await installAlbero(profile);
    const sheet = sheetByName(state, "Albero 2024");
    if (sheet === undefined) throw new Error("fixture sheet missing");
    // the 2024 legend: "Legenda" in A145, its three lines in B146:B148; swatches in A146:A148
    const colours = ["#00B050", "#FFFF00", "#FF0000"];
    colours.forEach((fill, i) => {
      sheet.cells[cellKey(145 + i, 0)] = { ...sheet.cells[cellKey(145 + i, 0)], fill };
    });
    const result = await new ExcelHost().recompute(BINARY_2024);
    if (!result.ok) throw new Error(result.error.text.it);
    expect(result.value.syncs).toBe(5); // size, cells, swatch fills, write
    const rules = sheetByName(state, "Albero 2024")?.conditionalFormats ?? [];
    expect(rules.map((rule) => rule.fill).sort()).toEqual([...colours].sort());
    expect(result.value.recompute.plan.legend?.fills.map((fill) => fill.fill)).toEqual(colours);
  });
});
