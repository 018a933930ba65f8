import { buildTree, type ObjectiveNode } from "../../../src/core/sheet/build-tree";
import { codeLevel } from "../../../src/core/sheet/objective-code";
import type { PlanRow } from "../../../src/core/sheet/read-rows";

let nextRow = 0;
const objective = (code: string, withKpi = false): PlanRow => ({
  row: nextRow++,
  kind: withKpi ? "objective+kpi" : "objective",
  objective: { code, title: `Obiettivo ${code}`, level: codeLevel(code) },
  kpi: withKpi ? { indicator: `KPI di ${code}`, code: null } : null,
});
const kpi = (indicator: string): PlanRow => ({
  row: nextRow++,
  kind: "kpi",
  objective: null,
  kpi: { indicator, code: null },
});

const childrenOf = (node: ObjectiveNode | undefined): (string | null)[] =>
  (node?.children ?? []).map((c) => c.code);

beforeEach(() => {
  nextRow = 0;
});

describe("buildTree", () => {
  it("gives each objective the parent one level up and each KPI the objective above it", () => {
    const tree = buildTree([
      objective("A"),
      objective("A.1"),
      kpi("k1"),
      objective("A.1.3"),
      objective("A.1.3.1"),
      kpi("k2"),
      kpi("k3"),
    ]);
    const [a, a1, a13, a131] = tree.objectives;
    expect(childrenOf(a)).toEqual(["A.1"]);
    expect(childrenOf(a1)).toEqual(["A.1.3"]);
    expect(childrenOf(a13)).toEqual(["A.1.3.1"]);
    expect(a131.parent).toBe(a13);
    expect(a1.kpis.map((k) => k.kpi?.indicator)).toEqual(["k1"]);
    expect(a131.kpis.map((k) => k.kpi?.indicator)).toEqual(["k2", "k3"]);
    expect(tree.roots).toEqual([a]);
  });

  it("counts an objective+KPI row's KPI as the objective's own", () => {
    const tree = buildTree([objective("C.1.1", true), kpi("k")]);
    expect(tree.objectives[0].ownRowHasKpi).toBe(true);
    expect(tree.objectives[0].kpis).toHaveLength(2);
  });

  it("keeps two objectives with the same code as separate children and reports the second", () => {
    const tree = buildTree([
      objective("C.1.1"),
      objective("C.1.1.2"),
      objective("C.1.1.2"),
      objective("C.1.1.3"),
    ]);
    expect(childrenOf(tree.objectives[0])).toEqual(["C.1.1.2", "C.1.1.2", "C.1.1.3"]);
    expect(tree.duplicates).toHaveLength(1);
    expect(tree.duplicates[0].node).toBe(tree.objectives[2]);
    expect(tree.duplicates[0].first).toBe(tree.objectives[1]);
  });

  it("gives the children of a duplicated code to the nearest occurrence above them", () => {
    const tree = buildTree([objective("A.1"), objective("A.1"), objective("A.1.1")]);
    expect(tree.objectives[2].parent).toBe(tree.objectives[1]);
  });

  it("makes up missing parents, reports a missing objective but not a missing area", () => {
    const tree = buildTree([
      objective("B.1"),
      objective("B.2"),
      objective("B.2.1.3"),
      objective("B.2.2"),
    ]);
    expect(tree.virtual.map((v) => v.code)).toEqual(["B", "B.2.1"]);
    const [b, b21] = tree.virtual;
    expect(childrenOf(b)).toEqual(["B.1", "B.2"]);
    expect(childrenOf(b21)).toEqual(["B.2.1.3"]);
    expect(b21.parent?.code).toBe("B.2");
    expect(tree.missingParents.map((m) => [m.child.code, m.missingCode])).toEqual([
      ["B.2.1.3", "B.2.1"],
    ]);
    expect(tree.roots).toEqual([b]);
  });

  it("keeps KPI rows above the first objective apart", () => {
    const tree = buildTree([kpi("k0"), objective("A")]);
    expect(tree.orphanKpis.map((k) => k.kpi?.indicator)).toEqual(["k0"]);
  });
});
