/**
 * Memoised parses of the texts typed in formulas. A sheet recalculates the same few target and
 * operator texts thousands of times; the parses are pure, so their results are shared.
 * Bounded: a workbook with many distinct texts cannot grow memory without limit.
 */
import {
  BoundedCache,
  isNotEvaluableMarker,
  type Method,
  type Operator,
  type ParsedValue,
  parseMethod,
  parseOperator,
  parseTarget,
  parseValue,
  type Result,
  type Target,
} from "../core";

const CAPACITY = 4096;

/** A target text read: blank, a not-evaluable marker ("da def.", "N.V."), or the engine's parse. */
export type TargetReading = Result<Target> | "blank" | "notEvaluable";

/** Texts read with no operator, year or date hint (the common case), keyed by the text itself. */
const plainTargets = new BoundedCache<string, TargetReading>(CAPACITY);
const targets = new BoundedCache<string, TargetReading>(CAPACITY);
const values = new BoundedCache<string, Result<ParsedValue>>(CAPACITY);
const operators = new BoundedCache<string, OperatorArgument>(256);
const methods = new BoundedCache<string, Result<Method | null>>(64);

/** An operator argument read: the operator, and whether it was written as "entro" (a deadline). */
export interface OperatorArgument {
  readonly result: Result<Operator | null>;
  readonly isDeadline: boolean;
}

const ENTRO = /^\s*entro\b/i;

export function cachedOperator(text: string): OperatorArgument {
  return operators.getOrCompute(text, (key) => ({
    result: parseOperator(key),
    isDeadline: ENTRO.test(key),
  }));
}

export function cachedMethod(text: string): Result<Method | null> {
  return methods.getOrCompute(text, parseMethod);
}

export function cachedTarget(
  text: string,
  operator: Operator | null,
  planYear: number | null,
  asDate: boolean
): TargetReading {
  const read = (): TargetReading => readTargetText(text, operator, planYear, asDate);
  if (operator === null && planYear === null && !asDate)
    return plainTargets.getOrCompute(text, read);
  return targets.getOrCompute(
    `${operator ?? ""}|${planYear ?? ""}|${asDate ? "d" : ""}|${text}`,
    read
  );
}

function readTargetText(
  text: string,
  operator: Operator | null,
  planYear: number | null,
  asDate: boolean
): TargetReading {
  const trimmed = text.trim();
  if (trimmed === "") return "blank";
  if (isNotEvaluableMarker(trimmed)) return "notEvaluable";
  return parseTarget(text, { operator, planYear, asDate });
}

export function cachedValue(
  text: string,
  planYear: number | null,
  asDate: boolean
): Result<ParsedValue> {
  const key = `${planYear ?? ""}|${asDate ? "d" : ""}|${text}`;
  return values.getOrCompute(key, () => parseValue(text, { planYear, asDate }));
}
