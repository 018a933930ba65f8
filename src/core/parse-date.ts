/**
 * Dates written as text, always day first: 31/12/2021, 31.12.2021, 31-12-2021, 2021-12-31 (ISO,
 * also 2021/12/31), 30/4 (the plan year is implied), "31 dicembre 2023", "1° gennaio 2024",
 * "31 dic. 2023", "31 December 2023", a month alone for its last day ("giugno 2024", "fine
 * dicembre") and the end of a year ("fine anno" in the plan year, "fine 2024"). Two-digit years
 * are 20xx. The result is an Excel serial.
 */
import { isValidYmd, serialFromYmd } from "./excel-date";

const MONTH_NAMES: ReadonlyMap<string, number> = new Map([
  ["gennaio", 1],
  ["febbraio", 2],
  ["marzo", 3],
  ["aprile", 4],
  ["maggio", 5],
  ["giugno", 6],
  ["luglio", 7],
  ["agosto", 8],
  ["settembre", 9],
  ["ottobre", 10],
  ["novembre", 11],
  ["dicembre", 12],
  ["january", 1],
  ["february", 2],
  ["march", 3],
  ["april", 4],
  ["may", 5],
  ["june", 6],
  ["july", 7],
  ["august", 8],
  ["september", 9],
  ["october", 10],
  ["november", 11],
  ["december", 12],
]);

/** Three- and four-letter abbreviations, Italian and English. */
const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ["gen", 1],
  ["feb", 2],
  ["mar", 3],
  ["apr", 4],
  ["mag", 5],
  ["giu", 6],
  ["lug", 7],
  ["ago", 8],
  ["set", 9],
  ["sett", 9],
  ["ott", 10],
  ["nov", 11],
  ["dic", 12],
  ["jan", 1],
  ["jun", 6],
  ["jul", 7],
  ["aug", 8],
  ["sep", 9],
  ["sept", 9],
  ["oct", 10],
  ["dec", 12],
]);
const MONTHS: ReadonlyMap<string, number> = new Map([...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);

/** Regex source of a date written with digits only (day first, or ISO year first). */
export const NUMERIC_DATE_SOURCE = String.raw`\d{1,2}(?<dateSep>[\/.\-])\d{1,2}\k<dateSep>(?:\d{4}|\d{2}(?!\d))|\d{4}(?<isoSep>[\/.\-])\d{1,2}\k<isoSep>\d{1,2}(?!\d)`;
/**
 * Regex source of a day and a month name, with an optional year: "31 dicembre 2023", "1° gen.".
 * In running text an abbreviation needs its dot or a year ("10 set. 2024"), so that "≥ 10 set di
 * dati" is not read as 10 September.
 */
export const NAMED_DATE_SOURCE = String.raw`\d{1,2}\s*(?:°|º)?\s*(?:(?:${[...MONTH_NAMES.keys()].join("|")})(?:\s+\d{4})?|(?:${[...MONTH_ABBREVIATIONS.keys()].join("|")})(?:\.(?:\s*\d{4})?|\s+\d{4}))(?![a-z])`;
/**
 * Regex source of a month written in full, without a day: "giugno 2024", "fine dicembre" (the
 * month's last day), or the end of a year: "fine anno", "fine 2024". Abbreviations are not read
 * here: "mar", "set" are words too.
 */
export const MONTH_ONLY_SOURCE = String.raw`(?:(?:la\s+)?fine\s+(?:di\s+|del\s+mese\s+di\s+)?)?(?:${[...MONTH_NAMES.keys()].join("|")})(?:\s+\d{4})?(?![a-z])|(?:la\s+)?fine\s+(?:dell'\s*)?(?:anno|\d{4})(?![a-z\d])`;
/** Regex source of a day and month without year, slash only ("30/4"): a dot would read as a decimal. */
export const SHORT_DATE_SOURCE = String.raw`\d{1,2}\/\d{1,2}(?![\d\/])`;

const DAY_MONTH_YEAR = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})$/;
const ISO = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/;
const DAY_MONTH = /^(\d{1,2})\/(\d{1,2})$/;
const NAMED = /^(\d{1,2})\s*(?:°|º)?\s*([a-z]+)\.?\s*(\d{4})?$/;
const MONTH_ONLY = /^(?:(?:la\s+)?fine\s+(?:di\s+|del\s+mese\s+di\s+)?)?([a-z]+)\.?\s*(\d{4})?$/;
const END_OF_YEAR = /^(?:la\s+)?fine\s+(?:dell'\s*)?(?:anno|(\d{4}))$/;

/**
 * Serial of a date written as text, or null when the text is not exactly one valid date.
 * A date without year ("30/4", "31 dicembre") takes `planYear`; without a plan year it is null.
 */
export function parseDateText(text: string, planYear?: number | null): number | null {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[\u00a0\u202f]/g, " ");
  let match = DAY_MONTH_YEAR.exec(t);
  if (match !== null) {
    const yearText = match[4]!;
    const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    return dateOrNull(year, Number(match[3]), Number(match[1]));
  }
  match = ISO.exec(t);
  if (match !== null) return dateOrNull(Number(match[1]), Number(match[3]), Number(match[4]));
  match = DAY_MONTH.exec(t);
  if (match !== null) return withPlanYear(planYear, Number(match[2]), Number(match[1]));
  match = NAMED.exec(t);
  if (match !== null) {
    const month = MONTHS.get(match[2]!);
    if (month === undefined) return null;
    const day = Number(match[1]);
    return match[3] === undefined
      ? withPlanYear(planYear, month, day)
      : dateOrNull(Number(match[3]), month, day);
  }
  match = END_OF_YEAR.exec(t);
  if (match !== null)
    return match[1] === undefined
      ? withPlanYear(planYear, 12, 31)
      : dateOrNull(Number(match[1]), 12, 31);
  match = MONTH_ONLY.exec(t);
  if (match !== null) {
    // A deadline given as a month means its last day: "entro giugno 2024" is 30/06/2024.
    const month = MONTH_NAMES.get(match[1]!);
    if (month === undefined) return null;
    const year = match[2] === undefined ? planYear : Number(match[2]);
    if (year === null || year === undefined || !Number.isInteger(year)) return null;
    return dateOrNull(year, month, lastDayOfMonth(year, month));
  }
  return null;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function withPlanYear(
  planYear: number | null | undefined,
  month: number,
  day: number
): number | null {
  if (planYear === null || planYear === undefined || !Number.isInteger(planYear)) return null;
  return dateOrNull(planYear, month, day);
}

function dateOrNull(year: number, month: number, day: number): number | null {
  return isValidYmd(year, month, day) ? serialFromYmd(year, month, day) : null;
}
