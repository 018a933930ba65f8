/**
 * Tolerance for "=" targets (domain §9): a band of ±τ·|T| around T counts as met; outside it,
 * §5's "=" formula applies to the distance beyond the band: 1 − (|A − T| − τ·|T|) / |T|.
 * T = 0 has no band (τ·0 = 0) and no scale, so only A = 0 meets it (§5: otherwise 0).
 * Under the binary method the band decides met (1) or not (0).
 */
import type { Method, Result } from "../types";
import { ok } from "../types";
import { schemeMessages } from "./scheme-messages";
import type { SchemeValue } from "./threshold";

/** Absolute floor, as §5's "=": a distance within 1e-9 of the band's edge is on it. */
const EDGE = 1e-9;

export function scoreTolerance(
  target: number,
  tolerance: number,
  actual: number,
  method: Method
): Result<SchemeValue> {
  if (!(tolerance >= 0) || !Number.isFinite(tolerance))
    return schemeMessages.toleranceInvalid(tolerance);
  const absT = Math.abs(target);
  const band = tolerance * absT;
  const distance = Math.abs(actual - target);
  const scale = Math.max(absT, Math.abs(actual), 1);
  if (distance - band <= EDGE * scale) return ok({ performance: 1, rule: "withinTolerance" });
  if (method === "binary" || absT === 0) return ok({ performance: 0, rule: "beyondTolerance" });
  const p = 1 - (distance - band) / absT;
  return ok({ performance: p > 0 ? p : 0, rule: "beyondTolerance" });
}
