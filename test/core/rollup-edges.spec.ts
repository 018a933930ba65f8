/**
 * Edges of the roll-up (domain §6) that the main spec does not reach, found by mutation testing.
 */
import { rollUp } from "../../src/core/rollup";

describe("rollUp edges", () => {
  it("treats weights given as undefined as not written: equal weights", () => {
    // §6 "Missing weights mean equal weights": (50% + 100%) / 2 = 75%.
    const result = rollUp([
      { performance: 0.5, weight: undefined as unknown as null },
      { performance: 1, weight: undefined as unknown as null },
    ]);
    expect(result.performance).toBe(0.75);
    expect(result.writtenWeightSum).toBeNull();
  });
});
