import fc from "fast-check";
import { rollUp } from "../../src/core/rollup";
import { scoreKpi } from "../../src/core/score-kpi";
import { DEFAULT_DATE_LADDER } from "../../src/core/settings";
import type { RollupItem } from "../../src/core/types";

describe("rollUp", () => {
  it("re-distributes the weight of a KPI not available (2021 seed, C.1 → 92,08%)", () => {
    const result = rollUp([
      { performance: 0.9973, weight: 0.33 },
      { performance: 0.8442, weight: 0.33 },
      { performance: null, weight: 0.33 },
    ]);
    expect(result.performance).toBeCloseTo(0.92075, 12);
    expect(result.used).toEqual([
      { index: 0, weight: 0.33 },
      { index: 1, weight: 0.33 },
    ]);
    expect(result.writtenWeightSum).toBeCloseTo(0.99, 12);
  });

  it("weighs a meta-KPI with the objective's other KPI (2024 seed, A.2 → 93%)", () => {
    const result = rollUp([
      { performance: 1, weight: 0.3 },
      { performance: 0.9, weight: 0.7 },
    ]);
    expect(result.performance).toBeCloseTo(0.93, 12);
    expect(result.writtenWeightSum).toBeCloseTo(1, 12);
  });

  it("uses weights that do not add up to 100% as relative weights (2021 seed, C.1.2.9 → 88,75%)", () => {
    const result = rollUp([
      { performance: 0.85, weight: 0.6 },
      { performance: 1, weight: 0.2 },
    ]);
    expect(result.performance).toBeCloseTo(0.8875, 12);
    expect(result.writtenWeightSum).toBeCloseTo(0.8, 12);
  });

  it("gives equal weights when none is written (meta-KPI of A.2: 80% and 100% → 90%)", () => {
    const result = rollUp([
      { performance: 0.8, weight: null },
      { performance: 1, weight: null },
    ]);
    expect(result.performance).toBeCloseTo(0.9, 12);
    expect(result.used).toEqual([
      { index: 0, weight: 1 },
      { index: 1, weight: 1 },
    ]);
    expect(result.writtenWeightSum).toBeNull();
  });

  it("leaves out an item without a weight when others have one", () => {
    const result = rollUp([
      { performance: 0.5, weight: 0.5 },
      { performance: 0, weight: null },
    ]);
    expect(result.performance).toBe(0.5);
    expect(result.used).toEqual([{ index: 0, weight: 0.5 }]);
    expect(result.writtenWeightSum).toBe(0.5);
  });

  it("leaves out items weighing 0 (2024 seed, A.4.1: a 0% KPI with N.V.)", () => {
    const result = rollUp([
      { performance: 1, weight: 0.5 },
      { performance: null, weight: 0 },
      { performance: 1, weight: 0.5 },
    ]);
    expect(result.performance).toBe(1);
    expect(result.used.map((u) => u.index)).toEqual([0, 2]);
  });

  it("leaves out an evaluated item weighing 0", () => {
    expect(
      rollUp([
        { performance: 0, weight: 0 },
        { performance: 1, weight: 1 },
      ]).performance
    ).toBe(1);
  });

  it.each<[string, RollupItem[]]>([
    ["no item", []],
    [
      "no evaluated item",
      [
        { performance: null, weight: 0.5 },
        { performance: null, weight: 0.5 },
      ],
    ],
    ["only zero weights", [{ performance: 1, weight: 0 }]],
  ])("is not evaluated with %s", (_name, items) => {
    expect(rollUp(items).performance).toBeNull();
    expect(rollUp(items).used).toEqual([]);
  });

  it("skips non-finite performances and weights instead of spreading NaN", () => {
    const result = rollUp([
      { performance: NaN, weight: 0.5 },
      { performance: 0.8, weight: NaN },
      { performance: 0.6, weight: 0.5 },
    ]);
    expect(result.performance).toBe(0.6);
    expect(result.writtenWeightSum).toBe(1);
  });
});

describe("rollUp (properties)", () => {
  const item = fc.record({
    performance: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { freq: 4 }),
    // Weights as written in plans: percentages to 0,1% (subnormal doubles would underflow when scaled).
    weight: fc.option(
      fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
      { freq: 4 }
    ),
  });
  const items = fc.array(item, { maxLength: 12 });

  it("is invariant under permutation of the items", () => {
    fc.assert(
      fc.property(items, fc.func(fc.integer()), (list, key) => {
        const shuffled = [...list].sort((a, b) => key(a) - key(b));
        const p = rollUp(list).performance;
        const q = rollUp(shuffled).performance;
        if (p === null) expect(q).toBeNull();
        else expect(q).toBeCloseTo(p, 12);
      })
    );
  });

  it("is invariant under scaling every weight by the same constant > 0", () => {
    fc.assert(
      fc.property(items, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (list, factor) => {
        const scaled = list.map((i) => ({
          ...i,
          weight: i.weight === null ? null : i.weight * factor,
        }));
        const p = rollUp(list).performance;
        const q = rollUp(scaled).performance;
        if (p === null) expect(q).toBeNull();
        else expect(q).toBeCloseTo(p, 10);
      })
    );
  });

  it("stays between the lowest and highest performance counted", () => {
    fc.assert(
      fc.property(items, (list) => {
        const result = rollUp(list);
        if (result.performance === null) return;
        const counted = result.used.map((u) => list[u.index].performance as number);
        expect(result.performance).toBeGreaterThanOrEqual(Math.min(...counted) - 1e-12);
        expect(result.performance).toBeLessThanOrEqual(Math.max(...counted) + 1e-12);
      })
    );
  });
});

describe("rollUp with scoreKpi: the 2024 seed's A.2", () => {
  it("rolls the children into a meta actual of 90%, scores it 90%, and weighs it 30/70 with a KPI at 100% → 93%", () => {
    const meta = rollUp([
      { performance: 0.8, weight: null }, // A.2.1
      { performance: 1, weight: null }, // A.2.2
    ]).performance as number;
    const metaScore = scoreKpi({
      target: { operator: ">=", value: 1, unit: "percent", operatorImplied: false },
      actual: { kind: "number", value: meta, unit: "percent" },
      method: "binary",
      asOf: 46053,
      dateLadder: DEFAULT_DATE_LADDER,
      capAtOne: true,
      isMeta: true,
    });
    expect(metaScore.evaluated && metaScore.performance).toBeCloseTo(0.9, 12);
    const objective = rollUp([
      { performance: 1, weight: 0.3 },
      { performance: metaScore.evaluated ? metaScore.performance : null, weight: 0.7 },
    ]);
    expect(objective.performance).toBeCloseTo(0.93, 12);
  });
});
