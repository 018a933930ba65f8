/**
 * LibreOffice's HTML export of a workbook, read back as grids: how a reviewer without the add-in
 * sees it. LibreOffice's "HTML (StarCalc)" export writes one <table> per sheet after
 * `<A NAME="tableN"><h1>Sheet N: <em>NAME</em></h1></A>`, one <tr> per sheet row from row 1, and
 * applies conditional formatting: a cell whose rule matches gets `bgcolor="#C6EFCE"`, and its
 * displayed text ("80.50%", locale en-US in a fresh profile) inside nested <font> tags.
 */
import { execFile } from "child_process";
import { readFileSync } from "fs";
import * as path from "path";
import { promisify } from "util";
import { sofficePath } from "./system-programs";

const run = promisify(execFile);

export interface HtmlCell {
  readonly text: string;
  readonly bgcolor: string | null;
}

/** The tables of a LibreOffice HTML export by sheet name; each a grid of cells by 0-based row and column. */
export function parseLibreOfficeHtml(html: string, soleSheet = ""): Map<string, HtmlCell[][]> {
  const sheets = new Map<string, HtmlCell[][]>();
  const anchored = html.split(/<a name="table\d+">/i).slice(1);
  // With one visible sheet LibreOffice writes its table with no heading: it gets `soleSheet`.
  const sections = anchored.length > 0 ? anchored : [html];
  for (const section of sections) {
    const name =
      anchored.length > 0
        ? decodeEntities(/<em>([\s\S]*?)<\/em>/i.exec(section)?.[1] ?? "")
        : soleSheet;
    const table = /<table[\s\S]*?<\/table>/i.exec(section)?.[0] ?? "";
    const grid: HtmlCell[][] = [];
    const spans: number[] = []; // rows still covered by a rowspan, by column
    const rows = table.match(/<tr[\s\S]*?<\/tr>/gi) ?? [];
    rows.forEach((rowHtml, rowIndex) => {
      const line: HtmlCell[] = [];
      let column = 0;
      const skipCovered = (): void => {
        while ((spans[column] ?? 0) > 0) {
          spans[column]--;
          line[column] = { text: "", bgcolor: null };
          column++;
        }
      };
      for (const match of rowHtml.matchAll(/<td([^>]*)>([\s\S]*?)<\/td>/gi)) {
        skipCovered();
        const attributes = match[1];
        const cell: HtmlCell = {
          text: decodeEntities(match[2].replace(/<br\s*\/?>/gi, "").replace(/<[^>]+>/g, "")).trim(),
          bgcolor: /bgcolor="?(#[0-9a-f]{6})"?/i.exec(attributes)?.[1].toUpperCase() ?? null,
        };
        const colspan = Number(/colspan="?(\d+)/i.exec(attributes)?.[1] ?? 1);
        const rowspan = Number(/rowspan="?(\d+)/i.exec(attributes)?.[1] ?? 1);
        for (let k = 0; k < colspan; k++) {
          line[column] = cell;
          if (rowspan > 1) spans[column] = rowspan - 1;
          column++;
        }
      }
      skipCovered();
      grid[rowIndex] = line;
    });
    sheets.set(name, grid);
  }
  return sheets;
}

export function decodeEntities(text: string): string {
  return text
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, "&");
}

/**
 * Opens `workbook` in headless LibreOffice (its own profile under `work`) and returns its visible
 * sheets as LibreOffice shows them (`soleSheet` names the table of a workbook with one visible sheet).
 */
export async function libreOfficeView(
  workbook: string,
  work: string,
  soleSheet = ""
): Promise<Map<string, HtmlCell[][]>> {
  const name = path.basename(workbook).replace(/\.xlsx$/i, "");
  const profile = path.join(work, `lo-profile-${name}`);
  await run(
    sofficePath(),
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "html",
      "--outdir",
      work,
      workbook,
    ],
    { timeout: 60_000 }
  );
  return parseLibreOfficeHtml(readFileSync(path.join(work, `${name}.html`), "utf8"), soleSheet);
}
