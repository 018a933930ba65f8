/** PERF_ROLLUP's aggregation argument (domain §9): minimum and all met, Italian and English words. */
import { LocalFunctionError } from "../../src/functions/function-error";
import { perfRollup } from "../../src/functions/functions";

const column = (...cells: unknown[]): unknown[][] => cells.map((cell) => [cell]);

describe("PERF_ROLLUP with an aggregation", () => {
  const p = column(0.9, 0.7, "N.V.", 0.4);
  const w = column(0.3, 0.3, 0.2, 0);

  it("minimo: the worst evaluated KPI, skipping N.V. and weight 0", () => {
    // 0.4 weighs 0 and N.V. is not evaluated: min(90%, 70%) = 70%
    expect(perfRollup(p as never, w as never, "minimo")).toBe(0.7);
    expect(perfRollup(p as never, w as never, "peggiore")).toBe(0.7);
    expect(perfRollup(p as never, w as never, "minimum")).toBe(0.7);
  });

  it("tutti: 100% only when every evaluated KPI is at 100%", () => {
    expect(perfRollup(column(1, 1, "N.V.") as never, undefined, "tutti")).toBe(1);
    expect(perfRollup(column(1, 0.99) as never, undefined, "tutti")).toBe(0);
  });

  it("blank or omitted: the weighted mean, (0.3 · 90% + 0.3 · 70%) / 0.6 = 80%", () => {
    expect(perfRollup(p as never, w as never, "")).toBeCloseTo(0.8, 12);
    expect(perfRollup(p as never, w as never, null)).toBeCloseTo(0.8, 12);
    expect(perfRollup(p as never, w as never, "media")).toBeCloseTo(0.8, 12);
  });

  it("an unknown word is #VALUE! with a message saying which words to use", () => {
    const result: unknown = perfRollup(p as never, w as never, "massimo");
    expect(result).toBeInstanceOf(LocalFunctionError);
    expect((result as LocalFunctionError).message).toContain('"minimo"');
  });
});
