/**
 * The performance tree (domain.md §2): each objective's parent is the code one level up
 * ("A.1.3.1" → "A.1.3"); KPI rows belong to the objective above them. A code written twice
 * (2021: two "C.1.1.2") gives two separate children; children of a duplicated code go to the
 * nearest occurrence above them. A parent missing from the sheet is made up (virtual) and rolled
 * up from its children (2021: "B.2.1" for "B.2.1.3", and the area "B", whose heading has no code).
 */
import { codeLevel, parentCode } from "./objective-code";
import type { PlanRow } from "./read-rows";

export interface ObjectiveNode {
  readonly code: string;
  /** 0-based sheet row; null for a virtual parent. */
  readonly row: number | null;
  readonly title: string;
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
  for (const node of objectives) if (!firstByCode.has(node.code)) firstByCode.set(node.code, node);

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

  /** The existing or made-up node for a code that no row above holds. */
  const resolve = (code: string): ObjectiveNode => {
    const existing = lastSeen.get(code) ?? firstByCode.get(code) ?? virtualByCode.get(code);
    if (existing !== undefined) return existing;
    const made: ObjectiveNode = {
      code,
      row: null,
      title: "",
      virtual: true,
      ownRowHasKpi: false,
      kpis: [],
      children: [],
      parent: null,
    };
    virtualByCode.set(code, made);
    virtual.push(made);
    const up = parentCode(code);
    attach(made, up === null ? null : resolve(up));
    return made;
  };

  for (const node of objectives) {
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
  }
  return { objectives, virtual, roots, orphanKpis, missingParents, duplicates };
}
