/**
 * Comparison operators in every way plans write them: symbols (≥ >= => ⩾ ≤ <= =< > < = ＝),
 * Italian and English words ("almeno", "non inferiore a", "entro il", "non oltre", "massimo",
 * "at least", "no later than"). A blank cell is no operator (null), not an error.
 */
import { messages } from "./messages";
import { ok, type CellScalar, type Operator, type Result } from "./types";

/** Written forms, normalised (lower case, single spaces). Longest match wins when scanning text. */
const FORMS: readonly (readonly [string, Operator])[] = [
  [">=", ">="],
  ["=>", ">="],
  ["≥", ">="],
  ["⩾", ">="],
  ["≧", ">="],
  ["> =", ">="],
  ["<=", "<="],
  ["=<", "<="],
  ["≤", "<="],
  ["⩽", "<="],
  ["≦", "<="],
  ["< =", "<="],
  [">", ">"],
  ["<", "<"],
  ["==", "="],
  ["=", "="],
  // Italian words
  ["almeno", ">="],
  ["non inferiore a", ">="],
  ["non inferiore al", ">="],
  ["non meno di", ">="],
  ["maggiore o uguale a", ">="],
  ["maggiore o uguale al", ">="],
  ["maggiore o uguale", ">="],
  ["maggiore uguale", ">="],
  ["uguale o maggiore a", ">="],
  ["uguale o superiore a", ">="],
  ["uguale o superiore al", ">="],
  ["pari o superiore a", ">="],
  ["pari o superiore al", ">="],
  ["minimo", ">="],
  ["min", ">="],
  ["entro il", "<="],
  ["entro al", "<="],
  ["entro", "<="],
  ["non oltre il", "<="],
  ["non oltre", "<="],
  ["non superiore a", "<="],
  ["non superiore al", "<="],
  ["non più di", "<="],
  ["minore o uguale a", "<="],
  ["minore o uguale al", "<="],
  ["minore o uguale", "<="],
  ["minore uguale", "<="],
  ["uguale o minore a", "<="],
  ["uguale o inferiore a", "<="],
  ["uguale o inferiore al", "<="],
  ["pari o inferiore a", "<="],
  ["pari o inferiore al", "<="],
  ["al massimo", "<="],
  ["massimo", "<="],
  ["max", "<="],
  ["fino a", "<="],
  ["fino al", "<="],
  ["maggiore di", ">"],
  ["maggiore del", ">"],
  ["superiore a", ">"],
  ["superiore al", ">"],
  ["oltre", ">"],
  ["minore di", "<"],
  ["minore del", "<"],
  ["inferiore a", "<"],
  ["inferiore al", "<"],
  ["meno di", "<"],
  ["uguale a", "="],
  ["uguale al", "="],
  ["pari a", "="],
  ["pari al", "="],
  ["uguale", "="],
  // English words
  ["at least", ">="],
  ["no less than", ">="],
  ["not less than", ">="],
  ["greater than or equal to", ">="],
  ["at most", "<="],
  ["no more than", "<="],
  ["not more than", "<="],
  ["no later than", "<="],
  ["not later than", "<="],
  ["less than or equal to", "<="],
  ["by", "<="],
  ["within", "<="],
  ["greater than", ">"],
  ["more than", ">"],
  ["less than", "<"],
  ["fewer than", "<"],
  ["equal to", "="],
  ["equals", "="],
];

const EXACT: ReadonlyMap<string, Operator> = new Map(FORMS);
/** Longest first, so "entro il" beats "entro" and ">=" beats ">". */
const BY_LENGTH = [...FORMS].sort((a, b) => b[0].length - a[0].length);

/** Lower case, full-width signs folded (＞ ＜ ＝), spaces collapsed. */
export function normaliseOperatorText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\uff1e]/g, ">")
    .replace(/[\uff1c]/g, "<")
    .replace(/[\uff1d]/g, "=")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
}

export interface OperatorMatch {
  readonly operator: Operator;
  /** Characters of the normalised text the operator took. */
  readonly length: number;
}

/**
 * The operator at the start of already normalised text, or null. Words must end at a word
 * boundary ("minimo" is not read in "minimizzare"); symbols need not ("≥15%").
 */
export function matchOperatorPrefix(normalised: string): OperatorMatch | null {
  for (const [form, operator] of BY_LENGTH) {
    if (!normalised.startsWith(form)) continue;
    const isWord = /[a-z]$/.test(form);
    const next = normalised.charAt(form.length);
    if (isWord && /[a-zà-ù0-9]/.test(next)) continue;
    return { operator, length: form.length };
  }
  return null;
}

/** An operator cell or argument: the whole text must be one operator (trailing ":" allowed). */
export function parseOperator(raw: CellScalar): Result<Operator | null> {
  if (raw === null || raw === undefined) return ok(null);
  if (typeof raw !== "string") return messages.operatorUnreadable(raw);
  const text = normaliseOperatorText(raw).replace(/:$/, "").trim();
  if (text === "") return ok(null);
  const operator = EXACT.get(text) ?? EXACT.get(text.replace(/ /g, ""));
  return operator === undefined ? messages.operatorUnreadable(raw) : ok(operator);
}
