/**
 * Test helper: loads a fixture workbook and its expected figures, and recomputes it with the
 * fixture's own settings (method, plan year, evaluation date, date ladder).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { recomputeSheet } from "../../../src/core/sheet/recompute-sheet";
import type { Band, DateLadderStep, Method, Settings } from "../../../src/core/types";
import type { RowKind, SheetInput, SheetRecompute } from "../../../src/core/sheet/sheet-types";
import { readXlsxSheet } from "../../helpers/xlsx-to-sheet-input";

export interface ExpectedRow {
  readonly row: number;
  readonly kind: RowKind;
  readonly code?: string;
  readonly kpiCode?: string;
  readonly kpi?: number | null;
  readonly objective?: number | null;
  readonly metaActual?: number | null;
  readonly band: Band | null;
}

export interface Expected {
  readonly settings: {
    readonly method: Method;
    readonly planYear: number;
    readonly asOf: number;
    readonly dateLadder?: readonly (readonly [number, number])[];
  };
  readonly virtualObjectives: readonly string[];
  readonly rows: readonly ExpectedRow[];
}

const FIXTURES = join(__dirname, "..", "..", "fixtures");

export function fixtureSettings(expected: Expected): Partial<Settings> {
  const { method, planYear, asOf, dateLadder } = expected.settings;
  const ladder: DateLadderStep[] | undefined = dateLadder?.map(([maxDaysLate, performance]) => ({
    maxDaysLate,
    performance,
  }));
  return ladder === undefined
    ? { method, planYear, asOf }
    : { method, planYear, asOf, dateLadder: ladder };
}

export async function loadFixture(name: string): Promise<{
  input: SheetInput;
  expected: Expected;
  result: SheetRecompute;
  settings: Partial<Settings>;
}> {
  const input = await readXlsxSheet(join(FIXTURES, `${name}.xlsx`));
  const expected = JSON.parse(
    readFileSync(join(FIXTURES, `${name}.expected.json`), "utf8")
  ) as Expected;
  const settings = fixtureSettings(expected);
  const recomputed = recomputeSheet(input, settings);
  if (!recomputed.ok) throw new Error(`${recomputed.error.code}: ${recomputed.error.message}`);
  return { input, expected, result: recomputed.value, settings };
}

/** Every expected row against the report: kind, codes, figures within 1e-4, band. */
export function compareRows(result: SheetRecompute, expected: Expected): string[] {
  const problems: string[] = [];
  const byRow = new Map(result.rows.map((r) => [r.row, r]));
  const close = (a: number | null | undefined, b: number | null): boolean =>
    a === undefined || (a === null ? b === null : b !== null && Math.abs(a - b) <= 1e-4);
  for (const e of expected.rows) {
    const got = byRow.get(e.row);
    if (got === undefined) {
      problems.push(`row ${e.row}: missing`);
      continue;
    }
    if (got.kind !== e.kind) problems.push(`row ${e.row}: kind ${got.kind} ≠ ${e.kind}`);
    if (got.code !== (e.code ?? null)) problems.push(`row ${e.row}: code ${got.code} ≠ ${e.code}`);
    if (got.kpiCode !== (e.kpiCode ?? null))
      problems.push(`row ${e.row}: kpiCode ${got.kpiCode} ≠ ${e.kpiCode}`);
    if (!close(e.kpi, got.kpi)) problems.push(`row ${e.row}: kpi ${got.kpi} ≠ ${e.kpi}`);
    if (!close(e.objective, got.objective))
      problems.push(`row ${e.row}: objective ${got.objective} ≠ ${e.objective}`);
    if (!close(e.metaActual ?? null, got.metaActual))
      problems.push(`row ${e.row}: metaActual ${got.metaActual} ≠ ${e.metaActual}`);
    if (got.band !== e.band) problems.push(`row ${e.row}: band ${got.band} ≠ ${e.band}`);
  }
  const expectedRows = new Set(expected.rows.map((e) => e.row));
  for (const got of result.rows)
    if (!expectedRows.has(got.row)) problems.push(`row ${got.row}: not expected`);
  return problems;
}
