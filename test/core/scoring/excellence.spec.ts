import { DEFAULT_CEILING, scoreExcellence } from "../../../src/core/scoring/excellence";
import type { Operator } from "../../../src/core/types";

const perf = (operator: Operator, t: number, e: number, c: number, a: number): number => {
  const read = scoreExcellence(operator, t, e, c, a);
  if (!read.ok) throw new Error(read.error.text.it);
  return read.value.performance;
};

describe("excellence (eccellenza, domain §9)", () => {
  it("has a default ceiling of 120%", () => expect(DEFAULT_CEILING).toBe(1.2));

  it("gives the §9 example: T 80, E 100, C 120%, A 90 → 110%", () => {
    // 1 + (1.2 − 1) · (90 − 80) / (100 − 80) = 1 + 0.2 · 0.5 = 1.1
    expect(perf(">=", 80, 100, 1.2, 90)).toBeCloseTo(1.1, 12);
  });

  it.each<[string, Operator, number, number, number, number, number]>([
    ["at the target", ">=", 80, 100, 1.2, 80, 1], // 1 + 0.2 · 0
    ["exactly at excellence", ">=", 80, 100, 1.2, 100, 1.2], // 1 + 0.2 · 1
    ["beyond excellence", ">=", 80, 100, 1.2, 130, 1.2], // capped at C
    ["ceiling 150%, a quarter of the way", ">=", 80, 100, 1.5, 85, 1.125], // 1 + 0.5 · 5/20
    ["lower is better, between", "<=", 10, 6, 1.2, 8, 1.1], // 1 + 0.2 · (10−8)/(10−6)
    ["lower is better, at excellence", "<=", 10, 6, 1.2, 6, 1.2],
    ["lower is better, beyond", "<", 10, 6, 1.2, 2, 1.2],
  ])("%s", (_name, operator, t, e, c, a, expected) => {
    expect(perf(operator, t, e, c, a)).toBeCloseTo(expected, 12);
  });

  it("refuses an excellence value on the wrong side of the target", () => {
    const read = scoreExcellence(">=", 80, 70, 1.2, 90);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.error.code).toBe("SCHEME_INVALID");
      expect(read.error.text.it).toContain("sopra il target");
    }
    expect(scoreExcellence("<=", 10, 12, 1.2, 9).ok).toBe(false);
  });
});
