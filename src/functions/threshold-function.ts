/**
 * PERF_SOGLIA: a KPI scored from a threshold S to its target T, linearly (domain §9), with an
 * optional excellence value E and ceiling C beyond the target. The target, actual, operator and
 * year are read as PERF_KPI reads them; a date target (a deadline) has no threshold scale and is
 * scored as PERF_KPI scores it.
 *
 * Blank cells. Excel on the web passes them as null, Excel desktop as 0; the two readings agree:
 * - soglia: a 0 on the wrong side of the target (≤ 4 with threshold 0) can only be a blank cell,
 *   so it is read as none (proportional, as the sheet scores a "soglia" KPI without threshold);
 *   a 0 on the right side (≥ 80 from 0) gives (A − 0) / (T − 0) = A / T, the proportional figure
 *   a blank gives, so either reading is the same number;
 * - tetto: a ceiling of 0 is no ceiling (the range is 100% to 500%), so 0 is blank;
 * - eccellenza: a 0 counts only when tetto is written; without tetto a 0 is a blank cell (on
 *   desktop a blank excellence would otherwise lift the cap of every "≤" KPI with T > 0).
 * The cap at 100% is lifted when eccellenza or tetto is given; the ceiling defaults to the
 * settings model's (120%).
 */
import {
  checkExcellence,
  checkThreshold,
  DEFAULT_DATE_LADDER,
  DEFAULT_SETTINGS,
  ok,
  type Result,
  scoreWithScheme,
  SETTING_FIELDS,
  type Target,
} from "../core";
import { toFunctionError, type FunctionError } from "./function-error";
import {
  isEarlyAnswer,
  kpiArguments,
  NOT_EVALUATED,
  operatorArgument,
  planYearArgument,
} from "./kpi-arguments";
import { schemeNumber } from "./scheme-arguments";

export type SchemeFunctionResult = number | string | FunctionError;

export function thresholdPerformance(
  target: unknown,
  actual: unknown,
  threshold: unknown,
  operator?: unknown,
  excellence?: unknown,
  ceiling?: unknown,
  year?: unknown
): SchemeFunctionResult {
  const op = operatorArgument(operator);
  if (isEarlyAnswer(op)) return op;
  const planYear = planYearArgument(year);
  if (isEarlyAnswer(planYear)) return planYear;
  const read = kpiArguments(target, actual, op, planYear, undefined);
  if (isEarlyAnswer(read)) return read;

  const top = ceilingArgument(ceiling, planYear);
  if (!top.ok) return toFunctionError(top.error);
  const s = schemeNumber(threshold, "soglia/threshold", planYear);
  if (!s.ok) return toFunctionError(s.error);
  const e = schemeNumber(excellence, "eccellenza/excellence", planYear);
  if (!e.ok) return toFunctionError(e.error);
  const parameters = schemeParameters(read.target, s.value, e.value, top.value !== null);
  if (!parameters.ok) return toFunctionError(parameters.error);

  const lifted = parameters.value.excellence !== null || top.value !== null;
  const scored = scoreWithScheme({
    target: read.target,
    actual: read.actual,
    method: "threshold",
    asOf: read.asOf,
    dateLadder: DEFAULT_DATE_LADDER,
    capAtOne: !lifted,
    parameters: parameters.value,
    ceiling: top.value ?? DEFAULT_SETTINGS.ceiling,
    stepScale: DEFAULT_SETTINGS.stepScale,
    missingActual: "notEvaluated",
    periodEnd: 0,
  });
  if (!scored.ok) return toFunctionError(scored.error);
  const score = scored.value.score;
  return score.evaluated ? score.performance : NOT_EVALUATED;
}

/** The ceiling through the settings model's reader (its range and messages); 0 or blank: none. */
function ceilingArgument(value: unknown, planYear: number | null): Result<number | null> {
  const read = schemeNumber(value, "tetto/ceiling", planYear);
  if (!read.ok || read.value === null || read.value === 0) return read.ok ? ok(null) : read;
  return SETTING_FIELDS.ceiling.fromJson(read.value);
}

interface ThresholdParameters {
  readonly threshold: number | null;
  readonly excellence: number | null;
}

/**
 * Threshold and excellence checked against the target before any actual is looked at, so a
 * formula with a threshold on the wrong side shows #VALUE! even while its actual is blank.
 */
function schemeParameters(
  target: Target,
  threshold: number | null,
  excellence: number | null,
  ceilingWritten: boolean
): Result<ThresholdParameters> {
  if (target.unit === "date") return ok({ threshold: null, excellence: null });
  const { operator, value: t } = target;
  let s = threshold;
  if (s === 0 && !checkThreshold(operator, 0, t).ok) s = null; // a blank cell on Excel desktop
  if (s !== null) {
    const checked = checkThreshold(operator, s, t);
    if (!checked.ok) return checked;
  }
  let e = excellence;
  if (e === 0 && (!ceilingWritten || !checkExcellence(operator, 0, t).ok)) e = null;
  if (e !== null) {
    const checked = checkExcellence(operator, e, t);
    if (!checked.ok) return checked;
  }
  return ok({ threshold: s, excellence: e });
}
