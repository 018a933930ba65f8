import {
  combineOwnAndChildren,
  parseRollupMethod,
  rollUpBy,
} from "../../../src/core/scoring/rollup-variants";
import type { RollupItem } from "../../../src/core/types";

const items = (...pairs: [number | null, number | null][]): RollupItem[] =>
  pairs.map(([performance, weight]) => ({ performance, weight }));

describe("roll-up variants (domain §9)", () => {
  it("weighted mean: the §6 example, C.1 of the 2021 seed", () => {
    // (0.33 · 0.9973 + 0.33 · 0.8442) / 0.66 = 0.92075
    const result = rollUpBy("weightedMean", items([0.9973, 0.33], [0.8442, 0.33], [null, 0.33]));
    expect(result.performance).toBeCloseTo(0.92075, 12);
  });

  it("minimum: the worst evaluated KPI, skipping N.V. and zero weights", () => {
    // 0.4 has weight 0, null is not evaluated: the worst of 0.9 and 0.7 is 0.7
    const result = rollUpBy("minimum", items([0.9, 0.3], [0.7, 0.3], [null, 0.2], [0.4, 0]));
    expect(result.performance).toBe(0.7);
  });

  it("all met: 100% only when every evaluated KPI scores 100%", () => {
    expect(rollUpBy("allMet", items([1, 0.5], [1, 0.5], [null, 0.2])).performance).toBe(1);
    expect(rollUpBy("allMet", items([1, 0.5], [0.9999, 0.5])).performance).toBe(0);
    // over-achievement with the cap lifted still counts as met
    expect(rollUpBy("allMet", items([1.1, null], [1, null])).performance).toBe(1);
  });

  it("nothing evaluated: not evaluated under every variant", () => {
    for (const method of ["weightedMean", "minimum", "allMet"] as const)
      expect(rollUpBy(method, items([null, 0.5], [null, 0.5])).performance).toBeNull();
  });

  it("reads the words of an Aggregazione column", () => {
    expect(parseRollupMethod("Minimo")).toEqual({ ok: true, value: "minimum" });
    expect(parseRollupMethod("peggiore")).toEqual({ ok: true, value: "minimum" });
    expect(parseRollupMethod("tutti")).toEqual({ ok: true, value: "allMet" });
    expect(parseRollupMethod("media ponderata")).toEqual({ ok: true, value: "weightedMean" });
    expect(parseRollupMethod(" ")).toEqual({ ok: true, value: null });
    const bad = parseRollupMethod("massimo");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.text.it).toContain('"minimo"');
  });
});

describe("own KPIs and child objectives together (domain §9)", () => {
  it.each<[string, number | null, number | null, number, number | null]>([
    // (1 − 0.4) · 0.9 + 0.4 · 0.6 = 0.54 + 0.24 = 0.78
    ["both evaluated", 0.9, 0.6, 0.4, 0.78],
    ["w = 0: own alone", 0.9, 0.6, 0, 0.9],
    ["own not evaluated: children take its weight", null, 0.6, 0.4, 0.6],
    ["children not evaluated: own takes theirs", 0.9, null, 0.4, 0.9],
    ["w = 1: children alone", 0.9, 0.6, 1, 0.6],
    ["neither", null, null, 0.4, null],
  ])("%s", (_name, own, children, w, expected) => {
    const result = combineOwnAndChildren(own, children, w);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected, 12);
  });
});
