/**
 * The cells the add-in derives, and only those: every KPI performance, every objective
 * performance, and the actual of each meta-KPI (it is the roll-up of the child objectives).
 * Targets, ordinary actuals, weights, operators, indicators, notes and validation statuses are
 * inputs and never appear here.
 *
 * Live formulas (writeMode "formulas"), in English syntax as Office.js expects, only where the
 * formula gives the figure the pane computes (every setting that changes a result is an argument):
 * - KPI performance, by how the KPI is scored (domain.md §5, §9):
 *   =PIANO.PERF_KPI(target, actual, operator cell or "", "method", planYear, evaluation date) for
 *   the methods of §5, a meta-KPI and a deadline;
 *   =PIANO.PERF_SOGLIA(target, actual, threshold cell, operator[, excellence cell, ceiling],
 *   planYear) under the threshold method (excellence and ceiling only with the cap lifted);
 *   =PIANO.PERF_SCAGLIONI(target, actual, scale text or "", operator, planYear) under the step
 *   scale (the scale of the settings as its text, "" for the default one);
 *   =PIANO.PERF_TOLLERANZA(target, actual, tolerance, "method", planYear) for an "=" target with a
 *   tolerance (the tolerance as the sheet read it: a plain 5 in the cell is 5%).
 *   Custom functions are stored by the command line as Excel stores them (_xldudf_PIANO_…).
 *   An operator written in the weight cell ("50% >=") is passed as a literal (">="), since the cell
 *   holds more than the operator. A deadline (a date target with ≤) passes "entro", which tells the
 *   function that the bare serial it receives is a date; another operator on a date gets no
 *   formula. The evaluation date is TODAY() when it is today (volatile: deadline results stay
 *   current as days pass), else DATE(y,m,d). Every cell argument is passed as
 *   IF(ISBLANK(X),"",X): Excel desktop passes a blank cell to a custom function as 0, the web as
 *   null; an empty text is blank on both.
 *   Where no function has an argument for what changed the figure (a lateness ladder, roll-up,
 *   child weight, missing-actual policy or period other than the default; the cap lifted for
 *   PERF_KPI; a method or a validated figure written on the row; a not-evaluable status) the value
 *   is written, and the cell's note says why (the explanation shows it).
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
import type { Bilingual } from "../bilingual";
import type { EffectiveSettings } from "./sheet-types";
import { DEFAULT_SETTINGS } from "../settings/defaults";
import { SETTING_FIELDS } from "../settings/setting-fields";
import { todaySerial } from "../excel-date";
import { sheetWords } from "./sheet-messages";

export type DerivedRole = "kpiPerformance" | "objectivePerformance" | "metaActual";

export interface DerivedCell {
  readonly row: number;
  readonly column: number;
  readonly role: DerivedRole;
  /** Computed value; null: not evaluated. */
  readonly computed: number | null;
  /** Live formula, in writeMode "formulas" only (else null). */
  readonly formula: string | null;
  /** In writeMode "formulas", why a KPI's value is written instead of a formula; else null. */
  readonly note: Bilingual | null;
}

export function derivedCells(
  layout: DetectedLayout,
  outcome: TreeOutcome,
  settings: EffectiveSettings
): DerivedCell[] {
  const cells: DerivedCell[] = [];
  const { columns } = layout;
  const formulasMode = settings.writeMode === "formulas";
  const notCarried = formulasMode ? settingsNotCarried(settings) : null;
  const formulas = formulasMode && notCarried === null;
  for (const kpi of outcome.kpis.values()) {
    if (kpi.meta !== null && columns.actual !== undefined) {
      cells.push({
        row: kpi.row.row,
        column: columns.actual,
        role: "metaActual",
        computed: kpi.meta.actual,
        formula: null,
        note: null,
      });
    }
    if (columns.kpiPerformance !== undefined) {
      const live = formulas ? kpiFormula(layout, kpi, settings) : null;
      cells.push({
        row: kpi.row.row,
        column: columns.kpiPerformance,
        role: "kpiPerformance",
        computed: performanceOf(kpi.score),
        formula: live?.formula ?? null,
        note: notCarried ?? (live !== null && live.formula === null ? live.reason : null),
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
        note: null,
      });
    }
  }
  return cells.sort((a, b) => a.row - b.row || a.column - b.column);
}

/** The formula of a KPI's performance cell, or why the value is written instead. */
type KpiFormula =
  { readonly formula: string } | { readonly formula: null; readonly reason: Bilingual };

const noFormula = (reason: Bilingual): KpiFormula => ({ formula: null, reason });

/**
 * The live formula that gives the figure the sheet computes for a KPI, choosing the function by
 * how the KPI was scored: PERF_TOLLERANZA for an "=" target with a tolerance, PERF_SOGLIA for
 * the threshold method (a blank threshold cell is proportional there as here), PERF_SCAGLIONI for
 * the step scale (the scale passed as its text when it is not the default), PERF_KPI for the
 * methods of §5. Where no function has an argument for what changed the figure, null and the
 * reason, which the explanation gives.
 */
function kpiFormula(
  layout: DetectedLayout,
  kpi: KpiOutcome,
  settings: EffectiveSettings
): KpiFormula {
  const { columns } = layout;
  const why = sheetWords.formulaNot;
  if (columns.target === undefined || columns.actual === undefined) return noFormula(why.noColumns);
  if (kpi.cells.status !== null && isNotEvaluableStatus(kpi.cells.status))
    return noFormula(why.status);
  // A blank or unreadable target: the function would show #VALUE! where the pane shows N.V.
  // (with a finding), so the value is written; the button recomputes it once a target is typed.
  const target = kpi.cells.target;
  if (!target.ok) return noFormula(why.target);
  // A method of its own in the sheet, or a validated figure that overrides the computed one:
  // no function has an argument for them, so the value is written.
  if (kpi.scheme.method !== null) return noFormula(why.rowMethod);
  if (kpi.override !== null) return noFormula(why.override);
  if (kpi.scheme.errors.length > 0 || kpi.schemeError !== null) return noFormula(why.scheme);
  const row = kpi.row.row;
  let operator = '""';
  if (target.value.unit === "date") {
    // A custom function receives a date as a bare serial: "entro" tells it the target is a deadline.
    if (target.value.operator !== "<=") return noFormula(why.dateOperator);
    operator = '"entro"';
  } else if (kpi.cells.operatorSource === "weight" && kpi.cells.operator !== null) {
    operator = `"${kpi.cells.operator}"`;
  } else if (columns.operator !== undefined) {
    operator = blankAsEmpty(cellAddress(row, columns.operator));
  }
  const targetCell = blankAsEmpty(cellAddress(row, columns.target));
  const actualCell = blankAsEmpty(cellAddress(row, columns.actual));
  const year = settings.planYear;
  const cellOr = (column: number | undefined): string =>
    column === undefined ? '""' : blankAsEmpty(cellAddress(row, column));
  const used = kpi.schemeOutcome?.method ?? settings.method;
  const tolerance = kpi.scheme.parameters.tolerance;
  // A meta-KPI is proportional under every method; a deadline is scored by the date ladder under
  // every method but binary (PERF_KPI, which takes the evaluation date the others do not).
  const scheme = kpi.meta === null && target.value.unit !== "date";

  if (scheme && target.value.operator === "=" && present(tolerance)) {
    // The tolerance as the sheet read it (a plain 5 in the cell is 5%; the function would take 500%).
    if (!settings.capAtOne && present(kpi.scheme.parameters.excellence))
      return noFormula(why.capLifted);
    const method = used === "binary" ? "binary" : "proportional";
    return {
      formula: `=PIANO.PERF_TOLLERANZA(${targetCell},${actualCell},${numberLiteral(tolerance)},"${method}",${year})`,
    };
  }
  if (scheme && settings.method === "threshold") {
    const lifted = settings.capAtOne
      ? ""
      : `,${cellOr(columns.excellence)},${numberLiteral(settings.ceiling)}`;
    return {
      formula: `=PIANO.PERF_SOGLIA(${targetCell},${actualCell},${cellOr(columns.threshold)},${operator}${lifted},${year})`,
    };
  }
  if (scheme && used === "steps") {
    // PERF_SCAGLIONI keeps the cap at 100%; without it a step above 100% would count as it is.
    if (!settings.capAtOne && settings.stepScale.some((step) => step.score > 1))
      return noFormula(why.capLifted);
    const scale = sameJson(settings.stepScale, DEFAULT_SETTINGS.stepScale)
      ? '""'
      : JSON.stringify(SETTING_FIELDS.stepScale.toText(settings.stepScale));
    return {
      formula: `=PIANO.PERF_SCAGLIONI(${targetCell},${actualCell},${scale},${operator},${year})`,
    };
  }
  // PERF_KPI: the methods of §5, with the cap at 100% (it has no argument to lift it; binary
  // gives 1 for a met target either way).
  const method = kpi.meta === null && used === "binary" ? "binary" : "proportional";
  if (!settings.capAtOne && method !== "binary") return noFormula(why.capLifted);
  return {
    formula: `=PIANO.PERF_KPI(${targetCell},${actualCell},${operator},"${method}",${year},${evaluationDate(settings.asOf, todaySerial())})`,
  };
}

const present = (value: number | null | undefined): value is number =>
  value !== null && value !== undefined && Number.isFinite(value);

/** A number as a formula literal (English syntax, as Office.js and the file take formulas). */
function numberLiteral(value: number): string {
  return String(Math.round(value * 1e12) / 1e12);
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

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
 * The settings no function has an argument for, when they are not the defaults the functions
 * use: then no cell gets a formula, and the note names them. The method, the cap and ceiling and
 * the step scale are arguments of the function each KPI gets (kpiFormula); the legend, the days
 * early and the use of validated figures change no figure a formula gives.
 */
export function settingsNotCarried(settings: EffectiveSettings): Bilingual | null {
  const d = DEFAULT_SETTINGS;
  const differ: (keyof typeof SETTING_FIELDS)[] = [];
  if (!sameJson(settings.dateLadder, d.dateLadder)) differ.push("dateLadder");
  if (settings.rollup !== d.rollup) differ.push("rollup");
  if (settings.childWeight !== d.childWeight) differ.push("childWeight");
  if (settings.missingActual !== d.missingActual) differ.push("missingActual");
  if (!sameJson(settings.period, d.period)) differ.push("period");
  if (differ.length === 0) return null;
  return sheetWords.formulaNot.settings(differ.map((key) => SETTING_FIELDS[key].label));
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
