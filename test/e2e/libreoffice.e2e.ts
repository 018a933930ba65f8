/**
 * The reviewer's view without the add-in: run the CLI on both fixtures, open the outputs in
 * LibreOffice (headless, HTML export) and check that every KPI and objective row carries the fill of
 * its band (no fill when not evaluated) and every evaluated performance cell shows a number.
 * (The HTML export is read by helpers/libreoffice-html.ts.)
 */
import { execFile } from "child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { promisify } from "util";
import { main } from "../../src/cli/main";
import { DEFAULT_LEGEND } from "../../src/core/settings";
import type { JsonReport } from "../../src/cli/report-json";
import { sofficePath } from "./helpers/system-programs";
import { AUDIT_HEADERS } from "../../src/cli/xlsx/audit-part";
import { partsOf } from "../support/builders/xlsx-package";
import { decodeEntities, libreOfficeView, type HtmlCell } from "./helpers/libreoffice-html";

const run = promisify(execFile);
const FIXTURES = path.join(__dirname, "..", "fixtures");

const BAND_FILL = {
  green: DEFAULT_LEGEND.colors.green.toUpperCase(),
  yellow: DEFAULT_LEGEND.colors.yellow.toUpperCase(),
  red: DEFAULT_LEGEND.colors.red.toUpperCase(),
};
const SHOWN_PERCENT = /^-?\d{1,3}([.,]?\d{3})*([.,]\d+)?\s?%$/;
const ERROR_TEXT = /^(#|Err:)/;

interface ExpectedRow {
  readonly row: number;
  readonly kind: "objective" | "kpi" | "objective+kpi";
  readonly kpi?: number | null;
  readonly objective?: number | null;
  readonly band: "green" | "yellow" | "red" | null;
}

const CASES = [
  {
    fixture: "albero-2024",
    sheet: "Albero 2024",
    args: ["--method", "binary", "--plan-year", "2024", "--as-of", "2026-01-31"],
  },
  {
    fixture: "relazione-2021",
    sheet: "Piano 2021",
    args: ["--method", "proportional", "--plan-year", "2021", "--as-of", "2026-01-31"],
  },
];

describe("output workbooks seen in LibreOffice without the add-in", () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), "perf-kpi-lo-"));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each(CASES)(
    "$fixture: every row has the fill of its band and every performance shows a number",
    async ({ fixture, sheet, args }) => {
      const output = path.join(work, `${fixture}.ricalcolato.xlsx`);
      const json = path.join(work, `${fixture}.json`);
      const silent = { write: (): boolean => true };
      const code = await main(
        [
          "recompute",
          path.join(FIXTURES, `${fixture}.xlsx`),
          "-o",
          output,
          "--json",
          json,
          ...args,
        ],
        {
          stdout: silent,
          stderr: silent,
        }
      );
      expect(code).toBe(0);

      const tables = await libreOfficeView(output, work);
      expect([...tables.keys()]).toEqual([sheet, "Verifica"]);
      const grid = tables.get(sheet) as HtmlCell[][];

      // The header row (row 3 in both fixtures) names the performance columns.
      const headers = grid[2].map((cell) => cell.text);
      const kpiColumn = headers.indexOf("Performance KPI");
      const objectiveColumn = headers.indexOf("Performance Obiettivo");
      expect(kpiColumn).toBeGreaterThan(0);
      expect(objectiveColumn).toBeGreaterThan(0);

      const expected = (
        JSON.parse(readFileSync(path.join(FIXTURES, `${fixture}.expected.json`), "utf8")) as {
          rows: ExpectedRow[];
        }
      ).rows;
      const report = JSON.parse(readFileSync(json, "utf8")) as JsonReport;
      expect(report.sheets[0].rows.map((row) => row.row)).toEqual(expected.map((row) => row.row));

      const problems: string[] = [];
      for (const row of expected) {
        const cells = grid[row.row - 1];
        const fill = row.band === null ? null : BAND_FILL[row.band];
        for (const column of [0, kpiColumn, objectiveColumn]) {
          if (cells[column].bgcolor !== fill)
            problems.push(
              `row ${row.row} col ${column}: fill ${cells[column].bgcolor}, expected ${fill}`
            );
        }
        const shown: [number, number | null | undefined][] = [];
        if (row.kind !== "objective") shown.push([kpiColumn, row.kpi]);
        if (row.kind !== "kpi") shown.push([objectiveColumn, row.objective]);
        for (const [column, value] of shown) {
          const text = cells[column].text;
          if (ERROR_TEXT.test(text)) problems.push(`row ${row.row}: error ${text}`);
          if (value !== null && value !== undefined && !SHOWN_PERCENT.test(text)) {
            problems.push(`row ${row.row} col ${column}: shows "${text}", expected a percentage`);
          }
        }
      }
      expect(problems).toEqual([]);

      // The Verifica sheet: one line per finding, its cell link evaluated by LibreOffice to the address.
      const audit = tables.get("Verifica") as HtmlCell[][];
      const findings = report.sheets[0].findings;
      expect(audit.slice(1, findings.length + 1).map((cells) => cells[1].text)).toEqual(
        findings.map((finding) => `${finding.column}${finding.row}`)
      );
    }
  );
});

/** Pages of a PDF: its page objects (`/Type /Page`, not the `/Pages` tree nodes). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/**
 * The rows LibreOffice repeats on each printed page of every sheet: it reads `_xlnm.Print_Titles`
 * into `<table:table-header-rows>` when it saves the workbook as .ods; the texts of those rows.
 */
function repeatedRowsBySheet(contentXml: string): Map<string, string[][]> {
  const sheets = new Map<string, string[][]>();
  for (const table of contentXml.split(/(?=<table:table table:name=)/).slice(1)) {
    const name = decodeEntities(/^<table:table table:name="([^"]*)"/.exec(table)?.[1] ?? "");
    const block = /<table:table-header-rows>([\s\S]*?)<\/table:table-header-rows>/.exec(table);
    const rows = (block?.[1] ?? "").split(/<table:table-row[ >]/).slice(1);
    sheets.set(
      name,
      rows.map((row) =>
        [...row.matchAll(/<text:p>([^<]*)<\/text:p>/g)].map((match) => decodeEntities(match[1]))
      )
    );
  }
  return sheets;
}

describe("output workbooks printed by reviewers (LibreOffice)", () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), "perf-kpi-print-"));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each(CASES)(
    "$fixture: the header row repeats on every page of the plan and of Verifica, in a few pages",
    async ({ fixture, sheet, args }) => {
      const input = path.join(work, `${fixture}.xlsx`);
      copyFileSync(path.join(FIXTURES, `${fixture}.xlsx`), input);
      const output = path.join(work, `${fixture}.stampa.xlsx`);
      const silent = { write: (): boolean => true };
      const code = await main(["recompute", input, "-o", output, ...args], {
        stdout: silent,
        stderr: silent,
      });
      expect(code).toBe(0);

      const profile = `-env:UserInstallation=file://${path.join(work, "lo-profile")}`;
      for (const format of ["ods", "pdf"])
        await run(
          sofficePath(),
          [profile, "--headless", "--convert-to", format, "--outdir", work, output, input],
          { timeout: 120_000 }
        );

      // The print titles as LibreOffice understood them: the plan's header row (row 3 of both
      // fixtures: "Obiettivo", …, "Performance KPI") and Verifica's first row.
      const content = partsOf(
        new Uint8Array(readFileSync(path.join(work, `${fixture}.stampa.ods`)))
      ).get("content.xml");
      const repeated = repeatedRowsBySheet(content ?? "");
      expect(repeated.get(sheet)).toHaveLength(1);
      expect(repeated.get(sheet)?.[0]).toEqual(
        expect.arrayContaining(["Obiettivo", "Indicatore", "Performance KPI"])
      );
      expect(repeated.get("Verifica")).toEqual([[...AUDIT_HEADERS]]);

      // Landscape, one page wide, as tall as needed: the input, with the user's own page setup,
      // prints over many pages (64 and 12); the output's plan, about 150 rows of 15 pt on a
      // landscape page of about 480 pt printable height, scaled down to one page wide, needs at
      // most ceil(150 × 15 / 480) = 5 pages, and Verifica (at most 25 findings) at most 2.
      const pages = pdfPageCount(readFileSync(path.join(work, `${fixture}.stampa.pdf`)));
      const inputPages = pdfPageCount(readFileSync(path.join(work, `${fixture}.pdf`)));
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(pages).toBeLessThanOrEqual(7);
      expect(pages).toBeLessThan(inputPages);
    }
  );
});
