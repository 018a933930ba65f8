/**
 * A person's correction of the detection: which column holds each role, and which row holds the
 * header. Used by detectLayout as an override (a mapped role wins over header words; the other
 * roles are still detected). Written on the command line as `target=G,actual=H,header=3` or as
 * JSON (`{"headerRow":3,"columns":{"target":"G","actual":"H"}}`), and saved in the workbook with
 * the other settings.
 */
import { messages } from "../messages";
import { ok, type Result } from "../types";
import { columnIndex, columnLetter } from "./a1";
import { ALL_ROLES, isColumnRole, roleName, type ColumnRole } from "./column-roles";

export interface ColumnMapping {
  /** 1-based Excel row of the header; null: found by header words. */
  readonly headerRow: number | null;
  /** Column letters ("G") by role. */
  readonly columns: Readonly<Partial<Record<ColumnRole, string>>>;
}

export const EMPTY_MAPPING: ColumnMapping = Object.freeze({ headerRow: null, columns: {} });

/** Words accepted for the header row in the text form. */
const HEADER_KEYS: ReadonlySet<string> = new Set(["header", "headerrow", "intestazione", "riga"]);
const MAX_ROW = 1_048_576;

const invalid = messages.mappingInvalid;

const rolesList = (): string => ALL_ROLES.join(", ");

/** `target=G,actual=H,header=3` (commas or semicolons; role names as in ALL_ROLES). */
export function parseColumnMapping(text: string): Result<ColumnMapping> {
  const columns: Record<string, string> = {};
  let headerRow: number | null = null;
  for (const part of text.split(/[,;]/)) {
    const item = part.trim();
    if (item === "") continue;
    const at = item.indexOf("=");
    if (at <= 0)
      return invalid(
        `"${item}" non ha la forma ruolo=colonna (ad esempio target=G).`,
        `"${item}" is not of the form role=column (for example target=G).`
      );
    const key = item.slice(0, at).trim();
    const value = item.slice(at + 1).trim();
    if (HEADER_KEYS.has(key.toLowerCase())) {
      headerRow = Number(value);
      continue;
    }
    columns[key] = value;
  }
  return validateColumnMapping({ headerRow, columns });
}

/** A mapping read from JSON (a file or the workbook): checks every role, letter and the header row. */
export function validateColumnMapping(value: unknown): Result<ColumnMapping> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return invalid(
      'serve un oggetto {"headerRow": 3, "columns": {"target": "G"}}.',
      'an object {"headerRow": 3, "columns": {"target": "G"}} is needed.'
    );
  const record = value as Record<string, unknown>;
  const rawRow = record.headerRow ?? null;
  if (
    rawRow !== null &&
    (typeof rawRow !== "number" || !Number.isInteger(rawRow) || rawRow < 1 || rawRow > MAX_ROW)
  )
    return invalid(
      `la riga di intestazione "${String(rawRow)}" deve essere un numero di riga da 1 a ${MAX_ROW}.`,
      `the header row "${String(rawRow)}" must be a row number from 1 to ${MAX_ROW}.`
    );
  const rawColumns = record.columns ?? {};
  if (typeof rawColumns !== "object" || rawColumns === null || Array.isArray(rawColumns))
    return invalid(
      "le colonne vanno date come ruolo → lettera.",
      "the columns must be given as role → letter."
    );
  const columns: Partial<Record<ColumnRole, string>> = {};
  const byLetter = new Map<string, ColumnRole>();
  for (const [role, letter] of Object.entries(rawColumns as Record<string, unknown>)) {
    if (!isColumnRole(role))
      return invalid(
        `ruolo "${role}" sconosciuto (ruoli: ${rolesList()}).`,
        `unknown role "${role}" (roles: ${rolesList()}).`
      );
    const index = typeof letter === "string" ? columnIndex(letter.trim().toUpperCase()) : null;
    if (index === null)
      return invalid(
        `la colonna "${String(letter)}" di ${roleName(role).it} non è una lettera di colonna (A, G, AB).`,
        `the column "${String(letter)}" of ${roleName(role).en} is not a column letter (A, G, AB).`
      );
    const normalised = columnLetter(index);
    const other = byLetter.get(normalised);
    if (other !== undefined)
      return invalid(
        `la colonna ${normalised} è indicata sia per ${roleName(other).it} sia per ${roleName(role).it}.`,
        `column ${normalised} is given both for ${roleName(other).en} and for ${roleName(role).en}.`
      );
    byLetter.set(normalised, role);
    columns[role] = normalised;
  }
  return ok({ headerRow: rawRow, columns });
}

/** The mapping's columns as 0-based indexes (letters already validated). */
export function mappedColumnIndexes(mapping: ColumnMapping): ReadonlyMap<ColumnRole, number> {
  const indexes = new Map<ColumnRole, number>();
  for (const role of ALL_ROLES) {
    const letter = mapping.columns[role];
    const index = letter === undefined ? null : columnIndex(letter);
    if (index !== null) indexes.set(role, index);
  }
  return indexes;
}

/** The text form, for the summary and for saving: `header=3,target=G,actual=H`. */
export function formatColumnMapping(mapping: ColumnMapping): string {
  const parts: string[] = [];
  if (mapping.headerRow !== null) parts.push(`header=${mapping.headerRow}`);
  for (const role of ALL_ROLES) {
    const letter = mapping.columns[role];
    if (letter !== undefined) parts.push(`${role}=${letter}`);
  }
  return parts.join(",");
}
