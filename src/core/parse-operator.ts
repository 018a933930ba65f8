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
interface Form {
  readonly text: string;
  readonly operator: Operator;
  /** Ends with a letter: must be followed by a word boundary. */
  readonly isWord: boolean;
}

/** Forms by first character, longest first, so "entro il" beats "entro" and ">=" beats ">". */
const BY_FIRST_CHAR: ReadonlyMap<string, readonly Form[]> = (() => {
  const index = new Map<string, Form[]>();
  const longestFirst = [...FORMS].sort((a, b) => b[0].length - a[0].length);
  for (const [text, operator] of longestFirst) {
    const first = text.charAt(0);
    const list = index.get(first) ?? [];
    list.push({ text, operator, isWord: /[a-z]$/.test(text) });
    index.set(first, list);
  }
  return index;
})();

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
  const candidates = BY_FIRST_CHAR.get(normalised.charAt(0));
  if (candidates === undefined) return null;
  for (const form of candidates) {
    if (!normalised.startsWith(form.text)) continue;
    if (form.isWord && /[a-zà-ù0-9]/.test(normalised.charAt(form.text.length))) continue;
    return { operator: form.operator, length: form.text.length };
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
