import fc from "fast-check";
import { checkThreshold, scoreThreshold } from "../../../src/core/scoring/threshold";
import type { Operator } from "../../../src/core/types";

const perf = (operator: Operator, s: number, t: number, a: number): number => {
  const read = scoreThreshold(operator, s, t, a);
  if (!read.ok) throw new Error(read.error.text.it);
  return read.value.performance;
};

describe("threshold (soglia) to target, linear (domain §9)", () => {
  it("gives the §9 example: S 60, T 80", () => {
    // (70 − 60) / (80 − 60) = 10 / 20 = 50%
    expect(perf(">=", 60, 80, 70)).toBeCloseTo(0.5, 12);
    // 55 < 60: beyond the threshold → 0%
    expect(perf(">=", 60, 80, 55)).toBe(0);
    // 85 ≥ 80: met → 100%
    expect(perf(">=", 60, 80, 85)).toBe(1);
  });

  it.each<[string, Operator, number, number, number, number, string]>([
    // higher is better, S 60 T 80
    ["exactly at the threshold", ">=", 60, 80, 60, 0, "belowThreshold"], // (60−60)/20 = 0
    ["one above the threshold", ">=", 60, 80, 61, 0.05, "thresholdLinear"], // 1/20
    ["exactly at the target", ">=", 60, 80, 80, 1, "met"],
    ["strict > at the target: not met, the line gives 1", ">", 60, 80, 80, 1, "thresholdLinear"], // (80−60)/20
    ["strict > just above the target", ">", 60, 80, 80.5, 1, "met"],
    ["strict > between", ">", 60, 80, 75, 0.75, "thresholdLinear"], // 15/20
    // lower is better, S 10 T 4 (days to answer, say)
    ["lower: beyond the threshold", "<=", 10, 4, 12, 0, "belowThreshold"],
    ["lower: exactly at the threshold", "<=", 10, 4, 10, 0, "belowThreshold"], // (10−10)/6
    ["lower: between", "<=", 10, 4, 7, 0.5, "thresholdLinear"], // (10−7)/(10−4) = 3/6
    ["lower: exactly at the target", "<=", 10, 4, 4, 1, "met"],
    ["lower: strict < at the target", "<", 10, 4, 4, 1, "thresholdLinear"], // (10−4)/6
    ["lower: better than the target", "<", 10, 4, 3, 1, "met"],
    // negative values: T −2, S −10 (higher is better)
    ["negative target", ">=", -10, -2, -6, 0.5, "thresholdLinear"], // (−6+10)/(−2+10) = 4/8
  ])("%s", (_name, operator, s, t, a, expected, rule) => {
    const read = scoreThreshold(operator, s, t, a);
    if (!read.ok) throw new Error(read.error.text.it);
    expect(read.value.performance).toBeCloseTo(expected, 12);
    expect(read.value.rule).toBe(rule);
  });

  it("refuses a threshold on the wrong side of the target, with a message", () => {
    const higher = scoreThreshold(">=", 80, 80, 70); // S = T for ≥
    expect(higher.ok).toBe(false);
    if (!higher.ok) {
      expect(higher.error.code).toBe("SCHEME_INVALID");
      expect(higher.error.text.it).toContain("Soglia 80");
      expect(higher.error.text.it).toContain("sotto il target");
      expect(higher.error.text.en).toContain("below the target");
    }
    const lower = scoreThreshold("<=", 3, 4, 5); // S < T for ≤
    expect(lower.ok).toBe(false);
    if (!lower.ok) expect(lower.error.text.it).toContain("sopra il target");
  });

  it("refuses an = target, which has no side to interpolate from", () => {
    expect(checkThreshold("=", 60, 80).ok).toBe(false);
  });

  it("is monotonic in the actual and stays in [0, 1] (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Operator>(">=", ">", "<=", "<"),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        fc.double({ min: -2e6, max: 2e6, noNaN: true }),
        fc.double({ min: -2e6, max: 2e6, noNaN: true }),
        (operator, t, gap, a1, a2) => {
          const higher = operator === ">=" || operator === ">";
          const s = higher ? t - gap : t + gap;
          const [lo, hi] = a1 <= a2 ? [a1, a2] : [a2, a1];
          const pLo = perf(operator, s, t, lo);
          const pHi = perf(operator, s, t, hi);
          for (const p of [pLo, pHi]) expect(p >= 0 && p <= 1).toBe(true);
          if (higher) expect(pHi).toBeGreaterThanOrEqual(pLo);
          else expect(pHi).toBeLessThanOrEqual(pLo);
        }
      )
    );
  });
});
