/**
 * The arguments every KPI function shares (PERF_KPI, PERF_SOGLIA, PERF_SCAGLIONI,
 * PERF_TOLLERANZA): target, actual, operator, plan year and evaluation date, read into the
 * engine's values. Each step returns the function's answer early where it has one: "N.V." for a
 * KPI the plan says is not evaluable, or a #VALUE! error value with the engine's message.
 *
 * A custom function receives a date as a bare serial number, with no format. A KPI is read as a
 * date (deadline, days late) when:
 *   1. the target text is a date ("31/10/2021", "≤ 31/10/2021", "entro il 30/4", "31 ottobre 2021"), or
 *   2. the operator argument is "entro" / "entro il" (then both serials are dates), or
 *   3. the target is a serial and the actual is written as a date text ("06/11/2021").
 * Otherwise two serials are plain numbers. For a date KPI, an actual of 0 is an empty cell (older
 * Excel desktop builds pass empty cells as 0; serial 0 is no real date), and a blank actual is
 * judged against the evaluation date: the asOf argument, else today.
 */
import {
  type CellScalar,
  messages,
  type Method,
  NOT_EVALUATED_TEXT,
  ok,
  type Operator,
  type ParsedValue,
  parseTarget,
  parseValue,
  type PerfError,
  type Result,
  type Target,
  todaySerial,
} from "../core";
import { isBlank, isBlankTextArgument, scalarArgument, yearArgument } from "./arguments";
import { isFunctionError, toFunctionError, type FunctionError } from "./function-error";
import {
  cachedMethod,
  cachedOperator,
  cachedTarget,
  cachedValue,
  type TargetReading,
} from "./parse-cache";
import { functionMessages } from "./messages";

/** What a cell shows for a KPI or objective that is not evaluated: the core's one text. */
export const NOT_EVALUATED = NOT_EVALUATED_TEXT;

/** A function's early answer: "N.V." or an error value. */
export type EarlyAnswer = typeof NOT_EVALUATED | FunctionError;

export const isEarlyAnswer = (value: unknown): value is EarlyAnswer =>
  value === NOT_EVALUATED || isFunctionError(value);

export interface OperatorReading {
  readonly operator: Operator | null;
  /** Written as "entro": the target and the actual are dates. */
  readonly isDeadline: boolean;
}

const NO_OPERATOR: OperatorReading = Object.freeze({ operator: null, isDeadline: false });

/** The operator argument; blank, omitted or 0 (a blank cell on Excel desktop) is no operator. */
export function operatorArgument(operator: unknown): OperatorReading | FunctionError {
  if (operator === null || operator === undefined) return NO_OPERATOR;
  const scalar = scalarArgument(operator, "operatore/operator");
  if (!scalar.ok) return toFunctionError(scalar.error);
  if (typeof scalar.value === "string") {
    const read = cachedOperator(scalar.value);
    if (!read.result.ok) return toFunctionError(read.result.error);
    return read.result.value === null && !read.isDeadline
      ? NO_OPERATOR
      : { operator: read.result.value, isDeadline: read.isDeadline };
  }
  if (!isBlankTextArgument(scalar.value)) {
    const read = cachedOperator(String(scalar.value)); // a number or boolean is no operator: the engine says how to write one
    if (!read.result.ok) return toFunctionError(read.result.error);
  }
  return NO_OPERATOR;
}

/** The method argument; blank, omitted or 0 gives `fallback`. */
export function methodArgument(method: unknown, fallback: Method): Method | FunctionError {
  if (method === null || method === undefined) return fallback;
  const scalar = scalarArgument(method, "metodo/method");
  if (!scalar.ok) return toFunctionError(scalar.error);
  if (isBlankTextArgument(scalar.value)) return fallback;
  const read = cachedMethod(typeof scalar.value === "string" ? scalar.value : String(scalar.value));
  if (!read.ok) return toFunctionError(read.error);
  return read.value ?? fallback;
}

/** The year argument: null when omitted or blank. */
export function planYearArgument(year: unknown): number | null | FunctionError {
  if (year === null || year === undefined) return null;
  const read = yearArgument(year);
  return read.ok ? read.value : toFunctionError(read.error);
}

export interface KpiArguments {
  readonly target: Target;
  readonly actual: ParsedValue;
  /** The evaluation date (serial); 0 for a KPI that is not a date (no deadline to judge). */
  readonly asOf: number;
}

const BLANK: ParsedValue = { kind: "blank" };

const TARGET_MISSING: PerfError = messages.targetMissing().error;

/** Target, actual and evaluation date read into the engine's values, or the early answer. */
export function kpiArguments(
  target: unknown,
  actual: unknown,
  operator: OperatorReading,
  planYear: number | null,
  asOf: unknown
): KpiArguments | EarlyAnswer {
  // ---- actual (read before the target: a date written as text marks a date KPI)
  let rawActual: CellScalar;
  if (typeof actual === "number" || typeof actual === "string") {
    rawActual = actual; // the common shapes, without wrapping
  } else {
    const read = scalarArgument(actual, "consuntivo/actual");
    if (!read.ok) return toFunctionError(read.error);
    rawActual = read.value;
  }

  // ---- target
  let rawTarget: CellScalar;
  if (typeof target === "number" || typeof target === "string") {
    rawTarget = target;
  } else {
    const read = scalarArgument(target, "target");
    if (!read.ok) return toFunctionError(read.error);
    rawTarget = read.value;
  }
  const op = operator.operator;
  const asDate =
    operator.isDeadline || (typeof rawTarget === "number" && isDateText(rawActual, planYear));
  const reading =
    typeof rawTarget === "number" && !asDate && Number.isFinite(rawTarget)
      ? ok(numericTarget(rawTarget, op))
      : readTarget(rawTarget, op, planYear, asDate);
  if (reading === "notEvaluable") return NOT_EVALUATED; // "da def.", "N.V.": the plan says it is not evaluable
  if (reading === "blank") {
    // an empty row (no target, no actual) shows N.V.; an actual without its target is an error
    if (isBlank(rawActual)) return NOT_EVALUATED;
    return toFunctionError(TARGET_MISSING);
  }
  if (!reading.ok) return toFunctionError(reading.error);
  const goal = reading.value;

  // ---- actual, read in the target's kind: a serial is a date when the target is a date
  const isDate = goal.unit === "date";
  let value: ParsedValue;
  if (typeof rawActual === "number" && !isDate) {
    value = { kind: "number", value: rawActual, unit: "number" };
  } else if (isDate && rawActual === 0) {
    value = BLANK; // serial 0 is no date: an empty cell as older Excel desktop builds pass it
  } else {
    const read = readValue(rawActual, planYear, isDate);
    if (!read.ok) return toFunctionError(read.error);
    value = read.value;
  }

  // ---- evaluation date: needed by deadlines only (today unless given)
  let evaluationDate = 0;
  if (isDate) {
    const read = evaluationDateArgument(asOf, planYear);
    if (!read.ok) return toFunctionError(read.error);
    evaluationDate = read.value;
  }
  return { target: goal, actual: value, asOf: evaluationDate };
}

/**
 * Fast numeric path: the target a finite, non-date number gives — the written operator, else ≥ —
 * built directly instead of through parseTarget's general path (which handles text, years and
 * revisions). test/functions/numeric-target.spec.ts keeps it equal to parseTarget's result.
 */
export function numericTarget(value: number, op: Operator | null): Target {
  return { operator: op ?? ">=", value, unit: "number", operatorImplied: op === null };
}

function readTarget(
  raw: CellScalar,
  op: Operator | null,
  planYear: number | null,
  asDate: boolean
): TargetReading {
  if (typeof raw === "string") return cachedTarget(raw, op, planYear, asDate);
  if (raw === null) return "blank";
  return parseTarget(raw, { operator: op, planYear, asDate });
}

export function readValue(
  raw: CellScalar,
  planYear: number | null,
  asDate: boolean
): Result<ParsedValue> {
  if (typeof raw === "string") return cachedValue(raw, planYear, asDate);
  return parseValue(raw, { planYear, asDate });
}

/** An actual written as a date text ("06/11/2021") makes a serial-number target a date too. */
function isDateText(raw: CellScalar, planYear: number | null): boolean {
  if (typeof raw !== "string" || isBlank(raw)) return false;
  const read = cachedValue(raw, planYear, false);
  return read.ok && read.value.kind === "date";
}

/** The asOf argument: a serial or a date text; today when omitted or blank. */
function evaluationDateArgument(asOf: unknown, planYear: number | null): Result<number> {
  const scalar = scalarArgument(asOf, "data di valutazione/evaluation date");
  if (!scalar.ok) return scalar;
  if (isBlank(scalar.value)) return ok(todaySerial());
  const read = readValue(scalar.value, planYear, true);
  if (!read.ok) return read;
  if (read.value.kind !== "date") {
    return functionMessages.evaluationDateInvalid(scalar.value);
  }
  return ok(read.value.serial);
}
