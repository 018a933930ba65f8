/**
 * Excellence (eccellenza, domain §9): only when the cap at 100% is lifted. Beyond a met target T,
 * towards the excellence value E, the score climbs linearly to the ceiling C (default 120%):
 * p = 1 + (C − 1) · (A − T) / (E − T) between T and E, C beyond E; mirrored for lower is better,
 * p = 1 + (C − 1) · (T − A) / (T − E). E must lie beyond T in the operator's direction.
 */
import { ok, type Operator, type Result } from "../types";
import { directionOf } from "./direction";
import { schemeMessages } from "./scheme-messages";
import type { SchemeValue } from "./threshold";

export const DEFAULT_CEILING = 1.2;

export function checkExcellence(
  operator: Operator,
  excellence: number,
  target: number
): Result<true> {
  const direction = directionOf(operator);
  if (direction === null) return schemeMessages.thresholdNeedsDirection();
  const rightSide = direction === "higher" ? excellence > target : excellence < target;
  if (!rightSide)
    return schemeMessages.excellenceWrongSide(excellence, target, direction === "higher");
  return ok(true);
}

/**
 * The score of an actual that meets T. Call it only for a met target with the cap lifted; an
 * actual short of T (which cannot meet T) gives 1, the floor of this part of the scale.
 */
export function scoreExcellence(
  operator: Operator,
  target: number,
  excellence: number,
  ceiling: number,
  actual: number
): Result<SchemeValue> {
  const checked = checkExcellence(operator, excellence, target);
  if (!checked.ok) return checked;
  const beyond =
    directionOf(operator) === "higher"
      ? (actual - target) / (excellence - target)
      : (target - actual) / (target - excellence);
  if (!(beyond > 0)) return ok({ performance: 1, rule: "met" });
  const share = beyond > 1 ? 1 : beyond;
  return ok({ performance: 1 + (ceiling - 1) * share, rule: "excellence" });
}
