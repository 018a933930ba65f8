/**
 * Edges of reading a KPI weight (domain §6: "Weights are percentages (20%, 0.2, or the text
 * 50% >=). Missing weights mean equal weights.") that the main spec does not reach, found by
 * mutation testing (npm run mutate:core).
 */
import { parseWeight } from "../../src/core/parse-weight";

const unreadable = (raw: string): void => {
  const result = parseWeight(raw);
  expect(result.ok ? "read" : result.error.code).toBe("WEIGHT_UNREADABLE");
};

describe("parseWeight edges", () => {
  it("reads undefined (a cell Excel passes as nothing) as no weight, like a blank", () => {
    expect(parseWeight(undefined as unknown as null)).toEqual({
      ok: true,
      value: { weight: null, operator: null },
    });
  });

  it('reads a weight of "0%" or "0" written as text as 0, not as unreadable', () => {
    // 2024 seed, A.4.1: a KPI with weight 0% (it then does not count in the roll-up, §6).
    expect(parseWeight("0%")).toEqual({ ok: true, value: { weight: 0, operator: null } });
    expect(parseWeight("0")).toEqual({ ok: true, value: { weight: 0, operator: null } });
  });

  it("refuses an operator between two numbers: only a leading or trailing operator is a weight's", () => {
    unreadable("50 >= 20");
  });

  it("refuses words after an operator word: the trailing text must be the operator alone", () => {
    // "almeno" alone is ≥ ("30% almeno" would be 30% with ≥); "almeno tre" is not an operator.
    unreadable("30% almeno tre");
  });

  it("refuses a weight too large to be a finite number", () => {
    unreadable(`1${"0".repeat(400)}`);
  });
});
