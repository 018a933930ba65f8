/**
 * What each kind of audit finding is called in the pane (the audit screen groups findings by
 * kind), and which kinds the pane can fix from the list. Names are short: they head a group and
 * fill the kind filter at 320 px.
 */
import type { Finding, FindingCode } from "../core/sheet";
import type { Language } from "./i18n";

const KIND_NAMES: Readonly<Record<FindingCode, { readonly it: string; readonly en: string }>> = {
  PUBLISHED_MISMATCH: { it: "Valori pubblicati diversi", en: "Published figures differ" },
  UNIT_MISMATCH: { it: "Unità diverse", en: "Units disagree" },
  WEIGHTS_NOT_100: { it: "Pesi che non fanno 100%", en: "Weights not adding to 100%" },
  MISSING_PARENT: { it: "Obiettivo padre mancante", en: "Missing parent objective" },
  DUPLICATE_CODE: { it: "Codici ripetuti", en: "Repeated codes" },
  TARGET_UNREADABLE: { it: "Target illeggibili", en: "Unreadable targets" },
  VALUE_UNREADABLE: { it: "Valori illeggibili", en: "Unreadable values" },
  BLANK_ACTUAL_NOT_ACHIEVED: {
    it: "Consuntivo vuoto dopo la scadenza",
    en: "Blank actual after the deadline",
  },
  REVISED_TARGET: { it: "Target rivisti", en: "Revised targets" },
  USER_FORMULA_KEPT: { it: "Formule dell'utente mantenute", en: "User formulas kept" },
  ZERO_WEIGHT: { it: "Pesi a zero", en: "Zero weights" },
  KPI_WITHOUT_OBJECTIVE: { it: "KPI senza obiettivo", en: "KPIs without an objective" },
  COLUMN_ROLE_INFERRED: { it: "Colonne riconosciute dai valori", en: "Columns read from values" },
  PERIOD_BY_DEFAULT: { it: "Periodo scelto per difetto", en: "Period chosen by default" },
  RATIO_MISMATCH: { it: "Rapporti che non tornano", en: "Ratios that do not add up" },
  DENOMINATOR_ZERO: { it: "Denominatori a zero", en: "Zero denominators" },
  VALIDATED_OVERRIDE: { it: "Valori validati dall'OIV", en: "OIV-validated figures" },
  OVERRIDE_WITHOUT_REASON: {
    it: "Validazioni senza motivazione",
    en: "Overrides without a reason",
  },
  THRESHOLD_MISSING: { it: "Soglie mancanti", en: "Missing thresholds" },
  SCHEME_INVALID: { it: "Metodi non applicabili", en: "Schemes that cannot apply" },
  SCHEME_CELL_UNREADABLE: { it: "Celle del metodo illeggibili", en: "Unreadable scheme cells" },
  LEGEND_GAP: { it: "Vuoti nella legenda", en: "Gaps in the legend" },
  LEGEND_OVERLAP: { it: "Fasce sovrapposte", en: "Overlapping bands" },
  LEGEND_FILL_UNREADABLE: {
    it: "Colori della legenda illeggibili",
    en: "Unreadable legend colours",
  },
  MERGES_NOT_READ: { it: "Celle unite non lette", en: "Merged cells not read" },
  FORMULA_NOT_CALCULATED: { it: "Formule non calcolate", en: "Formulas not calculated" },
};

export function kindName(code: FindingCode, language: Language): string {
  return KIND_NAMES[code][language];
}

/** The fix the audit list offers for a finding, or null when there is none to offer. */
export type FindingFix = { readonly kind: "useComputed"; readonly value: number };

/**
 * A derived cell holding the person's own formula is left alone by the recompute
 * (USER_FORMULA_KEPT); the fix writes the computed figure in its place. Only a numeric computed
 * figure can be written this way ("N.V." or a blank is left to the person).
 */
export function fixFor(finding: Finding): FindingFix | null {
  if (finding.code === "USER_FORMULA_KEPT" && typeof finding.computed === "number")
    return { kind: "useComputed", value: finding.computed };
  return null;
}
