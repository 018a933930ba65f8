import fc from "fast-check";
import { serialFromYmd } from "../../src/core/excel-date";
import { parseTarget } from "../../src/core/parse-target";
import { parseValue } from "../../src/core/parse-value";
import { scoreKpi, type KpiInput } from "../../src/core/score-kpi";
import { DEFAULT_DATE_LADDER } from "../../src/core/settings";
import type {
  CellScalar,
  KpiScore,
  Method,
  Operator,
  ParsedValue,
  ScoreRule,
  Target,
} from "../../src/core/types";

const d = serialFromYmd;
const AS_OF = d(2026, 1, 31);

const num = (value: number, unit: "number" | "percent" = "number"): ParsedValue => ({
  kind: "number",
  value,
  unit,
});
const date = (serial: number): ParsedValue => ({ kind: "date", serial });
const BLANK: ParsedValue = { kind: "blank" };
const tgt = (operator: Operator, value: number, unit: Target["unit"] = "number"): Target => ({
  operator,
  value,
  unit,
  operatorImplied: false,
});

function score(target: Target, actual: ParsedValue, extra: Partial<KpiInput> = {}): KpiScore {
  return scoreKpi({
    target,
    actual,
    method: "proportional",
    asOf: AS_OF,
    dateLadder: DEFAULT_DATE_LADDER,
    capAtOne: true,
    ...extra,
  });
}

function parsed<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error("fixture did not parse");
  return result.value;
}

/** Scores a KPI written as in the seeds: target text or cell, actual text or cell with its format. */
function scoreWritten(
  targetRaw: CellScalar,
  actualRaw: CellScalar,
  method: Method,
  formats: { target?: string; actual?: string } = {},
  asOf = AS_OF
): KpiScore {
  const target = parsed(parseTarget(targetRaw, { numberFormat: formats.target, planYear: 2021 }));
  const actual = parsed(parseValue(actualRaw, { numberFormat: formats.actual, planYear: 2021 }));
  return score(target, actual, { method, asOf });
}

const performance = (s: KpiScore): number | null => (s.evaluated ? s.performance : null);

describe("scoreKpi: worked examples of the seeds (domain §5)", () => {
  it.each<[string, CellScalar, CellScalar, Method, number]>([
    ["2021, KP185", "≥ 15,00%", "37,50%", "proportional", 1],
    ["2021, KP1347", "≥ 1,00", "0,1134", "proportional", 0.1134],
    ["2021, ≥ 70% with 69,32%", "≥ 70,00%", "69,32%", "proportional", 0.6932 / 0.7],
    ["2021, ≥ 5% with −100%", "≥ 5,00%", "-100,00%", "proportional", 0],
    ["2021, ≤ 0 with −5,28", "≤ 0,00", "-5,28", "proportional", 1],
    ["2021, 6 days late", "≤ 31/10/2021", "06/11/2021", "proportional", 0.9],
    ["2021, 61 days late", "≤ 31/10/2021", "31/12/2021", "proportional", 0.85],
    ["2024, ≥ 60% with 50%", "≥ 60,00%", "50,00%", "binary", 0],
    ["2024, ≥ 20 with 19", "≥ 20", "19", "binary", 0],
  ])("%s: %j with %j (%s) → %d", (_name, targetRaw, actualRaw, method, expected) => {
    expect(performance(scoreWritten(targetRaw, actualRaw, method))).toBeCloseTo(expected, 12);
  });

  it("reads ≥ 70,00% with 69,32% as 99,03% once displayed", () => {
    expect(performance(scoreWritten("≥ 70,00%", "69,32%", "proportional"))?.toFixed(4)).toBe(
      "0.9903"
    );
  });

  it("scores cells as Excel gives them (number formats)", () => {
    expect(
      performance(scoreWritten(0.1, 0.0805, "proportional", { target: "0.00%", actual: "0.00%" }))
    ).toBeCloseTo(0.805, 12);
    expect(
      performance(
        scoreWritten(44500, 44506, "proportional", { target: "dd/mm/yyyy", actual: "dd/mm/yyyy" })
      )
    ).toBe(0.9);
  });

  it("2024: ≤ 30/04/2024 with no actual, evaluated after the deadline → 0", () => {
    const s = score(tgt("<=", d(2024, 4, 30), "date"), BLANK, {
      method: "binary",
      asOf: d(2025, 1, 31),
    });
    expect(s).toEqual({
      evaluated: true,
      performance: 0,
      rule: "dateMissedDeadline",
      daysLate: 276,
    });
  });

  it("2024, A.2: a meta-KPI whose actual is 90% scores 90% even under the binary method", () => {
    expect(
      score(tgt(">=", 1, "percent"), num(0.9, "percent"), { method: "binary", isMeta: true })
    ).toEqual({
      evaluated: true,
      performance: 0.9,
      rule: "metaRollup",
    });
  });
});

describe("scoreKpi: not evaluated", () => {
  it.each<[string, Partial<KpiInput> & { actual: ParsedValue; target: Target }, string]>([
    [
      "status kpi non disponibile",
      { target: tgt(">=", 7), actual: num(8), status: "kpi non disponibile" },
      "statusNotEvaluable",
    ],
    [
      "status non valutabile",
      { target: tgt(">=", 7), actual: BLANK, status: "Non valutabile" },
      "statusNotEvaluable",
    ],
    [
      "actual N.V.",
      { target: tgt(">=", 2), actual: { kind: "notEvaluable", marker: "N.V." } },
      "actualNotEvaluable",
    ],
    ["blank actual, numeric target", { target: tgt(">=", 2), actual: BLANK }, "pending"],
    [
      "blank actual, deadline not yet past",
      { target: tgt("<=", d(2026, 12, 31), "date"), actual: BLANK },
      "pending",
    ],
    [
      "blank actual, deadline is today",
      { target: tgt("<=", AS_OF, "date"), actual: BLANK },
      "pending",
    ],
    [
      "blank actual, not before a past date",
      { target: tgt(">=", AS_OF - 10, "date"), actual: BLANK },
      "pending",
    ],
    [
      "blank actual, NaN evaluation date",
      { target: tgt("<=", AS_OF - 10, "date"), actual: BLANK, asOf: NaN },
      "pending",
    ],
    [
      "blank meta actual",
      { target: tgt(">=", 1, "percent"), actual: BLANK, isMeta: true },
      "pending",
    ],
    ["NaN actual", { target: tgt(">=", 1), actual: num(NaN) }, "actualNotEvaluable"],
  ])("%s", (_name, input, reason) => {
    const { target, actual, ...extra } = input;
    expect(score(target, actual, extra)).toEqual({ evaluated: false, reason });
  });

  it("keeps a KPI with status kpi validato evaluable", () => {
    expect(score(tgt(">=", 2), num(3), { status: "kpi validato" })).toEqual({
      evaluated: true,
      performance: 1,
      rule: "met",
    });
  });

  it("counts the last good day of a strict < D as D − 1 for a blank actual", () => {
    expect(score(tgt("<", AS_OF, "date"), BLANK)).toEqual({
      evaluated: true,
      performance: 0,
      rule: "dateMissedDeadline",
      daysLate: 1,
    });
  });

  it("scores a blank actual one day after the deadline as 0, one day late", () => {
    expect(score(tgt("<=", AS_OF - 1, "date"), BLANK)).toEqual({
      evaluated: true,
      performance: 0,
      rule: "dateMissedDeadline",
      daysLate: 1,
    });
  });
});

describe("scoreKpi: binary method", () => {
  it.each<[Operator, number, number, number]>([
    [">=", 20, 20, 1],
    [">=", 20, 19, 0],
    [">", 20, 20, 0], // strict
    [">", 20, 20.0001, 1],
    ["<=", 7, 7, 1],
    ["<=", 7, 7.5, 0],
    ["<", 7, 7, 0], // strict
    ["<", 7, 6.9, 1],
    ["=", 1, 1, 1],
    ["=", 1, 1 + 1e-12, 1], // relative tolerance 1e-9
    ["=", 1, 1.001, 0],
    ["=", 0, 0, 1],
    [">=", 0.3, 0.1 + 0.2, 1],
    [">=", 1, 0.9999999999999999, 1], // a roll-up's rounding error does not fail a target
  ])("%s %d with %d → %d", (operator, t, a, expected) => {
    const s = score(tgt(operator, t), num(a), { method: "binary" });
    expect(performance(s)).toBe(expected);
    expect(s.evaluated && s.rule).toBe(expected === 1 ? "met" : "binaryNotMet");
  });

  it("scores a late date as 0", () => {
    const s = score(tgt("<=", d(2021, 10, 31), "date"), date(d(2021, 11, 6)), { method: "binary" });
    expect(s).toEqual({ evaluated: true, performance: 0, rule: "binaryNotMet", daysLate: 6 });
  });
});

describe("scoreKpi: proportional table (domain §5)", () => {
  it.each<[string, Operator, number, number, number, ScoreRule]>([
    ["≥, T > 0: A/T", ">=", 10, 8.05, 0.805, "ratioActualOverTarget"],
    [">, T > 0: A/T", ">", 4, 3, 0.75, "ratioActualOverTarget"],
    ["≥, T > 0, A < 0: clamped to 0", ">=", 0.05, -1, 0, "ratioActualOverTarget"],
    ["≥, T < 0: 1 − (T − A)/|T|", ">=", -10, -12, 0.8, "negativeTargetAbove"],
    ["≥, T < 0, far below: clamped", ">=", -10, -30, 0, "negativeTargetAbove"],
    ["≤, T > 0, A > 0: T/A", "<=", 7, 10, 0.7, "ratioTargetOverActual"],
    ["<, T > 0, A > 0: T/A", "<", 60, 75, 0.8, "ratioTargetOverActual"],
    ["≤, T < 0: 1 − (A − T)/|T|", "<=", -10, -8, 0.8, "distanceBelow"],
    ["≤, T < 0, A > 0", "<=", -10, 5, 0, "distanceBelow"],
    ["=, T ≠ 0: 1 − |A − T|/|T| (above)", "=", 100, 110, 0.9, "distanceEqual"],
    ["=, T ≠ 0: 1 − |A − T|/|T| (below)", "=", 100, 90, 0.9, "distanceEqual"],
    ["=, T < 0", "=", -4, -5, 0.75, "distanceEqual"],
    ["≥, T = 0 not met: 0", ">=", 0, -1, 0, "zeroTarget"],
    ["≤, T = 0 not met: 0", "<=", 0, 3, 0, "zeroTarget"],
    ["=, T = 0 not met: 0", "=", 0, 0.5, 0, "zeroTarget"],
    ["<, T = A: not met, T/A", "<", 5, 5, 1, "ratioTargetOverActual"],
  ])("%s", (_name, operator, t, a, expected, rule) => {
    const s = score(tgt(operator, t), num(a));
    expect(s.evaluated).toBe(true);
    if (s.evaluated) {
      expect(s.performance).toBeCloseTo(expected, 12);
      expect(s.rule).toBe(rule);
    }
  });

  it.each<[Operator, number, number]>([
    [">=", 0.15, 0.375],
    [">", 0, 1],
    ["<=", 0, -5.28],
    ["<=", 7, 3.07],
    ["=", 1, 1],
  ])("%s %d with %d is met: exactly 1", (operator, t, a) => {
    expect(score(tgt(operator, t), num(a))).toEqual({
      evaluated: true,
      performance: 1,
      rule: "met",
    });
  });
});

describe("scoreKpi: date targets", () => {
  const deadline = d(2021, 10, 31);
  it.each<[string, ParsedValue, number, number | undefined, ScoreRule]>([
    ["on the day", date(deadline), 1, undefined, "met"],
    ["early", date(d(2021, 10, 1)), 1, undefined, "met"],
    ["1 day late", date(deadline + 1), 0.9, 1, "dateLadder"],
    ["30 days late", date(deadline + 30), 0.9, 30, "dateLadder"],
    ["31 days late", date(deadline + 31), 0.85, 31, "dateLadder"],
    ["61 days late", date(deadline + 61), 0.85, 61, "dateLadder"],
    ["62 days late", date(deadline + 62), 0, 62, "dateMissedDeadline"],
    ["a time of day on the deadline", date(deadline + 0.75), 1, undefined, "met"],
    ["an actual given as a plain number is a serial", num(deadline + 6), 0.9, 6, "dateLadder"],
  ])("≤ 31/10/2021 done %s", (_name, actual, expected, daysLate, rule) => {
    const s = score(tgt("<=", deadline, "date"), actual);
    expect(s).toEqual({
      evaluated: true,
      performance: expected,
      rule,
      ...(daysLate === undefined ? {} : { daysLate }),
    });
  });

  it("follows a custom ladder", () => {
    const dateLadder = [
      { maxDaysLate: 10, performance: 0.95 },
      { maxDaysLate: 20, performance: 0.5 },
    ];
    expect(
      performance(score(tgt("<=", deadline, "date"), date(deadline + 10), { dateLadder }))
    ).toBe(0.95);
    expect(
      performance(score(tgt("<=", deadline, "date"), date(deadline + 15), { dateLadder }))
    ).toBe(0.5);
    expect(
      performance(score(tgt("<=", deadline, "date"), date(deadline + 21), { dateLadder }))
    ).toBe(0);
  });

  it("counts a strict < D as ≤ D − 1", () => {
    expect(score(tgt("<", deadline, "date"), date(deadline))).toMatchObject({
      performance: 0.9,
      daysLate: 1,
    });
  });

  it("counts days early for ≥ a date", () => {
    expect(score(tgt(">=", deadline, "date"), date(deadline - 40))).toMatchObject({
      performance: 0.85,
      daysLate: 40,
    });
  });
});

describe("scoreKpi: the cap", () => {
  it.each<[Operator, number, number, number]>([
    [">=", 0.15, 0.375, 2.5],
    [">=", -10, -5, 1.5],
    ["<=", 7, 3.5, 2],
    ["<=", -10, -12, 1.2],
    ["=", 1, 1, 1],
    ["<=", 0, -5.28, 1], // T = 0: no ratio to show
  ])("lifted: %s %d with %d shows over-achievement %d", (operator, t, a, expected) => {
    const s = score(tgt(operator, t), num(a), { capAtOne: false });
    expect(performance(s)).toBeCloseTo(expected, 12);
  });

  it("lifted, still floors negatives at 0 and keeps binary at 1", () => {
    expect(performance(score(tgt(">=", 5), num(-5), { capAtOne: false }))).toBe(0);
    expect(
      performance(score(tgt(">=", 0.15), num(0.375), { capAtOne: false, method: "binary" }))
    ).toBe(1);
  });

  it("lifted, lets a meta-KPI over 100% show", () => {
    expect(
      performance(score(tgt(">=", 1), num(1.2), { capAtOne: false, isMeta: true }))
    ).toBeCloseTo(1.2, 12);
    expect(performance(score(tgt(">=", 1), num(1.2), { isMeta: true }))).toBe(1);
  });
});

describe("scoreKpi: properties", () => {
  const operator = fc.constantFrom<Operator>(">=", ">", "<=", "<", "=");
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 });
  const anyNumber = fc.oneof(
    finite,
    fc.constantFrom(0, -0, Infinity, -Infinity, NaN, 1e-300, -1e-300)
  );
  const actual = fc.oneof(
    anyNumber.map((v): ParsedValue => num(v)),
    fc.integer({ min: 1, max: 80000 }).map((s): ParsedValue => date(s)),
    fc.constant<ParsedValue>(BLANK),
    fc.constant<ParsedValue>({ kind: "notEvaluable", marker: "N.V." })
  );
  const target = fc.oneof(
    fc.tuple(operator, anyNumber).map(([op, v]) => tgt(op, v)),
    fc.tuple(operator, fc.integer({ min: 1, max: 80000 })).map(([op, v]) => tgt(op, v, "date"))
  );
  const method = fc.constantFrom<Method>("proportional", "binary");

  it("gives a performance in [0, 1], or not evaluated, when the cap is on", () => {
    fc.assert(
      fc.property(
        target,
        actual,
        method,
        fc.boolean(),
        fc.option(fc.string()),
        (t, a, m, isMeta, status) => {
          const s = score(t, a, { method: m, isMeta, status });
          if (s.evaluated) {
            expect(s.performance).toBeGreaterThanOrEqual(0);
            expect(s.performance).toBeLessThanOrEqual(1);
          }
        }
      )
    );
  });

  it("never gives a negative or NaN performance with the cap lifted", () => {
    fc.assert(
      fc.property(target, actual, method, (t, a, m) => {
        const s = score(t, a, { method: m, capAtOne: false });
        if (s.evaluated) expect(s.performance).toBeGreaterThanOrEqual(0);
      })
    );
  });

  it("scores a met target exactly 1 under both methods", () => {
    const metCase = fc.oneof(
      fc
        .tuple(finite, fc.double({ min: 0, max: 1e6, noNaN: true }))
        .map(([t, extra]) => [tgt(">=", t), t + extra] as const),
      fc
        .tuple(finite, fc.double({ min: 1e-6, max: 1e6, noNaN: true }))
        .map(([t, extra]) => [tgt(">", t), t + Math.max(extra, Math.abs(t) * 1e-6)] as const),
      fc
        .tuple(finite, fc.double({ min: 0, max: 1e6, noNaN: true }))
        .map(([t, extra]) => [tgt("<=", t), t - extra] as const),
      fc
        .tuple(finite, fc.double({ min: 1e-6, max: 1e6, noNaN: true }))
        .map(([t, extra]) => [tgt("<", t), t - Math.max(extra, Math.abs(t) * 1e-6)] as const),
      finite.map((t) => [tgt("=", t), t] as const)
    );
    fc.assert(
      fc.property(metCase, method, ([t, a], m) => {
        expect(score(t, num(a), { method: m })).toEqual({
          evaluated: true,
          performance: 1,
          rule: "met",
        });
      })
    );
  });

  it("scores a date done by the deadline exactly 1 under both methods", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 80000 }),
        fc.integer({ min: 0, max: 1000 }),
        method,
        (deadline, early, m) => {
          expect(
            performance(score(tgt("<=", deadline, "date"), date(deadline - early), { method: m }))
          ).toBe(1);
        }
      )
    );
  });

  it("never scores a higher actual lower for ≥ (proportional, monotone)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), finite, finite, (t, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const pLow = performance(score(tgt(">=", t), num(low))) as number;
        const pHigh = performance(score(tgt(">=", t), num(high))) as number;
        expect(pHigh).toBeGreaterThanOrEqual(pLow);
      })
    );
  });
});
