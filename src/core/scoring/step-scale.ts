/**
 * Step scales (scaglioni, domain §9). Each step is a lower bound on the proportional ratio r
 * (§5's formula before the cap and the clamp, rounded to 4 decimals as the sheet shows it) and the
 * score it gives; the highest step whose bound r reaches counts, and r below every step scores 0.
 * A step may also write its upper bound (`to`, inclusive: "da 90% a 99,99%"); then the next step
 * must start one display unit (0,01%) above it, else the scale overlaps or leaves a gap, and that
 * is an error in the settings. Bounds and r are compared as whole display units, so 99,99% and
 * 100% are adjacent and no binary fraction falls between them.
 */
import { roundForLegend } from "../classify";
import { isMet, proportional } from "../score-kpi";
import { ok, type Operator, type Result } from "../types";
import { schemeMessages } from "./scheme-messages";

export interface ScoreStep {
  /** Lowest ratio of the step, inclusive (1 is 100%). */
  readonly from: number;
  /** Highest ratio of the step, inclusive; absent or null: up to the next step (the top: no end). */
  readonly to?: number | null;
  /** The score the step gives (1 is 100%). */
  readonly score: number;
}

/** The §9 example: r ≥ 100% → 100%; r ≥ 90% → 80%; r ≥ 75% → 50%; below → 0%. */
export const EXAMPLE_STEP_SCALE: readonly ScoreStep[] = Object.freeze([
  Object.freeze({ from: 1, score: 1 }),
  Object.freeze({ from: 0.9, score: 0.8 }),
  Object.freeze({ from: 0.75, score: 0.5 }),
]);

/** One display unit: 0,01% of the fraction. */
const UNITS = 1e4;
const units = (fraction: number): number => Math.round(roundForLegend(fraction) * UNITS);

/**
 * The scale sorted from the highest step down, or the first problem: no step, a score that is
 * not a finite non-negative number, bounds that overlap or leave a gap.
 */
export function validateStepScale(steps: readonly ScoreStep[]): Result<readonly ScoreStep[]> {
  if (steps.length === 0) return schemeMessages.stepScaleEmpty();
  for (const step of steps) {
    if (!(step.score >= 0) || !Number.isFinite(step.score))
      return schemeMessages.stepScoreInvalid(step.score);
    if (!Number.isFinite(step.from)) return schemeMessages.stepScaleEmpty();
  }
  const ascending = [...steps].sort((a, b) => a.from - b.from);
  for (const [i, step] of ascending.entries()) {
    const next = ascending[i + 1];
    const from = units(step.from);
    const to = step.to === null || step.to === undefined ? null : units(step.to);
    if (to !== null && to < from) return schemeMessages.stepScaleGap(step.to ?? 0, step.from);
    if (next === undefined) {
      // The top step with an end leaves every higher ratio without a step.
      if (to !== null)
        return schemeMessages.stepScaleGap((to + 1) / UNITS, Number.POSITIVE_INFINITY);
      break;
    }
    const nextFrom = units(next.from);
    if (nextFrom === from) return schemeMessages.stepScaleOverlap(step.from, step.from);
    if (to === null) continue;
    if (to >= nextFrom)
      return schemeMessages.stepScaleOverlap(next.from, Math.min(to, nextTo(next)) / UNITS);
    if (nextFrom > to + 1)
      return schemeMessages.stepScaleGap((to + 1) / UNITS, (nextFrom - 1) / UNITS);
  }
  return ok(ascending.reverse());
}

function nextTo(step: ScoreStep): number {
  return step.to === null || step.to === undefined ? Number.POSITIVE_INFINITY : units(step.to);
}

/**
 * The ratio r of §9: §5's formula before cap and clamp. A met target's ratio is at least 1 (a met
 * "≤ 0" has no finite formula, and "=" met gives 1); T = 0 not met gives 0, as in §5.
 */
export function stepRatio(operator: Operator, target: number, actual: number): number {
  const r = proportional(operator, target, actual);
  if (isMet(operator, target, actual)) return target === 0 || !(r > 1) ? 1 : r;
  return r;
}

export interface StepResult {
  readonly performance: number;
  /** r rounded to 4 decimals, as compared with the bounds. */
  readonly ratio: number;
  /** The step that counted; null when r is below every step. */
  readonly step: ScoreStep | null;
}

/** `scale` as validateStepScale returns it (highest step first). */
export function scoreSteps(scale: readonly ScoreStep[], ratio: number): StepResult {
  const r = units(ratio);
  for (const step of scale) {
    if (r >= units(step.from)) return { performance: step.score, ratio: r / UNITS, step };
  }
  return { performance: 0, ratio: r / UNITS, step: null };
}
