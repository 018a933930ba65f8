/**
 * A KPI weight: a percentage (0.2 with a % format, 0.2, "20%", "0,2"), possibly carrying the
 * KPI's operator as some plans write it ("50% >=", ">= 50%"). Blank: no weight written (null).
 * Weights are relative: the roll-up divides by their sum, so 20 and 0.2 weigh alike within one
 * objective as long as the objective writes all its weights the same way.
 */
import { messages } from "./messages";
import { matchOperatorPrefix, normaliseOperatorText } from "./parse-operator";
import { numberLiteralFromText } from "./parse-number";
import { ok, type CellScalar, type Operator, type Result } from "./types";

export interface ParsedWeight {
  readonly weight: number | null;
  readonly operator: Operator | null;
}

const NO_WEIGHT: ParsedWeight = { weight: null, operator: null };
const WEIGHT_TEXT = /^([+]?[\d.,\s]*\d[\d.,]*|[.,]\d+)\s*(%?)$/;

/**
 * The number format is accepted for symmetry with the other readers and not needed: a weight's
 * number is used as it is whatever its format (0.2 shown as 20% is 0.2; 20 shown as 20 is 20,
 * relative to the objective's other weights).
 */
export function parseWeight(raw: CellScalar, _numberFormat?: string | null): Result<ParsedWeight> {
  if (raw === null || raw === undefined) return ok(NO_WEIGHT);
  if (typeof raw === "number") {
    return Number.isFinite(raw) && raw >= 0
      ? ok({ weight: raw, operator: null })
      : messages.weightUnreadable(raw);
  }
  if (typeof raw !== "string") return messages.weightUnreadable(raw);
  let text = normaliseOperatorText(raw);
  // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut — blank text finds no operator and ends at the same "no weight" below
  if (text === "") return ok(NO_WEIGHT);

  // The operator may lead ("≥ 50%") or trail ("50% >="): take it off either end.
  let operator: Operator | null = null;
  const leading = matchOperatorPrefix(text);
  if (leading !== null) {
    operator = leading.operator;
    // Stryker disable next-line MethodExpression: the number's pattern and reader both allow leading spaces
    text = text.slice(leading.length).trim();
  } else {
    const trailing = /(?:[<>=≥≤⩾⩽≧≦]+|[a-z][a-z ]*)$/.exec(text);
    if (trailing !== null) {
      // The text is trimmed and the trailing match starts at a symbol or a letter: trim() is a safeguard.
      // Stryker disable next-line MethodExpression: see above
      const match = matchOperatorPrefix(trailing[0].trim());
      // Stryker disable next-line MethodExpression: see above
      if (match === null || match.length !== trailing[0].trim().length)
        return messages.weightUnreadable(raw);
      operator = match.operator;
      text = text.slice(0, trailing.index).trim();
    }
  }
  // Stryker disable next-line ConditionalExpression: both give { weight: null, operator: null } when there is no operator
  if (text === "") return operator === null ? ok(NO_WEIGHT) : ok({ weight: null, operator });
  const shape = WEIGHT_TEXT.exec(text);
  if (shape === null) return messages.weightUnreadable(raw);
  const literal = numberLiteralFromText(shape[1]!);
  // Stryker disable next-line ConditionalExpression: without it Number("null…") is NaN, which the finite check below refuses with the same message
  if (literal === null) return messages.weightUnreadable(raw);
  const weight = Number(shape[2] === "%" ? `${literal}e-2` : literal);
  // No minus sign gets through WEIGHT_TEXT, so a weight read here is never negative.
  if (!Number.isFinite(weight)) return messages.weightUnreadable(raw);
  return ok({ weight, operator });
}
