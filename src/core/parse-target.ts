/**
 * Targets as plans write them: a value with an operator, the operator in its own cell (ctx.operator)
 * or in the text. Understood, besides "≥ 15%", ">= 2", "≤ 31/12/2021", "=1":
 * - "entro il 31/12/2023", "entro 31/12", "entro il 30/4": ≤ that date (the plan year is implied);
 * - "zero": = 0;
 * - no operator: "100%", "+10%" mean ≥ that value, a date alone means ≤ that date (operatorImplied);
 * - trailing words and brackets are ignored: ">=90% del personale individuato", "< 60 gg",
 *   "> 1 N", ">= 142 (livello prepandemia)";
 * - one target per year, "2022 >= 0,18% (…) 2023 >= 0,21% (…)" or "Target 2021: >=2 Target 2022: >=2":
 *   the plan year's target is taken (NO_TARGET_FOR_YEAR when the plan year is missing or absent;
 *   a text naming a single year needs no plan year);
 * - a revised target, "2023 >= 15% 20%": the last value counts, the earlier ones are in revisedFrom;
 * - no number ("≤ dato medio nazionale", "da def."): TARGET_UNREADABLE with a message saying how to write it.
 *
 * Operator precedence (a deliberate choice): an operator given in ctx (its own cell or the custom
 * function's argument) wins over one written in the target text; the text's operator is used
 * only when ctx.operator is null or absent. The operator cell is where the plan's own column puts it.
 */
import { messages } from "./messages";
import { isNotEvaluableMarker } from "./not-evaluable";
import { formatKind } from "./number-format";
import { matchOperatorPrefix, normaliseOperatorText } from "./parse-operator";
import {
  MONTH_ONLY_SOURCE,
  NAMED_DATE_SOURCE,
  NUMERIC_DATE_SOURCE,
  SHORT_DATE_SOURCE,
  parseDateText,
} from "./parse-date";
import { parseNumberText, parsePercentText } from "./parse-number";
import { ok, type CellScalar, type Operator, type Result, type Target } from "./types";

export interface TargetContext {
  /** Operator from its own cell or argument; wins over an operator written in the text. */
  operator?: Operator | null;
  /** The target cell's number format: a date format makes a number a date serial, a % format a percentage. */
  numberFormat?: string | null;
  /** Year to pick in multi-year targets and to complete dates written without a year. */
  planYear?: number | null;
  /** Read numbers as date serials (a custom function's explicit argument). */
  asDate?: boolean;
}

type TargetUnit = Target["unit"];

interface ValueToken {
  readonly value: number;
  readonly unit: TargetUnit;
  readonly length: number;
}

/** What one year's segment (or the whole text) says. */
interface Segment {
  readonly operator: Operator | null;
  /** In writing order: the last one counts, the earlier ones are revisions. */
  readonly values: readonly number[];
  readonly unit: TargetUnit;
  /** Written as the word "zero": with no operator it means "= 0". */
  readonly zero: boolean;
}

export function parseTarget(raw: CellScalar, ctx?: TargetContext): Result<Target> {
  if (raw === null || raw === undefined) return messages.targetMissing();
  if (typeof raw === "number") return numericTarget(raw, ctx);
  if (typeof raw !== "string") return messages.targetUnreadable(raw);
  if (raw.trim() === "") return messages.targetMissing();
  return textTarget(raw, ctx);
}

function numericTarget(value: number, ctx: TargetContext | undefined): Result<Target> {
  if (!Number.isFinite(value)) return messages.targetUnreadable(value);
  const kind = ctx?.asDate === true ? "date" : formatKind(ctx?.numberFormat);
  const unit: TargetUnit = kind === "date" ? "date" : kind === "percent" ? "percent" : "number";
  return ok(build(ctx?.operator ?? null, null, unit, [value]));
}

function build(
  ctxOperator: Operator | null,
  textOperator: Operator | null,
  unit: TargetUnit,
  values: readonly number[],
  year?: number,
  zero = false
): Target {
  const written = ctxOperator ?? textOperator;
  const implied: Operator = unit === "date" ? "<=" : zero ? "=" : ">=";
  const value = values[values.length - 1]!; // a segment reads at least one value
  return {
    operator: written ?? implied,
    value,
    unit,
    operatorImplied: written === null,
    ...(year === undefined ? {} : { year }),
    ...(values.length > 1 ? { revisedFrom: values.slice(0, -1) } : {}),
  };
}

const BRACKETED = /\([^()]*\)|\[[^[\]]*\]|\{[^{}]*\}/g;

/**
 * A year that opens a segment: "2022 >= …", "Target 2021: >=2", "2023>=15", "Target 2022: ---" (a year
 * with no target). Not a year inside a date ("31/12/2023", "2021-12-31") nor one at the end
 * ("entro 31 dicembre 2023").
 */
const YEAR_MARKER =
  /(^|[\s;,|])((?:target|anno|obiettivo)\s*)?((?:19|20)\d{2})(?![\d/.-]\d)\s*:?\s*(?=[<>=≥≤⩾⩽≧≦]|entro|zero|almeno|non |[+\-−–]?\d|[-—–]{2,}|—|n\.?\s?[dva](?![a-z])|da def)/g;

function textTarget(raw: string, ctx: TargetContext | undefined): Result<Target> {
  let text = normaliseOperatorText(raw);
  // Brackets hold comments ("(livello prepandemia)", "(140)"): drop them, innermost first.
  if (/[([{]/.test(text)) {
    for (let previous = ""; previous !== text;) {
      previous = text;
      text = text.replace(BRACKETED, " ");
    }
    text = text.replace(/\s+/g, " ").trim();
  }
  if (text === "" || isNotEvaluableMarker(text)) return messages.targetUnreadable(raw);

  const markers = [...text.matchAll(YEAR_MARKER)];
  if (markers[0]?.index !== 0) {
    const segment = parseSegment(text, raw, ctx?.planYear ?? null, ctx);
    if (!segment.ok) return segment;
    const { operator, unit, values, zero } = segment.value;
    return ok(build(ctx?.operator ?? null, operator, unit, values, undefined, zero));
  }

  const years = [...new Set(markers.map((m) => Number(m[3])))];
  const planYear = ctx?.planYear ?? null;
  let year: number;
  if (planYear === null) {
    if (years.length !== 1) return messages.noPlanYearForTarget(raw, years);
    year = years[0]!;
  } else if (years.includes(planYear)) {
    year = planYear;
  } else {
    return messages.noTargetForYear(raw, years, planYear);
  }

  // A year written twice: its later segments revise the earlier ones.
  const revised: number[] = [];
  let last: Segment | null = null;
  for (const [i, marker] of markers.entries()) {
    if (Number(marker[3]) !== year) continue;
    const start = (marker.index ?? 0) + marker[0].length;
    const end = markers[i + 1]?.index ?? text.length;
    const segmentText = text.slice(start, end).trim();
    const segment = parseSegment(segmentText, raw, year, ctx);
    if (!segment.ok) return segment;
    if (last !== null) revised.push(...last.values);
    last = segment.value;
  }
  if (last === null) return messages.targetUnreadable(raw);
  return ok(
    build(
      ctx?.operator ?? null,
      last.operator,
      last.unit,
      [...revised, ...last.values],
      year,
      last.zero
    )
  );
}

const LEADING_LABEL = /^(?:target|valore atteso|risultato atteso|valore)\s*:?\s*/;
const ARTICLE_BEFORE_VALUE = /^(?:il|al|lo|la|a|di|del|pari a)\s+(?=[+\-−]?\d|zero)/;
const ZERO = /^zero(?![a-zà-ù])/;
const REVISION_SEPARATOR = /^\s*(?:→|->|=>)?\s*/;

/** One target: [operator] value [revised values…] [trailing words], or value then operator ("15% >="). */
function parseSegment(
  segmentText: string,
  raw: string,
  planYear: number | null,
  ctx: TargetContext | undefined
): Result<Segment> {
  let rest = segmentText.replace(LEADING_LABEL, "");
  let operator: Operator | null = null;
  const opMatch = matchOperatorPrefix(rest);
  if (opMatch !== null) {
    operator = opMatch.operator;
    // "≥=" and "≤=" (a symbol and its ASCII spelling typed together) and "≥:" mean the operator once.
    rest = rest
      .slice(opMatch.length)
      .trimStart()
      .replace(/^[:=]\s*/, "");
  }
  rest = rest.replace(ARTICLE_BEFORE_VALUE, "");

  if (ZERO.test(rest)) return ok({ operator, values: [0], unit: "number", zero: true });

  const first = readValueToken(rest, planYear, raw);
  if (!first.ok) return first;
  if (first.value === null) return messages.targetUnreadable(raw);
  const values = [first.value.value];
  const unit = first.value.unit;
  rest = rest.slice(first.value.length);
  // Further values of the same unit right after the first are revisions: "2023 >= 15% 20%".
  for (;;) {
    const separator = REVISION_SEPARATOR.exec(rest);
    const gap = separator === null ? 0 : separator[0].length;
    if (gap === 0) break;
    const next = readValueToken(rest.slice(gap), planYear, raw);
    if (!next.ok || next.value === null || next.value.unit !== unit) break;
    values.push(next.value.value);
    rest = rest.slice(gap + next.value.length);
  }
  if (operator === null) {
    const trailing = matchOperatorPrefix(rest.trimStart());
    if (trailing !== null && /^[<>=≥≤⩾⩽≧≦]/.test(rest.trimStart())) operator = trailing.operator;
  }
  const asDate = ctx?.asDate === true || formatKind(ctx?.numberFormat) === "date";
  return ok({ operator, values, unit: asDate && unit === "number" ? "date" : unit, zero: false });
}

const NUMERIC_DATE = new RegExp(`^(?:${NUMERIC_DATE_SOURCE})(?![\\d/])`);
const NAMED_DATE = new RegExp(`^(?:${NAMED_DATE_SOURCE})`);
const SHORT_DATE = new RegExp(`^(?:${SHORT_DATE_SOURCE})`);
const MONTH_ONLY = new RegExp(`^(?:${MONTH_ONLY_SOURCE})`);
// Spaces between groups of three digits separate thousands ("1 000" is 1000, never two values);
// the text has its spaces (no-break, thin) normalised to " " by then.
const NUMBER = /^[+\-−–]?(?:\d{1,3}(?: \d{3})+(?!\d)(?:[.,]\d+)?|\d[\d.,]*|[.,]\d+)(?:\s?%)?/;

/** The value at the start of `text`: a date, a percentage or a number; ok(null) when there is none. */
function readValueToken(
  text: string,
  planYear: number | null,
  raw: string
): Result<ValueToken | null> {
  const dateMatch =
    NUMERIC_DATE.exec(text) ??
    NAMED_DATE.exec(text) ??
    SHORT_DATE.exec(text) ??
    MONTH_ONLY.exec(text);
  if (dateMatch !== null) {
    const serial = parseDateText(dateMatch[0], planYear);
    if (serial !== null) return ok({ value: serial, unit: "date", length: dateMatch[0].length });
    if (!/\d{4}/.test(dateMatch[0]) && planYear === null)
      return messages.dateWithoutYear(raw, dateMatch[0]);
    // A date that does not exist ("31/04/2023") must not be read as the number before its "/".
    return messages.targetUnreadable(raw);
  }
  const numberMatch = NUMBER.exec(text);
  if (numberMatch === null) return ok(null);
  let token = numberMatch[0];
  const isPercent = token.endsWith("%");
  // A sentence may end right after the number ("≥ 5.", "≥ 5, entro l'anno"): drop that separator.
  let body = isPercent ? token.slice(0, -1).trimEnd() : token;
  let value = isPercent ? parsePercentText(`${body}%`) : parseNumberText(body);
  while (value === null && /[.,]$/.test(body)) {
    body = body.slice(0, -1);
    token = body;
    value = parseNumberText(body);
  }
  if (value === null) return ok(null);
  return ok({
    value,
    unit: isPercent && token.endsWith("%") ? "percent" : "number",
    length: token.length,
  });
}
