import fc from "fast-check";
import { serialFromYmd as d } from "../../../src/core/excel-date";
import {
  scoreWithScheme,
  type SchemeInput,
  type SchemeOutcome,
  type SchemeParameters,
} from "../../../src/core/scoring/score-with-scheme";
import { EXAMPLE_STEP_SCALE, validateStepScale } from "../../../src/core/scoring/step-scale";
import { DEFAULT_DATE_LADDER } from "../../../src/core/settings";
import type { Method, Operator, ParsedValue, Target } from "../../../src/core/types";

const STEPS = (() => {
  const read = validateStepScale(EXAMPLE_STEP_SCALE);
  if (!read.ok) throw new Error(read.error.text.it);
  return read.value;
})();
const AS_OF = d(2026, 1, 31);
const num = (value: number): ParsedValue => ({ kind: "number", value, unit: "number" });
const tgt = (operator: Operator, value: number, unit: Target["unit"] = "number"): Target => ({
  operator,
  value,
  unit,
  operatorImplied: false,
});

function run(
  method: Method,
  target: Target,
  actual: ParsedValue,
  parameters: SchemeParameters = {},
  extra: Partial<SchemeInput> = {}
): SchemeOutcome {
  const read = scoreWithScheme({
    target,
    actual,
    method,
    asOf: AS_OF,
    dateLadder: DEFAULT_DATE_LADDER,
    capAtOne: true,
    ceiling: 1.2,
    stepScale: STEPS,
    missingActual: "notEvaluated",
    periodEnd: d(2025, 12, 31),
    parameters,
    ...extra,
  });
  if (!read.ok) throw new Error(read.error.text.it);
  return read.value;
}
const perf = (o: SchemeOutcome): number | null => (o.score.evaluated ? o.score.performance : null);

describe("scoring by scheme (domain §9)", () => {
  it("threshold: the §9 examples, S 60 T 80", () => {
    expect(perf(run("threshold", tgt(">=", 80), num(70), { threshold: 60 }))).toBeCloseTo(0.5, 12);
    expect(perf(run("threshold", tgt(">=", 80), num(55), { threshold: 60 }))).toBe(0);
    expect(perf(run("threshold", tgt(">=", 80), num(85), { threshold: 60 }))).toBe(1);
  });

  it("threshold without a threshold: proportional, and it says so", () => {
    // 70 / 80 = 87,5%
    const outcome = run("threshold", tgt(">=", 80), num(70));
    expect(perf(outcome)).toBeCloseTo(0.875, 12);
    expect(outcome.method).toBe("proportional");
    expect(outcome.fallback).toBe("thresholdMissing");
  });

  it("threshold on the wrong side: an error value", () => {
    const read = scoreWithScheme({
      target: tgt(">=", 80),
      actual: num(70),
      method: "threshold",
      asOf: AS_OF,
      dateLadder: DEFAULT_DATE_LADDER,
      capAtOne: true,
      ceiling: 1.2,
      stepScale: STEPS,
      missingActual: "notEvaluated",
      periodEnd: AS_OF,
      parameters: { threshold: 90 },
    });
    expect(read.ok).toBe(false);
  });

  it("excellence: the §9 example with the cap lifted, T 80 E 100 C 120%, A 90 → 110%", () => {
    const lifted = { capAtOne: false };
    expect(
      perf(run("proportional", tgt(">=", 80), num(90), { excellence: 100 }, lifted))
    ).toBeCloseTo(1.1, 12);
    expect(
      perf(run("threshold", tgt(">=", 80), num(90), { threshold: 60, excellence: 100 }, lifted))
    ).toBeCloseTo(1.1, 12);
    // with the cap, excellence does not apply: 100%
    expect(perf(run("proportional", tgt(">=", 80), num(90), { excellence: 100 }))).toBe(1);
    // cap lifted, no excellence value: proportional over-achievement, 150 / 80 = 187,5%, held at C
    expect(perf(run("proportional", tgt(">=", 80), num(150), {}, lifted))).toBe(1.2);
  });

  it("steps: the §9 example, A 46 against ≥ 50 → 80%", () => {
    const outcome = run("steps", tgt(">=", 50), num(46));
    expect(perf(outcome)).toBe(0.8);
    expect(outcome.step?.ratio).toBe(0.92);
    expect(outcome.score.evaluated && outcome.score.rule).toBe("stepScale");
  });

  it("tolerance for =: within, and beyond the band", () => {
    // T 100, 5%: 104 within → 100%; 110 → 1 − (10 − 5)/100 = 95%
    expect(perf(run("proportional", tgt("=", 100), num(104), { tolerance: 0.05 }))).toBe(1);
    expect(perf(run("proportional", tgt("=", 100), num(110), { tolerance: 0.05 }))).toBeCloseTo(
      0.95,
      12
    );
    expect(perf(run("binary", tgt("=", 100), num(110), { tolerance: 0.05 }))).toBe(0);
  });

  it("missing actual: not evaluated by default, 0 under the zero policy after the period", () => {
    expect(perf(run("proportional", tgt(">=", 80), { kind: "blank" }))).toBeNull();
    const zero = run(
      "proportional",
      tgt(">=", 80),
      { kind: "blank" },
      {},
      { missingActual: "zero" }
    );
    expect(zero.score).toEqual({ evaluated: true, performance: 0, rule: "missingActualZero" });
    // before the period's end the actual may still come: pending
    const early = run(
      "proportional",
      tgt(">=", 80),
      { kind: "blank" },
      {},
      {
        missingActual: "zero",
        periodEnd: d(2026, 6, 30),
      }
    );
    expect(perf(early)).toBeNull();
  });

  it("keeps §5 for proportional, binary and dates", () => {
    // 0.1134 / 1 = 11,34% (2021 seed)
    expect(perf(run("proportional", tgt(">=", 1), num(0.1134)))).toBeCloseTo(0.1134, 12);
    // 19 against ≥ 20, binary → 0% (2024 seed)
    expect(perf(run("binary", tgt(">=", 20), num(19)))).toBe(0);
    // ≤ 31/10/2021 done 06/11/2021 → 90%, whatever the scheme (dates use the ladder)
    const late: ParsedValue = { kind: "date", serial: d(2021, 11, 6) };
    for (const method of ["proportional", "threshold", "steps"] as const)
      expect(perf(run(method, tgt("<=", d(2021, 10, 31), "date"), late))).toBe(0.9);
  });
});

describe("scoring by scheme: properties (issue 9)", () => {
  const method = fc.constantFrom<Method>("proportional", "binary", "threshold", "steps");
  const operator = fc.constantFrom<Operator>(">=", ">", "<=", "<", "=");
  const value = fc.double({ min: -1e4, max: 1e4, noNaN: true });

  it("gives a finite value in [0, ceiling] or not evaluated", () => {
    fc.assert(
      fc.property(
        method,
        operator,
        value,
        value,
        fc.boolean(),
        fc.double({ min: 1, max: 2, noNaN: true }),
        fc.double({ min: 0.001, max: 1e3, noNaN: true }),
        fc.double({ min: 0.001, max: 1e3, noNaN: true }),
        (m, op, t, a, cap, ceiling, gapS, gapE) => {
          const higher = op === ">=" || op === ">";
          const parameters: SchemeParameters =
            op === "="
              ? { tolerance: gapS / 1e3 }
              : {
                  threshold: higher ? t - gapS : t + gapS,
                  excellence: higher ? t + gapE : t - gapE,
                };
          const outcome = run(m, tgt(op, t), num(a), parameters, { capAtOne: cap, ceiling });
          const p = perf(outcome);
          if (p === null) return;
          expect(Number.isFinite(p)).toBe(true);
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(cap ? 1 : ceiling);
        }
      )
    );
  });

  it("a met target gives 100% with the cap, under every scheme", () => {
    fc.assert(
      fc.property(
        method,
        fc.constantFrom<Operator>(">=", "<="),
        value,
        fc.double({ min: 0, max: 1e3, noNaN: true }),
        fc.double({ min: 0.001, max: 1e3, noNaN: true }),
        (m, op, t, beyond, gap) => {
          const a = op === ">=" ? t + beyond : t - beyond; // met
          const s = op === ">=" ? t - gap : t + gap;
          expect(perf(run(m, tgt(op, t), num(a), { threshold: s }))).toBe(1);
        }
      )
    );
  });
});
