import fc from "fast-check";
import { recomputeSheet } from "../../../src/core/sheet/recompute-sheet";
import {
  buildPlan,
  type KpiSpec,
  type ObjectiveSpec,
  type PlanItem,
} from "../../support/builders/plan-builder";

interface Node {
  readonly code: string;
  readonly weight: number | null;
  readonly kpis: readonly KpiSpec[];
  readonly meta: boolean;
  readonly children: readonly Node[];
}

const kpiArb = (code: string, index: number): fc.Arbitrary<KpiSpec> =>
  fc
    .record({
      weight: fc.integer({ min: 1, max: 60 }).map((w) => w / 100),
      operator: fc.constantFrom(">=", "<=", "=", ">", "<"),
      target: fc.integer({ min: 1, max: 200 }),
      actual: fc.integer({ min: 0, max: 300 }),
    })
    .map((k) => ({ indicator: `Indicatore ${code} n. ${index}`, ...k }));

const nodeArb = (code: string, depth: number): fc.Arbitrary<Node> =>
  fc
    .record({
      kpiCount: fc.integer({ min: depth === 0 ? 0 : 1, max: depth === 0 ? 0 : 3 }),
      childCount: fc.integer({ min: depth >= 2 ? 0 : 1, max: depth >= 2 ? 0 : 3 }),
      weight: fc.option(
        fc.integer({ min: 1, max: 9 }).map((w) => w / 10),
        { nil: null }
      ),
      meta: fc.boolean(),
    })
    .chain(({ kpiCount, childCount, weight, meta }) =>
      fc
        .tuple(
          fc.tuple(...Array.from({ length: kpiCount }, (_, i) => kpiArb(code, i))),
          fc.tuple(
            ...Array.from({ length: childCount }, (_, i) =>
              nodeArb(depth === 0 ? `${code}.${i + 1}` : `${code}.${i + 1}`, depth + 1)
            )
          )
        )
        .map(([kpis, children]) => ({
          code,
          weight: depth === 0 ? null : weight,
          kpis,
          meta: meta && depth === 1 && children.length > 0,
          children,
        }))
    );

const planArb = fc.tuple(nodeArb("A", 0), nodeArb("B", 0));

function flatten(nodes: readonly Node[], scale = 1): PlanItem[] {
  const items: PlanItem[] = [];
  const visit = (node: Node): void => {
    const kpis: KpiSpec[] = node.kpis.map((k) => ({
      ...k,
      weight: typeof k.weight === "number" ? k.weight * scale : k.weight,
    }));
    if (node.meta) {
      kpis.push({
        indicator: `Media ponderata di performance degli obiettivi operativi associati all'obiettivo strategico ${node.code}`,
        weight: 0.5 * scale,
        target: 1,
        targetFormat: "0.00%",
      });
    }
    const item: ObjectiveSpec = {
      title: `${node.code} - Obiettivo ${node.code}`,
      weight: node.kpis.length === 0 && node.weight !== null ? node.weight * scale : null,
      kpis,
    };
    items.push(item);
    node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return items;
}

function shuffleSiblings(nodes: readonly Node[], keys: readonly number[]): Node[] {
  let k = 0;
  const order = (list: readonly Node[]): Node[] =>
    list
      .map((node) => ({
        node: { ...node, children: order(node.children) },
        key: keys[k++ % keys.length],
      }))
      .sort((a, b) => a.key - b.key)
      .map((entry) => entry.node);
  return order(nodes);
}

/** Objective performance by code and KPI performance by indicator. */
function results(items: readonly PlanItem[]): Map<string, number | null> {
  const built = buildPlan(items);
  const recomputed = recomputeSheet(built.input, {
    method: "proportional",
    planYear: 2024,
    asOf: 46053,
  });
  if (!recomputed.ok) throw new Error(recomputed.error.text.it);
  const out = new Map<string, number | null>();
  for (const row of recomputed.value.rows)
    if (row.code !== null) out.set(`objective ${row.code}`, row.objective);
  for (const [indicator, row] of built.kpiRows) {
    const report = recomputed.value.rows.find((r) => r.row === row + 1);
    out.set(`kpi ${indicator}`, report?.kpi ?? null);
    out.set(`meta ${indicator}`, report?.metaActual ?? null);
  }
  return out;
}

function expectSameResults(a: Map<string, number | null>, b: Map<string, number | null>): void {
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  for (const [key, value] of a) {
    const other = b.get(key) ?? null;
    if (value === null) expect(other).toBeNull();
    else expect(Math.abs((other ?? NaN) - value)).toBeLessThan(1e-9);
  }
}

describe("tree properties", () => {
  it("shuffling sibling objectives, with their KPI rows and subtrees, changes no result", () => {
    fc.assert(
      fc.property(
        planArb,
        fc.array(fc.integer(), { minLength: 1, maxLength: 20 }),
        (areas, keys) => {
          expectSameResults(
            results(flatten(areas)),
            results(flatten(shuffleSiblings(areas, keys)))
          );
        }
      ),
      { numRuns: 40 }
    );
  });

  it("scaling every weight by the same constant changes no result", () => {
    fc.assert(
      fc.property(planArb, fc.double({ min: 0.05, max: 20, noNaN: true }), (areas, scale) => {
        expectSameResults(results(flatten(areas)), results(flatten(areas, scale)));
      }),
      { numRuns: 40 }
    );
  });
});
