/**
 * Round trips on workbooks made by other writers, created here by those writers: LibreOffice
 * (`soffice --headless --convert-to xlsx` of a flat OpenDocument file written by the test: the plan,
 * a second sheet, a comment, an autofilter) and openpyxl (a Python script: the plan, a comment, a
 * table, a drop-down data validation, defined names, a chart). For each, after `perf-kpi
 * recompute`: every part and every byte outside what the plan changes is identical (in the plan
 * sheet, every cell the plan does not name and everything outside the cells and our rules), the
 * output passes the OOXML validator against its input, and LibreOffice shows the expected colours.
 *
 * The plan (domain.md §5, proportional, no cap reached):
 *   A.1 Transizione digitale: "Imprese assistite" ≥ 1000, actual 500 → 500/1000 = 50,00% (red,
 *       < 60%); "Pratiche telematiche" ≥ 90%, actual 90% → 100,00% (green, > 80%); weights 50/50
 *       → objective (50 + 100) / 2 = 75,00% (yellow, 60–80%).
 *   A.2 Accesso al credito: "Bandi pubblicati" ≥ 4, actual 3 → 3/4 = 75,00% (yellow); its only KPI
 *       → objective 75,00% (yellow).
 */
import { execFile } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { promisify } from "util";
import { main } from "../../src/cli/main";
import { DEFAULT_LEGEND } from "../../src/core/settings";
import { sofficePath } from "./helpers/system-programs";
import { pythonWithOpenpyxl } from "./helpers/openpyxl";
import { validateOoxml } from "../support/tools/validator";
import {
  cellsByRef,
  outsideTheCells,
  partsOfZip,
  withoutEntriesFor,
  workbookWithoutOurs,
} from "./helpers/package-diff";

const run = promisify(execFile);
const ARGS = ["--method", "proportional", "--plan-year", "2024", "--as-of", "2025-01-31"];

const HEADERS = [
  "Codice",
  "Obiettivo",
  "Indicatore",
  "Peso",
  "Target",
  "Consuntivo",
  "Performance KPI",
  "Performance Obiettivo",
];
type Cell = string | number | null;
const ROWS: Cell[][] = [
  ["A.1", "Transizione digitale", null, null, null, null, null, null],
  [null, null, "Imprese assistite", 0.5, "≥ 1000", 500, null, null],
  [null, null, "Pratiche telematiche", 0.5, "≥ 90%", 0.9, null, null],
  ["A.2", "Accesso al credito", null, null, null, null, null, null],
  [null, null, "Bandi pubblicati", 1, "≥ 4", 3, null, null],
];
/** Sheet rows (1-based) of the plan and the band each should be coloured with. */
const EXPECTED_BANDS: [number, keyof typeof DEFAULT_LEGEND.colors][] = [
  [2, "yellow"],
  [3, "red"],
  [4, "green"],
  [5, "yellow"],
  [6, "yellow"],
];

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The plan as a flat OpenDocument spreadsheet, with a comment, an autofilter and a second sheet. */
function fods(): string {
  const cell = (value: Cell, comment = ""): string => {
    if (value === null) return "<table:table-cell/>";
    if (typeof value === "number")
      return `<table:table-cell office:value-type="float" office:value="${value}">${comment}<text:p>${value}</text:p></table:table-cell>`;
    return `<table:table-cell office:value-type="string">${comment}<text:p>${escapeXml(value)}</text:p></table:table-cell>`;
  };
  const note =
    "<office:annotation><dc:creator>Ufficio controllo</dc:creator><dc:date>2025-01-15T10:00:00</dc:date><text:p>Dato da verificare con il servizio</text:p></office:annotation>";
  const row = (cells: string[]): string => `<table:table-row>${cells.join("")}</table:table-row>`;
  const plan = [
    row(HEADERS.map((header) => cell(header))),
    ...ROWS.map((values, r) =>
      row(values.map((value, c) => cell(value, r === 1 && c === 5 ? note : "")))
    ),
  ].join("");
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet>
<table:table table:name="Piano 2024">${plan}</table:table>
<table:table table:name="Note">${row([cell("Osservazioni del nucleo")])}${row([cell("Da rivedere a giugno")])}</table:table>
<table:database-ranges><table:database-range table:name="__Anonymous_Sheet_DB__0" table:target-range-address="'Piano 2024'.A1:'Piano 2024'.H6" table:display-filter-buttons="true"/></table:database-ranges>
</office:spreadsheet></office:body></office:document>`;
}

/** The plan written by openpyxl, with a comment, a table, a drop-down, names and a chart. */
function openpyxlScript(output: string): string {
  return `
import json, sys
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.chart import BarChart, Reference

headers = json.loads(${JSON.stringify(JSON.stringify(HEADERS))})
rows = json.loads(${JSON.stringify(JSON.stringify(ROWS))})
wb = Workbook()
ws = wb.active
ws.title = "Piano 2024"
ws.append(headers)
for r in rows:
    ws.append(r)
for r in range(2, 7):
    ws.cell(row=r, column=6).number_format = "0.00"
ws["F3"].comment = Comment("Dato da verificare con il servizio", "Ufficio controllo")
dv = DataValidation(type="list", formula1='"≥ 1000,≥ 90%,≥ 4"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("E2:E6")
data = wb.create_sheet("Dati")
data.append(["Area", "Budget"])
data.append(["Digitale", 120000])
data.append(["Credito", 80000])
table = Table(displayName="Budget", ref="A1:B3")
table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
data.add_table(table)
wb.defined_names.append(DefinedName("Soglia", attr_text="0.8"))
wb.defined_names.append(DefinedName("Aree", attr_text="Dati!$A$2:$A$3"))
chart = BarChart()
chart.title = "Budget"
chart.add_data(Reference(data, min_col=2, min_row=1, max_row=3), titles_from_data=True)
chart.set_categories(Reference(data, min_col=1, min_row=2, max_row=3))
data.add_chart(chart, "D2")
wb.save(${JSON.stringify(output)})
`;
}

/** The parts our edit may touch; every other part must come back byte for byte. */
const CHANGED = new Set([
  "xl/styles.xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "[Content_Types].xml",
]);

/** The sheet part of a sheet name, through workbook.xml and its relationships. */
function sheetPart(parts: Map<string, Buffer>, name: string): string {
  const workbook = parts.get("xl/workbook.xml")?.toString("utf8") ?? "";
  const rels = parts.get("xl/_rels/workbook.xml.rels")?.toString("utf8") ?? "";
  const sheet = new RegExp(`<sheet [^>]*name="${name}"[^>]*/>`).exec(workbook)?.[0] ?? "";
  const id = /r:id="([^"]+)"/.exec(sheet)?.[1];
  const rel = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*/>`).exec(rels)?.[0] ?? "";
  const target = /Target="([^"]+)"/.exec(rel)?.[1] ?? "";
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

async function roundTrip(work: string, input: string): Promise<void> {
  const output = path.join(work, "ricalcolato.xlsx");
  const json = path.join(work, "rapporto.json");
  const errors: string[] = [];
  const code = await main(["recompute", input, "-o", output, "--json", json, ...ARGS], {
    stdout: { write: () => true },
    stderr: { write: (text: string) => errors.push(text) },
  });
  expect(errors.join("")).toBe("");
  expect(code).toBe(0);

  // The figures of the header comment, read from the report.
  const report = JSON.parse(readFileSync(json, "utf8")) as {
    sheets: { rows: { row: number; kpi: number | null; objective: number | null }[] }[];
  };
  const figures = Object.fromEntries(
    report.sheets[0].rows.map((row) => [row.row, row.kpi ?? row.objective])
  );
  expect(figures).toEqual({ 2: 0.75, 3: 0.5, 4: 1, 5: 0.75, 6: 0.75 });

  const before = partsOfZip(new Uint8Array(readFileSync(input)));
  const after = partsOfZip(new Uint8Array(readFileSync(output)));
  const plan = sheetPart(before, "Piano 2024");
  const audit = sheetPart(after, "Verifica");
  expect(before.has(audit)).toBe(false);
  for (const [name, content] of before) {
    expect({ name, kept: after.has(name) }).toEqual({ name, kept: true });
    if (!CHANGED.has(name) && name !== plan)
      expect({ name, same: content.equals(after.get(name)!) }).toEqual({ name, same: true });
  }
  expect([...after.keys()].filter((name) => !before.has(name))).toEqual([audit]);

  // The plan sheet: every cell outside the derived columns (G, H) and the legend below the table
  // as it was, byte for byte; everything outside the cells as it was, our rules and print setup apart.
  const oldSheet = before.get(plan)!.toString("utf8");
  const newSheet = after.get(plan)!.toString("utf8");
  const newCells = cellsByRef(newSheet);
  for (const [ref, xml] of cellsByRef(oldSheet)) {
    if (/^[GH]\d+$/.test(ref)) continue;
    expect({ ref, xml: newCells.get(ref) }).toEqual({ ref, xml });
  }
  expect(outsideTheCells(newSheet)).toBe(outsideTheCells(oldSheet));
  const auditTarget = audit.replace(/^xl\//, "");
  const text = (parts: Map<string, Buffer>, part: string): string =>
    parts.get(part)?.toString("utf8") ?? "";
  // openpyxl declares the relationships namespace on each <sheet>, not on <workbook>: our sheet
  // element needs it, so it is declared on the root (the one addition besides ours).
  const declared = (xml: string): string =>
    xml.replace(
      '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ',
      "<workbook "
    );
  const rootDeclares = /<workbook\b[^>]*xmlns:r=/.test(text(before, "xl/workbook.xml"));
  const workbookAfter = text(after, "xl/workbook.xml");
  expect(
    workbookWithoutOurs(rootDeclares ? workbookAfter : declared(workbookAfter), "Verifica")
  ).toBe(workbookWithoutOurs(text(before, "xl/workbook.xml"), "Verifica"));
  expect(withoutEntriesFor(text(after, "xl/_rels/workbook.xml.rels"), auditTarget)).toBe(
    text(before, "xl/_rels/workbook.xml.rels")
  );
  expect(withoutEntriesFor(text(after, "[Content_Types].xml"), audit)).toBe(
    text(before, "[Content_Types].xml")
  );

  // Excel's rules and the schemas: no problem the input did not already have (-b sets aside
  // the input's schema errors; an Excel-rule error of the input, such as LibreOffice's accounting
  // formats 41–44 in cellStyleXfs, copied as it is, must be the input's own).
  const problems = async (files: string[]): Promise<string[]> => {
    const { stdout } = await validateOoxml(["-q", ...files]);
    return stdout
      .split("\n")
      .filter((line) => /^ERROR/.test(line))
      .map((line) => line.replace(/\s+/g, " ").trim());
  };
  const inputProblems = new Set(await problems([input]));
  expect(
    (await problems(["-b", input, output])).filter((line) => !inputProblems.has(line))
  ).toEqual([]);

  // LibreOffice shows each row in the colour of its band (the HTML export applies the rules).
  await run(
    sofficePath(),
    [
      `-env:UserInstallation=file://${path.join(work, "lo-profile")}`,
      "--headless",
      "--convert-to",
      "html",
      "--outdir",
      work,
      output,
    ],
    { timeout: 120_000 }
  );
  const html = readFileSync(path.join(work, "ricalcolato.html"), "utf8");
  const table = /<table[\s\S]*?<\/table>/i.exec(html)?.[0] ?? "";
  const rows = table.match(/<tr[\s\S]*?<\/tr>/gi) ?? [];
  const shownFill = (row: number): string | null =>
    /<td[^>]*bgcolor="?(#[0-9a-f]{6})/i.exec(rows[row - 1] ?? "")?.[1]?.toUpperCase() ?? null;
  expect(EXPECTED_BANDS.map(([row]) => [row, shownFill(row)])).toEqual(
    EXPECTED_BANDS.map(([row, band]) => [row, DEFAULT_LEGEND.colors[band].toUpperCase()])
  );
}

describe("round trips on workbooks made by other writers", () => {
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), "perf-kpi-writers-"));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it("LibreOffice (plan, second sheet, comment, autofilter): only what the plan changes changes", async () => {
    const source = path.join(work, "piano.fods");
    writeFileSync(source, fods());
    await run(
      sofficePath(),
      [
        `-env:UserInstallation=file://${path.join(work, "lo-profile")}`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        work,
        source,
      ],
      { timeout: 120_000 }
    );
    const input = path.join(work, "piano.xlsx");
    expect(existsSync(input)).toBe(true);
    const parts = partsOfZip(new Uint8Array(readFileSync(input)));
    // What LibreOffice wrote, so the round trip has something to keep.
    expect([...parts.keys()].some((name) => /comments\d*\.xml$/.test(name))).toBe(true);
    expect(parts.get(sheetPart(parts, "Piano 2024"))?.toString("utf8")).toContain("<autoFilter");
    await roundTrip(work, input);
  });

  it("openpyxl (plan, comment, table, drop-down, names, chart): only what the plan changes changes", async () => {
    const input = path.join(work, "piano.xlsx");
    const script = path.join(work, "scrivi.py");
    writeFileSync(script, openpyxlScript(input));
    await run(pythonWithOpenpyxl(), [script], { timeout: 60_000 });
    const parts = partsOfZip(new Uint8Array(readFileSync(input)));
    for (const kind of [/comments?\d*\.xml$/, /tables\/table\d+\.xml$/, /charts\/chart\d+\.xml$/])
      expect({
        kind: String(kind),
        found: [...parts.keys()].some((name) => kind.test(name)),
      }).toEqual({ kind: String(kind), found: true });
    expect(parts.get(sheetPart(parts, "Piano 2024"))?.toString("utf8")).toContain(
      "<dataValidation"
    );
    await roundTrip(work, input);
  });
});
