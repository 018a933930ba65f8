/**
 * What the words after a role's phrase say about a target or actual column (domain.md §2):
 * the year it belongs to ("Target 2024", "Consuntivo 2024", "Valore atteso 2024") or the
 * monitoring period it reports ("Consuntivo al 30/06/2024", "Consuntivo I semestre",
 * "Consuntivo al 31/12"). A period without a year ends in the plan year.
 */
import { serialFromYmd, ymdFromSerial } from "../excel-date";
import { parseDateText } from "../parse-date";

export type ColumnQualifier =
  | { readonly kind: "none" }
  | { readonly kind: "year"; readonly year: number }
  | {
      readonly kind: "period";
      /** The header's words after the role phrase, as written ("al 30/06/2024", "I semestre"). */
      readonly label: string;
      /** Day and month the period ends; year null when the header gives none (the plan year's). */
      readonly month: number;
      readonly day: number;
      readonly year: number | null;
    };

const NONE: ColumnQualifier = { kind: "none" };

/** Fractions of the year by their ordinal: semesters, quarters, four-month periods. */
const PART_END_MONTH: Readonly<Record<string, readonly number[]>> = {
  semestre: [6, 12],
  semester: [6, 12],
  trimestre: [3, 6, 9, 12],
  quarter: [3, 6, 9, 12],
  quadrimestre: [4, 8, 12],
};

const ORDINALS: ReadonlyMap<string, number> = new Map([
  ["i", 1],
  ["ii", 2],
  ["iii", 3],
  ["iv", 4],
  ["1", 1],
  ["2", 2],
  ["3", 3],
  ["4", 4],
  ["primo", 1],
  ["secondo", 2],
  ["terzo", 3],
  ["quarto", 4],
  ["first", 1],
  ["second", 2],
  ["third", 3],
  ["fourth", 4],
]);

const YEAR = /(?:^|[^\d/.-])((?:19|20)\d{2})(?![\d/.-]\d)/;
const PART =
  /(?:^|\s)(i{1,3}|iv|[1-4]|primo|secondo|terzo|quarto|first|second|third|fourth)\s*(?:°|º|st|nd|rd|th)?\s*(semestre|semester|trimestre|quarter|quadrimestre)(?![a-z])/i;
const SHORT_PART = /(?:^|\s)(h[12]|q[1-4])(?![a-z\d])/i;
/** A date in the header: "al 30/06/2024", "30.06.2024", "al 31/12", "al 30 giugno 2024". */
const DATE_WORDS =
  /(\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|\d{1,2}\s+[a-zà-ù]+(?:\s+\d{4})?)/i;

/** The qualifier of a header, given the normalised words after its role phrase. */
export function columnQualifier(header: string, restNormalised: string): ColumnQualifier {
  if (restNormalised === "") return NONE;
  const raw = header.trim();
  const label = labelAfterPhrase(raw, restNormalised);
  const period = periodOf(label);
  if (period !== null) return period;
  const year = YEAR.exec(label);
  return year === null ? NONE : { kind: "year", year: Number(year[1]) };
}

/** The raw header's words that the normalised rest stands for (keeps "/" and "°"). */
function labelAfterPhrase(raw: string, rest: string): string {
  const firstWord = rest.split(" ")[0] ?? "";
  const lower = raw
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  const at = firstWord === "" ? -1 : lower.indexOf(firstWord);
  return (at >= 0 ? raw.slice(at) : rest).trim();
}

function periodOf(label: string): ColumnQualifier | null {
  const year = YEAR.exec(label);
  const yearValue = year === null ? null : Number(year[1]);
  const part = PART.exec(label);
  if (part !== null) {
    const ordinal = ORDINALS.get((part[1] ?? "").toLowerCase()) ?? 0;
    const months = PART_END_MONTH[(part[2] ?? "").toLowerCase()] ?? [];
    const month = months[ordinal - 1];
    if (month !== undefined) return partPeriod(label, month, yearValue);
  }
  const short = SHORT_PART.exec(label);
  if (short !== null) {
    const code = (short[1] ?? "").toLowerCase();
    const n = Number(code.slice(1));
    const month = code.startsWith("h") ? n * 6 : n * 3;
    return partPeriod(label, month, yearValue);
  }
  const date = DATE_WORDS.exec(label);
  if (date !== null) {
    const text = (date[1] ?? "").replace(/\s*([/.-])\s*/g, "$1");
    // Parse with a leap year so "29/02" is kept; the year is applied later.
    const serial = parseDateText(text, 2000);
    if (serial !== null) {
      const when = ymdFromSerial(serial);
      const written = /\d{4}/.test(text) || /\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/.test(text);
      return {
        kind: "period",
        label,
        month: when.month,
        day: when.day,
        year: written ? when.year : yearValue,
      };
    }
  }
  return null;
}

/** A part of the year (a semester, a quarter…): it ends on the last day of its last month. */
function partPeriod(label: string, month: number, year: number | null): ColumnQualifier {
  return { kind: "period", label, month, day: lastDay(month, year ?? 2001), year };
}

function lastDay(month: number, year: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The Excel serial a period ends on, in the plan year when the header gives no year. */
export function periodEnd(
  qualifier: Extract<ColumnQualifier, { kind: "period" }>,
  planYear: number
): number {
  const year = qualifier.year ?? planYear;
  const day = Math.min(qualifier.day, lastDay(qualifier.month, year));
  return serialFromYmd(year, qualifier.month, day);
}
