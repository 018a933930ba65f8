/**
 * PERF_KPI: one KPI's performance from what a formula passes. Reads the arguments (numbers, dates
 * as serials, Italian or English text; kpi-arguments.ts says how dates are told apart), lets the
 * engine score, and returns a fraction in [0,1], "N.V." when the KPI is not evaluated, or a
 * #VALUE! error value with a message. Never throws: every failure is a returned value.
 */
import { DEFAULT_DATE_LADDER, scoreKpi } from "../core";
import type { FunctionError } from "./function-error";
import {
  isEarlyAnswer,
  kpiArguments,
  methodArgument,
  NOT_EVALUATED,
  operatorArgument,
  planYearArgument,
} from "./kpi-arguments";

export { NOT_EVALUATED, numericTarget } from "./kpi-arguments";

export type KpiFunctionResult = number | string | FunctionError;

/**
 * The performance of one KPI.
 * @param target number, percentage, date serial or text (">= 15%", "entro il 31/12/2023", multi-year)
 * @param actual the value reached: number, date serial or text; blank when not yet known
 * @param operator optional operator when it is not in the target ("≥", ">=", "<=", "entro", …)
 * @param method optional "proporzionale"/"proportional" (default) or "binario"/"binary"
 * @param year optional plan year: picks one year of a multi-year target, completes "30/4"
 * @param asOf optional evaluation date (serial or text) for deadlines; default today
 */
export function kpiPerformance(
  target: unknown,
  actual: unknown,
  operator?: unknown,
  method?: unknown,
  year?: unknown,
  asOf?: unknown
): KpiFunctionResult {
  const op = operatorArgument(operator);
  if (isEarlyAnswer(op)) return op;
  const scoring = methodArgument(method, "proportional");
  if (isEarlyAnswer(scoring)) return scoring;
  const planYear = planYearArgument(year);
  if (isEarlyAnswer(planYear)) return planYear;
  const read = kpiArguments(target, actual, op, planYear, asOf);
  if (isEarlyAnswer(read)) return read;
  const score = scoreKpi({
    target: read.target,
    actual: read.actual,
    method: scoring,
    asOf: read.asOf,
    dateLadder: DEFAULT_DATE_LADDER,
    capAtOne: true,
  });
  return score.evaluated ? score.performance : NOT_EVALUATED;
}
