/**
 * A KPI's performance (domain §5). Pure and allocation-light: the custom functions call it millions
 * of times per second, so the numeric path has no regex, no closure and one result object.
 *
 * Order of the rules:
 * 1. a not-evaluable validation status or actual: not evaluated;
 * 2. a blank actual: pending, except for a date target whose deadline is past `asOf`
 *    (deadline < asOf), which scores 0 (dateMissedDeadline);
 * 3. met: 1 (binary and proportional); with the cap lifted, the proportional formula instead,
 *    so over-achievement shows (≥ 15% with 37,5% gives 2,5);
 * 4. not met, binary: 0; proportional: the table of §5, or the date ladder by days late;
 * 5. clamp to [0, 1] (capAtOne false lifts only the upper bound; NaN and negatives give 0).
 * A meta-KPI's actual is already a performance: it is scored proportionally under every method
 * and its rule is "metaRollup".
 */
import { isNotEvaluableStatus } from "./not-evaluable";
import type {
  DateLadderStep,
  KpiScore,
  Method,
  Operator,
  ParsedValue,
  ScoreRule,
  Target,
} from "./types";

export interface KpiInput {
  target: Target;
  actual: ParsedValue;
  /** Validation status ("kpi validato", "kpi non disponibile"); null or absent: evaluable. */
  status?: string | null;
  method: Method;
  /** Evaluation date as an Excel serial: a date target's deadline is past when deadline < asOf. */
  asOf: number;
  /** Sorted by maxDaysLate (resolveSettings sorts it). */
  dateLadder: readonly DateLadderStep[];
  capAtOne: boolean;
  /** The actual is the roll-up of child objectives (a performance). */
  isMeta?: boolean;
}

/** Relative tolerance of "=" (and of the non-strict ≥ ≤), with an absolute floor of the same size near 0. */
const TOLERANCE = 1e-9;

const NOT_EVALUATED_STATUS: KpiScore = Object.freeze({
  evaluated: false,
  reason: "statusNotEvaluable",
});
const NOT_EVALUATED_ACTUAL: KpiScore = Object.freeze({
  evaluated: false,
  reason: "actualNotEvaluable",
});
const PENDING: KpiScore = Object.freeze({ evaluated: false, reason: "pending" });
// Shared results of the commonest outcomes: the hot path then allocates nothing.
const MET: KpiScore = Object.freeze({ evaluated: true, performance: 1, rule: "met" });
const BINARY_NOT_MET: KpiScore = Object.freeze({
  evaluated: true,
  performance: 0,
  rule: "binaryNotMet",
});

export function scoreKpi(input: KpiInput): KpiScore {
  const status = input.status;
  if (typeof status === "string" && status !== "" && isNotEvaluableStatus(status))
    return NOT_EVALUATED_STATUS;
  const actual = input.actual;
  const target = input.target;
  let a: number;
  switch (actual.kind) {
    case "notEvaluable":
      return NOT_EVALUATED_ACTUAL;
    case "blank":
      return target.unit === "date" && input.isMeta !== true
        ? blankByDeadline(target, input.asOf)
        : PENDING;
    case "date":
      a = actual.serial;
      break;
    default:
      a = actual.value;
  }
  if (a !== a) return NOT_EVALUATED_ACTUAL; // NaN: nothing to compare
  if (input.isMeta === true) return scoreMeta(target.operator, target.value, a, input.capAtOne);
  if (target.unit === "date") return scoreDate(target.operator, target.value, a, input);
  return scoreNumber(target.operator, target.value, a, input.method, input.capAtOne);
}

/**
 * A blank actual against a date: 0 once the deadline is past (deadline < asOf: nothing was done in
 * time), pending before. "< D" has D − 1 as its last good day. "≥ D" and "> D" (not before a date)
 * set no deadline, so a blank actual stays pending.
 */
function blankByDeadline(target: Target, asOf: number): KpiScore {
  const operator = target.operator;
  if (operator === ">=" || operator === ">") return PENDING;
  const lastGoodDay = Math.floor(target.value) - (operator === "<" ? 1 : 0);
  const today = Math.floor(asOf);
  if (!(lastGoodDay < today)) return PENDING;
  return {
    evaluated: true,
    performance: 0,
    rule: "dateMissedDeadline",
    daysLate: today - lastGoodDay,
  };
}

/** Whether A meets "operator T": ≥ and ≤ (and =) allow a relative tolerance of 1e-9, > and < are strict. */
export function isMet(operator: Operator, t: number, a: number): boolean {
  switch (operator) {
    case ">=":
      return a >= t || t - a <= tolerance(t, a);
    case ">":
      return a > t;
    case "<=":
      return a <= t || a - t <= tolerance(t, a);
    case "<":
      return a < t;
    default:
      return Math.abs(a - t) <= tolerance(t, a);
  }
}

function tolerance(t: number, a: number): number {
  const at = t < 0 ? -t : t;
  const aa = a < 0 ? -a : a;
  const scale = at > aa ? at : aa;
  return TOLERANCE * (scale > 1 ? scale : 1);
}

/** The §5 table before the cap and the clamp (the ratio r of a step scale); T = 0 gives 0. */
export function proportional(operator: Operator, t: number, a: number): number {
  if (t === 0) return 0;
  const absT = t < 0 ? -t : t;
  switch (operator) {
    case ">=":
    case ">":
      return t > 0 ? a / t : 1 - (t - a) / absT;
    case "<=":
    case "<":
      return t > 0 && a > 0 ? t / a : 1 - (a - t) / absT;
    default:
      return 1 - Math.abs(a - t) / absT;
  }
}

function ruleOf(operator: Operator, t: number, a: number): ScoreRule {
  if (t === 0) return "zeroTarget";
  switch (operator) {
    case ">=":
    case ">":
      return t > 0 ? "ratioActualOverTarget" : "negativeTargetAbove";
    case "<=":
    case "<":
      return t > 0 && a > 0 ? "ratioTargetOverActual" : "distanceBelow";
    default:
      return "distanceEqual";
  }
}

/** NaN and negatives give 0; above 1 gives 1 unless the cap is lifted. */
function clamp(p: number, capAtOne: boolean): number {
  if (!(p > 0)) return 0;
  return capAtOne && p > 1 ? 1 : p;
}

function scoreNumber(
  operator: Operator,
  t: number,
  a: number,
  method: Method,
  capAtOne: boolean
): KpiScore {
  if (isMet(operator, t, a)) {
    if (capAtOne || method === "binary" || t === 0) return MET;
    return {
      evaluated: true,
      performance: clamp(Math.max(1, proportional(operator, t, a)), false),
      rule: "met",
    };
  }
  if (method === "binary") return BINARY_NOT_MET;
  return {
    evaluated: true,
    performance: clamp(proportional(operator, t, a), capAtOne),
    rule: ruleOf(operator, t, a),
  };
}

function scoreMeta(operator: Operator, t: number, a: number, capAtOne: boolean): KpiScore {
  const met = isMet(operator, t, a);
  let p: number;
  if (met && (capAtOne || t === 0)) p = 1;
  else if (met) p = Math.max(1, proportional(operator, t, a));
  else p = proportional(operator, t, a);
  return { evaluated: true, performance: clamp(p, capAtOne), rule: "metaRollup" };
}

/** Date targets: whole days; "≤ D" late by n days climbs down the ladder (binary: 0 when late). */
function scoreDate(operator: Operator, deadline: number, done: number, input: KpiInput): KpiScore {
  const d = Math.floor(deadline);
  const a = Math.floor(done);
  if (isMet(operator, d, a)) return MET;
  // Days on the wrong side of the date: late for ≤ and <, early for ≥ and >, either way for =.
  let daysLate =
    operator === "<=" || operator === "<" ? a - d : operator === "=" ? Math.abs(a - d) : d - a;
  if (operator === "<" || operator === ">") daysLate += 1; // "< D" means "≤ D − 1"
  if (input.method === "binary")
    return { evaluated: true, performance: 0, rule: "binaryNotMet", daysLate };
  const ladder = input.dateLadder;
  for (const step of ladder) {
    if (daysLate <= step.maxDaysLate) {
      return {
        evaluated: true,
        performance: clamp(step.performance, input.capAtOne),
        rule: "dateLadder",
        daysLate,
      };
    }
  }
  return { evaluated: true, performance: 0, rule: "dateMissedDeadline", daysLate };
}
