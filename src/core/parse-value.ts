/**
 * One cell value (actual, or any value) as the engine reads it: a number with its unit, a date,
 * a not-evaluable marker or blank. Errors are values: booleans and unreadable text give
 * VALUE_UNREADABLE, never an exception.
 */
import { messages } from "./messages";
import { isNotEvaluableMarker } from "./not-evaluable";
import { formatKind } from "./number-format";
import { parseDateText } from "./parse-date";
import { parseNumberText, parsePercentText } from "./parse-number";
import { ok, type CellScalar, type ParsedValue, type Result } from "./types";

export interface ValueContext {
  /** The cell's number format: a percent format makes 0.15 a percentage, a date format a serial a date. */
  numberFormat?: string | null;
  /** Year for dates written without one ("30/4"). */
  planYear?: number | null;
  /** Read numbers as date serials whatever the format (a custom function's explicit argument). */
  asDate?: boolean;
}

const BLANK: ParsedValue = { kind: "blank" };

export function parseValue(raw: CellScalar, ctx?: ValueContext): Result<ParsedValue> {
  if (raw === null || raw === undefined) return ok(BLANK);
  if (typeof raw === "number") return parseNumberCell(raw, ctx);
  if (typeof raw === "string") return parseTextCell(raw, ctx);
  return messages.valueUnreadable(raw);
}

function parseNumberCell(value: number, ctx: ValueContext | undefined): Result<ParsedValue> {
  if (!Number.isFinite(value)) return messages.valueNotFinite(value);
  const kind = ctx?.asDate === true ? "date" : formatKind(ctx?.numberFormat);
  if (kind === "date") return ok({ kind: "date", serial: value });
  return ok({ kind: "number", value, unit: kind === "percent" ? "percent" : "number" });
}

function parseTextCell(raw: string, ctx: ValueContext | undefined): Result<ParsedValue> {
  const text = raw.trim();
  if (text === "") return ok(BLANK);
  if (isNotEvaluableMarker(text)) return ok({ kind: "notEvaluable", marker: text });
  const percent = parsePercentText(text);
  if (percent !== null) return ok({ kind: "number", value: percent, unit: "percent" });
  const planYear = ctx?.planYear;
  const asDate = ctx?.asDate === true || formatKind(ctx?.numberFormat) === "date";
  // No full date reads as a number ("31.12.2021" has no valid thousands groups), so numbers are
  // tried first; a number in a date context is a serial.
  const number = parseNumberText(text);
  if (number !== null) {
    return ok(
      asDate ? { kind: "date", serial: number } : { kind: "number", value: number, unit: "number" }
    );
  }
  const serial = parseDateText(text, planYear);
  if (serial !== null) return ok({ kind: "date", serial });
  return messages.valueUnreadable(raw);
}
