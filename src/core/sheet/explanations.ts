/**
 * How each value was computed, for the task pane's explain panel: for a KPI its operator,
 * target, actual, method and the rule applied; for an objective the weights and items of its
 * roll-up. Italian and English, numbers in each language's style.
 */
import type { KpiScore, Method } from "../types";
import type { ChildItem, KpiOutcome, ObjectiveOutcome, TreeOutcome } from "./compute-tree";
import { performanceOf } from "./compute-tree";
import { metaReferencedCode } from "./meta-kpi";
import {
  parsedValueText,
  percentText,
  performanceText,
  targetText,
  type Bilingual,
} from "./format-text";
import type { OperatorSource } from "./read-kpi";
import {
  methodUsed,
  objectiveSchemeLines,
  overrideLine,
  schemeParameterLine,
  schemeRuleText,
  timingLine,
} from "./scheme-explanations";
import type { EffectiveSettings, Explanation, RowKind } from "./sheet-types";

const METHOD_TEXT: Readonly<Record<Method, Bilingual>> = {
  proportional: { it: "proporzionale", en: "proportional" },
  binary: { it: "binario (raggiunto / non raggiunto)", en: "binary (met / not met)" },
  threshold: { it: "soglia e target, lineare", en: "threshold to target, linear" },
  steps: { it: "a scaglioni", en: "step scale" },
};

const OPERATOR_SOURCE: Readonly<Record<OperatorSource | "implied", Bilingual>> = {
  column: { it: "dalla colonna dell'operatore", en: "from the operator column" },
  weight: { it: "dalla cella del peso", en: "from the weight cell" },
  target: { it: "dal testo del target", en: "from the target text" },
  implied: { it: "sottinteso (nessun operatore scritto)", en: "implied (no operator written)" },
};

function ruleText(score: KpiScore): Bilingual {
  if (!score.evaluated) {
    switch (score.reason) {
      case "statusNotEvaluable":
        return {
          it: "Non valutato: l'esito della validazione lo esclude.",
          en: "Not evaluated: the validation status excludes it.",
        };
      case "actualNotEvaluable":
        return {
          it: "Non valutato: il consuntivo è non valutabile.",
          en: "Not evaluated: the actual is not evaluable.",
        };
      case "pending":
        return {
          it: "Non valutato: consuntivo non ancora disponibile.",
          en: "Not evaluated: no actual yet.",
        };
      default:
        return { it: "Non valutato: peso 0.", en: "Not evaluated: weight 0." };
    }
  }
  const p = percentText(score.performance);
  const late = score.daysLate === undefined ? null : score.daysLate;
  switch (score.rule) {
    case "met":
      return { it: `Target raggiunto: ${p.it}.`, en: `Target met: ${p.en}.` };
    case "binaryNotMet":
      return {
        it: "Target non raggiunto (metodo binario): 0%.",
        en: "Target not met (binary method): 0%.",
      };
    case "ratioActualOverTarget":
      return { it: `Consuntivo / target = ${p.it}.`, en: `Actual / target = ${p.en}.` };
    case "negativeTargetAbove":
      return {
        it: `1 − (target − consuntivo) / |target| = ${p.it}.`,
        en: `1 − (target − actual) / |target| = ${p.en}.`,
      };
    case "ratioTargetOverActual":
      return { it: `Target / consuntivo = ${p.it}.`, en: `Target / actual = ${p.en}.` };
    case "distanceBelow":
      return {
        it: `1 − (consuntivo − target) / |target| = ${p.it}.`,
        en: `1 − (actual − target) / |target| = ${p.en}.`,
      };
    case "distanceEqual":
      return {
        it: `1 − |consuntivo − target| / |target| = ${p.it}.`,
        en: `1 − |actual − target| / |target| = ${p.en}.`,
      };
    case "zeroTarget":
      return { it: "Target pari a 0 non raggiunto: 0%.", en: "Zero target not met: 0%." };
    case "dateLadder":
      return {
        it: `Consegna in ritardo di ${late ?? "?"} giorni: ${p.it} (scala dei ritardi).`,
        en: `Delivered ${late ?? "?"} days late: ${p.en} (date ladder).`,
      };
    case "dateMissedDeadline":
      return {
        it: `Scadenza superata${late === null ? "" : ` di ${late} giorni`} senza consegna utile: 0%.`,
        en: `Deadline missed${late === null ? "" : ` by ${late} days`}: 0%.`,
      };
    default:
      return {
        it: `Meta-indicatore: consuntivo già espresso come performance, punteggio proporzionale ${p.it}.`,
        en: `Meta-KPI: the actual is already a performance, scored proportionally ${p.en}.`,
      };
  }
}

function childItemsText(items: readonly ChildItem[]): Bilingual {
  const parts = items.map((item) => {
    const p = performanceText(item.performance);
    const w = item.weight === null ? null : percentText(item.weight);
    const name = item.node.virtual ? `${item.node.code} (ricostruito)` : item.node.code;
    const nameEn = item.node.virtual ? `${item.node.code} (rebuilt)` : item.node.code;
    return {
      it: `${name} ${p.it}${w === null ? "" : `, peso ${w.it}`}`,
      en: `${nameEn} ${p.en}${w === null ? "" : `, weight ${w.en}`}`,
    };
  });
  const anyWeight = items.some((item) => item.weight !== null);
  const how: Bilingual = anyWeight
    ? {
        it: "media ponderata con i pesi scritti sulle righe degli obiettivi",
        en: "weighted mean with the weights written on the objective rows",
      }
    : { it: "media semplice (pesi uguali)", en: "plain mean (equal weights)" };
  return {
    it: `${how.it}: ${parts.map((p) => p.it).join("; ")}`,
    en: `${how.en}: ${parts.map((p) => p.en).join("; ")}`,
  };
}

export function kpiLines(kpi: KpiOutcome, settings: EffectiveSettings): Bilingual[] {
  const lines: Bilingual[] = [];
  const { cells } = kpi;
  if (cells.target.ok) {
    const t = targetText(cells.target.value);
    const source =
      OPERATOR_SOURCE[
        cells.operatorSource ?? (cells.target.value.operatorImplied ? "implied" : "target")
      ];
    lines.push({
      it: `Target: ${t.it} (operatore ${source.it}).`,
      en: `Target: ${t.en} (operator ${source.en}).`,
    });
  } else {
    lines.push({
      it: `Target non leggibile: ${cells.target.error.text.it}`,
      en: `Target unreadable: ${cells.target.error.text.en}`,
    });
  }
  if (kpi.meta !== null) {
    const named = kpi.row.kpi === null ? null : metaReferencedCode(kpi.row.kpi.indicator);
    const owner = kpi.objective?.code ?? null;
    if (named !== null && owner !== null && named !== owner) {
      lines.push({
        it: `L'indicatore cita ${named}, ma la riga appartiene a ${owner}: si usano i figli di ${owner}.`,
        en: `The indicator names ${named}, but the row belongs to ${owner}: the children of ${owner} are used.`,
      });
    }
    const items = childItemsText(kpi.meta.items);
    const actual = performanceText(kpi.meta.actual);
    lines.push({
      it: `Consuntivo calcolato ${actual.it}: ${items.it}.`,
      en: `Actual computed as ${actual.en}: ${items.en}.`,
    });
  } else if (cells.actual.ok) {
    const a = parsedValueText(cells.actual.value);
    lines.push({ it: `Consuntivo: ${a.it}.`, en: `Actual: ${a.en}.` });
  } else {
    lines.push({
      it: `Consuntivo non leggibile: ${cells.actual.error.text.it}`,
      en: `Actual unreadable: ${cells.actual.error.text.en}`,
    });
  }
  if (cells.status !== null)
    lines.push({
      it: `Esito validazione: ${cells.status}.`,
      en: `Validation status: ${cells.status}.`,
    });
  const method = METHOD_TEXT[methodUsed(kpi, settings)];
  lines.push({ it: `Metodo: ${method.it}.`, en: `Method: ${method.en}.` });
  const parameters = schemeParameterLine(kpi, settings);
  if (parameters !== null) lines.push(parameters);
  if (cells.weight !== null) {
    const w = percentText(cells.weight);
    lines.push({ it: `Peso nell'obiettivo: ${w.it}.`, en: `Weight in the objective: ${w.en}.` });
  }
  if (kpi.schemeError !== null) {
    lines.push({
      it: `Non valutato: ${kpi.schemeError.text.it}`,
      en: `Not evaluated: ${kpi.schemeError.text.en}`,
    });
  } else if (kpi.score === null) {
    lines.push({ it: "Non valutato: dati non leggibili.", en: "Not evaluated: unreadable data." });
  } else if (kpi.override !== null) {
    lines.push(overrideLine(kpi.override));
  } else {
    lines.push(schemeRuleText(kpi.score, kpi) ?? ruleText(kpi.score));
  }
  const timing = timingLine(kpi);
  if (timing !== null) lines.push(timing);
  return lines;
}

export function objectiveLines(objective: ObjectiveOutcome): Bilingual[] {
  const lines: Bilingual[] = [];
  const p = performanceText(objective.performance);
  if (objective.basis === "kpis") {
    const used = new Set(objective.rollup?.used.map((u) => u.index) ?? []);
    const parts = objective.kpiItems.map((k, i) => {
      const perf = performanceText(performanceOf(k.score));
      const w =
        k.cells.weight === null
          ? { it: "senza peso", en: "no weight" }
          : percentText(k.cells.weight);
      const counted = used.has(i) ? { it: "", en: "" } : { it: " (escluso)", en: " (left out)" };
      return {
        it: `riga ${k.row.row + 1}: ${perf.it} × ${w.it}${counted.it}`,
        en: `row ${k.row.row + 1}: ${perf.en} × ${w.en}${counted.en}`,
      };
    });
    lines.push({
      it: `Media ponderata degli indicatori = ${p.it}: ${parts.map((x) => x.it).join("; ")}.`,
      en: `Weighted mean of the KPIs = ${p.en}: ${parts.map((x) => x.en).join("; ")}.`,
    });
    const sum = objective.rollup?.writtenWeightSum ?? null;
    if (sum !== null) {
      const s = percentText(sum);
      lines.push({
        it: `Somma dei pesi scritti: ${s.it}.`,
        en: `Sum of the written weights: ${s.en}.`,
      });
    }
  } else if (objective.basis === "children") {
    const items = childItemsText(objective.childItems);
    lines.push({
      it: `Nessun indicatore proprio: ${p.it}, ${items.it}.`,
      en: `No KPI of its own: ${p.en}, ${items.en}.`,
    });
  } else {
    lines.push({
      it: "Nessun indicatore né obiettivo figlio: non valutato.",
      en: "No KPI and no child objective: not evaluated.",
    });
  }
  lines.push(...objectiveSchemeLines(objective));
  return lines;
}

/**
 * Explanations by 1-based row, built when asked for: a 10,000-KPI sheet would otherwise spend
 * most of a recompute writing sentences nobody reads. Iterating gives every row in sheet order.
 */
class LazyExplanations implements ReadonlyMap<number, Explanation> {
  private readonly built = new Map<number, Explanation>();
  private readonly sources = new Map<number, { objective?: ObjectiveOutcome; kpi?: KpiOutcome }>();

  constructor(
    outcome: TreeOutcome,
    private readonly settings: EffectiveSettings,
    private readonly kinds: ReadonlyMap<number, RowKind>
  ) {
    for (const objective of outcome.objectives.values()) {
      if (objective.node.row !== null) this.source(objective.node.row + 1).objective = objective;
    }
    for (const kpi of outcome.kpis.values()) this.source(kpi.row.row + 1).kpi = kpi;
    const rows = [...this.sources.keys()].sort((a, b) => a - b);
    const sorted = new Map(
      rows.map((row) => [
        row,
        this.sources.get(row) as { objective?: ObjectiveOutcome; kpi?: KpiOutcome },
      ])
    );
    this.sources.clear();
    for (const [row, source] of sorted) this.sources.set(row, source);
  }

  private source(row: number): { objective?: ObjectiveOutcome; kpi?: KpiOutcome } {
    let found = this.sources.get(row);
    if (found === undefined) {
      found = {};
      this.sources.set(row, found);
    }
    return found;
  }

  get size(): number {
    return this.sources.size;
  }

  has(row: number): boolean {
    return this.sources.has(row);
  }

  get(row: number): Explanation | undefined {
    const done = this.built.get(row);
    if (done !== undefined) return done;
    const source = this.sources.get(row);
    if (source === undefined) return undefined;
    const lines = [
      ...(source.objective === undefined ? [] : objectiveLines(source.objective)),
      ...(source.kpi === undefined ? [] : kpiLines(source.kpi, this.settings)),
    ];
    const explanation: Explanation = { row, kind: this.kinds.get(row - 1) ?? "kpi", lines };
    this.built.set(row, explanation);
    return explanation;
  }

  *keys(): MapIterator<number> {
    yield* this.sources.keys();
  }

  *values(): MapIterator<Explanation> {
    for (const row of this.sources.keys()) yield this.get(row) as Explanation;
  }

  *entries(): MapIterator<[number, Explanation]> {
    for (const row of this.sources.keys()) yield [row, this.get(row) as Explanation];
  }

  [Symbol.iterator](): MapIterator<[number, Explanation]> {
    return this.entries();
  }

  forEach(
    callback: (value: Explanation, key: number, map: ReadonlyMap<number, Explanation>) => void,
    thisArg?: unknown
  ): void {
    for (const [row, explanation] of this.entries()) callback.call(thisArg, explanation, row, this);
  }
}

/** Explanations of every KPI and objective row, keyed by 1-based row. */
export function buildExplanations(
  outcome: TreeOutcome,
  settings: EffectiveSettings,
  kinds: ReadonlyMap<number, RowKind>
): ReadonlyMap<number, Explanation> {
  return new LazyExplanations(outcome, settings, kinds);
}
