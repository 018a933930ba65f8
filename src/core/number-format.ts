/**
 * What an Excel number format code says about a value: a percentage, a date, a plain number or text.
 * Only the first section (positive numbers) is read; quoted literals, escaped characters and
 * bracketed parts ([Red], [$-410], [$€-410]) are skipped, except elapsed-time codes ([h], [mm]).
 */

export type FormatKind = "percent" | "date" | "number" | "text";

const QUOTED = /"[^"]*"/g;
const ESCAPED = /\\./g;
const ELAPSED_TIME = /\[(h+|m+|s+)\]/i;
const BRACKETED = /\[[^\]]*\]/g;
const PADDING = /[_*]./g;
const DATE_CODES = /[dmyhsaeg]/i;

/**
 * Kinds already worked out, by format code: a sheet has a handful of formats and asks for them once
 * per cell. Bounded, so that texts passed one by one (a custom function) cannot grow it for ever.
 */
const known = new Map<string, FormatKind>();
const KNOWN_LIMIT = 512;

export function formatKind(numberFormat: string | null | undefined): FormatKind {
  if (numberFormat === null || numberFormat === undefined) return "number";
  let kind = known.get(numberFormat);
  if (kind === undefined) {
    if (known.size >= KNOWN_LIMIT) known.clear();
    kind = kindOf(numberFormat);
    known.set(numberFormat, kind);
  }
  return kind;
}

function kindOf(numberFormat: string): FormatKind {
  const trimmed = numberFormat.trim();
  if (trimmed === "" || /^general$/i.test(trimmed) || /^standard$/i.test(trimmed)) return "number";
  if (trimmed === "@") return "text";
  const section = firstSection(trimmed);
  if (ELAPSED_TIME.test(section)) return "date";
  const codes = section
    .replace(QUOTED, "")
    .replace(ESCAPED, "")
    .replace(BRACKETED, "")
    .replace(PADDING, "");
  if (codes.includes("%")) return "percent";
  // Number codes use only 0 # ? , . E+ E-: any other letter among these is a date/time code.
  const withoutExponent = codes.replace(/E[+-]/gi, "");
  if (DATE_CODES.test(withoutExponent)) return "date";
  if (codes.includes("@")) return "text";
  return "number";
}

/** The text up to the first unquoted, unescaped ";". */
function firstSection(code: string): string {
  let inQuotes = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === "\\" && !inQuotes) i++;
    else if (ch === ";" && !inQuotes) return code.slice(0, i);
  }
  return code;
}
