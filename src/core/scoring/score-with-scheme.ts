/**
 * One KPI scored by the scheme it asks for (domain §5, §9): the method of the workbook or of the
 * KPI's own method cell, with its threshold, excellence value and tolerance where it has them.
 *
 * Order:
 * 1. what scoreKpi decides before any scheme: a not-evaluable status or actual, a meta-KPI
 *    (always proportional), a date target (the date ladder, or 0 when late under binary);
 * 2. a blank actual: pending (scoreKpi), or 0 under the "zero" missing-actual policy once the
 *    evaluation date is past the period's end;
 * 3. an "=" target with a tolerance: the tolerance band;
 * 4. threshold (soglia): linear from S to T; no threshold: proportional, and `fallback` says so;
 *    steps (scaglioni): the score of the step the ratio r reaches; binary and proportional: §5;
 * 5. with the cap lifted, a met target with an excellence value climbs towards the ceiling C;
 *    without one, proportional over-achievement; either way never above C. With the cap, 1.
 * A scheme whose parameters do not fit (a threshold on the wrong side of the target) is an error:
 * the sheet reports it and the formula shows #VALUE!.
 */
import { isMet, scoreKpi, type KpiInput } from "../score-kpi";
import { ok, type KpiScore, type Method, type MissingActualPolicy, type Result } from "../types";
import { scoreExcellence } from "./excellence";
import { scoreSteps, stepRatio, type ScoreStep, type StepResult } from "./step-scale";
import { scoreThreshold, type SchemeValue } from "./threshold";
import { scoreTolerance } from "./tolerance";

export interface SchemeParameters {
  /** Threshold S (soglia), in the target's unit. */
  readonly threshold?: number | null;
  /** Excellence value E (eccellenza), in the target's unit. */
  readonly excellence?: number | null;
  /** Tolerance of an "=" target, as a fraction of T (0.05 is 5%). */
  readonly tolerance?: number | null;
}

export interface SchemeInput extends KpiInput {
  readonly parameters?: SchemeParameters;
  /** Highest score with the cap lifted (1.2 is 120%). */
  readonly ceiling: number;
  /** Validated, highest step first (validateStepScale). */
  readonly stepScale: readonly ScoreStep[];
  readonly missingActual: MissingActualPolicy;
  /** Last day of the period (serial): under the "zero" policy a blank actual scores 0 after it. */
  readonly periodEnd: number;
}

export interface SchemeOutcome {
  readonly score: KpiScore;
  /** The method that scored the KPI (proportional when "threshold" had no threshold). */
  readonly method: Method;
  /** "thresholdMissing": the threshold method was asked for and the KPI has no threshold. */
  readonly fallback: "thresholdMissing" | null;
  /** The step of a step scale that counted, with the ratio compared. */
  readonly step: StepResult | null;
}

const outcome = (
  score: KpiScore,
  method: Method,
  fallback: SchemeOutcome["fallback"] = null,
  step: StepResult | null = null
): SchemeOutcome => ({ score, method, fallback, step });

const present = (value: number | null | undefined): value is number =>
  value !== null && value !== undefined && Number.isFinite(value);

export function scoreWithScheme(input: SchemeInput): Result<SchemeOutcome> {
  const parameters = input.parameters ?? {};
  const asked = input.method;
  const hasThreshold = present(parameters.threshold);
  const method: Method = asked === "threshold" && !hasThreshold ? "proportional" : asked;
  const fallback = asked === "threshold" && !hasThreshold ? "thresholdMissing" : null;
  const base = scoreKpi(input);
  const actual = input.actual;

  if (actual.kind === "blank") {
    if (
      !base.evaluated &&
      base.reason === "pending" &&
      input.missingActual === "zero" &&
      input.isMeta !== true &&
      Math.floor(input.asOf) > Math.floor(input.periodEnd)
    ) {
      return ok(
        outcome({ evaluated: true, performance: 0, rule: "missingActualZero" }, method, fallback)
      );
    }
    return ok(outcome(base, method, fallback));
  }
  if (
    !base.evaluated ||
    input.isMeta === true ||
    input.target.unit === "date" ||
    actual.kind !== "number"
  )
    return ok(outcome(capped(base, input), method, fallback));

  const { operator, value: t } = input.target;
  const a = actual.value;
  let value: SchemeValue;
  let step: StepResult | null = null;
  if (operator === "=" && present(parameters.tolerance)) {
    const read = scoreTolerance(
      t,
      parameters.tolerance,
      a,
      method === "binary" ? "binary" : "proportional"
    );
    if (!read.ok) return read;
    value = read.value;
  } else if (method === "threshold" && hasThreshold) {
    const read = scoreThreshold(operator, parameters.threshold, t, a);
    if (!read.ok) return read;
    value = read.value;
  } else if (method === "steps") {
    step = scoreSteps(input.stepScale, stepRatio(operator, t, a));
    value = { performance: step.performance, rule: "stepScale" };
  } else {
    value = { performance: base.performance, rule: base.rule };
  }

  // Beyond a met target, with the cap lifted: the excellence curve where there is a value E.
  if (!input.capAtOne && method !== "binary" && method !== "steps" && isMet(operator, t, a)) {
    if (present(parameters.excellence)) {
      const read = scoreExcellence(operator, t, parameters.excellence, input.ceiling, a);
      if (!read.ok) return read;
      value = read.value;
    }
  }
  return ok(
    outcome(
      capped({ evaluated: true, performance: value.performance, rule: value.rule }, input),
      method,
      fallback,
      step
    )
  );
}

/** With the cap: at most 1. Without: at most the ceiling. Never below 0. */
function capped(score: KpiScore, input: SchemeInput): KpiScore {
  if (!score.evaluated) return score;
  const top = input.capAtOne ? 1 : input.ceiling;
  const p = score.performance;
  if (p >= 0 && p <= top) return score;
  return { ...score, performance: p > top ? top : 0 };
}
