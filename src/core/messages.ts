/**
 * Every error message of the engine, Italian first (for people) with its English translation.
 * Values are quoted back as the user wrote them, so the message says what to fix and where.
 */
import { formatNumberIt } from "./parse-number";
import { fail, type Failure, type PerfError } from "./types";

/** Longest quoted input in a message: long notes pasted into a cell would drown the advice. */
const MAX_QUOTED = 60;

/** The user's input as quoted in a message: trimmed, shortened, numbers Italian style, booleans in both languages. */
export function quote(raw: unknown): string {
  let text: string;
  if (typeof raw === "boolean") text = raw ? "VERO/TRUE" : "FALSO/FALSE";
  else if (typeof raw === "number") text = formatNumberIt(raw);
  else if (typeof raw === "string") text = raw.trim().replace(/\s+/g, " ");
  else text = String(raw);
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
}

const HOW_TO_WRITE_TARGET_IT =
  'scrivere un operatore e un valore, ad esempio "≥ 15%", ">= 2", "≤ 31/12/2024" o "entro il 30/04/2024"';
const HOW_TO_WRITE_TARGET_EN =
  'write an operator and a value, for example "≥ 15%", ">= 2", "≤ 31/12/2024" or "entro il 30/04/2024"';

export const messages = {
  valueUnreadable: (raw: unknown): Failure<PerfError> =>
    fail(
      "VALUE_UNREADABLE",
      `Valore "${quote(raw)}" non leggibile: scrivere un numero (1.587,10), una percentuale (15,00%), una data (31/12/2024) oppure N.V. se non valutabile.`,
      `Value "${quote(raw)}" cannot be read: write a number (1.587,10), a percentage (15,00%), a date (31/12/2024) or N.V. when it cannot be evaluated.`
    ),
  valueNotFinite: (raw: number): Failure<PerfError> =>
    fail(
      "VALUE_UNREADABLE",
      `Valore ${quote(raw)} non valido: serve un numero finito.`,
      `Value ${quote(raw)} is not valid: a finite number is needed.`
    ),
  targetMissing: (): Failure<PerfError> =>
    fail(
      "TARGET_MISSING",
      `Target mancante: ${HOW_TO_WRITE_TARGET_IT}.`,
      `Target missing: ${HOW_TO_WRITE_TARGET_EN}.`
    ),
  targetUnreadable: (raw: unknown): Failure<PerfError> =>
    fail(
      "TARGET_UNREADABLE",
      `Target "${quote(raw)}" senza un valore leggibile, quindi non valutabile: ${HOW_TO_WRITE_TARGET_IT}.`,
      `Target "${quote(raw)}" has no readable value, so it cannot be evaluated: ${HOW_TO_WRITE_TARGET_EN}.`
    ),
  noPlanYearForTarget: (raw: unknown, years: readonly number[]): Failure<PerfError> =>
    fail(
      "NO_TARGET_FOR_YEAR",
      `Il target "${quote(raw)}" indica valori per più anni (${years.join(", ")}): indicare l'anno del piano.`,
      `Target "${quote(raw)}" gives values for several years (${years.join(", ")}): set the plan year.`
    ),
  noTargetForYear: (raw: unknown, years: readonly number[], planYear: number): Failure<PerfError> =>
    fail(
      "NO_TARGET_FOR_YEAR",
      `Il target "${quote(raw)}" non indica un valore per il ${planYear} (anni presenti: ${years.join(", ")}).`,
      `Target "${quote(raw)}" gives no value for ${planYear} (years present: ${years.join(", ")}).`
    ),
  dateWithoutYear: (raw: unknown, date: string): Failure<PerfError> =>
    fail(
      "NO_TARGET_FOR_YEAR",
      `Il target "${quote(raw)}" contiene la data "${date}" senza anno e l'anno del piano non è indicato: scrivere la data per intero (31/12/2024) o indicare l'anno del piano.`,
      `Target "${quote(raw)}" holds the date "${date}" without a year and no plan year is set: write the full date (31/12/2024) or set the plan year.`
    ),
  operatorUnreadable: (raw: unknown): Failure<PerfError> =>
    fail(
      "OPERATOR_UNREADABLE",
      `Operatore "${quote(raw)}" non riconosciuto: usare ≥, >=, >, ≤, <=, <, = oppure "almeno", "entro", "non oltre".`,
      `Operator "${quote(raw)}" not recognised: use ≥, >=, >, ≤, <=, <, = or "almeno", "entro", "non oltre".`
    ),
  weightUnreadable: (raw: unknown): Failure<PerfError> =>
    fail(
      "WEIGHT_UNREADABLE",
      `Peso "${quote(raw)}" non leggibile: scrivere una percentuale non negativa (20%, 0,2) eventualmente seguita dall'operatore (50% >=).`,
      `Weight "${quote(raw)}" cannot be read: write a non-negative percentage (20%, 0,2), optionally followed by the operator (50% >=).`
    ),
  noHeaderRow: (): Failure<PerfError> =>
    fail(
      "LAYOUT_NOT_FOUND",
      "Nessuna intestazione riconosciuta nel foglio: servono almeno le colonne Indicatore, Target, Consuntivo e " +
        "Performance KPI o Performance Obiettivo.",
      "No header recognised in the sheet: at least the columns Indicator, Target, Actual and KPI performance or " +
        "Objective performance are needed."
    ),
  /** A header row with some columns: which were found (with their cells) and which are missing. */
  headersMissing: (
    row: number,
    found: { readonly it: readonly string[]; readonly en: readonly string[] },
    missing: { readonly it: readonly string[]; readonly en: readonly string[] }
  ): Failure<PerfError> =>
    fail(
      "LAYOUT_NOT_FOUND",
      `Tabella del piano non riconosciuta. Intestazioni trovate alla riga ${row}: ${found.it.join(", ")}; ` +
        `mancano: ${missing.it.join(", ")}. Aggiungere le intestazioni mancanti (in italiano o in inglese) ` +
        `oppure indicare le colonne (abbinamento delle colonne).`,
      `Plan table not recognised. Headers found in row ${row}: ${found.en.join(", ")}; ` +
        `missing: ${missing.en.join(", ")}. Add the missing headers (Italian or English) or assign the columns ` +
        `(column mapping).`
    ),
  /** A plan written as cards: `labels` found down `column`, from cell `from` ("A1"). */
  cardForm: (labels: string, column: string, from: string): Failure<PerfError> =>
    fail(
      "LAYOUT_NOT_FOUND",
      `Il foglio è scritto a schede, non come tabella: etichette ${labels} in colonna ${column} (da ${from}) ` +
        "con il valore accanto. Per il ricalcolo serve una tabella con una riga di intestazione (Obiettivo, " +
        "Indicatore, Peso, Target, Consuntivo, Performance KPI o Performance Obiettivo) e una riga per ogni indicatore.",
      `The sheet is written as cards, not as a table: labels ${labels} in column ${column} (from ${from}) ` +
        "with the value beside them. Recomputing needs a table with one header row (Objective, Indicator, " +
        "Weight, Target, Actual, KPI performance or Objective performance) and one row per indicator."
    ),
  /** A column mapping that cannot be used: `it`/`en` say what is wrong with it. */
  mappingInvalid: (it: string, en: string): Failure<PerfError> =>
    fail(
      "MAPPING_INVALID",
      `Abbinamento delle colonne non valido: ${it}`,
      `Invalid column mapping: ${en}`
    ),
  methodUnknown: (raw: unknown): Failure<PerfError> =>
    fail(
      "METHOD_UNKNOWN",
      `Metodo "${quote(raw)}" sconosciuto: usare "proporzionale", "binario", "soglia" oppure "scaglioni".`,
      `Method "${quote(raw)}" unknown: use "proportional" (proporzionale), "binary" (binario), "threshold" (soglia) or "steps" (scaglioni).`
    ),
} as const;
