/**
 * The typed legend's colours through the command line: the xlsx reader reads the fills of the
 * swatch cells only (by their style), and the output's colour rules use them; a theme colour or a
 * hatch is reported as unreadable.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import { collectingIo, makeTempDir } from "../support/doubles/cli-io";
import { partsOf } from "../support/builders/xlsx-package";
import { readXlsxSheet } from "../support/fixtures/read-xlsx-sheet";

jest.setTimeout(60_000);
const ARGS = ["--plan-year", "2024", "--as-of", "2024-12-31"];

async function planWithLegend(file: string, middle: ExcelJS.Fill): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Piano");
  sheet.addRows([
    [
      "Obiettivo",
      "Indicatore",
      "Peso",
      "Target",
      "Consuntivo",
      "Performance KPI",
      "Performance Obiettivo",
    ],
    ["A.1 - Servizi"],
    [null, "Primo", 0.5, ">= 100", 90],
    [null, "Secondo", 0.5, ">= 100", 50],
    [],
    ["Legenda"],
    [null, "Performance superiore all'80% del target"],
    [null, "Performance compresa tra il 60% e l'80% del target"],
    [null, "Performance inferiore al 60% del target"],
  ]);
  const solid = (argb: string): ExcelJS.Fill => ({
    type: "pattern",
    pattern: "solid",
    fgColor: { argb },
  });
  sheet.getCell("A7").fill = solid("FF00B050");
  sheet.getCell("A8").fill = middle;
  sheet.getCell("A9").fill = solid("FFFF0000");
  await workbook.xlsx.writeFile(file);
}

it("the office's swatch colours become the colour rules' fills", async () => {
  const { dir, cleanup } = makeTempDir("fills");
  try {
    const file = path.join(dir, "piano.xlsx");
    const output = path.join(dir, "piano.out.xlsx");
    await planWithLegend(file, {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFFFFF00" },
    });
    const input = await readXlsxSheet(file);
    // the reader reads the fills of the six cells beside the three lines, and no others
    expect(input.fills).toEqual([
      { row: 6, column: 0, fill: "#00B050" },
      { row: 6, column: 1, fill: null },
      { row: 7, column: 0, fill: "#FFFF00" },
      { row: 7, column: 1, fill: null },
      { row: 8, column: 0, fill: "#FF0000" },
      { row: 8, column: 1, fill: null },
    ]);
    const io = collectingIo();
    expect(await main(["recompute", file, "-o", output, ...ARGS], io)).toBe(0);
    const parts = partsOf(new Uint8Array(readFileSync(output)));
    const sheet = parts.get("xl/worksheets/sheet1.xml") ?? "";
    const dxfs = [...(parts.get("xl/styles.xml") ?? "").matchAll(/<dxf>([\s\S]*?)<\/dxf>/g)].map(
      (dxf) => dxf[1] ?? ""
    );
    const fills = [...sheet.matchAll(/<cfRule[^>]*dxfId="(\d+)"/g)].map(
      (rule) => /rgb="FF([0-9A-F]{6})"/.exec(dxfs[Number(rule[1])] ?? "")?.[1]
    );
    expect(fills).toEqual(["00B050", "FFFF00", "FF0000"]);
  } finally {
    cleanup();
  }
});

it("a theme colour or a hatch is unreadable: reported, and the default colour used", async () => {
  const { dir, cleanup } = makeTempDir("fills");
  try {
    const file = path.join(dir, "piano.xlsx");
    await planWithLegend(file, {
      type: "pattern",
      pattern: "darkVertical",
      fgColor: { argb: "FFFFFF00" },
    });
    const input = await readXlsxSheet(file);
    expect(input.fills?.find((fill) => fill.row === 7 && fill.column === 0)).toEqual({
      row: 7,
      column: 0,
      fill: null,
      unreadable: true,
    });
    const io = collectingIo();
    expect(await main(["recompute", file, "--check", "--json", "-", ...ARGS], io)).toBe(1); // findings
    const report = JSON.parse(io.stdout.text) as {
      sheets: { findings: { code: string; row: number; column: string }[]; rows: unknown[] }[];
    };
    const found = report.sheets[0]?.findings.filter((f) => f.code === "LEGEND_FILL_UNREADABLE");
    expect(found?.map((f) => `${f.column}${f.row}`)).toEqual(["A8"]);
  } finally {
    cleanup();
  }
});
