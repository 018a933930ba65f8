/**
 * The "Regole di calcolo (PIANO)" block in the command line's output: written with the legend by
 * the xlsx writer with no writer of its own, read back from the file, valid OOXML.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import { OUR_RULES_TITLE } from "../../src/core/sheet/legend-title";
import { sheetGrid } from "../../src/core/sheet/sheet-grid";
import { collectingIo, FIXTURES, makeTempDir } from "../support/doubles/cli-io";
import { readXlsxSheet } from "../support/fixtures/read-xlsx-sheet";
import { partsOf } from "../support/builders/xlsx-package";
import { validateOoxml } from "../support/tools/validator";

jest.setTimeout(60_000);
const ALBERO = path.join(FIXTURES, "albero-2024.xlsx");
const ARGS = ["--method", "binary", "--plan-year", "2024", "--as-of", "2026-01-31"];

it("the output carries the rules block below the legend and passes the OOXML validator", async () => {
  const { dir, cleanup } = makeTempDir("rules");
  try {
    const output = path.join(dir, "albero.ricalcolato.xlsx");
    const io = collectingIo();
    expect(await main(["recompute", ALBERO, "-o", output, ...ARGS], io)).toBe(0);
    const grid = sheetGrid(await readXlsxSheet(output));
    let title: { row: number; column: number } | null = null;
    for (let row = grid.top; row <= grid.bottom && title === null; row++)
      for (let column = grid.left; column <= grid.right; column++)
        if (grid.value(row, column) === OUR_RULES_TITLE) title = { row, column };
    if (title === null) throw new Error("no rules block in the output");
    const rules = new Map<string, string>();
    for (let row = title.row + 1; row <= title.row + 15; row++)
      rules.set(grid.text(row, title.column), grid.text(row, title.column + 1));
    expect(rules.get("Metodo di calcolo (scoring method)")).toBe("binario");
    expect(rules.get("Anno del piano (plan year)")).toBe("2024");
    expect(rules.get("Data di valutazione (evaluation date)")).toBe("31/01/2026"); // --as-of 2026-01-31
    // the 2024 seed's typed legend: above 80%, 60% to 80%, below 60%
    expect(rules.get("Legenda (legend)")).toBe(
      "> 80,00%; 60,00% – 80,00%; < 60,00% (dalla legenda scritta nel foglio)"
    );
    expect(rules.size).toBe(15);

    const checked = await validateOoxml(["-q", "-b", ALBERO, output]);
    expect(checked.stdout).not.toMatch(/ERROR/);
    expect(checked.code).toBe(0);
  } finally {
    cleanup();
  }
});

it("a five-band legend gives five colour rules with their own fills in the file, valid OOXML", async () => {
  const { dir, cleanup } = makeTempDir("bands");
  try {
    const output = path.join(dir, "albero.cinque.xlsx");
    const five =
      "> 90% #A9D08E; 80%-90% #C6EFCE; 60%-79,99% #FFEB9C; 40%-59,99% #FCD5B4; < 40% #FFC7CE";
    const io = collectingIo();
    expect(
      await main(["recompute", ALBERO, "-o", output, ...ARGS, "--legend-bands", five], io)
    ).toBe(0);
    const parts = partsOf(new Uint8Array(readFileSync(output)));
    const sheet = parts.get("xl/worksheets/sheet1.xml") ?? "";
    const rules = [
      ...sheet.matchAll(/<cfRule[^>]*dxfId="(\d+)"[^>]*><formula>([^<]*)<\/formula>/g),
    ];
    expect(rules.map((rule) => rule[2])).toEqual([
      "AND(ISNUMBER(IF(ISNUMBER($H4),$H4,$G4)),ROUND(IF(ISNUMBER($H4),$H4,$G4),4)&gt;0.9)",
      "AND(ISNUMBER(IF(ISNUMBER($H4),$H4,$G4)),ROUND(IF(ISNUMBER($H4),$H4,$G4),4)&gt;=0.8,ROUND(IF(ISNUMBER($H4),$H4,$G4),4)&lt;=0.9)",
      "AND(ISNUMBER(IF(ISNUMBER($H4),$H4,$G4)),ROUND(IF(ISNUMBER($H4),$H4,$G4),4)&gt;=0.6,ROUND(IF(ISNUMBER($H4),$H4,$G4),4)&lt;=0.7999)",
      "AND(ISNUMBER(IF(ISNUMBER($H4),$H4,$G4)),ROUND(IF(ISNUMBER($H4),$H4,$G4),4)&gt;=0.4,ROUND(IF(ISNUMBER($H4),$H4,$G4),4)&lt;=0.5999)",
      "AND(ISNUMBER(IF(ISNUMBER($H4),$H4,$G4)),ROUND(IF(ISNUMBER($H4),$H4,$G4),4)&lt;0.4)",
    ]);
    // each rule's differential format fills with its band's colour
    const dxfs = [...(parts.get("xl/styles.xml") ?? "").matchAll(/<dxf>([\s\S]*?)<\/dxf>/g)].map(
      (dxf) => dxf[1] ?? ""
    );
    const fills = rules.map(
      (rule) => /rgb="FF([0-9A-F]{6})"/.exec(dxfs[Number(rule[1])] ?? "")?.[1]
    );
    expect(fills).toEqual(["A9D08E", "C6EFCE", "FFEB9C", "FCD5B4", "FFC7CE"]);
    const checked = await validateOoxml(["-q", "-b", ALBERO, output]);
    expect(checked.stdout).not.toMatch(/ERROR/);
    expect(checked.code).toBe(0);
  } finally {
    cleanup();
  }
});
