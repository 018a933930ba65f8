/**
 * Round-trip preservation: a workbook holding what Excel writes for real plans goes through
 * `perf-kpi recompute`, and every part and byte outside what the write plan changes comes back
 * identical. The parts the plan changes are checked piece by piece: in the plan sheet every cell
 * outside the derived columns and the legend, and everything outside <sheetData> but our colour
 * rules; in workbook.xml, the rels and the content types, only additions.
 */
import { readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { main } from "../../../src/cli/main";
import { scanSheet } from "../../../src/cli/xlsx/sheet-scan";
import { collectingIo, makeTempDir } from "../../support/doubles/cli-io";
import { excelFeatureWorkbook } from "../../support/builders/excel-feature-workbook";
import { partsOf } from "../../support/builders/xlsx-package";
import { validateOoxml } from "../../support/tools/validator";

jest.setTimeout(60_000);
const ARGS = ["--method", "binary", "--plan-year", "2024", "--as-of", "2026-01-31"];

/** Parts the plan may change; every other part must come back byte for byte. */
const CHANGED = new Set([
  "xl/worksheets/sheet1.xml",
  "xl/styles.xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "[Content_Types].xml",
]);

async function recomputed(dir: string, input: Uint8Array, extra: string[] = []) {
  const file = path.join(dir, "piano.xlsx");
  const output = path.join(dir, "piano.ricalcolato.xlsx");
  writeFileSync(file, input);
  const io = collectingIo();
  const code = await main(["recompute", file, "-o", output, ...ARGS, ...extra], io);
  expect(io.stderr.text).toBe("");
  expect(code).toBe(0);
  return { file, output, bytes: new Uint8Array(readFileSync(output)) };
}

describe("a workbook made by Excel, with everything people put in plans", () => {
  const { bytes } = excelFeatureWorkbook();

  it("comes back with every part the plan does not change byte for byte, and nothing missing", async () => {
    const { dir, cleanup } = makeTempDir("roundtrip");
    try {
      const before = partsOf(bytes);
      const after = partsOf((await recomputed(dir, bytes)).bytes);
      for (const [name, content] of before) {
        expect(after.has(name)).toBe(true);
        if (!CHANGED.has(name))
          expect({ name, content: after.get(name) }).toEqual({ name, content });
      }
      // Added: the Verifica sheet only.
      expect([...after.keys()].filter((name) => !before.has(name))).toEqual([
        "xl/worksheets/sheet3.xml",
      ]);
    } finally {
      cleanup();
    }
  });

  it("changes in the plan sheet only the derived cells and the legend, and adds only our colour rules", async () => {
    const { dir, cleanup } = makeTempDir("roundtrip");
    try {
      const before = partsOf(bytes).get("xl/worksheets/sheet1.xml") ?? "";
      const after =
        partsOf((await recomputed(dir, bytes)).bytes).get("xl/worksheets/sheet1.xml") ?? "";
      const outside = (xml: string): string =>
        xml
          .replace(/<sheetData>[\s\S]*<\/sheetData>/, "")
          .replace(/<conditionalFormatting[\s\S]*?<\/conditionalFormatting>/g, "");
      // Outside the cells: hyperlinks, printOptions, pageSetup, ignoredErrors, x14 drop-downs and sparklines.
      // The print setup for reviewers changes only the orientation and the fit (domain of the
      // user's paper, margins, DPI and scale kept), and sets the fitToPage flag Excel needs.
      const expected = outside(before)
        .replace('<dimension ref="A1:H148"/>', '<dimension ref="A1:H173"/>')
        .replace(
          '<pageSetup orientation="portrait" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="1"/>',
          '<pageSetup orientation="landscape" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="0"/>'
        )
        .replace("<dimension", '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension');
      expect(outside(after)).toBe(expected);
      const cellsOf = (xml: string) =>
        new Map(
          scanSheet(xml).rows.flatMap((row) =>
            row.cells.map((cell) => [`${cell.row}:${cell.column}`, xml.slice(cell.start, cell.end)])
          )
        );
      const [old, now] = [cellsOf(before), cellsOf(after)];
      const changed = [...old].filter(([key, xml]) => now.get(key) !== xml).map(([key]) => key);
      // Only the derived columns change: F (5) where a row is a meta-KPI (its actual is a roll-up),
      // G (KPI performance, 6) and H (objective performance, 7).
      for (const key of changed) expect(["5", "6", "7"]).toContain(key.split(":")[1]);
      // The legend: five rows below the last used row (148) after one blank row → rows 150-154;
      // seven rows reserved for it (150-156); the rules block one blank row below: 158-173.
      const added = [...now.keys()].filter((key) => !old.has(key));
      expect(
        added.every(
          (key) => Number(key.split(":")[0]) >= 149 || ["6", "7"].includes(key.split(":")[1] ?? "")
        )
      ).toBe(true);
      expect(added.some((key) => key === "149:0")).toBe(true);
      // The hyperlinked target is read as the number it is (12): the KPI of row 6 scores against it.
      expect(after).toContain('<hyperlink ref="E6" r:id="rIdLink1" display="12"/>');
    } finally {
      cleanup();
    }
  });

  it("keeps workbook.xml, its relationships and the content types, adding only the Verifica sheet", async () => {
    const { dir, cleanup } = makeTempDir("roundtrip");
    try {
      const before = partsOf(bytes);
      const after = partsOf((await recomputed(dir, bytes)).bytes);
      const workbook = (after.get("xl/workbook.xml") ?? "")
        .replace(/<sheet name="Verifica" sheetId="3" r:id="rId9"\/>/, "")
        .replace(
          /<definedName name="_xlnm\._FilterDatabase" localSheetId="2" hidden="1">[^<]*<\/definedName>/,
          ""
        )
        .replace(
          /<definedName name="_xlnm\.Print_Titles" localSheetId="2">[^<]*<\/definedName>/,
          ""
        );
      // Structure protection, constant and local names, print titles of the plan, pivot caches kept.
      expect(workbook).toBe(before.get("xl/workbook.xml"));
      expect(after.get("xl/_rels/workbook.xml.rels")).toBe(
        before
          .get("xl/_rels/workbook.xml.rels")
          ?.replace(
            "</Relationships>",
            '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet3.xml"/></Relationships>'
          )
      );
      expect(after.get("[Content_Types].xml")).toBe(
        before
          .get("[Content_Types].xml")
          ?.replace(
            "</Types>",
            '<Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
          )
      );
    } finally {
      cleanup();
    }
  });

  it("keeps every style the workbook had, appending only what the plan needs", async () => {
    const { dir, cleanup } = makeTempDir("roundtrip");
    try {
      const before = partsOf(bytes).get("xl/styles.xml") ?? "";
      const after = partsOf((await recomputed(dir, bytes)).bytes).get("xl/styles.xml") ?? "";
      const xfs = (xml: string) => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
      expect(xfs(after).startsWith(xfs(before))).toBe(true);
      const fonts = (xml: string) => /<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(xml)?.[1] ?? "";
      expect(fonts(after).startsWith(fonts(before))).toBe(true);
    } finally {
      cleanup();
    }
  });

  it("passes the OOXML validator (schemas and Excel's own rules), re-run included", async () => {
    const { dir, cleanup } = makeTempDir("roundtrip");
    try {
      const first = await recomputed(dir, bytes);
      const again = path.join(dir, "di-nuovo.xlsx");
      const io = collectingIo();
      expect(await main(["recompute", first.output, "-o", again, ...ARGS], io)).toBe(0);
      const result = await validateOoxml(["-q", "-b", first.file, first.output, again]);
      expect(result.stdout).not.toMatch(/ERROR/);
      expect(result.code).toBe(0);
      // The second run changes nothing in the plan sheet (no second set of rules, no second legend)
      // nor in the styles; its Verifica replaces the first (now nothing differs from what is published).
      const [once, twice] = [partsOf(first.bytes), partsOf(new Uint8Array(readFileSync(again)))];
      expect(twice.get("xl/worksheets/sheet1.xml")).toBe(once.get("xl/worksheets/sheet1.xml"));
      expect(twice.get("xl/styles.xml")).toBe(once.get("xl/styles.xml"));
      expect([...twice.keys()].sort()).toEqual([...once.keys()].sort());
    } finally {
      cleanup();
    }
  });
});

describe("settings saved in the workbook by the task pane (xl/webextensions)", () => {
  const { bytes } = excelFeatureWorkbook();

  async function report(dir: string, extra: string[]) {
    const file = path.join(dir, "piano.xlsx");
    writeFileSync(file, bytes);
    const json = path.join(dir, "r.json");
    const io = collectingIo();
    const code = await main(
      ["recompute", file, "--check", "--as-of", "2026-01-31", "--json", json, ...extra],
      io
    );
    expect([0, 1]).toContain(code);
    return JSON.parse(readFileSync(json, "utf8")) as {
      sheets: {
        settings: { method: string; planYear: number };
        settingSources: Record<string, string>;
      }[];
    };
  }

  it("are used: the saved binary method and plan year 2024, and the report says they came from the workbook", async () => {
    const { dir, cleanup } = makeTempDir("saved");
    try {
      const sheet = (await report(dir, [])).sheets[0];
      expect(sheet?.settings).toMatchObject({ method: "binary", planYear: 2024 });
      expect(sheet?.settingSources).toEqual({
        method: "workbook",
        planYear: "workbook",
        asOf: "option",
      });
    } finally {
      cleanup();
    }
  });

  it("give way to options, and the report says so", async () => {
    const { dir, cleanup } = makeTempDir("saved");
    try {
      const sheet = (await report(dir, ["--method", "proportional"])).sheets[0];
      expect(sheet?.settings.method).toBe("proportional");
      expect(sheet?.settingSources).toMatchObject({ method: "option", planYear: "workbook" });
    } finally {
      cleanup();
    }
  });

  it("are kept in the output as they were", async () => {
    const { dir, cleanup } = makeTempDir("saved");
    try {
      const after = partsOf((await recomputed(dir, bytes)).bytes);
      expect(after.get("xl/webextensions/webextension1.xml")).toBe(
        partsOf(bytes).get("xl/webextensions/webextension1.xml")
      );
    } finally {
      cleanup();
    }
  });
});
