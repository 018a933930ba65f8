/**
 * PERF_SOGLIA, PERF_SCAGLIONI and PERF_TOLLERANZA: every example of domain §9 through the
 * functions, as formulas pass their arguments (numbers, Italian text, ranges, blank cells as null
 * on the web and 0 on Excel desktop). Expected figures are worked by hand from §9.
 */
import fc from "fast-check";
import { perfScaglioni, perfSoglia, perfTolleranza } from "../../src/functions/functions";
import { LocalFunctionError } from "../../src/functions/function-error";
import { NOT_EVALUATED } from "../../src/functions/kpi-function";
import { performanceBand } from "../../src/functions/band-function";
import { stepsPerformance } from "../../src/functions/steps-function";

function expectValueError(result: unknown, ...words: string[]): void {
  expect(result).toBeInstanceOf(LocalFunctionError);
  const error = result as LocalFunctionError;
  expect(error.code).toBe("#VALUE!");
  expect(error.message).toContain(" — "); // Italian first, then English
  for (const word of words) expect(error.message).toContain(word);
}

describe("PERF_SOGLIA: threshold to target, linear (§9)", () => {
  it.each<[string, unknown, unknown, unknown, number]>([
    // S 60, T 80: (A − S) / (T − S)
    ["A 70 → (70 − 60) / (80 − 60) = 50%", "≥ 80", 70, 60, 0.5],
    ["A 55, below the threshold → 0%", "≥ 80", 55, 60, 0],
    ["A 85, target met → 100%", "≥ 80", 85, 60, 1],
    ["A 60, exactly at the threshold → 0%", "≥ 80", 60, 60, 0],
    ["A 80, exactly at the target → 100%", "≥ 80", 80, 60, 1],
    ["A 75 → 15 / 20 = 75%", ">= 80", "75", "60", 0.75],
    // lower is better: T 4, S 10: (S − A) / (S − T)
    ["≤ 4, S 10, A 7 → (10 − 7) / (10 − 4) = 50%", "≤ 4", 7, 10, 0.5],
    ["≤ 4, S 10, A 12 → beyond the threshold, 0%", "≤ 4", 12, 10, 0],
    ["≤ 4, S 10, A 3 → met, 100%", "≤ 4", 3, 10, 1],
    // percentages in Italian text: T 80%, S 60%, A 65% → (0,65 − 0,60) / 0,20 = 25%
    ["≥ 80%, soglia 60%, A 65%", "≥ 80%", "65%", "60%", 0.25],
  ])("%s", (_name, target, actual, threshold, expected) => {
    expect(perfSoglia(target, actual, threshold)).toBeCloseTo(expected, 12);
  });

  it("strict and non-strict operators: the interpolation is the same, only met differs", () => {
    // > 80 with A 80: not met, (80 − 60) / 20 = 1 by the line (continuous at T)
    expect(perfSoglia("> 80", 80, 60)).toBeCloseTo(1, 12);
    // < 4 with A 7, S 10: (10 − 7) / 6 = 50%
    expect(perfSoglia("< 4", 7, 10)).toBeCloseTo(0.5, 12);
  });

  it("takes the operator from its own argument", () => {
    // T 80 written as a bare number, operator "<=" in its own cell, S 100, A 90: (100 − 90) / 20 = 50%
    expect(perfSoglia(80, 90, 100, "<=")).toBeCloseTo(0.5, 12);
  });

  it("a threshold on the wrong side of the target is #VALUE! with the core's message, even with a blank actual", () => {
    expectValueError(perfSoglia("≥ 80", 70, 90), "Soglia 90", "wrong side");
    expectValueError(perfSoglia("≥ 80", null, 90), "Soglia 90");
    expectValueError(perfSoglia("= 80", 70, 60), "tolleranza");
  });

  it("without a threshold scores proportionally (as the sheet scores a soglia KPI without one)", () => {
    // ≥ 80, A 70: 70 / 80 = 87,5%
    expect(perfSoglia("≥ 80", 70, null)).toBeCloseTo(0.875, 12);
    expect(perfSoglia("≥ 80", 70, "")).toBeCloseTo(0.875, 12);
  });

  it("blank actual: N.V.; not-evaluable actual: N.V.", () => {
    expect(perfSoglia("≥ 80", null, 60)).toBe(NOT_EVALUATED);
    expect(perfSoglia("≥ 80", "N.V.", 60)).toBe(NOT_EVALUATED);
  });

  it("an unreadable threshold is #VALUE! saying how to write it", () => {
    expectValueError(perfSoglia("≥ 80", 70, "sessanta"), "Soglia", "sessanta", "60%");
    expectValueError(perfSoglia("≥ 80", 70, true), "Soglia");
  });
});

describe("PERF_SOGLIA: excellence and ceiling (§9)", () => {
  it("T 80, E 100, C 120% (default), A 90 → 1 + 0,2 · (90 − 80) / (100 − 80) = 110%", () => {
    expect(perfSoglia("≥ 80", 90, 60, null, 100)).toBeCloseTo(1.1, 12);
    expect(perfSoglia("≥ 80", 90, 60, null, 100, "120%")).toBeCloseTo(1.1, 12);
  });

  it("beyond E the ceiling: A 130 → 120%; at E exactly → 120%; at T exactly → 100%", () => {
    expect(perfSoglia("≥ 80", 130, 60, null, 100)).toBeCloseTo(1.2, 12);
    expect(perfSoglia("≥ 80", 100, 60, null, 100)).toBeCloseTo(1.2, 12);
    expect(perfSoglia("≥ 80", 80, 60, null, 100)).toBeCloseTo(1, 12);
  });

  it("a ceiling of 150%: A 90 → 1 + 0,5 · 10 / 20 = 125%", () => {
    expect(perfSoglia("≥ 80", 90, 60, null, 100, 1.5)).toBeCloseTo(1.25, 12);
  });

  it("lower is better, mirrored: T 4, E 2, A 3 → 1 + 0,2 · (4 − 3) / (4 − 2) = 110%", () => {
    expect(perfSoglia("≤ 4", 3, 10, null, 2)).toBeCloseTo(1.1, 12);
  });

  it("below the target the threshold line still counts: A 70 → 50%", () => {
    expect(perfSoglia("≥ 80", 70, 60, null, 100)).toBeCloseTo(0.5, 12);
  });

  it("errors: excellence on the wrong side, ceiling out of the settings' range", () => {
    expectValueError(perfSoglia("≥ 80", 90, 60, null, 70), "eccellenza 70");
    expectValueError(perfSoglia("≥ 80", 90, 60, null, 100, 0.5), "Tetto");
    expectValueError(perfSoglia("≥ 80", 90, 60, null, 100, "600%"), "Tetto");
  });
});

describe("PERF_SOGLIA on Excel desktop, where a blank cell arrives as 0", () => {
  it("a blank threshold on the wrong side (0 for ≤ 4) reads as none: proportional, like null on the web", () => {
    // ≤ 4 with A 5: proportional T / A = 4 / 5 = 80%
    expect(perfSoglia("≤ 4", 5, 0)).toBeCloseTo(0.8, 12);
    expect(perfSoglia("≤ 4", 5, null)).toBeCloseTo(0.8, 12);
  });

  it("a 0 threshold on the right side gives the proportional figure anyway", () => {
    // ≥ 80, S 0, A 70: (70 − 0) / (80 − 0) = 87,5% = 70 / 80
    expect(perfSoglia("≥ 80", 70, 0)).toBeCloseTo(perfSoglia("≥ 80", 70, null) as number, 12);
  });

  it("blank excellence and ceiling (0, 0) keep the cap at 100%, as null does", () => {
    // ≤ 4, S 10, A 3: met → 100% (with E 0 read as a value it would be 1 + 0,2 · 1/4 = 105%)
    expect(perfSoglia("≤ 4", 3, 10, 0, 0, 0)).toBe(1);
    expect(perfSoglia("≤ 4", 3, 10, null, null, null)).toBe(1);
  });

  it("with a ceiling written, an excellence of 0 is a real value", () => {
    // ≤ 4, E 0, C 120%, A 3: 1 + 0,2 · (4 − 3) / (4 − 0) = 105%
    expect(perfSoglia("≤ 4", 3, 10, null, 0, 1.2)).toBeCloseTo(1.05, 12);
  });
});

describe("PERF_SCAGLIONI: step scale (§9)", () => {
  // the §9 scale: r ≥ 100% → 100%; r ≥ 90% → 80%; r ≥ 75% → 50%; below → 0%
  const scale = [
    [1, 1],
    [0.9, 0.8],
    [0.75, 0.5],
  ];

  it("A 46 against ≥ 50: r = 46 / 50 = 92% → 80% (the default scale, a range and a text)", () => {
    expect(perfScaglioni("≥ 50", 46)).toBe(0.8);
    expect(perfScaglioni("≥ 50", 46, scale)).toBe(0.8);
    expect(perfScaglioni("≥ 50", 46, [["100%: 100%; 90%: 80%; 75%: 50%"]])).toBe(0.8);
    // a host passing a one-cell text as a scalar rather than a 1×1 matrix
    expect(stepsPerformance("≥ 50", 46, "100%: 100%; 90%: 80%; 75%: 50%")).toBe(0.8);
  });

  it.each<[string, unknown, unknown, number]>([
    ["on a step bound: 45 / 50 = 90% → 80%", "≥ 50", 45, 0.8],
    ["just below: 44,99 / 50 = 89,98% → 50%", "≥ 50", 44.99, 0.5],
    ["75% exactly: 37,5 / 50 → 50%", "≥ 50", 37.5, 0.5],
    ["below every step: 30 / 50 = 60% → 0%", "≥ 50", 30, 0],
    ["met: 60 / 50 → 100%", "≥ 50", 60, 1],
    ["lower is better: ≤ 10 with 11, r = 10 / 11 = 90,91% → 80%", "≤ 10", 11, 0.8],
  ])("%s", (_name, target, actual, expected) => {
    expect(perfScaglioni(target, actual, scale)).toBe(expected);
  });

  it("percentages as text in the range, three columns (from, to, score), blank rows skipped", () => {
    const ranges = [
      ["100%", null, "100%"],
      ["90%", "99,99%", "80%"],
      [null, null, null],
      [0, 0, 0], // a blank row as Excel desktop passes it
      ["75%", "89,99%", "50%"],
    ];
    // 46 / 50 = 92%: in 90%–99,99% → 80%; 40 / 50 = 80%: in 75%–89,99% → 50%
    expect(perfScaglioni("≥ 50", 46, ranges)).toBe(0.8);
    expect(perfScaglioni("≥ 50", 40, ranges)).toBe(0.5);
    // a top step with an end leaves higher ratios in no step: the settings model's gap message
    expectValueError(
      perfScaglioni("≥ 50", 46, [
        [1, 5, 1],
        [0.9, 0.9999, 0.8],
      ]),
      "500,01%"
    );
  });

  it("a scale with a gap or an overlap is #VALUE! with the settings model's message", () => {
    expectValueError(
      perfScaglioni("≥ 50", 46, [
        [0.9, 0.95, 0.8],
        [1, 5, 1],
      ]),
      "Scala a scaglioni"
    );
    expectValueError(
      perfScaglioni("≥ 50", 46, [
        [1, 1],
        [1, 0.8],
      ]),
      "sovrapposti"
    );
    expectValueError(perfScaglioni("≥ 50", 46, [["tanto"]]), "Scala a scaglioni");
    expectValueError(perfScaglioni("≥ 50", 46, [["90%", "molto"]]), "Riga 1");
  });

  it("a blank scale on Excel desktop (0) is the default scale", () => {
    expect(stepsPerformance("≥ 50", 46, 0)).toBe(0.8);
    expect(perfScaglioni("≥ 50", 46, [[0]])).toBe(0.8);
  });

  it("property: the result is one of the scale's scores or 0, or N.V. for a blank actual", () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), (a) => {
        const p = stepsPerformance("≥ 50", a, scale);
        expect([1, 0.8, 0.5, 0]).toContain(p);
      })
    );
    expect(perfScaglioni("≥ 50", null, scale)).toBe(NOT_EVALUATED);
  });
});

describe("PERF_TOLLERANZA: tolerance for = (§9)", () => {
  it.each<[string, unknown, unknown, unknown, number]>([
    ["= 100, 5%, A 104: within ±5 → 100%", "= 100", 104, 0.05, 1],
    ["= 100, 5%, A 110: 1 − (10 − 5) / 100 = 95%", "= 100", 110, 0.05, 0.95],
    ["= 100, 5%, A 105: on the band's edge → 100%", "= 100", 105, "5%", 1],
    ["= 100, 5%, A 90: 1 − (10 − 5) / 100 = 95%", "= 100", 90, "5%", 0.95],
    ["a bare target 100 is = 100: A 110 → 95%", 100, 110, 0.05, 0.95],
    ["tolerance 0 (also a blank desktop cell): A 110 → 1 − 10/100 = 90%", "= 100", 110, 0, 0.9],
    ["tolerance blank: the same 90%", "= 100", 110, null, 0.9],
  ])("%s", (_name, target, actual, tolerance, expected) => {
    expect(perfTolleranza(target, actual, tolerance)).toBeCloseTo(expected, 12);
  });

  it("binary: 1 within the band, 0 outside", () => {
    expect(perfTolleranza("= 100", 104, 0.05, "binario")).toBe(1);
    expect(perfTolleranza("= 100", 110, 0.05, "binario")).toBe(0);
  });

  it("errors: another operator, a negative tolerance, a method without meaning here", () => {
    expectValueError(perfTolleranza("≥ 100", 104, 0.05), "≥", 'target "="');
    expectValueError(perfTolleranza("= 100", 104, -0.05), "Tolleranza");
    expectValueError(perfTolleranza("= 100", 104, 0.05, "soglia"), "soglia");
  });
});

describe("PERF_BAND with a legend of its own (2 to 5 bands)", () => {
  const five =
    "> 90% #A9D08E; 80%-90% #C6EFCE; 60%-79,99% #FFEB9C; 40%-59,99% #FCD5B4; < 40% #FFC7CE";

  it.each<[number, string]>([
    [0.95, "verde scuro"], // > 90%
    [0.9, "verde chiaro"], // 90,00% is in 80%–90%, not above 90%
    [0.8, "verde chiaro"],
    [0.79996, "verde chiaro"], // shown 80,00%: classified as shown
    [0.7999, "giallo"],
    [0.5, "arancione"],
    [0.3999, "rosso"],
  ])("%s → %s", (p, name) => {
    expect(performanceBand(p, null, null, five)).toBe(name);
    // one band per cell of a range, blank cells (null, or 0 on Excel desktop) skipped
    expect(
      performanceBand(p, null, null, [
        [five.split("; ")[0]],
        [0],
        ...five
          .split("; ")
          .slice(1)
          .map((b) => [b]),
      ])
    ).toBe(name);
  });

  it("blank or N.V. gives an empty text; a faulty legend is #VALUE! with the settings' message", () => {
    expect(performanceBand("N.V.", null, null, five)).toBe("");
    expect(performanceBand(null, null, null, five)).toBe("");
    expectValueError(performanceBand(0.5, null, null, "> 80% #C6EFCE; < 70% #FFC7CE"), "70,00%");
  });

  it("without it, the classic three bands as before", () => {
    expect(performanceBand(0.85, null, null, 0)).toBe("verde");
    expect(performanceBand(0.8, null, null, null)).toBe("giallo");
  });
});
