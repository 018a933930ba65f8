/**
 * Reading a header cell: which role it names (by the phrases of column-roles.ts) and what the
 * words after the phrase say about the column: a year ("Target 2024", "Valore atteso 2024") or a
 * monitoring period ("Consuntivo al 30/06/2024", "Consuntivo I semestre"). Excel's generated names
 * for blank table headers ("Colonna1", "Column1") name nothing.
 */
import { COLUMN_ROLES, type ColumnRole } from "./column-roles";

/** Lower case, accents removed, punctuation turned into single spaces. */
export function normaliseHeader(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

interface Candidate {
  readonly role: ColumnRole;
  readonly phrase: string;
}

const CANDIDATES: readonly Candidate[] = COLUMN_ROLES.flatMap((definition) =>
  definition.phrases.map((phrase) => ({ role: definition.role, phrase }))
).sort((a, b) => b.phrase.length - a.phrase.length);

/** The header names Excel gives blank headers of a table, in the languages Excel is used in here. */
const GENERATED_NAME = /^(?:colonna|column|col|spalte|colonne|columna)\s*\d+$/;

/** A header that says nothing: blank, or a name Excel made up for a blank table header. */
export function isBlankHeader(text: string): boolean {
  const normalised = normaliseHeader(text);
  return normalised === "" || GENERATED_NAME.test(normalised);
}

export interface HeaderMatch {
  readonly role: ColumnRole;
  /** Normalised words after the role's phrase ("2024", "al 30 06 2024", "" when none). */
  readonly rest: string;
}

/** The role a header cell names and the words that follow it, or null. */
export function headerMatch(text: string): HeaderMatch | null {
  const normalised = normaliseHeader(text);
  if (normalised === "" || normalised.length > 60 || GENERATED_NAME.test(normalised)) return null;
  for (const { role, phrase } of CANDIDATES) {
    if (normalised === phrase) return { role, rest: "" };
    if (normalised.startsWith(phrase + " "))
      return { role, rest: normalised.slice(phrase.length + 1) };
  }
  return null;
}

/** The role a header cell names, or null. A header may add words after the phrase ("Peso %", "Target 2024"). */
export function headerRole(text: string): ColumnRole | null {
  return headerMatch(text)?.role ?? null;
}
