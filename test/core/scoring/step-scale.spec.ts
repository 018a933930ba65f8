import fc from "fast-check";
import {
  EXAMPLE_STEP_SCALE,
  scoreSteps,
  stepRatio,
  validateStepScale,
  type ScoreStep,
} from "../../../src/core/scoring/step-scale";
import type { Operator } from "../../../src/core/types";

function scale(steps: readonly ScoreStep[]): readonly ScoreStep[] {
  const read = validateStepScale(steps);
  if (!read.ok) throw new Error(read.error.text.it);
  return read.value;
}

const EXAMPLE = scale(EXAMPLE_STEP_SCALE);

describe("step scale (scaglioni, domain §9)", () => {
  it("gives the §9 example: A 46 against ≥ 50 → r 92% → 80%", () => {
    // r = 46 / 50 = 0.92 ≥ 0.90 → 80%
    const r = stepRatio(">=", 50, 46);
    expect(r).toBeCloseTo(0.92, 12);
    expect(scoreSteps(EXAMPLE, r)).toEqual({
      performance: 0.8,
      ratio: 0.92,
      step: EXAMPLE_STEP_SCALE[1],
    });
  });

  it.each<[string, number, number]>([
    ["exactly on the 100% bound", 1, 1],
    ["above every bound", 1.3, 1],
    ["just under 100% (99,99%)", 0.9999, 0.8],
    ["exactly on the 90% bound", 0.9, 0.8],
    ["exactly on the 75% bound", 0.75, 0.5],
    ["just under the lowest bound", 0.7499, 0],
    ["0", 0, 0],
    // 0.89995 is 89,995%: shown (and compared) as 90,00%
    ["rounded to 4 decimals onto a bound", 0.89995, 0.8],
    ["rounded to 4 decimals under a bound", 0.89994, 0.5],
  ])("%s", (_name, r, expected) => {
    expect(scoreSteps(EXAMPLE, r).performance).toBe(expected);
  });

  it.each<[string, Operator, number, number, number]>([
    ["≥ met: r = A / T", ">=", 50, 60, 1.2],
    ["≤ not met: r = T / A", "<=", 10, 12.5, 0.8],
    ["≤ 0 met: r = 1 (no finite ratio)", "<=", 0, -3, 1],
    ["≥ 0 not met: 0 (§5)", ">=", 0, -3, 0],
    ["= met: 1", "=", 20, 20, 1],
    ["= not met: 1 − |A − T| / |T|", "=", 20, 18, 0.9],
    ["> at the target: the formula gives 1", ">", 50, 50, 1],
  ])("ratio r: %s", (_name, operator, t, a, expected) => {
    expect(stepRatio(operator, t, a)).toBeCloseTo(expected, 12);
  });

  it("accepts written ranges that meet at one display unit", () => {
    const ranged = scale([
      { from: 1, score: 1 },
      { from: 0.9, to: 0.9999, score: 0.8 },
      { from: 0.75, to: 0.8999, score: 0.5 },
    ]);
    expect(scoreSteps(ranged, 0.95).performance).toBe(0.8);
  });

  it("reports overlapping steps with the ratios in both", () => {
    const read = validateStepScale([
      { from: 1, score: 1 },
      { from: 0.9, to: 1, score: 0.8 },
    ]);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.error.code).toBe("SCHEME_INVALID");
      expect(read.error.text.it).toBe(
        "Scaglioni sovrapposti: i rapporti da 100,00% a 100,00% cadono in due scaglioni della scala."
      );
    }
    const twice = validateStepScale([
      { from: 0.9, score: 1 },
      { from: 0.9, score: 0.8 },
    ]);
    expect(twice.ok).toBe(false);
  });

  it("reports a gap with the ratios in no step", () => {
    // da 75% a 89% then da 90%: 89,01%..89,99% fall in no step
    const read = validateStepScale([
      { from: 0.9, score: 0.8 },
      { from: 0.75, to: 0.89, score: 0.5 },
    ]);
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.error.text.it).toBe(
        "Scaglioni con un vuoto: i rapporti da 89,01% a 89,99% non cadono in nessuno scaglione."
      );
  });

  it("reports a gap of a single display unit", () => {
    // 75%–89,98% then 90%: 89,99% falls in no step
    const read = validateStepScale([
      { from: 0.9, score: 0.8 },
      { from: 0.75, to: 0.8998, score: 0.5 },
    ]);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.text.it).toContain("il rapporto 89,99% non cade");
  });

  it("reports a top step that ends, an empty scale and a negative score", () => {
    expect(validateStepScale([{ from: 0.9, to: 1, score: 1 }]).ok).toBe(false);
    expect(validateStepScale([]).ok).toBe(false);
    expect(validateStepScale([{ from: 0.9, score: -0.1 }]).ok).toBe(false);
  });

  it("gives one of its scores, or 0 below every step (property)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 20_000 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 12_000 }), { minLength: 6, maxLength: 6 }),
        fc.double({ min: -2, max: 3, noNaN: true }),
        (bounds, scores, r) => {
          const steps = bounds.map((b, i) => ({ from: b / 1e4, score: (scores[i] ?? 0) / 1e4 }));
          const result = scoreSteps(scale(steps), r);
          const allowed = [0, ...steps.map((s) => s.score)];
          expect(allowed).toContain(result.performance);
        }
      )
    );
  });
});
