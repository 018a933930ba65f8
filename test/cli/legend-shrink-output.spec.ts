/**
 * A legend that shrinks through the command line: the 2024 seed recomputed with a five-band legend,
 * then its output recomputed with the seed's own three-band legend. The rows the longer legend
 * used and the shorter one does not lose what the first run wrote there: the swatch fills of bands
 * 4 and 5 (the plan's null fills) and the texts (the plan's null cells). Read back with ExcelJS,
 * as another reader sees the file; both outputs pass the OOXML validator against their inputs.
 */
import ExcelJS from "exceljs";
import * as path from "path";
import { main } from "../../src/cli/main";
import { OUR_LEGEND_TITLE } from "../../src/core/sheet/legend-title";
import { collectingIo, FIXTURES, makeTempDir } from "../support/doubles/cli-io";
import { validateOoxml } from "../support/tools/validator";

jest.setTimeout(60_000);
const ALBERO = path.join(FIXTURES, "albero-2024.xlsx");
const ARGS = ["--method", "binary", "--plan-year", "2024", "--as-of", "2026-01-31"];
const FIVE =
  "> 90% #A9D08E; 80%-90% #C6EFCE; 60%-79,99% #FFEB9C; 40%-59,99% #FCD5B4; < 40% #FFC7CE";

interface LegendRow {
  readonly swatch: string;
  readonly text: string;
  /** The swatch cell's solid fill "RRGGBB", or null for none. */
  readonly fill: string | null;
}

/** The seven reserved rows of our legend block (title, five bands, N.V.), as ExcelJS reads them. */
async function legendRows(file: string): Promise<LegendRow[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new Error("no sheet");
  const cells = new Map<string, ExcelJS.Cell>();
  const titles: { row: number; column: number }[] = [];
  sheet.eachRow((row, r) =>
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      cells.set(`${r},${c}`, cell);
      if (cell.value === OUR_LEGEND_TITLE) titles.push({ row: r, column: c });
    })
  );
  const title = titles[0];
  if (title === undefined) throw new Error("no legend in the output");
  return [0, 1, 2, 3, 4, 5, 6].map((i) => {
    const swatchCell = cells.get(`${title.row + i},${title.column}`);
    const fill = swatchCell?.fill as ExcelJS.FillPattern | undefined;
    const solid = fill?.type === "pattern" && fill.pattern === "solid";
    return {
      swatch: swatchCell?.text ?? "",
      text: cells.get(`${title.row + i},${title.column + 1}`)?.text ?? "",
      fill: solid ? (fill.fgColor?.argb?.slice(2) ?? null) : null,
    };
  });
}

it("five bands, then three: the rows bands 4 and 5 used lose their fills and texts", async () => {
  const { dir, cleanup } = makeTempDir("shrink");
  try {
    const five = path.join(dir, "albero.cinque.xlsx");
    const three = path.join(dir, "albero.tre.xlsx");
    expect(
      await main(["recompute", ALBERO, "-o", five, ...ARGS, "--legend-bands", FIVE], collectingIo())
    ).toBe(0);
    const before = await legendRows(five);
    expect(before.map((row) => [row.swatch, row.fill])).toEqual([
      [OUR_LEGEND_TITLE, null],
      ["> 90,00%", "A9D08E"],
      ["80,00% – 90,00%", "C6EFCE"],
      ["60,00% – 79,99%", "FFEB9C"],
      ["40,00% – 59,99%", "FCD5B4"],
      ["< 40,00%", "FFC7CE"],
      ["N.V.", null],
    ]);

    // no --legend-bands: the seed's typed legend (above 80%, 60% to 80%, below 60%) is in use
    expect(await main(["recompute", five, "-o", three, ...ARGS], collectingIo())).toBe(0);
    const after = await legendRows(three);
    const typedFills = after.slice(1, 4).map((row) => row.fill);
    expect(typedFills.every((fill) => fill !== null)).toBe(true);
    expect(after.map((row) => [row.swatch, row.fill])).toEqual([
      [OUR_LEGEND_TITLE, null],
      ["> 80,00%", typedFills[0]],
      ["60,00% – 80,00%", typedFills[1]],
      ["< 60,00%", typedFills[2]],
      ["N.V.", null], // band 4's swatch before: its fill cleared
      ["", null], // band 5's swatch: text and fill cleared
      ["", null], // the old N.V. line: text cleared
    ]);
    expect(after[4]?.text).toBe("Non valutato: nessun colore (not evaluated: no colour)");
    expect(after[5]?.text).toBe("");
    expect(after[6]?.text).toBe("");

    for (const [input, output] of [
      [ALBERO, five],
      [five, three],
    ] as const) {
      const checked = await validateOoxml(["-q", "-b", input, output]);
      expect(checked.stdout).not.toMatch(/ERROR/);
      expect(checked.code).toBe(0);
    }
  } finally {
    cleanup();
  }
});
