/**
 * The cells the add-in derives, and only those: every KPI performance, every objective
 * performance, and the actual of each meta-KPI (it is the roll-up of the child objectives).
 * Targets, ordinary actuals, weights, operators, indicators, notes and validation statuses are
 * inputs and never appear here.
 *
 * Live formulas (writeMode "formulas"), in English syntax as Office.js expects:
 * - KPI performance: =PIANO.PERF_KPI(target, actual, operator cell or "", "method", planYear); an
 *   operator written in the weight cell ("50% >=") is passed as a literal (">="), since the cell
 *   holds more than the operator. A deadline (a date target with ≤) passes "entro", which tells the
 *   function that the bare serial it receives is a date; another operator on a date gets no
 *   formula. The evaluation date is left to the function (today). A meta-KPI passes
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
  const formulas = settings.writeMode === "formulas";
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
  const row = kpi.row.row;
  let operator = '""';
  const target = kpi.cells.target;
  if (target.ok && target.value.unit === "date") {
    // A custom function receives a date as a bare serial: "entro" tells it the target is a deadline.
    if (target.value.operator !== "<=") return null;
    operator = '"entro"';
  } else if (kpi.cells.operatorSource === "weight" && kpi.cells.operator !== null) {
    operator = `"${kpi.cells.operator}"`;
  } else if (columns.operator !== undefined) {
    operator = cellAddress(row, columns.operator);
  }
  const method = kpi.meta !== null ? "proportional" : settings.method;
  const targetCell = cellAddress(row, columns.target);
  const actualCell = cellAddress(row, columns.actual);
  return `=PIANO.PERF_KPI(${targetCell},${actualCell},${operator},"${method}",${settings.planYear})`;
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
