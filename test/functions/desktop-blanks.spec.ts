/**
 * Excel desktop passes a blank cell to a custom function as 0 (office-js #4702): a blank operator
 * or method cell must read as omitted, not as the operator "0" (#VALUE!) or the method "0".
 */
import { perfKpi } from "../../src/functions/functions";

describe("PERF_KPI with Excel desktop's blank cells (0)", () => {
  it("takes an operator cell passed as 0 as no operator", () => {
    // Target ≥ 15%, actual 12%: 12 / 15 = 80% (proportional), with or without the blank cell.
    expect(perfKpi("≥ 15%", 0.12, 0)).toBeCloseTo(0.8, 12);
    expect(perfKpi("≥ 15%", 0.12, null)).toBeCloseTo(0.8, 12);
  });

  it("takes a method cell passed as 0 as the default method (proportional)", () => {
    // Target 10, actual 5 (≥ written in the target): 5 / 10 = 50%.
    expect(perfKpi(">= 10", 5, null, 0)).toBeCloseTo(0.5, 12);
  });
});
