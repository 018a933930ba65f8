/**
 * Target and actual columns by year or monitoring period (domain.md §2), chosen once the plan
 * year is known:
 * - by year ("Target 2023 | Target 2024 | Target 2025"): the plan year's column counts; the
 *   others are kept untouched. No column for the plan year: the latest earlier year, else the first;
 * - by period ("Consuntivo al 30/06/2024 | Consuntivo al 31/12/2024"): the period the settings
 *   name (by its words or its end date), else the latest period with any value (the latest period when none has any). That period's end
 *   is the evaluation date for deadlines unless one is set.
 */
import { formatDateIt } from "../excel-date";
import { periodEnd, type ColumnQualifier } from "./column-qualifier";
import type { DetectedLayout, QualifiedColumn } from "./detect-layout";
import { normaliseHeader } from "./header-words";
import type { SheetGrid } from "./sheet-grid";

export interface ChosenPeriod {
  readonly column: number;
  readonly header: string;
  /** Excel serial of the period's last day. */
  readonly end: number;
  /** True when no setting named it: the audit says which one was taken. */
  readonly byDefault: boolean;
  /** Headers of the other period columns. */
  readonly others: readonly string[];
}

export interface ChosenColumns {
  readonly layout: DetectedLayout;
  readonly period: ChosenPeriod | null;
}

type Period = Extract<ColumnQualifier, { kind: "period" }>;

export function chooseColumns(
  grid: SheetGrid,
  layout: DetectedLayout,
  planYear: number,
  periodSetting: string | null
): ChosenColumns {
  const { target, actual } = layout.alternatives;
  if (target.length === 0 && actual.length === 0) return { layout, period: null };
  const columns = { ...layout.columns };
  const targetColumn = byYear(target, planYear);
  if (targetColumn !== null) columns.target = targetColumn.column;
  let period: ChosenPeriod | null = null;
  const periods = actual.filter(
    (c): c is QualifiedColumn & { qualifier: Period } => c.qualifier.kind === "period"
  );
  if (periods.length > 1) {
    period = choosePeriod(grid, layout, periods, planYear, periodSetting);
    if (period !== null) columns.actual = period.column;
  } else {
    const actualColumn = byYear(actual, planYear);
    if (actualColumn !== null) columns.actual = actualColumn.column;
  }
  const headers = { ...layout.headers };
  const headerOf = (column: number | undefined): string | undefined =>
    [...target, ...actual].find((c) => c.column === column)?.header;
  headers.target = headerOf(columns.target) ?? headers.target;
  headers.actual = headerOf(columns.actual) ?? headers.actual;
  return { layout: { ...layout, columns, headers }, period };
}

function byYear(candidates: readonly QualifiedColumn[], planYear: number): QualifiedColumn | null {
  const withYear = candidates
    .map((c) => ({ c, year: yearOf(c.qualifier) }))
    .filter((x): x is { c: QualifiedColumn; year: number } => x.year !== null);
  if (withYear.length === 0) return null;
  const exact = withYear.find((x) => x.year === planYear);
  if (exact !== undefined) return exact.c;
  const earlier = withYear.filter((x) => x.year < planYear).sort((a, b) => b.year - a.year);
  return (earlier[0] ?? withYear[0])?.c ?? null;
}

function yearOf(qualifier: ColumnQualifier): number | null {
  if (qualifier.kind === "year") return qualifier.year;
  if (qualifier.kind === "period") return qualifier.year;
  return null;
}

function choosePeriod(
  grid: SheetGrid,
  layout: DetectedLayout,
  periods: readonly (QualifiedColumn & { qualifier: Period })[],
  planYear: number,
  setting: string | null
): ChosenPeriod | null {
  const ends = periods.map((p) => ({ p, end: periodEnd(p.qualifier, planYear) }));
  const others = (chosen: QualifiedColumn): string[] =>
    periods.filter((p) => p !== chosen).map((p) => p.header);
  if (setting !== null && setting.trim() !== "") {
    const wanted = normaliseHeader(setting);
    const named = ends.find(
      ({ p, end }) =>
        normaliseHeader(p.qualifier.label) === wanted ||
        normaliseHeader(p.header) === wanted ||
        normaliseHeader(formatDateIt(end)) === wanted ||
        normaliseHeader(p.qualifier.label).endsWith(wanted)
    );
    if (named !== undefined)
      return {
        column: named.p.column,
        header: named.p.header,
        end: named.end,
        byDefault: false,
        others: others(named.p),
      };
  }
  // Latest period (by its end, then by column order) with any value in the table.
  const sorted = [...ends].sort((a, b) => b.end - a.end || b.p.column - a.p.column);
  const withValues = sorted.find(({ p }) => hasValues(grid, layout, p.column));
  const chosen = withValues ?? sorted[0];
  if (chosen === undefined) return null;
  return {
    column: chosen.p.column,
    header: chosen.p.header,
    end: chosen.end,
    byDefault: true,
    others: others(chosen.p),
  };
}

function hasValues(grid: SheetGrid, layout: DetectedLayout, column: number): boolean {
  const headers = new Set(layout.headerRows);
  for (let row = layout.firstDataRow; row <= layout.lastDataRow; row++)
    if (!headers.has(row) && !grid.isBlank(row, column)) return true;
  return false;
}
