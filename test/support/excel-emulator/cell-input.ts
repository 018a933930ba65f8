/**
 * What a value written through Range.values or Range.formulas becomes, as Excel reads typed input
 * with en-US conventions (the API always parses as en-US, whatever the user's locale):
 * - a leading apostrophe makes the rest text and is not part of the value (Excel's text prefix);
 * - "=…" is a formula (unless the cell is formatted as text, "@");
 * - TRUE / FALSE are booleans; "1,234.5", "1e3" numbers; "50%" is 0.5 shown as a percentage;
 *   "12/31/2024" and "2024-12-31" are dates (serial numbers shown as dates);
 * - in a cell formatted as text ("@") everything but the apostrophe prefix stays text;
 * - "" empties the cell; null (handled by the caller) leaves it unchanged.
 */
import type { StoredCell, StoredScalar } from "./workbook";

export type ParsedInput =
  | { readonly kind: "blank" }
  | { readonly kind: "formula"; readonly formula: string }
  | { readonly kind: "constant"; readonly value: StoredScalar; readonly impliedFormat?: string };

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(\d+)?(\.\d+)?)%$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Excel's serial number of a calendar date (1900 system). */
export function dateSerial(year: number, month: number, day: number): number | null {
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return Math.round((time - Date.UTC(1899, 11, 30)) / 86400000);
}

export function parseInput(entry: StoredScalar, numberFormat: string): ParsedInput {
  if (typeof entry !== "string") return { kind: "constant", value: entry };
  if (entry === "") return { kind: "blank" };
  if (entry.startsWith("'")) {
    const text = entry.slice(1);
    return text === "" ? { kind: "blank" } : { kind: "constant", value: text };
  }
  if (numberFormat === "@") return { kind: "constant", value: entry };
  if (entry.startsWith("=") && entry.length > 1) return { kind: "formula", formula: entry };
  const trimmed = entry.trim();
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "constant", value: upper === "TRUE" };
  if (trimmed !== "" && NUMBER.test(trimmed) && /\d/.test(trimmed))
    return { kind: "constant", value: Number(trimmed.replace(/,/g, "")) };
  const percent = PERCENT.exec(trimmed);
  if (percent !== null && /\d/.test(percent[1] ?? "")) {
    const digits = (percent[1] ?? "").split(".")[1]?.length ?? 0;
    return {
      kind: "constant",
      value: Number(percent[1]) / 100,
      impliedFormat: digits === 0 ? "0%" : `0.${"0".repeat(digits)}%`,
    };
  }
  const us = US_DATE.exec(trimmed);
  if (us !== null) {
    const serial = dateSerial(Number(us[3]), Number(us[1]), Number(us[2]));
    if (serial !== null) return { kind: "constant", value: serial, impliedFormat: "m/d/yyyy" };
  }
  const iso = ISO_DATE.exec(trimmed);
  if (iso !== null) {
    const serial = dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (serial !== null) return { kind: "constant", value: serial, impliedFormat: "yyyy-mm-dd" };
  }
  return { kind: "constant", value: entry };
}

/** Applies a parsed input to a cell; a formula's cached value is set by the caller (evaluation). */
export function storeInput(cell: StoredCell, input: ParsedInput): void {
  delete cell.formula;
  delete cell.value;
  if (input.kind === "formula") {
    cell.formula = input.formula;
    return;
  }
  if (input.kind === "constant") {
    cell.value = input.value;
    if (input.impliedFormat !== undefined && (cell.numberFormat ?? "General") === "General")
      cell.numberFormat = input.impliedFormat;
  }
}
