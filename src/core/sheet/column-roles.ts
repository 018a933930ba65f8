/**
 * The column roles of a plan table (domain.md §2), one row each: the role, how people call it
 * (Italian, English) and the header phrases that name it. To read a new column, add a row here
 * (and read the column where the role is used): detection, the mapping validator, the summary and
 * the messages all follow this table.
 *
 * Phrases are compared on normalised text (lower case, no accents, punctuation as spaces); the
 * longest phrase that starts a header wins, so "Performance obiettivo" is the objective
 * performance, not the objective. Words after the phrase qualify the column ("Target 2024",
 * "Consuntivo al 30/06/2024", "Peso %"): see header-words.ts.
 */
import type { Bilingual } from "../bilingual";

/** A role with its name in both languages (`it`, `en`) and the header phrases that say it. */
export interface ColumnRoleDefinition extends Bilingual {
  readonly role: string;
  readonly phrases: readonly string[];
}

export const COLUMN_ROLES = [
  {
    role: "objective",
    it: "Obiettivo",
    en: "Objective",
    phrases: [
      "obiettivo",
      "obiettivi",
      "obiettivo strategico",
      "obiettivo operativo",
      "descrizione obiettivo",
      "titolo obiettivo",
      "area obiettivo",
      "objective",
      "objectives",
      "goal",
    ],
  },
  {
    role: "objectiveCode",
    it: "Codice obiettivo",
    en: "Objective code",
    phrases: [
      "codice obiettivo",
      "cod obiettivo",
      "cod ob",
      "objective code",
      "objective id",
      "goal code",
    ],
  },
  {
    // A generic code column ("Cod.", "Codice", "Code"): its values decide whether it holds KPI
    // codes, objective codes or both (detect-layout.ts).
    role: "kpiCode",
    it: "Cod.",
    en: "Code",
    phrases: [
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
  },
  {
    role: "level",
    it: "Livello",
    en: "Level",
    phrases: ["livello", "tipo obiettivo", "livello obiettivo", "level", "objective type"],
  },
  {
    role: "indicator",
    it: "Indicatore",
    en: "Indicator",
    phrases: [
      "indicatore",
      "indicatori",
      "kpi",
      "descrizione indicatore",
      "indicator",
      "indicators",
      "kpi name",
    ],
  },
  {
    role: "status",
    it: "Esito validazione",
    en: "Validation status",
    phrases: [
      "esito validazione",
      "validazione",
      "esito",
      "stato",
      "stato validazione",
      "validation",
      "status",
    ],
  },
  {
    role: "weight",
    it: "Peso",
    en: "Weight",
    phrases: ["peso", "pesi", "peso kpi", "peso indicatore", "weight", "weights"],
  },
  {
    role: "operator",
    it: "Operatore",
    en: "Operator",
    phrases: ["operatore", "operator", "segno", "condizione"],
  },
  {
    role: "target",
    it: "Target",
    en: "Target",
    phrases: [
      "target",
      "risultati attesi",
      "risultato atteso",
      "valore atteso",
      "valore target",
      "target value",
      "expected",
    ],
  },
  {
    role: "actual",
    it: "Consuntivo",
    en: "Actual",
    phrases: [
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
  },
  {
    role: "numerator",
    it: "Numeratore",
    en: "Numerator",
    phrases: ["numeratore", "numerator"],
  },
  {
    role: "denominator",
    it: "Denominatore",
    en: "Denominator",
    phrases: ["denominatore", "denominator"],
  },
  {
    role: "kpiPerformance",
    it: "Performance KPI",
    en: "KPI performance",
    phrases: [
      "performance kpi",
      "performance indicatore",
      "grado di raggiungimento",
      "grado raggiungimento",
      "kpi performance",
      "kpi score",
      "indicator performance",
      "indicator score",
    ],
  },
  {
    role: "objectivePerformance",
    it: "Performance Obiettivo",
    en: "Objective performance",
    phrases: [
      "performance obiettivo",
      "performance obiettivi",
      "grado di raggiungimento obiettivo",
      "grado di raggiungimento dell obiettivo",
      "objective performance",
      "objective score",
      "goal performance",
    ],
  },
  {
    role: "notes",
    it: "Note",
    en: "Notes",
    phrases: [
      "note",
      "notes",
      "nota",
      "commento",
      "commenti",
      "osservazioni",
      "comments",
      "remarks",
    ],
  },
  // Scoring schemes and OIV validation (domain.md §9–§10).
  {
    role: "method",
    it: "Metodo",
    en: "Method",
    phrases: [
      "metodo",
      "metodo di calcolo",
      "modalita di calcolo",
      "criterio di calcolo",
      "method",
      "scoring method",
    ],
  },
  {
    role: "threshold",
    it: "Soglia",
    en: "Threshold",
    phrases: ["soglia", "valore soglia", "soglia minima", "threshold", "minimum threshold"],
  },
  {
    role: "excellence",
    it: "Eccellenza",
    en: "Excellence",
    phrases: ["eccellenza", "valore di eccellenza", "valore eccellenza", "excellence"],
  },
  {
    role: "tolerance",
    it: "Tolleranza",
    en: "Tolerance",
    phrases: ["tolleranza", "tolerance"],
  },
  {
    role: "aggregation",
    it: "Aggregazione",
    en: "Aggregation",
    phrases: ["aggregazione", "modalita di aggregazione", "aggregation", "roll up"],
  },
  {
    role: "validated",
    it: "Performance validata",
    en: "Validated",
    phrases: [
      "performance validata",
      "valutazione oiv",
      "validato oiv",
      "validata oiv",
      "valore validato",
      "validated",
      "validated performance",
      "validated score",
    ],
  },
  {
    role: "reason",
    it: "Motivazione",
    en: "Reason",
    phrases: ["motivazione", "motivazione oiv", "motivazioni", "reason", "override reason"],
  },
] as const satisfies readonly ColumnRoleDefinition[];

export type ColumnRole = (typeof COLUMN_ROLES)[number]["role"];

const BY_ROLE: ReadonlyMap<string, ColumnRoleDefinition> = new Map(
  COLUMN_ROLES.map((definition) => [definition.role, definition])
);

export const ALL_ROLES: readonly ColumnRole[] = COLUMN_ROLES.map((definition) => definition.role);

export function isColumnRole(text: string): text is ColumnRole {
  return BY_ROLE.has(text);
}

/** How people call a role, for messages: Italian and English. */
export function roleName(role: ColumnRole): Bilingual {
  const definition = BY_ROLE.get(role);
  return definition === undefined ? { it: role, en: role } : definition;
}
