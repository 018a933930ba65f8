/**
 * The pane's words in Italian and English. The language follows Office.context.displayLanguage:
 * Italian for "it-*", English otherwise. Error messages always show both (Italian first).
 */
import type { Bilingual } from "../core";

export type Language = "it" | "en";

const STRINGS = {
  title: { it: "Piano della performance", en: "Performance plan" },
  recompute: { it: "Ricalcola il foglio", en: "Recompute the sheet" },
  undo: { it: "Annulla l'ultimo ricalcolo", en: "Undo the last recompute" },
  retry: { it: "Riprova", en: "Try again" },
  stepRead: { it: "Lettura del foglio", en: "Reading the sheet" },
  stepCompute: { it: "Calcolo", en: "Computing" },
  stepWrite: { it: "Scrittura", en: "Writing" },
  done: { it: "Ricalcolo completato", en: "Recompute done" },
  undone: { it: "Ricalcolo annullato: celle ripristinate", en: "Recompute undone: cells restored" },
  undoSkipped: {
    it: "celle modificate dopo il ricalcolo lasciate come sono",
    en: "cells changed after the recompute left as they are",
  },
  summary: { it: "Riepilogo", en: "Summary" },
  kpis: { it: "KPI calcolati", en: "KPIs computed" },
  objectives: { it: "Obiettivi calcolati", en: "Objectives computed" },
  green: { it: "Verde (> soglia alta)", en: "Green (above the upper threshold)" },
  yellow: { it: "Giallo", en: "Yellow" },
  red: { it: "Rosso", en: "Red" },
  notEvaluated: { it: "Non valutati", en: "Not evaluated" },
  findings: { it: "Segnalazioni", en: "Findings" },
  cellsWritten: { it: "Celle scritte", en: "Cells written" },
  syncs: { it: "Chiamate a Excel", en: "Calls to Excel" },
  audit: { it: "Verifica del foglio", en: "Sheet audit" },
  auditEmpty: { it: "Nessuna segnalazione.", en: "No findings." },
  auditHint: {
    it: "Invio o clic su una segnalazione seleziona la cella nel foglio.",
    en: "Enter or click on a finding selects the cell in the sheet.",
  },
  explain: { it: "Come è calcolato", en: "How it is computed" },
  explainHint: {
    it: "Seleziona nel foglio la riga di un KPI o di un obiettivo.",
    en: "Select the row of a KPI or an objective in the sheet.",
  },
  explainNone: { it: "Nessuna spiegazione per la riga", en: "No explanation for row" },
  row: { it: "Riga", en: "Row" },
  chart: { it: "Performance per area", en: "Performance by area" },
  mapping: {
    it: "Colonne del piano (salvate nella cartella di lavoro)",
    en: "Plan columns (saved in the workbook)",
  },
  mappingHint: {
    it: "La colonna usata per ogni ruolo e cosa l'ha decisa. Per correggere, scrivere la lettera della colonna (ad esempio G) e ricalcolare; lasciare vuoto per il rilevamento automatico.",
    en: "The column used for each role and what decided it. To correct it, write the column letter (for example G) and recompute; leave blank for automatic detection.",
  },
  mappingRole: { it: "Ruolo della colonna", en: "Role of the column" },
  mappingUsed: { it: "Colonna usata per il ruolo", en: "Column used for the role" },
  mappingAssign: { it: "Colonna indicata per il ruolo", en: "Column assigned to the role" },
  mappingHeaderRow: { it: "Riga di intestazione", en: "Header row" },
  chartEmpty: { it: "Nessuna area valutata.", en: "No area evaluated." },
  settings: {
    it: "Impostazioni (salvate nella cartella di lavoro)",
    en: "Settings (saved in the workbook)",
  },
  method: { it: "Metodo di calcolo", en: "Scoring method" },
  proportional: { it: "Proporzionale", en: "Proportional" },
  binary: { it: "Binario (raggiunto / non raggiunto)", en: "Binary (met / not met)" },
  planYear: { it: "Anno del piano", en: "Plan year" },
  planYearHint: { it: "vuoto: rilevato dal foglio", en: "blank: detected from the sheet" },
  asOf: { it: "Data di valutazione", en: "Evaluation date" },
  asOfHint: { it: "vuota: oggi", en: "blank: today" },
  dateLadder: {
    it: "Scala dei ritardi (giorni:performance)",
    en: "Lateness ladder (days:performance)",
  },
  cap: { it: "Limita la performance al 100%", en: "Cap performance at 100%" },
  greenAbove: { it: "Verde sopra (%)", en: "Green above (%)" },
  yellowFrom: { it: "Giallo da (%)", en: "Yellow from (%)" },
  colours: { it: "Colori della legenda", en: "Legend colours" },
  writeMode: { it: "Cosa scrivere nel foglio", en: "What to write in the sheet" },
  writeValues: {
    it: "Valori (leggibili anche senza il componente aggiuntivo)",
    en: "Values (readable without the add-in)",
  },
  writeFormulas: {
    it: "Formule PIANO.PERF_KPI / PERF_ROLLUP",
    en: "PIANO.PERF_KPI / PERF_ROLLUP formulas",
  },
  save: { it: "Salva impostazioni", en: "Save settings" },
  saved: {
    it: "Impostazioni salvate nella cartella di lavoro",
    en: "Settings saved in the workbook",
  },
  invalidSetting: { it: "Impostazione non valida", en: "Invalid setting" },
  detected: { it: "rilevato", en: "detected" },
  undoAvailable: { it: "Ultimo ricalcolo", en: "Last recompute" },
  // Screens (issue 12): tabs, results, audit filters, technical details.
  actions: { it: "Azioni", en: "Actions" },
  progress: { it: "Avanzamento del ricalcolo", en: "Recompute progress" },
  openMapping: { it: "Indica le colonne del piano", en: "Assign the plan's columns" },
  screenResults: { it: "Risultati", en: "Results" },
  screenAudit: { it: "Verifica", en: "Audit" },
  screenExplain: { it: "Spiegazione", en: "Explanation" },
  screenSettings: { it: "Impostazioni", en: "Settings" },
  resultsHint: {
    it: "Premi «Ricalcola il foglio»: qui compaiono gli obiettivi per fascia e per area.",
    en: "Press “Recompute the sheet”: objectives by band and by area appear here.",
  },
  bandsTitle: { it: "Obiettivi per fascia", en: "Objectives by band" },
  objectivesList: { it: "Obiettivi", en: "Objectives" },
  objectivesFiltered: { it: "filtro", en: "filter" },
  clearFilter: { it: "Mostra tutti", en: "Show all" },
  objectivesNone: {
    it: "Nessun obiettivo con questo filtro.",
    en: "No objective matches this filter.",
  },
  selectsRow: { it: "seleziona la riga nel foglio", en: "selects the row in the sheet" },
  areaObjectives: { it: "obiettivi", en: "objectives" },
  technical: { it: "Dettagli tecnici", en: "Technical details" },
  technicalHint: {
    it: "Per l'assistenza: come il riquadro ha parlato con Excel nell'ultimo ricalcolo.",
    en: "For support: how the pane talked to Excel in the last recompute.",
  },
  auditBefore: {
    it: "Nessun ricalcolo ancora in questa sessione.",
    en: "No recompute yet in this session.",
  },
  auditKind: { it: "Tipo di segnalazione", en: "Kind of finding" },
  auditAllKinds: { it: "Tutti i tipi", en: "All kinds" },
  auditSearch: { it: "Cerca (cella, codice, testo)", en: "Search (cell, code, text)" },
  auditOf: { it: "di", en: "of" },
  auditNoMatch: {
    it: "Nessuna segnalazione con questo filtro.",
    en: "No finding matches this filter.",
  },
  showMore: { it: "Mostra altre", en: "Show more" },
  remaining: { it: "restano", en: "left" },
  useComputed: { it: "Usa il valore calcolato", en: "Use the computed value" },
  fixDone: {
    it: "Formula sostituita con il valore calcolato",
    en: "Formula replaced by the computed value",
  },
  fixWas: { it: "la formula era", en: "the formula was" },
  toExplanation: { it: "Spiegazione della riga", en: "Explanation of the row" },
  bandGreen: { it: "Verdi", en: "Green" },
  bandYellow: { it: "Gialli", en: "Yellow" },
  bandRed: { it: "Rossi", en: "Red" },
  bandNone: { it: "Non valutati", en: "Not evaluated" },
  filterBand: { it: "filtra gli obiettivi per fascia", en: "filter the objectives by band" },
  filterArea: { it: "filtra gli obiettivi dell'area", en: "filter the area's objectives" },
  ready: { it: "Pronto", en: "Ready" },
  error: { it: "Errore", en: "Error" },
} as const satisfies Readonly<Record<string, Bilingual>>;

export type StringKey = keyof typeof STRINGS;

/** Every key of the pane's words (the bilingual-text test walks them). */
export const STRING_KEYS = Object.keys(STRINGS) as StringKey[];

export function languageFor(displayLanguage: string | null | undefined): Language {
  return (displayLanguage ?? "it").toLowerCase().startsWith("it") ? "it" : "en";
}

export interface Translator {
  readonly language: Language;
  (key: StringKey): string;
}

export function translator(language: Language): Translator {
  const t = (key: StringKey): string => STRINGS[key][language];
  return Object.assign(t, { language });
}

/** Numbers and dates in text the Italian way when the pane is Italian (80,50%). */
export function formatPercent(value: number, language: Language): string {
  return new Intl.NumberFormat(language === "it" ? "it-IT" : "en-GB", {
    style: "percent",
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}
