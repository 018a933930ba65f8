/**
 * Scores every KPI and rolls the tree up (domain.md §5-6), children before parents:
 * - a KPI: scoreKpi with the sheet's method;
 * - a meta-KPI: its actual is the roll-up of the objective's direct child objectives (weights
 *   written on child objective rows, else equal) and it is scored proportionally (isMeta);
 * - an objective with KPIs of its own: the weighted roll-up of its KPIs;
 * - an objective without (an area, a heading, a virtual parent): the roll-up of its children,
 *   with the same child weights as a meta-KPI.
 * The schemes of §9: a KPI is scored by its own method cell, else the workbook's method, with the
 * threshold, excellence and tolerance written on its row (scoreWithScheme); an objective rolls up
 * by its Aggregazione cell, else the workbook's roll-up; with a child-objective weight w, an
 * objective with KPIs and children scores (1 − w)·own + w·children. A figure validated by the OIV
 * (§10) replaces the computed one, which is kept beside it (`override`), when the settings use
 * validated figures: it is what rolls up, what is written and what colours the row.
 * Full precision throughout: rounding is for display and the legend only.
 * Nodes are visited children first by an explicit stack, so a tree thousands of levels deep
 * does not overflow the call stack.
 */
import { serialFromYmd } from "../excel-date";
import { combineOwnAndChildren, rollUpBy, type RollupMethod } from "../scoring/rollup-variants";
import { scoreWithScheme, type SchemeOutcome } from "../scoring/score-with-scheme";
import type { ScoreStep } from "../scoring/step-scale";
import { deadlineTiming, type Timing } from "../scoring/timing";
import type { KpiScore, PerfError, RollupItem, RollupResult } from "../types";
import type { ObjectiveNode, PlanTree } from "./build-tree";
import type { DetectedLayout } from "./detect-layout";
import { isMetaIndicator } from "./meta-kpi";
import { readKpiCells, readObjectiveWeight, type KpiCells } from "./read-kpi";
import { readSchemeCells, type SchemeCells } from "./read-scheme";
import type { PlanRow } from "./read-rows";
import type { SheetGrid } from "./sheet-grid";
import type { EffectiveSettings } from "./sheet-types";

/** One item of a child roll-up, with what is needed to explain it. */
export interface ChildItem {
  readonly node: ObjectiveNode;
  readonly performance: number | null;
  readonly weight: number | null;
}

export interface MetaActual {
  readonly actual: number | null;
  readonly items: readonly ChildItem[];
  readonly rollup: RollupResult;
}

export interface KpiOutcome {
  readonly row: PlanRow;
  readonly cells: KpiCells;
  readonly objective: ObjectiveNode | null;
  /** Present on meta-KPIs whose objective has child objectives. */
  readonly meta: MetaActual | null;
  /**
   * The score that counts. null: the target or the actual could not be read (see cells), or the
   * scheme's parameters do not fit (schemeError), so the KPI is not evaluated.
   */
  readonly score: KpiScore | null;
  /** What the row writes about its scheme (method, threshold, validated figure, …). */
  readonly scheme: SchemeCells;
  /** How the scheme scored it (method used, fallback, step); null when not scored. */
  readonly schemeOutcome: SchemeOutcome | null;
  readonly schemeError: PerfError | null;
  /** A validated figure that replaced the computed one. */
  readonly override: Override | null;
  /** Days early or late and the class, for deadline KPIs. */
  readonly timing: Timing | null;
}

/** A figure validated by the OIV in place of the computed one (domain.md §10). */
export interface Override {
  readonly validated: number;
  readonly computed: number | null;
  readonly reason: string | null;
}

export interface ObjectiveOutcome {
  readonly node: ObjectiveNode;
  readonly performance: number | null;
  readonly basis: "kpis" | "children" | "none";
  readonly kpiItems: readonly KpiOutcome[];
  readonly childItems: readonly ChildItem[];
  readonly rollup: RollupResult | null;
  /** How the KPIs were rolled up (the Aggregazione cell, else the workbook's). */
  readonly rollupMethod: RollupMethod;
  /** A validated figure on the objective's row that replaced the computed one. */
  readonly override: Override | null;
}

export interface TreeOutcome {
  /** By 0-based sheet row. */
  readonly kpis: ReadonlyMap<number, KpiOutcome>;
  readonly objectives: ReadonlyMap<ObjectiveNode, ObjectiveOutcome>;
}

export function performanceOf(score: KpiScore | null): number | null {
  return score !== null && score.evaluated ? score.performance : null;
}

export function computeTree(
  grid: SheetGrid,
  layout: DetectedLayout,
  tree: PlanTree,
  settings: EffectiveSettings
): TreeOutcome {
  const kpis = new Map<number, KpiOutcome>();
  const objectives = new Map<ObjectiveNode, ObjectiveOutcome>();

  // Highest step first, as scoreSteps reads it (the settings model stores it so; a caller may not).
  const stepScale: readonly ScoreStep[] = [...settings.stepScale].sort((a, b) => b.from - a.from);
  const periodEnd = serialFromYmd(settings.planYear, 12, 31);

  interface Scored {
    readonly score: KpiScore | null;
    readonly schemeOutcome: SchemeOutcome | null;
    readonly schemeError: PerfError | null;
    readonly timing: Timing | null;
  }
  const NOT_SCORED: Scored = { score: null, schemeOutcome: null, schemeError: null, timing: null };

  const score = (
    cells: KpiCells,
    scheme: SchemeCells,
    metaActual: number | null | undefined
  ): Scored => {
    if (!cells.target.ok) return NOT_SCORED;
    const isMeta = metaActual !== undefined;
    let actual = cells.actual.ok ? cells.actual.value : null;
    if (isMeta) {
      actual =
        metaActual === null
          ? { kind: "blank" }
          : { kind: "number", value: metaActual, unit: "percent" };
    }
    if (actual === null) return NOT_SCORED;
    const target = cells.target.value;
    const result = scoreWithScheme({
      target,
      actual,
      status: cells.status,
      method: isMeta ? "proportional" : (scheme.method ?? settings.method),
      asOf: settings.asOf,
      dateLadder: settings.dateLadder,
      capAtOne: settings.capAtOne,
      isMeta,
      parameters: isMeta ? {} : scheme.parameters,
      ceiling: settings.ceiling,
      stepScale,
      missingActual: settings.missingActual,
      periodEnd,
    });
    const timing = isMeta
      ? null
      : deadlineTiming(target, actual, settings.asOf, settings.earlyDays);
    if (!result.ok) return { score: null, schemeOutcome: null, schemeError: result.error, timing };
    return { score: result.value.score, schemeOutcome: result.value, schemeError: null, timing };
  };

  /** The validated figure, when the settings use it and the row has one. */
  const overrideOf = (scheme: SchemeCells, computed: number | null): Override | null =>
    settings.useValidated && scheme.validated !== null
      ? { validated: scheme.validated, computed, reason: scheme.reason }
      : null;

  const kpiOutcome = (
    row: PlanRow,
    objective: ObjectiveNode | null,
    meta: MetaActual | null
  ): KpiOutcome => {
    const cells = readKpiCells(grid, layout, row.row, settings.planYear);
    const scheme = readSchemeCells(
      grid,
      layout,
      row.row,
      cells.target.ok ? cells.target.value : null,
      settings.planYear
    );
    const scored = score(cells, scheme, meta?.actual);
    const override = overrideOf(scheme, performanceOf(scored.score));
    const counted: KpiScore | null =
      override === null
        ? scored.score
        : { evaluated: true, performance: override.validated, rule: "validated" };
    // Written out rather than spread: one object per KPI, the commonest allocation of a recompute.
    return {
      row,
      cells,
      objective,
      meta,
      score: counted,
      schemeOutcome: scored.schemeOutcome,
      schemeError: scored.schemeError,
      timing: scored.timing,
      scheme,
      override,
    };
  };

  const childItemsOf = (node: ObjectiveNode): ChildItem[] =>
    node.children.map((child) => ({
      node: child,
      performance: visit(child).performance,
      weight:
        child.row === null || child.ownRowHasKpi
          ? null
          : readObjectiveWeight(grid, layout, child.row),
    }));

  const toRollupItems = (items: readonly ChildItem[]): RollupItem[] =>
    items.map(({ performance, weight }) => ({ performance, weight }));

  function visit(node: ObjectiveNode): ObjectiveOutcome {
    const done = objectives.get(node);
    if (done !== undefined) return done;
    const childItems = childItemsOf(node);
    const childRollup =
      childItems.length > 0 ? rollUpBy("weightedMean", toRollupItems(childItems)) : null;
    const objectiveScheme =
      node.row === null ? null : readSchemeCells(grid, layout, node.row, null, settings.planYear);
    const rollupMethod = objectiveScheme?.aggregation ?? settings.rollup;

    const kpiItems = node.kpis.map((row): KpiOutcome => {
      const isMeta = childRollup !== null && row.kpi !== null && isMetaIndicator(row.kpi.indicator);
      const meta: MetaActual | null =
        isMeta && childRollup !== null
          ? { actual: childRollup.performance, items: childItems, rollup: childRollup }
          : null;
      const outcome = kpiOutcome(row, node, meta);
      kpis.set(row.row, outcome);
      return outcome;
    });

    let computed: Omit<ObjectiveOutcome, "rollupMethod" | "override">;
    if (kpiItems.length > 0) {
      const rollup = rollUpBy(
        rollupMethod,
        kpiItems.map((k) => ({ performance: performanceOf(k.score), weight: k.cells.weight }))
      );
      // Children count beside the own KPIs only with a weight w > 0 (else through meta-KPIs).
      const performance =
        childRollup === null
          ? rollup.performance
          : combineOwnAndChildren(
              rollup.performance,
              childRollup.performance,
              settings.childWeight
            );
      computed = { node, performance, basis: "kpis", kpiItems, childItems, rollup };
    } else if (childRollup !== null) {
      computed = {
        node,
        performance: childRollup.performance,
        basis: "children",
        kpiItems,
        childItems,
        rollup: childRollup,
      };
    } else {
      computed = { node, performance: null, basis: "none", kpiItems, childItems, rollup: null };
    }
    const override =
      objectiveScheme === null || node.ownRowHasKpi
        ? null
        : overrideOf(objectiveScheme, computed.performance);
    const outcome: ObjectiveOutcome = {
      node,
      performance: override === null ? computed.performance : override.validated,
      basis: computed.basis,
      kpiItems,
      childItems,
      rollup: computed.rollup,
      rollupMethod,
      override,
    };
    objectives.set(node, outcome);
    return outcome;
  }

  // Children before parents, without recursion: each visit then finds its children done.
  for (const node of childrenFirst(tree.roots)) visit(node);
  for (const node of tree.objectives) visit(node);
  for (const row of tree.orphanKpis) kpis.set(row.row, kpiOutcome(row, null, null));
  return { kpis, objectives };
}

/** Every node under the roots, each after all of its descendants (iterative post-order). */
export function childrenFirst(roots: readonly ObjectiveNode[]): ObjectiveNode[] {
  const order: ObjectiveNode[] = [];
  const stack: { node: ObjectiveNode; next: number }[] = roots
    .slice()
    .reverse()
    .map((node) => ({ node, next: 0 }));
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top === undefined) break;
    const child = top.node.children[top.next];
    if (child !== undefined) {
      top.next++;
      stack.push({ node: child, next: 0 });
    } else {
      stack.pop();
      order.push(top.node);
    }
  }
  return order;
}
