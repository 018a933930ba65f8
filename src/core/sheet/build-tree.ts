/**
 * The performance tree (domain.md §2). A coded objective's parent is the code one level up
 * ("A.1.3.1" → "A.1.3"); an objective without a code (known by its level: level words, a level
 * column, the row outline) hangs under the nearest objective above it with a lower level. KPI rows
 * belong to the objective above them. A code written twice (2021: two "C.1.1.2") gives two
 * separate children; children of a duplicated code go to the nearest occurrence above them. A
 * parent missing from the sheet is made up (virtual) and rolled up from its children (2021:
 * "B.2.1" for "B.2.1.3", and the area "B", whose heading has no code).
 *
 * Iterative throughout: a code thousands of levels deep must not overflow the stack.
 */
import { codeLevel, parentCode } from "./objective-code";
import type { PlanRow } from "./read-rows";

export interface ObjectiveNode {
  /** The objective's code; null for an objective known by its level and title only. */
  readonly code: string | null;
  /** 0-based sheet row; null for a virtual parent. */
  readonly row: number | null;
  readonly title: string;
  /** 1 for an area, 2 strategic, 3 operational, 4 action (deeper codes go on). */
  readonly level: number;
  readonly virtual: boolean;
  /** True when the objective's row also holds its first KPI. */
  readonly ownRowHasKpi: boolean;
  /** KPI rows below the objective (and its own row when it holds a KPI), in sheet order. */
  readonly kpis: PlanRow[];
  readonly children: ObjectiveNode[];
  parent: ObjectiveNode | null;
}

export interface PlanTree {
  /** Real objectives in sheet order. */
  readonly objectives: readonly ObjectiveNode[];
  /** Parents made up because the sheet lacks them, in order of creation. */
  readonly virtual: readonly ObjectiveNode[];
  /** Objectives with no parent (areas, virtual or not). */
  readonly roots: readonly ObjectiveNode[];
  /** KPI rows above the first objective: scored, but part of no objective. */
  readonly orphanKpis: readonly PlanRow[];
  /** A real objective whose parent (not an area) is missing from the sheet. */
  readonly missingParents: readonly {
    readonly child: ObjectiveNode;
    readonly missingCode: string;
  }[];
  /** Second and later occurrences of a code, with the first one. */
  readonly duplicates: readonly { readonly node: ObjectiveNode; readonly first: ObjectiveNode }[];
}

/** How an objective is named in messages: its code, else its title. */
export function objectiveName(node: ObjectiveNode): string {
  return node.code ?? node.title;
}

export function buildTree(rows: readonly PlanRow[]): PlanTree {
  const objectives: ObjectiveNode[] = [];
  const orphanKpis: PlanRow[] = [];
  let current: ObjectiveNode | null = null;
  for (const row of rows) {
    if (row.objective !== null) {
      current = {
        code: row.objective.code,
        row: row.row,
        title: row.objective.title,
        level: row.objective.level,
        virtual: false,
        ownRowHasKpi: row.kind === "objective+kpi",
        kpis: row.kind === "objective+kpi" ? [row] : [],
        children: [],
        parent: null,
      };
      objectives.push(current);
    } else if (current !== null) {
      current.kpis.push(row);
    } else {
      orphanKpis.push(row);
    }
  }

  const firstByCode = new Map<string, ObjectiveNode>();
  for (const node of objectives)
    if (node.code !== null && !firstByCode.has(node.code)) firstByCode.set(node.code, node);

  const lastSeen = new Map<string, ObjectiveNode>();
  const virtualByCode = new Map<string, ObjectiveNode>();
  const virtual: ObjectiveNode[] = [];
  const roots: ObjectiveNode[] = [];
  const missingParents: { child: ObjectiveNode; missingCode: string }[] = [];
  const duplicates: { node: ObjectiveNode; first: ObjectiveNode }[] = [];

  const attach = (child: ObjectiveNode, parent: ObjectiveNode | null): void => {
    child.parent = parent;
    if (parent === null) roots.push(child);
    else parent.children.push(child);
  };
  const known = (code: string): ObjectiveNode | undefined =>
    lastSeen.get(code) ?? firstByCode.get(code) ?? virtualByCode.get(code);

  const makeVirtual = (code: string): ObjectiveNode => {
    const node: ObjectiveNode = {
      code,
      row: null,
      title: "",
      level: codeLevel(code),
      virtual: true,
      ownRowHasKpi: false,
      kpis: [],
      children: [],
      parent: null,
    };
    virtualByCode.set(code, node);
    virtual.push(node);
    return node;
  };

  /** The existing node for a code, or a made-up one (with made-up ancestors up to one that exists). */
  const resolve = (code: string): ObjectiveNode => {
    const existing = known(code);
    if (existing !== undefined) return existing;
    const deepest = makeVirtual(code);
    const made: ObjectiveNode[] = [deepest];
    let anchor: ObjectiveNode | null = null;
    for (let up = parentCode(code); up !== null; up = parentCode(up)) {
      const found = known(up);
      if (found !== undefined) {
        anchor = found;
        break;
      }
      made.push(makeVirtual(up));
    }
    // Attach from the top down, as the sheet would have listed them.
    let parent = anchor;
    for (const node of made.reverse()) {
      attach(node, parent);
      parent = node;
    }
    return deepest;
  };

  // Open objectives above the current row, by level: where an objective without a code belongs.
  const open: ObjectiveNode[] = [];
  const closeTo = (level: number): void => {
    for (let top = open[open.length - 1]; top !== undefined && top.level >= level;) {
      open.pop();
      top = open[open.length - 1];
    }
  };

  for (const node of objectives) {
    closeTo(node.level);
    if (node.code === null) {
      attach(node, open[open.length - 1] ?? null);
      open.push(node);
      continue;
    }
    const first = lastSeen.get(node.code);
    if (first !== undefined) duplicates.push({ node, first: firstByCode.get(node.code) ?? first });
    const up = parentCode(node.code);
    if (up === null) {
      attach(node, null);
    } else {
      const parent = resolve(up);
      if (parent.virtual && codeLevel(up) > 1)
        missingParents.push({ child: node, missingCode: up });
      attach(node, parent);
    }
    lastSeen.set(node.code, node);
    open.push(node);
  }
  return { objectives, virtual, roots, orphanKpis, missingParents, duplicates };
}
