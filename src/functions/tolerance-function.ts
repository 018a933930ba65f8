/**
 * PERF_TOLLERANZA: a KPI with an "=" target and a tolerance τ (a percentage of T, domain §9):
 * within ±τ·|T| the target is met; outside, §5's "=" formula on the distance beyond the band,
 * 1 − (|A − T| − τ·|T|) / |T|; under the binary method, 1 within the band and 0 outside.
 * A target written without an operator (100) is "=" here; one written with another operator
 * (≥ 100) is an error, since a tolerance has no meaning for it.
 *
 * A tolerance of 0 (also how Excel desktop passes a blank cell) is no band: the plain "=" of §5,
 * so the web's blank and desktop's 0 give the same figure.
 */
import {
  DEFAULT_DATE_LADDER,
  DEFAULT_SETTINGS,
  type Operator,
  scoreWithScheme,
  type Target,
} from "../core";
import { scalarArgument } from "./arguments";
import { toFunctionError } from "./function-error";
import {
  isEarlyAnswer,
  kpiArguments,
  methodArgument,
  NOT_EVALUATED,
  planYearArgument,
} from "./kpi-arguments";
import { functionMessages } from "./messages";
import { schemeNumber } from "./scheme-arguments";
import type { SchemeFunctionResult } from "./threshold-function";

const EQUALS = Object.freeze({ operator: null, isDeadline: false });

const OPERATOR_TEXT: Readonly<Record<Operator, string>> = {
  ">=": "≥",
  ">": ">",
  "<=": "≤",
  "<": "<",
  "=": "=",
};

export function tolerancePerformance(
  target: unknown,
  actual: unknown,
  tolerance: unknown,
  method?: unknown,
  year?: unknown
): SchemeFunctionResult {
  const scoring = methodArgument(method, "proportional");
  if (isEarlyAnswer(scoring)) return scoring;
  if (scoring !== "proportional" && scoring !== "binary") {
    const scalar = scalarArgument(method, "metodo/method");
    return toFunctionError(functionMessages.toleranceMethod(scalar.ok ? scalar.value : "").error);
  }
  const planYear = planYearArgument(year);
  if (isEarlyAnswer(planYear)) return planYear;
  const band = schemeNumber(tolerance, "tolleranza/tolerance", planYear);
  if (!band.ok) return toFunctionError(band.error);
  const read = kpiArguments(target, actual, EQUALS, planYear, undefined);
  if (isEarlyAnswer(read)) return read;
  const goal = equalsTarget(read.target);
  if (goal === null)
    return toFunctionError(
      functionMessages.toleranceNeedsEquals(OPERATOR_TEXT[read.target.operator]).error
    );
  const scored = scoreWithScheme({
    target: goal,
    actual: read.actual,
    method: scoring,
    asOf: read.asOf,
    dateLadder: DEFAULT_DATE_LADDER,
    capAtOne: true,
    parameters: { tolerance: band.value ?? 0 },
    ceiling: DEFAULT_SETTINGS.ceiling,
    stepScale: DEFAULT_SETTINGS.stepScale,
    missingActual: "notEvaluated",
    periodEnd: 0,
  });
  if (!scored.ok) return toFunctionError(scored.error);
  const score = scored.value.score;
  return score.evaluated ? score.performance : NOT_EVALUATED;
}

/** The target as "=": its own "=", or the ≥ implied by a bare value; null for another operator. */
function equalsTarget(target: Target): Target | null {
  if (target.unit === "date") return target;
  if (target.operator === "=") return target;
  return target.operatorImplied === true ? { ...target, operator: "=" } : null;
}
