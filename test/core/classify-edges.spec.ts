/**
 * Edges of the legend's rounding and banding (domain §7) that the main spec does not reach,
 * found by mutation testing (npm run mutate:core).
 */
import { classify, roundForLegend } from "../../src/core/classify";
import { DEFAULT_LEGEND } from "../../src/core/settings";

describe("roundForLegend beyond 15 significant digits", () => {
  it("cuts to Excel's 15 significant digits before rounding to 4 decimals", () => {
    // 123456789012.34563 has 17 significant digits. Excel keeps 15: 123456789012.345|63 → the
    // 16th digit (6) rounds the 15th up → 123456789012.346; to 4 decimals that is 123456789012.3460.
    // Rounding the full value to 4 decimals without the cut would give 123456789012.3456.
    expect(roundForLegend(123456789012.34563)).toBe(123456789012.346);
    expect(roundForLegend(-123456789012.34563)).toBe(-123456789012.346);
  });
});

describe("classify of a missing value", () => {
  it("gives no band to undefined (a value a caller left out is not evaluated)", () => {
    // §7: "none — not evaluated — no fill". Without the check, undefined would compare false with
    // both thresholds and fall through to red.
    expect(classify(undefined as unknown as null, DEFAULT_LEGEND)).toBeNull();
  });
});
