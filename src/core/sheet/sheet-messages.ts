/**
 * Every text of the sheet model, Italian first with its English translation: the findings of the
 * audit (findings.ts, scheme-findings.ts), the lines of the explain panel (explanations.ts,
 * scheme-explanations.ts) and the words those compose (sheetWords). The figures come already
 * written (percentText, unitValueText…), so each message only places them.
 */
import type { Method } from "../types";
import type { Bilingual } from "./format-text";
import type { OperatorSource } from "./read-kpi";

/** Words and short phrases composed into the messages below (names, labels, qualifiers). */
export const sheetWords = {
  /** What each derived cell is, and the Italian participle that agrees with it. */
  derivedCell: {
    kpiPerformance: { it: "Performance KPI", en: "KPI performance", published: "pubblicata" },
    objectivePerformance: {
      it: "Performance obiettivo",
      en: "Objective performance",
      published: "pubblicata",
    },
    metaActual: {
      it: "Consuntivo del meta-indicatore",
      en: "Meta-KPI actual",
      published: "pubblicato",
    },
  },
  blank: { it: "vuota", en: "blank" },
  /** A blank value (an actual), as the explanation names it. */
  blankValue: { it: "vuoto", en: "blank" },
  /** A performance that is not evaluated, in a finding and in an explanation. */
  notEvaluated: { it: "non valutato", en: "not evaluated" },
  notEvaluatedMarked: { it: "N.V. (non valutato)", en: "N.V. (not evaluated)" },
  /** A value written as a not-evaluable marker ("n.d.", "—"). */
  notEvaluable: (marker: string): Bilingual => ({
    it: `${marker} (non valutabile)`,
    en: `${marker} (not evaluable)`,
  }),
  ofKpis: { it: "degli indicatori", en: "of its KPIs" },
  ofChildObjectives: { it: "degli obiettivi figli", en: "of its child objectives" },
  method: {
    proportional: { it: "proporzionale", en: "proportional" },
    binary: { it: "binario (raggiunto / non raggiunto)", en: "binary (met / not met)" },
    threshold: { it: "soglia e target, lineare", en: "threshold to target, linear" },
    steps: { it: "a scaglioni", en: "step scale" },
  } satisfies Readonly<Record<Method, Bilingual>>,
  operatorSource: {
    column: { it: "dalla colonna dell'operatore", en: "from the operator column" },
    weight: { it: "dalla cella del peso", en: "from the weight cell" },
    target: { it: "dal testo del target", en: "from the target text" },
    implied: { it: "sottinteso (nessun operatore scritto)", en: "implied (no operator written)" },
  } satisfies Readonly<Record<OperatorSource | "implied", Bilingual>>,
  rollup: {
    weightedMean: { it: "media ponderata", en: "weighted mean" },
    minimum: { it: "minimo (il KPI peggiore)", en: "minimum (the worst KPI)" },
    allMet: {
      it: "tutti raggiunti (100% solo se ogni KPI è al 100%)",
      en: "all met (100% only when every KPI is at 100%)",
    },
  },
  weightedByObjectiveRows: {
    it: "media ponderata con i pesi scritti sulle righe degli obiettivi",
    en: "weighted mean with the weights written on the objective rows",
  },
  plainMean: { it: "media semplice (pesi uguali)", en: "plain mean (equal weights)" },
  noWeight: { it: "senza peso", en: "no weight" },
  counted: { it: "", en: "" },
  leftOut: { it: " (escluso)", en: " (left out)" },
  /** A cell's text quoted as written: the same in both languages. */
  quoted: (text: string): Bilingual => ({ it: `"${text}"`, en: `"${text}"` }),
  kpiNamed: (name: string): Bilingual => ({ it: `KPI "${name}"`, en: `KPI "${name}"` }),
  objectiveNamed: (name: string): Bilingual => ({
    it: `Obiettivo ${name}`,
    en: `Objective ${name}`,
  }),
  /** Why, in formulas mode, a KPI's performance is written as a value (derived-cells.ts). */
  formulaNot: {
    noColumns: {
      it: "il foglio non ha la colonna del target o del consuntivo da passare alla funzione",
      en: "the sheet has no target or actual column to pass to the function",
    },
    status: {
      it: "lo stato di validazione rende il KPI non valutabile, e le funzioni non hanno un argomento per lo stato",
      en: "the validation status makes the KPI not evaluable, and the functions have no argument for the status",
    },
    target: {
      it: "il target non si legge: la formula darebbe #VALORE!",
      en: "the target cannot be read: the formula would give #VALUE!",
    },
    rowMethod: {
      it: "il metodo è scritto sulla riga, e la funzione da usare dipende dal metodo",
      en: "the method is written on the row, and which function to use depends on the method",
    },
    override: {
      it: "conta il valore validato dall'OIV, che nessuna funzione calcola",
      en: "the figure validated by the OIV counts, which no function computes",
    },
    scheme: {
      it: "soglia, eccellenza o tolleranza della riga non si leggono o non sono coerenti con il target",
      en: "the row's threshold, excellence or tolerance cannot be read or does not fit the target",
    },
    dateOperator: {
      it: "un target data con un operatore diverso da ≤ non ha una funzione",
      en: "a date target with an operator other than ≤ has no function",
    },
    capLifted: {
      it: "senza il limite al 100% la funzione di questo KPI darebbe comunque al massimo il 100%",
      en: "without the cap at 100% this KPI's function would still give at most 100%",
    },
    settings: (labels: readonly Bilingual[]): Bilingual => ({
      it: `nessuna funzione ha un argomento per ${labels.map((l) => `«${l.it}»`).join(", ")} diversi dal predefinito`,
      en: `no function has an argument for ${labels.map((l) => `"${l.en}"`).join(", ")} other than the default`,
    }),
  },
} as const;

const unitName = (unit: string): Bilingual =>
  unit === "percent" ? { it: "percentuale", en: "percentage" } : { it: "numero", en: "number" };

/** The audit's findings (domain.md §8–§10), each with what to look at or what was done. */
export const findingMessages = {
  userFormulaKept: (label: Bilingual, formula: string, computed: Bilingual): Bilingual => ({
    it: `${label.it}: la cella contiene una formula dell'utente (${formula}), che non viene sovrascritta; valore calcolato ${computed.it}.`,
    en: `${label.en}: the cell holds the user's own formula (${formula}), which is not overwritten; computed value ${computed.en}.`,
  }),
  publishedMismatch: (
    label: Bilingual & { readonly published: string },
    shown: Bilingual,
    computed: Bilingual
  ): Bilingual => ({
    it: `${label.it} ${label.published} ${shown.it}, ma secondo le regole è ${computed.it}.`,
    en: `${label.en} published as ${shown.en}, but by the rules it is ${computed.en}.`,
  }),
  duplicateCode: (code: string | null, firstRow: string): Bilingual => ({
    it: `Il codice ${code} compare più volte (la prima alla riga ${firstRow}): ogni riga è contata come un obiettivo a sé.`,
    en: `Code ${code} appears more than once (first in row ${firstRow}): each row counts as an objective of its own.`,
  }),
  missingParent: (code: string | null, missingCode: string, performance: Bilingual): Bilingual => ({
    it: `L'obiettivo ${code} non ha il padre ${missingCode} nel foglio: ${missingCode} è ricostruito dai suoi figli (${performance.it}).`,
    en: `Objective ${code} has no parent ${missingCode} in the sheet: ${missingCode} is rebuilt from its children (${performance.en}).`,
  }),
  weightsNot100: (what: Bilingual, name: string, sum: Bilingual): Bilingual => ({
    it: `I pesi ${what.it} di ${name} sommano a ${sum.it}, non a 100%: sono usati come pesi relativi.`,
    en: `The weights ${what.en} of ${name} add up to ${sum.en}, not 100%: they are used as relative weights.`,
  }),
  columnRoleInferred: (column: string, role: Bilingual, reason: Bilingual): Bilingual => ({
    it: `Colonna ${column} letta come ${role.it} dai suoi valori: ${reason.it}. Se non è così, indicare le colonne (abbinamento delle colonne).`,
    en: `Column ${column} read as ${role.en} from its values: ${reason.en}. If that is wrong, assign the columns (column mapping).`,
  }),
  periodByDefault: (header: string, end: Bilingual, others: readonly string[]): Bilingual => ({
    it: `Periodo di monitoraggio scelto in automatico: «${header}» (l'ultimo con valori; fine ${end.it}, data di valutazione delle scadenze se non indicata). Altri periodi: ${others.map((o) => `«${o}»`).join(", ")}.`,
    en: `Monitoring period chosen by default: "${header}" (the latest with values; it ends ${end.en}, the evaluation date for deadlines unless one is set). Other periods: ${others.map((o) => `"${o}"`).join(", ")}.`,
  }),
  mergesNotRead: (letters: string, count: number): Bilingual => {
    const one = count === 1;
    return {
      it: `Questa versione di Excel non permette di leggere le celle unite (serve ExcelApi 1.13): ${one ? "la colonna" : "le colonne"} ${letters} ${one ? "ha" : "hanno"} valori ma nessuna intestazione, accanto a intestazioni scritte. Se un'intestazione unita ${one ? "la copre" : "le copre"}, il suo ruolo può mancare: controllare «Colonne del piano» o indicare le colonne (abbinamento delle colonne).`,
      en: `This version of Excel cannot read merged cells (ExcelApi 1.13 is needed): ${one ? "column" : "columns"} ${letters} ${one ? "holds" : "hold"} values but no header, beside written headers. If a merged header covers ${one ? "it" : "them"}, its role may be missing: check «Colonne del piano» or assign the columns (column mapping).`,
    };
  },
  kpiWithoutObjective: {
    it: "Indicatore sopra il primo obiettivo: è calcolato ma non appartiene a nessun obiettivo e non conta in nessuna media.",
    en: "KPI above the first objective: it is scored but belongs to no objective and counts in no roll-up.",
  },
  zeroWeight: {
    it: "Indicatore con peso 0%: non conta nella performance dell'obiettivo.",
    en: "KPI weighted 0%: it does not count in the objective's performance.",
  },
  revisedTarget: (target: Bilingual, earlier: readonly Bilingual[]): Bilingual => ({
    it: `Target rivisto: vale l'ultimo valore (${target.it}); valori precedenti: ${earlier.map((e) => e.it).join(", ")}.`,
    en: `Revised target: the last value counts (${target.en}); earlier values: ${earlier.map((e) => e.en).join(", ")}.`,
  }),
  unitMismatch: (
    target: Bilingual,
    targetUnit: string,
    actual: Bilingual,
    actualUnit: string
  ): Bilingual => ({
    it: `Unità diverse: target ${target.it} (${unitName(targetUnit).it}) e consuntivo ${actual.it} (${unitName(actualUnit).it}). Il confronto usa i valori così come sono: verificare l'unità.`,
    en: `Units disagree: target ${target.en} (${unitName(targetUnit).en}) and actual ${actual.en} (${unitName(actualUnit).en}). The values are compared as they are: check the unit.`,
  }),
  blankActualNotAchieved: (deadline: Bilingual): Bilingual => ({
    it: `Consuntivo vuoto e scadenza ${deadline.it} superata: l'indicatore conta come non raggiunto (0%).`,
    en: `Blank actual and deadline ${deadline.en} passed: the KPI counts as not achieved (0%).`,
  }),
  denominatorZero: (numerator: Bilingual): Bilingual => ({
    it: `Denominatore 0 (numeratore ${numerator.it}): il rapporto non si calcola, l'indicatore non è valutabile.`,
    en: `Denominator 0 (numerator ${numerator.en}): the ratio cannot be computed, the KPI is not evaluated.`,
  }),
  ratioMismatch: (
    shown: Bilingual,
    numerator: Bilingual,
    denominator: Bilingual,
    computed: Bilingual
  ): Bilingual => ({
    it: `Consuntivo scritto ${shown.it}, ma numeratore / denominatore (${numerator.it} / ${denominator.it}) fa ${computed.it}: è usato il rapporto.`,
    en: `Written actual ${shown.en}, but numerator / denominator (${numerator.en} / ${denominator.en}) gives ${computed.en}: the ratio is used.`,
  }),
  validatedOverride: (
    what: Bilingual,
    validated: Bilingual,
    computed: Bilingual,
    reason: string | null
  ): Bilingual => ({
    it: `${what.it}: conta il valore validato ${validated.it} al posto del calcolato ${computed.it}${reason === null ? "" : ` (motivazione: ${reason})`}.`,
    en: `${what.en}: the validated figure ${validated.en} counts instead of the computed ${computed.en}${reason === null ? "" : ` (reason: ${reason})`}.`,
  }),
  overrideWithoutReason: (
    what: Bilingual,
    validated: Bilingual,
    computed: Bilingual
  ): Bilingual => ({
    it: `${what.it}: il valore validato ${validated.it} sostituisce il calcolato ${computed.it} senza una motivazione scritta.`,
    en: `${what.en}: the validated figure ${validated.en} replaces the computed ${computed.en} with no reason written.`,
  }),
  schemeCellUnreadable: (role: Bilingual, error: Bilingual): Bilingual => ({
    it: `${role.it} non leggibile, ignorata: ${error.it}`,
    en: `${role.en} cannot be read and is ignored: ${error.en}`,
  }),
  schemeInvalid: (what: Bilingual, error: Bilingual): Bilingual => ({
    it: `${what.it} non valutato: ${error.it}`,
    en: `${what.en} not evaluated: ${error.en}`,
  }),
  thresholdMissing: (what: Bilingual): Bilingual => ({
    it: `${what.it}: metodo a soglia senza una soglia, calcolato in modo proporzionale.`,
    en: `${what.en}: threshold method with no threshold, scored proportionally.`,
  }),
  legendFillUnreadable: {
    it: "Il colore di questa riga della legenda non si legge come un solo colore (un motivo, una sfumatura o un colore del tema sconosciuto): la fascia usa il colore predefinito del suo posto. Usare un riempimento a tinta unita.",
    en: "This legend line's colour cannot be read as one colour (a pattern, a gradient or an unknown theme colour): the band uses the default colour of its place. Use a solid fill.",
  },
} as const;

/** Pieces of the explain panel's lines: an item of a roll-up, a scheme's parameter. */
export const explanationParts = {
  childItem: (
    code: string | null,
    rebuilt: boolean,
    performance: Bilingual,
    weight: Bilingual | null
  ): Bilingual => ({
    it: `${rebuilt ? `${code} (ricostruito)` : code} ${performance.it}${weight === null ? "" : `, peso ${weight.it}`}`,
    en: `${rebuilt ? `${code} (rebuilt)` : code} ${performance.en}${weight === null ? "" : `, weight ${weight.en}`}`,
  }),
  childItems: (how: Bilingual, parts: readonly Bilingual[]): Bilingual => ({
    it: `${how.it}: ${parts.map((p) => p.it).join("; ")}`,
    en: `${how.en}: ${parts.map((p) => p.en).join("; ")}`,
  }),
  kpiItem: (
    row: number,
    performance: Bilingual,
    weight: Bilingual,
    counted: Bilingual
  ): Bilingual => ({
    it: `riga ${row}: ${performance.it} × ${weight.it}${counted.it}`,
    en: `row ${row}: ${performance.en} × ${weight.en}${counted.en}`,
  }),
  thresholdPart: (threshold: Bilingual): Bilingual => ({
    it: `soglia ${threshold.it}`,
    en: `threshold ${threshold.en}`,
  }),
  excellencePart: (excellence: Bilingual, ceiling: Bilingual): Bilingual => ({
    it: `eccellenza ${excellence.it} (tetto ${ceiling.it})`,
    en: `excellence ${excellence.en} (ceiling ${ceiling.en})`,
  }),
  tolerancePart: (tolerance: Bilingual): Bilingual => ({
    it: `tolleranza ±${tolerance.it} del target`,
    en: `tolerance ±${tolerance.en} of the target`,
  }),
  step: (from: Bilingual, score: Bilingual): Bilingual => ({
    it: `≥ ${from.it} → ${score.it}`,
    en: `≥ ${from.en} → ${score.en}`,
  }),
  stepsPart: (steps: readonly Bilingual[]): Bilingual => ({
    it: `scaglioni ${steps.map((s) => s.it).join(", ")}`,
    en: `steps ${steps.map((s) => s.en).join(", ")}`,
  }),
  thresholdMissingPart: {
    it: "metodo a soglia chiesto ma nessuna soglia sulla riga: proporzionale",
    en: "threshold method asked for but no threshold on the row: proportional",
  },
} as const;

/** The explain panel's lines: how each KPI and objective value was computed. */
export const explanationMessages = {
  // why a KPI is not evaluated
  notEvaluatedStatus: {
    it: "Non valutato: l'esito della validazione lo esclude.",
    en: "Not evaluated: the validation status excludes it.",
  },
  notEvaluatedActual: {
    it: "Non valutato: il consuntivo è non valutabile.",
    en: "Not evaluated: the actual is not evaluable.",
  },
  notEvaluatedPending: {
    it: "Non valutato: consuntivo non ancora disponibile.",
    en: "Not evaluated: no actual yet.",
  },
  notEvaluatedZeroWeight: { it: "Non valutato: peso 0.", en: "Not evaluated: weight 0." },
  notEvaluatedUnreadable: {
    it: "Non valutato: dati non leggibili.",
    en: "Not evaluated: unreadable data.",
  },
  notEvaluatedScheme: (error: Bilingual): Bilingual => ({
    it: `Non valutato: ${error.it}`,
    en: `Not evaluated: ${error.en}`,
  }),
  // the rules of domain.md §5
  met: (p: Bilingual): Bilingual => ({
    it: `Target raggiunto: ${p.it}.`,
    en: `Target met: ${p.en}.`,
  }),
  binaryNotMet: {
    it: "Target non raggiunto (metodo binario): 0%.",
    en: "Target not met (binary method): 0%.",
  },
  ratioActualOverTarget: (p: Bilingual): Bilingual => ({
    it: `Consuntivo / target = ${p.it}.`,
    en: `Actual / target = ${p.en}.`,
  }),
  negativeTargetAbove: (p: Bilingual): Bilingual => ({
    it: `1 − (target − consuntivo) / |target| = ${p.it}.`,
    en: `1 − (target − actual) / |target| = ${p.en}.`,
  }),
  ratioTargetOverActual: (p: Bilingual): Bilingual => ({
    it: `Target / consuntivo = ${p.it}.`,
    en: `Target / actual = ${p.en}.`,
  }),
  distanceBelow: (p: Bilingual): Bilingual => ({
    it: `1 − (consuntivo − target) / |target| = ${p.it}.`,
    en: `1 − (actual − target) / |target| = ${p.en}.`,
  }),
  distanceEqual: (p: Bilingual): Bilingual => ({
    it: `1 − |consuntivo − target| / |target| = ${p.it}.`,
    en: `1 − |actual − target| / |target| = ${p.en}.`,
  }),
  zeroTarget: { it: "Target pari a 0 non raggiunto: 0%.", en: "Zero target not met: 0%." },
  dateLadder: (late: number | null, p: Bilingual): Bilingual => ({
    it: `Consegna in ritardo di ${late ?? "?"} giorni: ${p.it} (scala dei ritardi).`,
    en: `Delivered ${late ?? "?"} days late: ${p.en} (date ladder).`,
  }),
  dateMissedDeadline: (late: number | null): Bilingual => ({
    it: `Scadenza superata${late === null ? "" : ` di ${late} giorni`} senza consegna utile: 0%.`,
    en: `Deadline missed${late === null ? "" : ` by ${late} days`}: 0%.`,
  }),
  metaKpi: (p: Bilingual): Bilingual => ({
    it: `Meta-indicatore: consuntivo già espresso come performance, punteggio proporzionale ${p.it}.`,
    en: `Meta-KPI: the actual is already a performance, scored proportionally ${p.en}.`,
  }),
  // a KPI's lines
  target: (target: Bilingual, source: Bilingual): Bilingual => ({
    it: `Target: ${target.it} (operatore ${source.it}).`,
    en: `Target: ${target.en} (operator ${source.en}).`,
  }),
  targetUnreadable: (error: Bilingual): Bilingual => ({
    it: `Target non leggibile: ${error.it}`,
    en: `Target unreadable: ${error.en}`,
  }),
  metaNamesOther: (named: string, owner: string): Bilingual => ({
    it: `L'indicatore cita ${named}, ma la riga appartiene a ${owner}: si usano i figli di ${owner}.`,
    en: `The indicator names ${named}, but the row belongs to ${owner}: the children of ${owner} are used.`,
  }),
  metaActual: (actual: Bilingual, items: Bilingual): Bilingual => ({
    it: `Consuntivo calcolato ${actual.it}: ${items.it}.`,
    en: `Actual computed as ${actual.en}: ${items.en}.`,
  }),
  actual: (actual: Bilingual): Bilingual => ({
    it: `Consuntivo: ${actual.it}.`,
    en: `Actual: ${actual.en}.`,
  }),
  actualUnreadable: (error: Bilingual): Bilingual => ({
    it: `Consuntivo non leggibile: ${error.it}`,
    en: `Actual unreadable: ${error.en}`,
  }),
  validationStatus: (status: string): Bilingual => ({
    it: `Esito validazione: ${status}.`,
    en: `Validation status: ${status}.`,
  }),
  method: (method: Bilingual): Bilingual => ({
    it: `Metodo: ${method.it}.`,
    en: `Method: ${method.en}.`,
  }),
  weightInObjective: (weight: Bilingual): Bilingual => ({
    it: `Peso nell'obiettivo: ${weight.it}.`,
    en: `Weight in the objective: ${weight.en}.`,
  }),
  // an objective's lines
  weightedMeanOfKpis: (p: Bilingual, parts: readonly Bilingual[]): Bilingual => ({
    it: `Media ponderata degli indicatori = ${p.it}: ${parts.map((x) => x.it).join("; ")}.`,
    en: `Weighted mean of the KPIs = ${p.en}: ${parts.map((x) => x.en).join("; ")}.`,
  }),
  writtenWeightSum: (sum: Bilingual): Bilingual => ({
    it: `Somma dei pesi scritti: ${sum.it}.`,
    en: `Sum of the written weights: ${sum.en}.`,
  }),
  fromChildren: (p: Bilingual, items: Bilingual): Bilingual => ({
    it: `Nessun indicatore proprio: ${p.it}, ${items.it}.`,
    en: `No KPI of its own: ${p.en}, ${items.en}.`,
  }),
  nothingToRollUp: {
    it: "Nessun indicatore né obiettivo figlio: non valutato.",
    en: "No KPI and no child objective: not evaluated.",
  },
  // the schemes of domain.md §9–§10
  parameters: (parts: readonly Bilingual[]): Bilingual => ({
    it: `Parametri: ${parts.map((p) => p.it).join("; ")}.`,
    en: `Parameters: ${parts.map((p) => p.en).join("; ")}.`,
  }),
  belowThreshold: (p: Bilingual): Bilingual => ({
    it: `Consuntivo oltre la soglia (dalla parte sbagliata): ${p.it}.`,
    en: `Actual beyond the threshold (on the wrong side): ${p.en}.`,
  }),
  thresholdLinear: (p: Bilingual): Bilingual => ({
    it: `Tra soglia e target, lineare: |consuntivo − soglia| / |target − soglia| = ${p.it}.`,
    en: `Between threshold and target, linear: |actual − threshold| / |target − threshold| = ${p.en}.`,
  }),
  excellence: (p: Bilingual): Bilingual => ({
    it: `Oltre il target verso l'eccellenza: 1 + (tetto − 1) · distanza dal target / distanza dell'eccellenza = ${p.it}.`,
    en: `Beyond the target towards excellence: 1 + (ceiling − 1) · distance from the target / distance of excellence = ${p.en}.`,
  }),
  stepScale: (ratio: Bilingual | null, p: Bilingual): Bilingual => ({
    it: `Scaglione raggiunto dal rapporto${ratio === null ? "" : ` ${ratio.it}`}: ${p.it}.`,
    en: `Step reached by the ratio${ratio === null ? "" : ` ${ratio.en}`}: ${p.en}.`,
  }),
  withinTolerance: (p: Bilingual): Bilingual => ({
    it: `Entro la tolleranza: target raggiunto, ${p.it}.`,
    en: `Within the tolerance: target met, ${p.en}.`,
  }),
  beyondTolerance: (p: Bilingual): Bilingual => ({
    it: `Oltre la tolleranza: 1 − (|consuntivo − target| − tolleranza) / |target| = ${p.it}.`,
    en: `Beyond the tolerance: 1 − (|actual − target| − tolerance) / |target| = ${p.en}.`,
  }),
  missingActualZero: {
    it: "Consuntivo mancante dopo la fine del periodo: 0% (impostazione «consuntivo mancante»).",
    en: 'Missing actual after the end of the period: 0% (the "missing actual" setting).',
  },
  override: (validated: Bilingual, computed: Bilingual, reason: string | null): Bilingual => ({
    it: `Conta il valore validato dall'OIV ${validated.it} (calcolato: ${computed.it})${reason === null ? ", senza motivazione" : `; motivazione: ${reason}`}.`,
    en: `The figure validated by the OIV counts, ${validated.en} (computed: ${computed.en})${reason === null ? ", with no reason" : `; reason: ${reason}`}.`,
  }),
  timingAfter: (label: Bilingual, days: number): Bilingual => ({
    it: `Tempi: ${label.it}, ${days} giorni dopo la scadenza.`,
    en: `Timing: ${label.en}, ${days} days after the deadline.`,
  }),
  timingBefore: (label: Bilingual, days: number): Bilingual => ({
    it: `Tempi: ${label.it}, ${days} giorni prima della scadenza.`,
    en: `Timing: ${label.en}, ${days} days before the deadline.`,
  }),
  timingOnDeadline: (label: Bilingual): Bilingual => ({
    it: `Tempi: ${label.it}, il giorno della scadenza.`,
    en: `Timing: ${label.en}, on the deadline.`,
  }),
  rollupMethod: (how: Bilingual): Bilingual => ({
    it: `Aggregazione: ${how.it}.`,
    en: `Roll-up: ${how.en}.`,
  }),
  // formulas mode
  writtenAsValue: (reason: Bilingual): Bilingual => ({
    it: `Scritto come valore e non come formula: ${reason.it}.`,
    en: `Written as a value, not a formula: ${reason.en}.`,
  }),
} as const;
