/**
 * Every KPI row of the two seed workbooks through PERF_KPI, with the cell values as Excel passes
 * them to a formula (numbers, date serials, text), against the figures the rules give
 * (test/fixtures/*.expected.json). Rows the function cannot see whole are left to the task pane:
 * meta-KPIs (their actual is a roll-up of child objectives) and rows whose validation status says
 * "kpi non disponibile" (PERF_KPI has no status argument: a formula wraps it in SE(...)).
 */
import path from "path";
import ExcelJS from "exceljs";
import { isNotEvaluableStatus } from "../../src/core/not-evaluable";
import { parseWeight } from "../../src/core/parse-weight";
import { perfKpi, perfRollup } from "../../src/functions/functions";
import { NOT_EVALUATED } from "../../src/functions/kpi-function";

interface ExpectedRow {
  readonly row: number;
  readonly kind: string;
  readonly kpi?: number | null;
  readonly metaActual?: number | null;
  readonly objective?: number | null;
}
interface Expected {
  readonly settings: { readonly method: string; readonly planYear: number; readonly asOf: number };
  readonly rows: readonly ExpectedRow[];
}

/** Where each fixture keeps the KPI columns (its header row names them). */
const LAYOUTS = {
  "relazione-2021": { status: "D", weight: "E", operator: "F", target: "G", actual: "H" },
  "albero-2024": { status: null, weight: "C", operator: "D", target: "E", actual: "F" },
} as const;

type Scalar = number | string | boolean | null;

/** A cell's value as Excel hands it to a custom function: dates as serials, formulas as results. */
function excelValue(cell: ExcelJS.Cell): Scalar {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25_569;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (typeof value === "object" && "richText" in value)
    return value.richText.map((part) => part.text).join("");
  if (typeof value === "object" && "result" in value) {
    const result = value.result;
    if (result instanceof Date) return result.getTime() / 86_400_000 + 25_569;
    return typeof result === "number" || typeof result === "string" || typeof result === "boolean"
      ? result
      : null;
  }
  return String(cell.text);
}

/** True when the cell shows a date (a serial with a date format). */
function isDateCell(cell: ExcelJS.Cell): boolean {
  return cell.value instanceof Date;
}

describe.each(Object.keys(LAYOUTS) as (keyof typeof LAYOUTS)[])(
  "PERF_KPI over every KPI of %s",
  (name) => {
    const layout = LAYOUTS[name];
    let sheet: ExcelJS.Worksheet;
    let expected: Expected;

    beforeAll(async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path.join(__dirname, `../fixtures/${name}.xlsx`));
      sheet = workbook.worksheets[0];
      expected = (await import(`../fixtures/${name}.expected.json`)) as Expected;
    });

    it("gives the expected performance for each KPI a formula can score alone", () => {
      const { method, planYear, asOf } = expected.settings;
      const checked: string[] = [];
      const mismatches: string[] = [];
      for (const row of expected.rows) {
        if (row.kind !== "kpi" || row.metaActual !== undefined) continue;
        const r = sheet.getRow(row.row);
        const status = layout.status === null ? null : excelValue(r.getCell(layout.status));
        if (typeof status === "string" && isNotEvaluableStatus(status)) continue;
        const targetCell = r.getCell(layout.target);
        let operator = excelValue(r.getCell(layout.operator));
        if (operator === null) {
          const weight = parseWeight(excelValue(r.getCell(layout.weight)));
          operator = weight.ok ? weight.value.operator : null; // "50% >=": the operator written in the weight cell
        }
        // a date in a cell reaches the function as a bare serial: "entro" says it is a deadline
        if (isDateCell(targetCell)) operator = "entro";
        const result: unknown = perfKpi(
          excelValue(targetCell),
          excelValue(r.getCell(layout.actual)),
          operator,
          method === "binary" ? "binario" : "proporzionale",
          planYear,
          asOf
        );
        const want = row.kpi ?? null;
        const ok =
          want === null
            ? result === NOT_EVALUATED
            : typeof result === "number" && Math.abs(result - want) < 1e-9;
        checked.push(`${row.row}`);
        if (!ok)
          mismatches.push(
            `row ${row.row}: expected ${String(want)}, got ${JSON.stringify(result)}`
          );
      }
      expect(mismatches).toEqual([]);
      expect(checked.length).toBeGreaterThan(50);
    });

    it("PERF_ROLLUP of each objective's KPI performances and weights gives the objective's performance", () => {
      const mismatches: string[] = [];
      let checked = 0;
      const rows = expected.rows;
      rows.forEach((objective, index) => {
        if (!objective.kind.startsWith("objective")) return;
        // its KPIs: the row itself when it also holds the first KPI, then the KPI rows up to the next objective
        const kpis: ExpectedRow[] = objective.kind === "objective+kpi" ? [objective] : [];
        for (let next = index + 1; next < rows.length && rows[next].kind === "kpi"; next++)
          kpis.push(rows[next]);
        if (kpis.length === 0) return; // rolled up from child objectives: the task pane's job
        const performances = kpis.map((kpi) => [kpi.kpi ?? "N.V."]);
        const weights = kpis.map((kpi) => [
          excelValue(sheet.getRow(kpi.row).getCell(layout.weight)),
        ]);
        const result: unknown = perfRollup(performances, weights);
        const want = objective.objective ?? null;
        const ok =
          want === null
            ? result === NOT_EVALUATED
            : typeof result === "number" && Math.abs(result - want) < 1e-9;
        checked++;
        if (!ok)
          mismatches.push(
            `row ${objective.row}: expected ${String(want)}, got ${JSON.stringify(result)}`
          );
      });
      expect(mismatches).toEqual([]);
      expect(checked).toBeGreaterThan(25);
    });
  }
);
