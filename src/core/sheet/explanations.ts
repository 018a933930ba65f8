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
import { explanationMessages, explanationParts, sheetWords } from "./sheet-messages";
import type { EffectiveSettings, Explanation, RowKind } from "./sheet-types";

const METHOD_TEXT: Readonly<Record<Method, Bilingual>> = sheetWords.method;

const OPERATOR_SOURCE: Readonly<Record<OperatorSource | "implied", Bilingual>> =
  sheetWords.operatorSource;

const say = explanationMessages;
const part = explanationParts;

function ruleText(score: KpiScore): Bilingual {
  if (!score.evaluated) {
    switch (score.reason) {
      case "statusNotEvaluable":
        return say.notEvaluatedStatus;
      case "actualNotEvaluable":
        return say.notEvaluatedActual;
      case "pending":
        return say.notEvaluatedPending;
      default:
        return say.notEvaluatedZeroWeight;
    }
  }
  const p = percentText(score.performance);
  const late = score.daysLate === undefined ? null : score.daysLate;
  switch (score.rule) {
    case "met":
      return say.met(p);
    case "binaryNotMet":
      return say.binaryNotMet;
    case "ratioActualOverTarget":
      return say.ratioActualOverTarget(p);
    case "negativeTargetAbove":
      return say.negativeTargetAbove(p);
    case "ratioTargetOverActual":
      return say.ratioTargetOverActual(p);
    case "distanceBelow":
      return say.distanceBelow(p);
    case "distanceEqual":
      return say.distanceEqual(p);
    case "zeroTarget":
      return say.zeroTarget;
    case "dateLadder":
      return say.dateLadder(late, p);
    case "dateMissedDeadline":
      return say.dateMissedDeadline(late);
    default:
      return say.metaKpi(p);
  }
}

function childItemsText(items: readonly ChildItem[]): Bilingual {
  const parts = items.map((item) =>
    part.childItem(
      item.node.code,
      item.node.virtual,
      performanceText(item.performance),
      item.weight === null ? null : percentText(item.weight)
    )
  );
  const anyWeight = items.some((item) => item.weight !== null);
  const how: Bilingual = anyWeight ? sheetWords.weightedByObjectiveRows : sheetWords.plainMean;
  return part.childItems(how, parts);
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
    lines.push(say.target(t, source));
  } else {
    lines.push(say.targetUnreadable(cells.target.error.text));
  }
  if (kpi.meta !== null) {
    const named = kpi.row.kpi === null ? null : metaReferencedCode(kpi.row.kpi.indicator);
    const owner = kpi.objective?.code ?? null;
    if (named !== null && owner !== null && named !== owner) {
      lines.push(say.metaNamesOther(named, owner));
    }
    const items = childItemsText(kpi.meta.items);
    const actual = performanceText(kpi.meta.actual);
    lines.push(say.metaActual(actual, items));
  } else if (cells.actual.ok) {
    lines.push(say.actual(parsedValueText(cells.actual.value)));
  } else {
    lines.push(say.actualUnreadable(cells.actual.error.text));
  }
  if (cells.status !== null) lines.push(say.validationStatus(cells.status));
  lines.push(say.method(METHOD_TEXT[methodUsed(kpi, settings)]));
  const parameters = schemeParameterLine(kpi, settings);
  if (parameters !== null) lines.push(parameters);
  if (cells.weight !== null) {
    lines.push(say.weightInObjective(percentText(cells.weight)));
  }
  if (kpi.schemeError !== null) {
    lines.push(say.notEvaluatedScheme(kpi.schemeError.text));
  } else if (kpi.score === null) {
    lines.push(say.notEvaluatedUnreadable);
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
      const w = k.cells.weight === null ? sheetWords.noWeight : percentText(k.cells.weight);
      const counted = used.has(i) ? sheetWords.counted : sheetWords.leftOut;
      return part.kpiItem(k.row.row + 1, perf, w, counted);
    });
    lines.push(say.weightedMeanOfKpis(p, parts));
    const sum = objective.rollup?.writtenWeightSum ?? null;
    if (sum !== null) lines.push(say.writtenWeightSum(percentText(sum)));
  } else if (objective.basis === "children") {
    lines.push(say.fromChildren(p, childItemsText(objective.childItems)));
  } else {
    lines.push(say.nothingToRollUp);
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
    private readonly kinds: ReadonlyMap<number, RowKind>,
    private readonly formulaNotes: ReadonlyMap<number, Bilingual>
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
    const note = this.formulaNotes.get(row);
    if (note !== undefined) lines.push(say.writtenAsValue(note));
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

/**
 * Explanations of every KPI and objective row, keyed by 1-based row; `formulaNotes` (by 1-based
 * row) say why, in formulas mode, a KPI's performance is written as a value.
 */
export function buildExplanations(
  outcome: TreeOutcome,
  settings: EffectiveSettings,
  kinds: ReadonlyMap<number, RowKind>,
  formulaNotes: ReadonlyMap<number, Bilingual> = new Map()
): ReadonlyMap<number, Explanation> {
  return new LazyExplanations(outcome, settings, kinds, formulaNotes);
}
