/**
 * Scores every KPI and rolls the tree up (domain.md §5-6), children before parents:
 * - a KPI: scoreKpi with the sheet's method;
 * - a meta-KPI: its actual is the roll-up of the objective's direct child objectives (weights
 *   written on child objective rows, else equal) and it is scored proportionally (isMeta);
 * - an objective with KPIs of its own: the weighted roll-up of its KPIs;
 * - an objective without (an area, a heading, a virtual parent): the roll-up of its children,
 *   with the same child weights as a meta-KPI.
 * Full precision throughout: rounding is for display and the legend only.
 * Nodes are visited children first by an explicit stack, so a tree thousands of levels deep
 * does not overflow the call stack.
 */
import { rollUp } from "../rollup";
import { scoreKpi } from "../score-kpi";
import type { KpiScore, RollupItem, RollupResult } from "../types";
import type { ObjectiveNode, PlanTree } from "./build-tree";
import type { DetectedLayout } from "./detect-layout";
import { isMetaIndicator } from "./meta-kpi";
import { readKpiCells, readObjectiveWeight, type KpiCells } from "./read-kpi";
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
  /** null: the target or the actual could not be read (see cells), so the KPI is not evaluated. */
  readonly score: KpiScore | null;
}

export interface ObjectiveOutcome {
  readonly node: ObjectiveNode;
  readonly performance: number | null;
  readonly basis: "kpis" | "children" | "none";
  readonly kpiItems: readonly KpiOutcome[];
  readonly childItems: readonly ChildItem[];
  readonly rollup: RollupResult | null;
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

  const score = (cells: KpiCells, metaActual: number | null | undefined): KpiScore | null => {
    if (!cells.target.ok) return null;
    const isMeta = metaActual !== undefined;
    let actual = cells.actual.ok ? cells.actual.value : null;
    if (isMeta) {
      actual =
        metaActual === null
          ? { kind: "blank" }
          : { kind: "number", value: metaActual, unit: "percent" };
    }
    if (actual === null) return null;
    return scoreKpi({
      target: cells.target.value,
      actual,
      status: cells.status,
      method: isMeta ? "proportional" : settings.method,
      asOf: settings.asOf,
      dateLadder: settings.dateLadder,
      capAtOne: settings.capAtOne,
      isMeta,
    });
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
    const childRollup = childItems.length > 0 ? rollUp(toRollupItems(childItems)) : null;

    const kpiItems = node.kpis.map((row): KpiOutcome => {
      const cells = readKpiCells(grid, layout, row.row, settings.planYear);
      const isMeta = childRollup !== null && row.kpi !== null && isMetaIndicator(row.kpi.indicator);
      const meta: MetaActual | null =
        isMeta && childRollup !== null
          ? { actual: childRollup.performance, items: childItems, rollup: childRollup }
          : null;
      const outcome: KpiOutcome = {
        row,
        cells,
        objective: node,
        meta,
        score: score(cells, meta?.actual),
      };
      kpis.set(row.row, outcome);
      return outcome;
    });

    let outcome: ObjectiveOutcome;
    if (kpiItems.length > 0) {
      const rollup = rollUp(
        kpiItems.map((k) => ({ performance: performanceOf(k.score), weight: k.cells.weight }))
      );
      outcome = {
        node,
        performance: rollup.performance,
        basis: "kpis",
        kpiItems,
        childItems,
        rollup,
      };
    } else if (childRollup !== null) {
      outcome = {
        node,
        performance: childRollup.performance,
        basis: "children",
        kpiItems,
        childItems,
        rollup: childRollup,
      };
    } else {
      outcome = { node, performance: null, basis: "none", kpiItems, childItems, rollup: null };
    }
    objectives.set(node, outcome);
    return outcome;
  }

  // Children before parents, without recursion: each visit then finds its children done.
  for (const node of childrenFirst(tree.roots)) visit(node);
  for (const node of tree.objectives) visit(node);
  for (const row of tree.orphanKpis) {
    const cells = readKpiCells(grid, layout, row.row, settings.planYear);
    kpis.set(row.row, { row, cells, objective: null, meta: null, score: score(cells, undefined) });
  }
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
