/**
 * PERF_SCAGLIONI: a KPI scored by a step scale (domain §9): the proportional ratio r (§5's
 * formula before the cap, rounded to 0,01%) picks the highest step whose lower bound it reaches,
 * and that step's score counts; below every step, 0. The target, actual, operator and year are
 * read as PERF_KPI reads them; a date target is scored as PERF_KPI scores it.
 *
 * The scale: omitted, blank or 0 (a blank cell on Excel desktop) is the settings model's scale
 * (100%: 100%; 90%: 80%; 75%: 50%); a text in the settings' syntax ("100%: 100%; 90%: 80%"); or
 * a range of rows, two columns (lowest ratio, score) or three (from, to, score). A row whose
 * cells are all blank, or all 0 as desktop passes blank cells, is skipped. Either way the scale
 * is checked by the settings model (no step, a gap, an overlap), with its messages.
 */
import {
  DEFAULT_DATE_LADDER,
  DEFAULT_SETTINGS,
  ok,
  type Result,
  type ScoreStep,
  scoreWithScheme,
  SETTING_FIELDS,
} from "../core";
import { isBlank, scalarArgument } from "./arguments";
import { toFunctionError } from "./function-error";
import {
  isEarlyAnswer,
  kpiArguments,
  NOT_EVALUATED,
  operatorArgument,
  planYearArgument,
} from "./kpi-arguments";
import { functionMessages } from "./messages";
import { schemeNumber } from "./scheme-arguments";
import type { SchemeFunctionResult } from "./threshold-function";

export function stepsPerformance(
  target: unknown,
  actual: unknown,
  scale?: unknown,
  operator?: unknown,
  year?: unknown
): SchemeFunctionResult {
  const op = operatorArgument(operator);
  if (isEarlyAnswer(op)) return op;
  const planYear = planYearArgument(year);
  if (isEarlyAnswer(planYear)) return planYear;
  const steps = scaleArgument(scale, planYear);
  if (!steps.ok) return toFunctionError(steps.error);
  const read = kpiArguments(target, actual, op, planYear, undefined);
  if (isEarlyAnswer(read)) return read;
  const scored = scoreWithScheme({
    target: read.target,
    actual: read.actual,
    method: "steps",
    asOf: read.asOf,
    dateLadder: DEFAULT_DATE_LADDER,
    capAtOne: true,
    ceiling: DEFAULT_SETTINGS.ceiling,
    stepScale: steps.value,
    missingActual: "notEvaluated",
    periodEnd: 0,
  });
  if (!scored.ok) return toFunctionError(scored.error);
  const score = scored.value.score;
  return score.evaluated ? score.performance : NOT_EVALUATED;
}

/** The scale, highest step first, validated by the settings model. */
function scaleArgument(value: unknown, planYear: number | null): Result<readonly ScoreStep[]> {
  const rows = matrixRows(value);
  if (rows.length === 0) return ok(DEFAULT_SETTINGS.stepScale);
  const only = rows.length === 1 && rows[0]?.length === 1 ? rows[0][0] : undefined;
  if (only !== undefined) {
    const scalar = scalarArgument(only, "scala/scale");
    if (!scalar.ok) return scalar;
    if (isBlank(scalar.value) || scalar.value === 0) return ok(DEFAULT_SETTINGS.stepScale);
    return SETTING_FIELDS.stepScale.fromText(String(scalar.value));
  }
  const steps: ScoreStep[] = [];
  for (const [index, row] of rows.entries()) {
    const cells: (number | null)[] = [];
    for (const cell of row) {
      const read = schemeNumber(cell, "scaglione/step", planYear);
      if (!read.ok) return functionMessages.stepRowUnreadable(index + 1);
      cells.push(read.value);
    }
    if (cells.every((cell) => cell === null || cell === 0)) continue; // an empty row
    const step = stepOf(cells);
    if (step === null) return functionMessages.stepRowUnreadable(index + 1);
    steps.push(step);
  }
  return SETTING_FIELDS.stepScale.fromJson(steps);
}

/** Two cells (from, score) or three (from, to, score; "to" blank on the top step); else null. */
function stepOf(cells: readonly (number | null)[]): ScoreStep | null {
  const [from, second, third] = cells;
  if (from === null || from === undefined) return null;
  if (cells.length === 2)
    return second === null || second === undefined ? null : { from, score: second };
  if (cells.length !== 3 || third === null || third === undefined) return null;
  return second === null || second === undefined
    ? { from, score: third }
    : { from, to: second, score: third };
}

/** A range as rows of cells; a scalar is one row of one cell; omitted is no row. */
function matrixRows(value: unknown): unknown[][] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) return [[value]];
  return (value as unknown[]).map((row) => (Array.isArray(row) ? (row as unknown[]) : [row]));
}
