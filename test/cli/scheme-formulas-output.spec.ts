/**
 * Formulas mode for the schemes of domain.md §9 through the command line: the KPIs scored by
 * threshold and tolerance get PERF_SOGLIA and PERF_TOLLERANZA, stored as Excel stores an add-in's
 * functions (_xldudf_PIANO_…, so Excel calculates them on opening), with the figure the sheet
 * computes as the cached value; the file passes the OOXML validator.
 */
import { readFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { collectingIo, makeTempDir } from "../support/doubles/cli-io";
import { partsOf } from "../support/builders/xlsx-package";
import { validateOoxml } from "../support/tools/validator";

jest.setTimeout(60_000);

/** A objective … F actual, G Soglia, H Eccellenza, I Tolleranza, J KPI, K objective performance. */
async function schemeWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Piano");
  sheet.addRows([
    [
      "Obiettivo",
      "Indicatore",
      "Peso",
      "Operatore",
      "Target",
      "Consuntivo",
      "Soglia",
      "Eccellenza",
      "Tolleranza",
      "Performance KPI",
      "Performance Obiettivo",
    ],
    ["A.1 - Servizi alle imprese"],
    [null, "Pratiche evase", 0.5, "≥", 80, 70, 60, null, null],
    [null, "Pratiche per addetto", 0.5, "=", 100, 110, null, null, 0.05],
  ]);
  await workbook.xlsx.writeFile(file);
}

it("stores PERF_SOGLIA and PERF_TOLLERANZA as Excel does, with their figures, in valid OOXML", async () => {
  const { dir, cleanup } = makeTempDir("scheme-formulas");
  try {
    const input = path.join(dir, "piano.xlsx");
    const output = path.join(dir, "piano.ricalcolato.xlsx");
    await schemeWorkbook(input);
    const io = collectingIo();
    const code = await main(
      [
        "recompute",
        input,
        "-o",
        output,
        "--method",
        "soglia",
        "--plan-year",
        "2024",
        "--as-of",
        "2024-12-31",
        "--write-mode",
        "formule",
      ],
      io
    );
    expect(io.stderr.text).toBe("");
    expect(code).toBe(0);
    const sheet = partsOf(new Uint8Array(readFileSync(output))).get("xl/worksheets/sheet1.xml");
    const cell = (ref: string): { formula: string; value: string } | null => {
      const match = new RegExp(`<c r="${ref}"[^>]*><f>([^<]*)</f><v>([^<]*)</v></c>`).exec(
        sheet ?? ""
      );
      return match === null ? null : { formula: match[1] ?? "", value: match[2] ?? "" };
    };
    const guard = (c: string): string => `IF(ISBLANK(${c}),"",${c})`;
    // (70 − 60) / (80 − 60) = 50%
    expect(cell("J3")).toEqual({
      formula: `_xldudf_PIANO_PERF_SOGLIA(${guard("E3")},${guard("F3")},${guard("G3")},${guard("D3")},2024)`,
      value: "0.5",
    });
    // 1 − (|110 − 100| − 5) / 100 = 95%
    expect(cell("J4")).toEqual({
      formula: `_xldudf_PIANO_PERF_TOLLERANZA(${guard("E4")},${guard("F4")},0.05,"proportional",2024)`,
      value: "0.95",
    });
    // A.1 = 0,5 · 50% + 0,5 · 95% = 72,5%
    expect(cell("K2")?.formula).toBe("_xldudf_PIANO_PERF_ROLLUP(J3:J4,C3:C4)");
    expect(Number(cell("K2")?.value)).toBeCloseTo(0.725, 12);

    const checked = await validateOoxml(["-q", "-b", input, output]);
    expect(checked.stdout).not.toMatch(/ERROR/);
    expect(checked.code).toBe(0);
  } finally {
    cleanup();
  }
});
