/**
 * The words a header cell may hold for each column role, in Italian and English (domain.md §2).
 * Matching is on normalised text (lower case, no accents, punctuation as spaces) and picks the
 * longest phrase that starts the header, so "Performance obiettivo" is the objective performance,
 * not the objective, and "KPI score" is a KPI performance, not an indicator.
 */
import type { ColumnRole } from "./sheet-types";

/** Roles read from the header row. `objectiveCode` is a code column of its own next to the objective title. */
export type HeaderRole = ColumnRole | "objectiveCode";

const PHRASES: Readonly<Record<HeaderRole, readonly string[]>> = {
  objective: [
    "obiettivo",
    "obiettivi",
    "obiettivo strategico",
    "obiettivo operativo",
    "descrizione obiettivo",
    "area obiettivo",
    "objective",
    "objectives",
    "goal",
  ],
  objectiveCode: [
    "codice obiettivo",
    "cod obiettivo",
    "cod ob",
    "objective code",
    "objective id",
    "goal code",
  ],
  kpiCode: [
    "cod",
    "codice",
    "code",
    "cod kpi",
    "codice kpi",
    "codice indicatore",
    "kpi code",
    "indicator code",
    "id kpi",
  ],
  indicator: [
    "indicatore",
    "indicatori",
    "kpi",
    "descrizione indicatore",
    "indicator",
    "indicators",
    "kpi name",
  ],
  status: [
    "esito validazione",
    "validazione",
    "esito",
    "stato",
    "stato validazione",
    "validation",
    "status",
  ],
  weight: ["peso", "pesi", "peso kpi", "peso indicatore", "weight", "weights"],
  operator: ["operatore", "operator", "segno", "condizione"],
  target: [
    "target",
    "risultati attesi",
    "risultato atteso",
    "valore atteso",
    "valore target",
    "target value",
    "expected",
  ],
  actual: [
    "consuntivo",
    "valore a consuntivo",
    "valore consuntivo",
    "risultato raggiunto",
    "valore raggiunto",
    "valore rilevato",
    "actual",
    "actual value",
    "actuals",
  ],
  kpiPerformance: [
    "performance kpi",
    "performance indicatore",
    "grado di raggiungimento",
    "grado raggiungimento",
    "kpi performance",
    "kpi score",
    "indicator performance",
    "indicator score",
  ],
  objectivePerformance: [
    "performance obiettivo",
    "performance obiettivi",
    "grado di raggiungimento obiettivo",
    "grado di raggiungimento dell obiettivo",
    "objective performance",
    "objective score",
    "goal performance",
  ],
  notes: ["note", "notes", "nota", "commento", "commenti", "osservazioni", "comments", "remarks"],
};

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
  readonly role: HeaderRole;
  readonly phrase: string;
}

const CANDIDATES: readonly Candidate[] = (Object.keys(PHRASES) as HeaderRole[])
  .flatMap((role) => PHRASES[role].map((phrase) => ({ role, phrase })))
  .sort((a, b) => b.phrase.length - a.phrase.length);

/** The role a header cell names, or null. A header may add words after the phrase ("Peso %", "Target 2024"). */
export function headerRole(text: string): HeaderRole | null {
  const normalised = normaliseHeader(text);
  if (normalised === "" || normalised.length > 60) return null;
  for (const { role, phrase } of CANDIDATES) {
    if (normalised === phrase || normalised.startsWith(phrase + " ")) return role;
  }
  return null;
}

/** How people call each role, for messages: Italian and English. */
export const ROLE_NAMES: Readonly<
  Record<HeaderRole, { readonly it: string; readonly en: string }>
> = {
  objective: { it: "Obiettivo", en: "Objective" },
  objectiveCode: { it: "Codice obiettivo", en: "Objective code" },
  kpiCode: { it: "Cod.", en: "Code" },
  indicator: { it: "Indicatore", en: "Indicator" },
  status: { it: "Esito validazione", en: "Validation status" },
  weight: { it: "Peso", en: "Weight" },
  operator: { it: "Operatore", en: "Operator" },
  target: { it: "Target", en: "Target" },
  actual: { it: "Consuntivo", en: "Actual" },
  kpiPerformance: { it: "Performance KPI", en: "KPI performance" },
  objectivePerformance: { it: "Performance Obiettivo", en: "Objective performance" },
  notes: { it: "Note", en: "Notes" },
};
