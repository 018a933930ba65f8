/**
 * PERF_ROLLUP: an objective's performance, the weighted mean of its KPIs' performances.
 * Blank cells and not-evaluated cells ("N.V.") are skipped and their weight re-distributed;
 * no weights (or none above 0) means equal weights. Returns a fraction, "N.V." when nothing was
 * evaluated, or a #VALUE! error value. An optional aggregation picks another roll-up (domain §9):
 * "minimo" (the worst evaluated KPI) or "tutti" (100% only when every evaluated KPI is at 100%).
 *
 * Empty cells: Excel on the web and recent desktop builds pass them as null; older desktop builds
 * pass 0 (or ""). A 0 is therefore taken as an EMPTY row, not as a 0% performance, only when
 * all of these hold: a weights range is given, the 0's own weight is empty or 0 as well, and no
 * cell of either range arrived as null (a null proves the host passes empty cells as null, so
 * every 0 it passes is a real 0). A real 0% with a weight above 0 always counts; a 0 with weight 0
 * would not count anyway (weight 0).
 */
import {
  isNotEvaluableMarker,
  ok,
  parseValue,
  parseRollupMethod,
  parseWeight,
  type Result,
  rollUpBy,
  type RollupItem,
} from "../core";
import { isBlank, rangeCells, scalarArgument } from "./arguments";
import { toFunctionError, type FunctionError } from "./function-error";
import { NOT_EVALUATED } from "./kpi-function";
import { functionMessages } from "./messages";

export type RollupFunctionResult = number | string | FunctionError;

export function rollupPerformance(
  performances: unknown,
  weights?: unknown,
  aggregation?: unknown
): RollupFunctionResult {
  // Roll-up variant (domain §9): "media" (default), "minimo"/"peggiore", "tutti"; blank is the mean.
  const variant = scalarArgument(aggregation, "aggregazione/aggregation");
  if (!variant.ok) return toFunctionError(variant.error);
  const method = isBlank(variant.value) ? ok(null) : parseRollupMethod(variant.value);
  if (!method.ok) return toFunctionError(method.error);
  const pCells = rangeCells(performances);
  const hasWeights = weights !== null && weights !== undefined;
  const wCells = hasWeights ? rangeCells(weights) : [];
  if (hasWeights && wCells.length !== pCells.length) {
    return toFunctionError(functionMessages.rangeSizesDiffer(pCells.length, wCells.length).error);
  }
  let sawNull = false;
  for (const cell of pCells) if (cell === null || cell === undefined) sawNull = true;
  for (const cell of wCells) if (cell === null || cell === undefined) sawNull = true;

  const items: RollupItem[] = new Array<RollupItem>(pCells.length);
  let anyWeightAboveZero = false;
  for (let i = 0; i < pCells.length; i++) {
    let weight: number | null = null;
    if (hasWeights) {
      const read = readWeight(wCells[i], i);
      if (!read.ok) return toFunctionError(read.error);
      weight = read.value;
      if (weight !== null && weight > 0) anyWeightAboveZero = true;
    }
    const cell = pCells[i];
    let performance: number | null;
    if (cell === 0 && hasWeights && !sawNull && isEmptyLike(wCells[i])) {
      performance = null; // an empty row as older Excel desktop builds pass it (0, with an empty weight)
    } else {
      const read = readPerformance(cell, i);
      if (!read.ok) return toFunctionError(read.error);
      performance = read.value;
    }
    items[i] = { performance, weight };
  }
  // every weight empty or 0: nothing was written, so equal weights
  if (hasWeights && !anyWeightAboveZero) {
    for (const [i, item] of items.entries())
      items[i] = { performance: item.performance, weight: null };
  }
  const result = rollUpBy(method.value ?? "weightedMean", items);
  return result.performance === null ? NOT_EVALUATED : result.performance;
}

function isEmptyLike(cell: unknown): boolean {
  return (
    cell === null ||
    cell === undefined ||
    cell === 0 ||
    (typeof cell === "string" && cell.trim() === "")
  );
}

/** A performance cell: a number, a percentage text ("85,00%"); null for blank and "N.V." cells. */
export function readPerformance(cell: unknown, index: number): Result<number | null> {
  if (typeof cell === "number")
    return Number.isFinite(cell) ? ok(cell) : cellError(cell, index, "performance");
  if (cell === null || cell === undefined) return ok(null);
  if (typeof cell !== "string") return cellError(cell, index, "performance");
  const text = cell.trim();
  if (text === "" || isNotEvaluableMarker(text)) return ok(null);
  const read = parseValue(text);
  if (!read.ok) return withPosition(read.error, index);
  const value = read.value;
  if (value.kind === "number") return ok(value.value);
  if (value.kind === "blank" || value.kind === "notEvaluable") return ok(null);
  return cellError(cell, index, "performance");
}

function readWeight(cell: unknown, index: number): Result<number | null> {
  if (cell === null || cell === undefined) return ok(null);
  if (typeof cell === "number")
    return Number.isFinite(cell) ? ok(cell) : cellError(cell, index, "peso/weight");
  if (typeof cell !== "string") return cellError(cell, index, "peso/weight");
  const read = parseWeight(cell);
  if (!read.ok) return withPosition(read.error, index);
  return ok(read.value.weight);
}

const withPosition = functionMessages.inRangeCell;
const cellError = functionMessages.rangeCellUnreadable;
