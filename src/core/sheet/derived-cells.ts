/**
 * The cells the add-in derives, and only those: every KPI performance, every objective
 * performance, and the actual of each meta-KPI (it is the roll-up of the child objectives).
 * Targets, ordinary actuals, weights, operators, indicators, notes and validation statuses are
 * inputs and never appear here.
 *
 * Live formulas (writeMode "formulas"), in English syntax as Office.js expects, only where the
 * formula gives the figure the pane computes (every setting that changes a result is an argument):
 * - KPI performance: =PIANO.PERF_KPI(target, actual, operator cell or "", "method", planYear,
 *   evaluation date); an
 *   operator written in the weight cell ("50% >=") is passed as a literal (">="), since the cell
 *   holds more than the operator. A deadline (a date target with ≤) passes "entro", which tells the
 *   function that the bare serial it receives is a date; another operator on a date gets no
 *   formula. The evaluation date is TODAY() when it is today (volatile: deadline results stay
 *   current as days pass), else DATE(y,m,d). Every cell argument is passed as
 *   IF(ISBLANK(X),"",X): Excel desktop passes a blank cell to a custom function as 0, the web as
 *   null; an empty text is blank on both. Settings the function has no argument for (a lateness
 *   ladder or cap other than the default, other scoring schemes or roll-ups) mean no live formula:
 *   the value is written. A meta-KPI passes
 *   "proportional". A KPI whose validation status makes it not evaluable gets no formula
 *   (PERF_KPI has no status argument): its value is written.
 * - objective performance: =PIANO.PERF_ROLLUP(KPI performance range, weight range) when its KPI
 *   rows are contiguous; otherwise, and for objectives rolled up from their children, the value.
 * - meta-KPI actual: the value only. Its inputs are child objective rows scattered over the sheet
 *   and custom functions do not accept union references in every host; the button refreshes it.
 */
import { cellAddress, rangeAddress } from "./a1";
import type { KpiOutcome, ObjectiveOutcome, TreeOutcome } from "./compute-tree";
import { performanceOf } from "./compute-tree";
import type { DetectedLayout } from "./detect-layout";
import { isNotEvaluableStatus } from "../not-evaluable";
import type { EffectiveSettings } from "./sheet-types";
import { DEFAULT_SETTINGS } from "../settings/defaults";
import { todaySerial } from "../excel-date";

export type DerivedRole = "kpiPerformance" | "objectivePerformance" | "metaActual";

export interface DerivedCell {
  readonly row: number;
  readonly column: number;
  readonly role: DerivedRole;
  /** Computed value; null: not evaluated. */
  readonly computed: number | null;
  /** Live formula, in writeMode "formulas" only (else null). */
  readonly formula: string | null;
}

export function derivedCells(
  layout: DetectedLayout,
  outcome: TreeOutcome,
  settings: EffectiveSettings
): DerivedCell[] {
  const cells: DerivedCell[] = [];
  const { columns } = layout;
  const formulas = settings.writeMode === "formulas" && formulasCarry(settings);
  for (const kpi of outcome.kpis.values()) {
    if (kpi.meta !== null && columns.actual !== undefined) {
      cells.push({
        row: kpi.row.row,
        column: columns.actual,
        role: "metaActual",
        computed: kpi.meta.actual,
        formula: null,
      });
    }
    if (columns.kpiPerformance !== undefined) {
      cells.push({
        row: kpi.row.row,
        column: columns.kpiPerformance,
        role: "kpiPerformance",
        computed: performanceOf(kpi.score),
        formula: formulas ? kpiFormula(layout, kpi, settings) : null,
      });
    }
  }
  if (columns.objectivePerformance !== undefined) {
    for (const objective of outcome.objectives.values()) {
      if (objective.node.row === null) continue;
      cells.push({
        row: objective.node.row,
        column: columns.objectivePerformance,
        role: "objectivePerformance",
        computed: objective.performance,
        formula: formulas ? objectiveFormula(layout, objective) : null,
      });
    }
  }
  return cells.sort((a, b) => a.row - b.row || a.column - b.column);
}

function kpiFormula(
  layout: DetectedLayout,
  kpi: KpiOutcome,
  settings: EffectiveSettings
): string | null {
  const { columns } = layout;
  if (columns.target === undefined || columns.actual === undefined) return null;
  if (kpi.cells.status !== null && isNotEvaluableStatus(kpi.cells.status)) return null;
  // A blank or unreadable target: the function would show #VALUE! where the pane shows N.V.
  // (with a finding), so the value is written; the button recomputes it once a target is typed.
  const target = kpi.cells.target;
  if (!target.ok) return null;
  // A scheme of its own in the sheet, or a validated figure that overrides the computed one:
  // PERF_KPI has no argument for them, so the value is written.
  if (kpi.scheme.method !== null || kpi.override !== null) return null;
  const used = kpi.schemeOutcome?.method;
  if (used !== undefined && used !== "proportional" && used !== "binary") return null;
  const row = kpi.row.row;
  let operator = '""';
  if (target.value.unit === "date") {
    // A custom function receives a date as a bare serial: "entro" tells it the target is a deadline.
    if (target.value.operator !== "<=") return null;
    operator = '"entro"';
  } else if (kpi.cells.operatorSource === "weight" && kpi.cells.operator !== null) {
    operator = `"${kpi.cells.operator}"`;
  } else if (columns.operator !== undefined) {
    operator = cellAddress(row, columns.operator);
  }
  const method = kpi.meta !== null ? "proportional" : settings.method;
  const targetCell = blankAsEmpty(cellAddress(row, columns.target));
  const actualCell = blankAsEmpty(cellAddress(row, columns.actual));
  if (operator !== '""' && !operator.startsWith('"')) operator = blankAsEmpty(operator);
  return `=PIANO.PERF_KPI(${targetCell},${actualCell},${operator},"${method}",${settings.planYear},${evaluationDate(settings.asOf, todaySerial())})`;
}

/** A cell argument that reaches the function as "" when blank, on desktop (0) and web (null) alike. */
function blankAsEmpty(cell: string): string {
  return `IF(ISBLANK(${cell}),"",${cell})`;
}

/** TODAY() for today's date (recalculated by Excel every day), else the fixed date. */
export function evaluationDate(asOf: number, today: number): string {
  if (asOf === today) return "TODAY()";
  const date = new Date(Date.UTC(1899, 11, 30) + Math.round(asOf) * 86400000);
  return `DATE(${date.getUTCFullYear()},${date.getUTCMonth() + 1},${date.getUTCDate()})`;
}

/**
 * Whether PERF_KPI and PERF_ROLLUP can carry every setting that changes a figure: their
 * arguments are the method (proportional or binary), the plan year and the evaluation date; the
 * rest must be the defaults the functions use.
 */
export function formulasCarry(settings: EffectiveSettings): boolean {
  const d = DEFAULT_SETTINGS;
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  return (
    (settings.method === "proportional" || settings.method === "binary") &&
    same(settings.dateLadder, d.dateLadder) &&
    settings.capAtOne === d.capAtOne &&
    same(settings.ceiling, d.ceiling) &&
    same(settings.stepScale, d.stepScale) &&
    settings.rollup === d.rollup &&
    settings.childWeight === d.childWeight &&
    settings.missingActual === d.missingActual &&
    same(settings.earlyDays, d.earlyDays) &&
    same(settings.period, d.period)
  );
}

function objectiveFormula(layout: DetectedLayout, objective: ObjectiveOutcome): string | null {
  const { columns } = layout;
  if (objective.basis !== "kpis" || columns.kpiPerformance === undefined) return null;
  const rows = objective.kpiItems.map((k) => k.row.row);
  const first = rows[0];
  const last = rows[rows.length - 1];
  // No KPI rows, or rows that are not one contiguous run: no single range to roll up.
  if (first === undefined || last === undefined || last - first !== rows.length - 1) return null;
  const performances = rangeAddress(first, columns.kpiPerformance, last, columns.kpiPerformance);
  if (columns.weight === undefined) return `=PIANO.PERF_ROLLUP(${performances})`;
  return `=PIANO.PERF_ROLLUP(${performances},${rangeAddress(first, columns.weight, last, columns.weight)})`;
}
