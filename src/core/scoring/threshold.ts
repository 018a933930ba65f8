/**
 * Threshold (soglia) to target, linear (domain §9). With threshold S and target T:
 * - higher is better (≥, >; S < T): A on or below S → 0; between → (A − S) / (T − S); met → 1;
 * - lower is better (≤, <; S > T): A on or above S → 0; between → (S − A) / (S − T); met → 1.
 * A threshold on the wrong side (S ≥ T for ≥) is an error; an "=" target has no side to
 * interpolate from, so it is an error too (a tolerance is the scheme for "=").
 * The interpolation is continuous, so at A = T it gives 1 whether or not the operator is strict;
 * strictness decides only whether the rule says "met".
 */
import { isMet } from "../score-kpi";
import { ok, type Operator, type Result, type ScoreRule } from "../types";
import { directionOf } from "./direction";
import { schemeMessages } from "./scheme-messages";

export interface SchemeValue {
  readonly performance: number;
  readonly rule: ScoreRule;
}

const MET: SchemeValue = Object.freeze({ performance: 1, rule: "met" });
const BELOW: SchemeValue = Object.freeze({ performance: 0, rule: "belowThreshold" });

/** Checks S against T and the operator's direction; the scorer and the settings form share it. */
export function checkThreshold(
  operator: Operator,
  threshold: number,
  target: number
): Result<true> {
  const direction = directionOf(operator);
  if (direction === null) return schemeMessages.thresholdNeedsDirection();
  const rightSide = direction === "higher" ? threshold < target : threshold > target;
  if (!rightSide)
    return schemeMessages.thresholdWrongSide(threshold, target, direction === "higher");
  return ok(true);
}

export function scoreThreshold(
  operator: Operator,
  threshold: number,
  target: number,
  actual: number
): Result<SchemeValue> {
  const checked = checkThreshold(operator, threshold, target);
  if (!checked.ok) return checked;
  if (isMet(operator, target, actual)) return ok(MET);
  const distance =
    directionOf(operator) === "higher"
      ? (actual - threshold) / (target - threshold)
      : (threshold - actual) / (threshold - target);
  if (!(distance > 0)) return ok(BELOW);
  return ok({ performance: distance > 1 ? 1 : distance, rule: "thresholdLinear" });
}
