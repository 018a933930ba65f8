/**
 * An objective's performance from its KPIs (or child objectives): Σ wᵢ·pᵢ / Σ wᵢ over the items that
 * were evaluated (performance not null) and weigh more than 0; the weights of the others are thus
 * re-distributed. Nothing evaluated: not evaluated (null).
 *
 * Weights: when no item has a written weight, all weigh the same. When some are written, an item
 * without a written weight weighs 0 (it is left out, and the audit flags the missing weight):
 * inventing a share for it would hide the gap. Written weights need not add up to 1; they are
 * relative, and writtenWeightSum lets the audit say when they do not.
 */
import type { RollupItem, RollupResult } from "./types";

export function rollUp(items: readonly RollupItem[]): RollupResult {
  let anyWritten = false;
  let writtenWeightSum = 0;
  for (const item of items) {
    if (item.weight !== null && item.weight !== undefined) {
      anyWritten = true;
      if (Number.isFinite(item.weight)) writtenWeightSum += item.weight;
    }
  }
  const used: { index: number; weight: number }[] = [];
  let weighted = 0;
  let totalWeight = 0;
  // An index loop: this is the hot path of PERF_ROLLUP over large ranges.
  for (let index = 0; index < items.length; index++) {
    const { performance, weight: written } = items[index]!;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: Number.isFinite is false for null and undefined too; the explicit checks only narrow the type
    if (performance === null || performance === undefined || !Number.isFinite(performance))
      continue;
    const weight = anyWritten ? (written ?? 0) : 1;
    if (!(weight > 0) || !Number.isFinite(weight)) continue;
    used.push({ index, weight });
    weighted += weight * performance;
    totalWeight += weight;
  }
  return {
    performance: used.length === 0 ? null : weighted / totalWeight,
    used,
    writtenWeightSum: anyWritten ? writtenWeightSum : null,
  };
}
