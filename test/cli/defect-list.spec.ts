/**
 * Issue 10's list of defects, the cases no other spec covered, each through main() as a user runs
 * it: -o naming the input keeps the charts, pivots and every other part it does not change; a
 * formula saved without its cached result becomes the FORMULA_NOT_CALCULATED finding instead of a
 * blank that looks computed.
 */
import { readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { main } from "../../src/cli/main";
import { ExitCode } from "../../src/cli/exit-codes";
import type { JsonReport } from "../../src/cli/report-json";
import { collectingIo, FIXTURES, makeTempDir } from "../support/doubles/cli-io";
import { excelFeatureWorkbook } from "../support/builders/excel-feature-workbook";

jest.setTimeout(60_000);

const ARGS = ["--method", "binary", "--plan-year", "2024", "--as-of", "2026-01-31"];
/** What a recompute may change; the other parts come back byte for byte. */
const CHANGED = new Set([
  "xl/worksheets/sheet1.xml",
  "xl/styles.xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "[Content_Types].xml",
]);

describe("-o naming the input", () => {
  it("overwrites it keeping the chart, the pivot table and every part the plan does not change", async () => {
    const { dir, cleanup } = makeTempDir("defects-in-place");
    try {
      const { bytes } = excelFeatureWorkbook();
      const file = path.join(dir, "piano.xlsx");
      writeFileSync(file, bytes);
      const io = collectingIo();
      const code = await main(["recompute", file, "-o", file, ...ARGS], io);
      expect(io.stderr.text).toBe("");
      expect(code).toBe(ExitCode.ok);
      const before = unzipSync(bytes);
      const after = unzipSync(new Uint8Array(readFileSync(file)));
      expect(Object.keys(before).some((name) => name.startsWith("xl/charts/"))).toBe(true);
      expect(Object.keys(before).some((name) => name.startsWith("xl/pivotCache/"))).toBe(true);
      for (const [name, content] of Object.entries(before)) {
        expect({ name, kept: name in after }).toEqual({ name, kept: true });
        if (!CHANGED.has(name))
          expect({ name, same: Buffer.from(content).equals(Buffer.from(after[name])) }).toEqual({
            name,
            same: true,
          });
      }
    } finally {
      cleanup();
    }
  });
});

describe("a formula saved without its result", () => {
  it("is the FORMULA_NOT_CALCULATED finding on its cell, not a blank read as a value", async () => {
    const { dir, cleanup } = makeTempDir("defects-uncalculated");
    try {
      // The 2024 fixture with the actual of row 6 (F6) turned into a formula with no cached value,
      // as a program that writes formulas without calculating (openpyxl, a script) saves it.
      const parts = unzipSync(
        new Uint8Array(readFileSync(path.join(FIXTURES, "albero-2024.xlsx")))
      );
      const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"] ?? new Uint8Array());
      const cell = /<c r="F6"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/.exec(sheet)?.[0];
      expect(cell).toBeDefined();
      const style = /\ss="\d+"/.exec(cell ?? "")?.[0] ?? "";
      parts["xl/worksheets/sheet1.xml"] = strToU8(
        sheet.replace(cell ?? "", `<c r="F6"${style}><f>E6*1</f></c>`)
      );
      const file = path.join(dir, "piano.xlsx");
      writeFileSync(file, zipSync(parts));
      const json = path.join(dir, "rapporto.json");
      const io = collectingIo();
      const code = await main(["recompute", file, "--check", "--json", json, ...ARGS], io);
      expect(code).toBe(ExitCode.findings);
      const report = JSON.parse(readFileSync(json, "utf8")) as JsonReport;
      const uncalculated = report.sheets[0]?.findings.filter(
        (finding) => finding.code === "FORMULA_NOT_CALCULATED"
      );
      expect(uncalculated?.map((finding) => `${finding.column}${finding.row}`)).toEqual(["F6"]);
      expect(uncalculated?.[0]?.message).toContain("F6");
      expect(uncalculated?.[0]?.messageEn).toContain("F6");
    } finally {
      cleanup();
    }
  });
});
