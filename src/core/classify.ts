/**
 * The legend's band of a performance (domain §7). The value is rounded to the displayed precision
 * first (0,01% = 4 decimals of the fraction), so a cell that shows 80,00% is yellow, not green.
 */
import type { Band, LegendSettings } from "./types";

/**
 * Rounded to 4 decimals, half away from zero, as Excel displays it. The product is first cut to
 * 15 significant digits (Excel's precision) so that 0.80005 rounds up although 0.80005 × 10⁴ is
 * 8000.499999… in binary.
 */
export function roundForLegend(p: number): number {
  // Stryker disable next-line ConditionalExpression: without it ±Infinity and NaN take the exact path below, which gives them back unchanged
  if (!Number.isFinite(p)) return p;
  const scaled = Math.abs(p) * 1e4;
  const whole = Math.floor(scaled);
  const fraction = scaled - whole;
  let rounded: number;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: a fast path only — any value it does not take goes through the exact path, which rounds it the same (the one observable case, beyond 15 digits, is pinned by test/core/classify-edges.spec.ts)
  if (scaled < 1e9 && (fraction < 0.499999 || fraction > 0.500001)) {
    // Far from a half: the 15-digit cut cannot change the result (the common, fast case).
    // Stryker disable next-line EqualityOperator: the fast path never sees a fraction of exactly 0.5
    rounded = (fraction > 0.5 ? whole + 1 : whole) / 1e4;
  } else {
    rounded = Math.round(Number(scaled.toPrecision(15))) / 1e4;
  }
  return p < 0 ? -rounded : rounded;
}

/** green: p > greenAbove; yellow: yellowFrom ≤ p ≤ greenAbove; red: below; null: not evaluated. */
export function classify(p: number | null, legend: LegendSettings): Band | null {
  if (p === null || p === undefined || Number.isNaN(p)) return null;
  const r = roundForLegend(p);
  if (r > legend.greenAbove) return "green";
  if (r >= legend.yellowFrom) return "yellow";
  return "red";
}
