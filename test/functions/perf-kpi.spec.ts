import fc from "fast-check";
import { serialFromYmd, todaySerial } from "../../src/core/excel-date";
import { perfKpi } from "../../src/functions/functions";
import { LocalFunctionError } from "../../src/functions/function-error";
import { NOT_EVALUATED } from "../../src/functions/kpi-function";

const d = serialFromYmd;

/** Asserts a #VALUE! error value whose message (Italian — English) contains the given words. */
function expectValueError(result: unknown, ...words: string[]): void {
  expect(result).toBeInstanceOf(LocalFunctionError);
  const error = result as LocalFunctionError;
  expect(error.code).toBe("#VALUE!");
  expect(error.message).toContain(" — "); // Italian first, then English
  for (const word of words) expect(error.message).toContain(word);
}

describe("PERF_KPI: the worked examples of the 2021 seed (proportional), as formulas pass them", () => {
  it.each<[string, unknown, unknown, number]>([
    ["≥ 15,00% with 37,50% (number)", "≥ 15,00%", 0.375, 1],
    ["≥ 15,00% with 37,50% (text)", "≥ 15,00%", "37,50%", 1],
    ["≥ 1,00 with 0,1134", "≥ 1,00", 0.1134, 0.1134],
    ["≥ 1,00 with 0,1134 as text", "≥ 1,00", "0,1134", 0.1134],
    ["≥ 70,00% with 69,32%", "≥ 70,00%", 0.6932, 0.6932 / 0.7],
    ["≥ 5,00% with −100,00%", "≥ 5,00%", -1, 0],
    ["≤ 0,00 with −5,28", "≤ 0,00", -5.28, 1],
    ["≤ 0,00 with −5,28 as text", "≤ 0,00", "-5,28", 1],
    ["≤ 31/10/2021 done 06/11/2021 (serial)", "≤ 31/10/2021", d(2021, 11, 6), 0.9],
    ["≤ 31/10/2021 done 06/11/2021 (text)", "≤ 31/10/2021", "06/11/2021", 0.9],
    ["≤ 31/10/2021 done 31/12/2021", "≤ 31/10/2021", d(2021, 12, 31), 0.85],
  ])("%s", (_name, target, actual, expected) => {
    expect(perfKpi(target, actual)).toBeCloseTo(expected, 12);
  });

  it("99,03% for ≥ 70,00% with 69,32%, as the seed shows it (2 decimals of a percentage)", () => {
    expect(Math.round((perfKpi("≥ 70,00%", "69,32%") as number) * 10000) / 100).toBe(99.03);
  });
});

describe("PERF_KPI: the worked examples of the 2024 seed (binary)", () => {
  it.each<[string, unknown[], number]>([
    ["≥ 60,00% with 50,00%", ["≥ 60,00%", 0.5, null, "binario"], 0],
    ["≥ 20 with 19", ["≥ 20", 19, null, "binario"], 0],
    ["≥ 20 with 19, operator apart", [20, 19, ">=", "binary"], 0],
    ["≥ 20 with 20", ["≥ 20", 20, null, "BINARIO"], 1],
    [
      "≤ 30/04/2024 with no actual, evaluated at the end of 2024",
      ["≤ 30/04/2024", null, null, "binario", null, d(2024, 12, 31)],
      0,
    ],
  ])("%s", (_name, args, expected) => {
    expect(perfKpi(...(args as [unknown, unknown]))).toBe(expected);
  });
});

describe("PERF_KPI: operators", () => {
  it.each<[unknown, number]>([
    [">=", 0.5],
    ["≥", 0.5],
    ["=>", 0.5],
    [">", 0.5],
    ["<=", 1],
    ["≤", 1],
    ["<", 1],
    ["=", 0.5],
  ])("operator %p as its own argument (target 10, actual 5)", (operator, expected) => {
    expect(perfKpi(10, 5, operator)).toBeCloseTo(expected, 12);
  });

  it("reads an operator written inside the target", () => {
    expect(perfKpi("<= 10", 20)).toBeCloseTo(0.5, 12);
    expect(perfKpi("> 10%", 0.05)).toBeCloseTo(0.5, 12);
  });

  it("implies ≥ for a number without operator", () => {
    expect(perfKpi(0.15, 0.075)).toBeCloseTo(0.5, 12);
    expect(perfKpi("100%", 0.8)).toBeCloseTo(0.8, 12);
  });

  it("treats an omitted operator (null, undefined, blank text) as not written", () => {
    expect(perfKpi(10, 5, null)).toBeCloseTo(0.5, 12);
    expect(perfKpi(10, 5, undefined)).toBeCloseTo(0.5, 12);
    expect(perfKpi(10, 5, "")).toBeCloseTo(0.5, 12);
  });

  it("accepts a one-cell range where a value is expected", () => {
    expect(perfKpi([["≥ 15,00%"]], [[0.375]], [[null]])).toBe(1);
  });
});

describe("PERF_KPI: date KPIs typed as formulas", () => {
  const deadline = d(2021, 10, 31);
  const late6 = d(2021, 11, 6);

  it("scores as a date when the target text is a date", () => {
    expect(perfKpi("31/10/2021", late6)).toBe(0.9);
    expect(perfKpi("31 ottobre 2021", late6)).toBe(0.9);
  });

  it("scores as a date when the operator is entro (serials in both cells)", () => {
    expect(perfKpi(deadline, late6, "entro")).toBe(0.9);
    expect(perfKpi(deadline, deadline - 3, "Entro il")).toBe(1);
  });

  it("scores as a date when the target is written 'entro il …'", () => {
    expect(perfKpi("entro il 31/10/2021", late6)).toBe(0.9);
  });

  it("scores as a date when the actual is written as a date text (the target a serial)", () => {
    expect(perfKpi(deadline, "06/11/2021", "<=")).toBe(0.9);
  });

  it("without any of these, two serials are plain numbers (documented)", () => {
    expect(perfKpi(deadline, late6, "<=")).toBeCloseTo(deadline / late6, 12);
  });

  it("gives 0 to a blank actual after the deadline and N.V. before it", () => {
    expect(perfKpi("≤ 30/04/2024", null, null, null, null, d(2024, 5, 2))).toBe(0);
    expect(perfKpi("≤ 30/04/2024", "", null, null, null, "02/05/2024")).toBe(0);
    expect(perfKpi("≤ 30/04/2024", null, null, null, null, d(2024, 4, 1))).toBe(NOT_EVALUATED);
  });

  it("evaluates a blank date actual against today when no evaluation date is given", () => {
    expect(perfKpi("≤ 31/12/2000", null)).toBe(0); // long past
    const nextYear = todaySerial() + 366;
    expect(perfKpi(nextYear, null, "entro")).toBe(NOT_EVALUATED); // not due yet
  });

  it("reads a 0 actual of a date KPI as an empty cell (older Excel desktop passes empty cells as 0)", () => {
    expect(perfKpi("≤ 30/04/2024", 0, null, null, null, d(2024, 4, 1))).toBe(NOT_EVALUATED);
    expect(perfKpi("≤ 30/04/2024", 0, null, null, null, d(2024, 6, 1))).toBe(0);
  });

  it("under the binary method a late date scores 0", () => {
    expect(perfKpi("≤ 31/10/2021", late6, null, "binary")).toBe(0);
  });
});

describe("PERF_KPI: methods and years", () => {
  it.each(["proporzionale", "Proportional", "PROPORZIONALE", null, ""])(
    "method %p is proportional",
    (method) => {
      expect(perfKpi(10, 5, ">=", method)).toBeCloseTo(0.5, 12);
    }
  );

  it.each(["binario", "Binary", "BINARIO"])("method %p is binary", (method) => {
    expect(perfKpi(10, 5, ">=", method)).toBe(0);
  });

  const multiYear =
    "2022 >= 0,18% (orientativamente 120 imprese) 2023 >= 0,21% (140) 2024 >= 0,23% (150)";
  it("picks the plan year of a multi-year target", () => {
    expect(perfKpi(multiYear, 0.0021, null, null, 2023)).toBe(1);
    expect(perfKpi(multiYear, 0.0021, null, null, 2024)).toBeCloseTo(0.0021 / 0.0023, 12);
    expect(perfKpi(multiYear, 0.0021, null, null, "2024")).toBeCloseTo(0.0021 / 0.0023, 12);
    expect(
      perfKpi("Target 2021: >=2 Target 2022: >=2 Target 2023: >=3", 2, null, null, 2023)
    ).toBeCloseTo(2 / 3, 12);
  });

  it("asks for the year when a multi-year target has none for it", () => {
    expectValueError(perfKpi(multiYear, 0.0021, null, null, 2030), "2030");
  });

  it("rejects a year that is not a four-digit year", () => {
    expectValueError(perfKpi(10, 5, null, null, 23), "Anno", "Year");
    expectValueError(perfKpi(10, 5, null, null, "duemila"), "Anno");
  });
});

describe("PERF_KPI: not evaluated", () => {
  it.each(["N.V.", "n.d.", "ND", "N/A", "non valutabile", "—"])(
    "actual %p gives N.V.",
    (marker) => {
      expect(perfKpi("≥ 15%", marker)).toBe(NOT_EVALUATED);
    }
  );

  it("a blank actual with a numeric target is pending: N.V.", () => {
    expect(perfKpi("≥ 15%", null)).toBe(NOT_EVALUATED);
    expect(perfKpi(0.15, "")).toBe(NOT_EVALUATED);
    expect(perfKpi(0.15, undefined)).toBe(NOT_EVALUATED);
  });

  it("a target the plan marks as not evaluable (da def., N.V.) gives N.V.", () => {
    expect(perfKpi("da def.", 3)).toBe(NOT_EVALUATED);
    expect(perfKpi("N.V.", 3)).toBe(NOT_EVALUATED);
  });

  it("an empty row (no target, no actual) gives N.V.; an actual without target is an error", () => {
    expect(perfKpi(null, null)).toBe(NOT_EVALUATED);
    expect(perfKpi("", "")).toBe(NOT_EVALUATED);
    expectValueError(perfKpi(null, 0.5), "Target mancante", "Target missing");
  });
});

describe("PERF_KPI: errors are #VALUE! values with an Italian and English message, never exceptions", () => {
  it("unreadable target", () => {
    expectValueError(perfKpi("≤ dato medio nazionale", 3), "dato medio nazionale", "≥ 15%");
    expectValueError(perfKpi("abc", 1), "Target", "cannot be evaluated");
  });

  it("unreadable operator", () => {
    expectValueError(perfKpi(10, 5, "circa"), "Operatore", "Operator", "entro");
    expectValueError(perfKpi(10, 5, 3), "Operatore");
  });

  it("unknown method", () => {
    expectValueError(perfKpi(10, 5, null, "lineare"), "proporzionale", "binary");
  });

  it("unreadable actual", () => {
    expectValueError(perfKpi("≥ 10", "molto"), "molto", "N.V.");
    expectValueError(perfKpi("≥ 10", true), "VERO/TRUE");
  });

  it("a range where one value is expected", () => {
    expectValueError(
      perfKpi(
        [
          [1, 2],
          [3, 4],
        ],
        1
      ),
      "intervallo",
      "range"
    );
  });

  it("a non-finite number", () => {
    expectValueError(perfKpi(Number.NaN, 1), 'Target "NaN"');
  });

  it("an evaluation date that is not a date", () => {
    expectValueError(perfKpi("≤ 30/04/2024", null, null, null, null, "domani"), "domani");
  });

  it("never throws, whatever the arguments (property)", () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.constant(undefined),
      fc.double(),
      fc.integer({ min: -1e6, max: 1e6 }),
      fc.boolean(),
      fc.string(),
      fc.constantFrom(
        "≥ 15,00%",
        "entro il 30/4",
        "N.V.",
        "2023 >= 15% 20%",
        "<=",
        "entro",
        "binario",
        "31/12/2023"
      ),
      fc.array(fc.array(fc.oneof(fc.double(), fc.string(), fc.constant(null)), { maxLength: 3 }), {
        maxLength: 3,
      }),
      fc.anything()
    );
    fc.assert(
      fc.property(
        cell,
        cell,
        cell,
        cell,
        cell,
        cell,
        (target, actual, operator, method, year, asOf) => {
          let result: unknown;
          expect(() => {
            result = perfKpi(target, actual, operator, method, year, asOf);
          }).not.toThrow();
          const fine =
            result === NOT_EVALUATED ||
            result instanceof LocalFunctionError ||
            (typeof result === "number" && result >= 0 && result <= 1);
          expect(fine).toBe(true);
        }
      ),
      { numRuns: 2000 }
    );
  });
});
