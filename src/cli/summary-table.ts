/** The summary printed after a run: one line per recomputed sheet, in aligned columns. */
import type { SheetSummary } from "../core/sheet";

export interface SummaryLine {
  readonly file: string;
  readonly sheet: string;
  readonly summary: SheetSummary;
}

const HEADERS = [
  "File",
  "Foglio",
  "KPI",
  "Obiettivi",
  "Verdi",
  "Gialli",
  "Rossi",
  "N.V.",
  "Rilievi",
] as const;
const HEADERS_EN = [
  "file",
  "sheet",
  "KPIs",
  "objectives",
  "green",
  "yellow",
  "red",
  "n.e.",
  "findings",
] as const;
/** Columns after the second hold counts: right-aligned. */
const FIRST_NUMERIC = 2;

export function renderSummaryTable(lines: readonly SummaryLine[]): string {
  const body = lines.map((line) => [
    line.file,
    line.sheet,
    String(line.summary.kpis),
    String(line.summary.objectives),
    String(line.summary.byBand.green),
    String(line.summary.byBand.yellow),
    String(line.summary.byBand.red),
    String(line.summary.notEvaluated),
    String(line.summary.findings),
  ]);
  const table: readonly (readonly string[])[] = [HEADERS, HEADERS_EN, ...body];
  const widths = HEADERS.map((_, column) =>
    Math.max(...table.map((cells) => cells[column]?.length ?? 0))
  );
  const render = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return column >= FIRST_NUMERIC ? cell.padStart(width) : cell.padEnd(width);
      })
      .join("  ")
      .trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [render(HEADERS), render(HEADERS_EN), rule, ...body.map(render)].join("\n") + "\n";
}
