import fc from "fast-check";
import { perfRollup } from "../../src/functions/functions";
import { LocalFunctionError } from "../../src/functions/function-error";
import { NOT_EVALUATED } from "../../src/functions/kpi-function";

/** Excel passes null for an omitted optional argument, which the TypeScript signature calls undefined. */
const EXCEL_OMITTED = null as unknown as undefined;

/** A column range as Excel passes it: one row per cell. */
const column = (...cells: unknown[]): unknown[][] => cells.map((cell) => [cell]);

function expectValueError(result: unknown, ...words: string[]): void {
  expect(result).toBeInstanceOf(LocalFunctionError);
  const error = result as LocalFunctionError;
  expect(error.code).toBe("#VALUE!");
  for (const word of words) expect(error.message).toContain(word);
}

describe("PERF_ROLLUP: the worked examples of domain §6", () => {
  it("C.1 (2021): 99,73% and 84,42% with a third KPI not available, weights 33% each → 92,08%", () => {
    const result: unknown = perfRollup(column(0.9973, 0.8442, "N.V."), column(0.33, 0.33, 0.33));
    expect(result).toBeCloseTo(0.92075, 12);
    expect(Math.round((result as number) * 10000) / 100).toBe(92.08);
  });

  it("the same with the weights written as Italian text", () => {
    expect(perfRollup(column("99,73%", "84,42%", "n.d."), column("33%", "33%", "33%"))).toBeCloseTo(
      0.92075,
      12
    );
  });

  it("A.2 (2024): meta-KPI 90% weight 70%, other KPI 100% weight 30% → 93%", () => {
    expect(perfRollup(column(0.9, 1), column("70%", "30%"))).toBeCloseTo(0.93, 12);
  });

  it("C.1.2.9 (2021): 85% weight 60% and 100% weight 20% → 88,75% (weights used as relative weights)", () => {
    expect(perfRollup(column(0.85, 1), column(0.6, 0.2))).toBeCloseTo(0.8875, 12);
  });

  it("reads weights written with an operator in the cell (50% >=)", () => {
    expect(perfRollup(column(0.5, 1), column("50% >=", "50% <="))).toBeCloseTo(0.75, 12);
  });

  it("A.4.1 (2024): a KPI with weight 0% and actual N.V. does not count", () => {
    expect(perfRollup(column(1, "N.V.", 0.8), column(0.5, 0, 0.5))).toBeCloseTo(0.9, 12);
  });
});

describe("PERF_ROLLUP: weights", () => {
  it("uses equal weights when no weights are given", () => {
    expect(perfRollup(column(0.5, 1))).toBeCloseTo(0.75, 12);
    expect(perfRollup(column(0.5, 1), EXCEL_OMITTED)).toBeCloseTo(0.75, 12);
    expect(perfRollup(column(0.5, 1), undefined)).toBeCloseTo(0.75, 12);
  });

  it("uses equal weights when every weight is blank (null, empty text or 0)", () => {
    expect(perfRollup(column(0.5, 1), column(null, null))).toBeCloseTo(0.75, 12);
    expect(perfRollup(column(0.5, 1), column("", ""))).toBeCloseTo(0.75, 12);
    expect(perfRollup(column(0.5, 1), column(0, 0))).toBeCloseTo(0.75, 12);
  });

  it("re-distributes the weight of blank and not-evaluated KPIs", () => {
    expect(perfRollup(column(0.6, null, "N.V.", 1), column(0.25, 0.25, 0.25, 0.25))).toBeCloseTo(
      0.8,
      12
    );
  });

  it("accepts a row of weights for a column of performances (same number of cells)", () => {
    expect(perfRollup(column(0.5, 1), [[0.25, 0.75]])).toBeCloseTo(0.875, 12);
  });

  it("rejects ranges of different sizes", () => {
    expectValueError(
      perfRollup(column(0.5, 1), column(0.5)),
      "stesso numero di celle",
      "same number of cells"
    );
  });

  it("rejects an unreadable weight, saying which cell", () => {
    expectValueError(perfRollup(column(0.5, 1), column("metà", 0.5)), "Cella 1", "Cell 1", "metà");
  });
});

describe("PERF_ROLLUP: empty cells as each Excel passes them", () => {
  it("web and recent desktop pass null: skipped; a real 0 counts", () => {
    expect(perfRollup(column(0.8, 0, null), column(0.5, 0.5, null))).toBeCloseTo(0.4, 12);
    expect(perfRollup(column(0.8, 0, null))).toBeCloseTo(0.4, 12);
  });

  it("older desktop passes empty text: skipped", () => {
    expect(perfRollup(column(0.8, 0, ""), column(0.5, 0.5, ""))).toBeCloseTo(0.4, 12);
  });

  it("older desktop passes 0: a 0 whose weight is empty/0 too is an empty row, a 0 with a weight is a real 0%", () => {
    // row 3 is empty: performance 0 and weight 0, and no cell came as null
    expect(perfRollup(column(0.8, 0, 0), column(0.5, 0.5, 0))).toBeCloseTo(0.4, 12);
    expect(perfRollup(column(0.8, 0, 0), column(0.5, 0.5, ""))).toBeCloseTo(0.4, 12);
  });

  it("a null anywhere proves empty cells arrive as null, so a 0 with an empty weight is a real 0%", () => {
    // equal weights (no weight written); the 0 is a real performance, the null row is empty
    expect(perfRollup(column(0.8, 0, null), column(null, null, null))).toBeCloseTo(0.4, 12);
  });

  it("older desktop with no weights written: a 0 with its empty (0) weight is taken as an empty row (documented)", () => {
    expect(perfRollup(column(0.8, 0), column(0, 0))).toBeCloseTo(0.8, 12);
  });

  it("nothing evaluated gives N.V.", () => {
    expect(perfRollup(column(null, "N.V.", ""))).toBe(NOT_EVALUATED);
    expect(perfRollup(column())).toBe(NOT_EVALUATED);
    expect(perfRollup(column(0.5, 0.7), column(0, 0.0))).not.toBe(NOT_EVALUATED); // all-zero weights: equal
  });
});

describe("PERF_ROLLUP: cells", () => {
  it("reads percentages and numbers written as text", () => {
    expect(perfRollup(column("80,50%", "0,9"))).toBeCloseTo(0.8525, 12);
  });

  it("reads a single cell passed as a scalar", () => {
    expect(perfRollup(0.7 as unknown as unknown[][])).toBeCloseTo(0.7, 12);
  });

  it("reads data-type cells by their basic value", () => {
    expect(
      perfRollup(column({ type: "FormattedNumber", basicValue: 0.6, numberFormat: "0%" }, 1))
    ).toBeCloseTo(0.8, 12);
  });

  it.each<[unknown, string]>([
    [true, "VERO/TRUE"],
    ["ottimo", "ottimo"],
    ["31/12/2024", "31/12/2024"],
  ])("rejects the performance %p with a #VALUE! naming it", (cell, shown) => {
    expectValueError(perfRollup(column(0.5, cell)), "Cella 2", shown);
  });

  it("never throws, whatever the ranges (property)", () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.double(),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.string(),
      fc.constantFrom("N.V.", "85,00%", "50% >=", "", 0),
      fc.boolean(),
      fc.anything()
    );
    const range = fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { maxLength: 5 });
    fc.assert(
      fc.property(range, fc.option(range, { nil: undefined }), (performances, weights) => {
        let result: unknown;
        expect(() => {
          result = perfRollup(performances, weights);
        }).not.toThrow();
        expect(
          typeof result === "number" ||
            result === NOT_EVALUATED ||
            result instanceof LocalFunctionError
        ).toBe(true);
      }),
      { numRuns: 1000 }
    );
  });

  it("stays within the range of the performances it averages (property)", () => {
    const item = fc.record({
      p: fc.double({ min: 0, max: 1, noNaN: true }),
      w: fc.double({ min: 0.01, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 50 }), (items) => {
        const result = perfRollup(
          items.map((i) => [i.p]),
          items.map((i) => [i.w])
        ) as number;
        const ps = items.map((i) => i.p);
        expect(result).toBeGreaterThanOrEqual(Math.min(...ps) - 1e-12);
        expect(result).toBeLessThanOrEqual(Math.max(...ps) + 1e-12);
      })
    );
  });
});
