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
  planYearHint: { it: "vuoto: rilevato dal foglio", en: "blank: detected from the sheet" },
  asOfHint: { it: "vuota: oggi", en: "blank: today" },
  // The settings form's groups, hints and tables (settings-form.ts); the settings' own names
  // come from the core's settings model.
  groupEssential: { it: "Essenziali", en: "Essentials" },
  groupScoring: { it: "Punteggio", en: "Scoring" },
  groupRollup: { it: "Aggregazione", en: "Roll-up" },
  groupLegend: { it: "Legenda", en: "Legend" },
  groupAdvanced: { it: "Avanzate", en: "Advanced" },
  ceilingHint: {
    it: "il massimo oltre il target con l'eccellenza, solo senza il limite al 100% (ad esempio 120%)",
    en: "the most beyond the target with excellence, only without the cap at 100% (for example 120%)",
  },
  dateLadderHint: {
    it: "giorni di ritardo: performance, ad esempio 30: 90%; 61: 85%",
    en: "days late: performance, for example 30: 90%; 61: 85%",
  },
  earlyDaysHint: {
    it: "da quanti giorni prima della scadenza un KPI è «in anticipo»",
    en: "how many days before the deadline a KPI is “early”",
  },
  childWeightHint: {
    it: "quanto contano gli obiettivi figli accanto ai KPI propri (0%: solo tramite i meta-indicatori)",
    en: "how much child objectives count beside the own KPIs (0%: only through meta-KPIs)",
  },
  legendFromSheetHint: {
    it: "usa le soglie e i colori di una legenda scritta nel foglio, se non ne indicate una qui",
    en: "use the thresholds and colours of a legend typed in the sheet, unless you give one here",
  },
  periodHint: {
    it: "l'intestazione della colonna del periodo; vuoto: l'ultimo periodo con valori",
    en: "the header of the period's column; blank: the latest period with values",
  },
  useValidatedHint: {
    it: "la performance validata conta al posto di quella calcolata",
    en: "the validated performance counts in place of the computed one",
  },
  stepScaleHint: {
    it: "rapporto tra consuntivo e target: da (e fino a, facoltativo) → punteggio",
    en: "ratio of actual to target: from (and up to, optional) → score",
  },
  legendBandsHint: {
    it: "da 2 a 5 fasce, ciascuna con la regola (> 80%, 60%-80%, < 60%) e il colore; nessuna fascia: la legenda qui sopra",
    en: "2 to 5 bands, each with its rule (> 80%, 60%-80%, < 60%) and colour; no band: the legend above",
  },
  greenAbove: { it: "Verde sopra", en: "Green above" },
  yellowFrom: { it: "Giallo da", en: "Yellow from" },
  legendGreen: { it: "Verde", en: "Green" },
  legendYellow: { it: "Giallo", en: "Yellow" },
  legendRed: { it: "Rosso", en: "Red" },
  stepFrom: { it: "Rapporto da", en: "Ratio from" },
  stepTo: { it: "Fino a", en: "Up to" },
  stepScore: { it: "Punteggio", en: "Score" },
  stepRow: { it: "scaglione", en: "step" },
  addStep: { it: "Aggiungi scaglione", en: "Add a step" },
  bandRule: { it: "Regola", en: "Rule" },
  bandColour: { it: "Colore", en: "Colour" },
  bandRow: { it: "fascia", en: "band" },
  addBand: { it: "Aggiungi fascia", en: "Add a band" },
  rowActions: { it: "Azioni sulla riga", en: "Row actions" },
  removeRow: { it: "Rimuovi", en: "Remove" },
  recomputeBlocked: {
    it: "Per ricalcolare, correggere in Impostazioni",
    en: "To recompute, correct in Settings",
  },
  save: { it: "Salva impostazioni", en: "Save settings" },
  saved: {
    it: "Impostazioni salvate nella cartella di lavoro",
    en: "Settings saved in the workbook",
  },
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
