import { scoreTolerance } from "../../../src/core/scoring/tolerance";

const perf = (
  t: number,
  tol: number,
  a: number,
  method: "proportional" | "binary" = "proportional"
) => {
  const read = scoreTolerance(t, tol, a, method);
  if (!read.ok) throw new Error(read.error.text.it);
  return read.value;
};

describe("tolerance for = targets (domain §9)", () => {
  it.each<[string, number, number, number, number, string]>([
    // T 100, tolerance 5%: the band is 95..105
    ["on the target", 100, 0.05, 100, 1, "withinTolerance"],
    ["inside the band", 100, 0.05, 103, 1, "withinTolerance"],
    ["exactly at the band's upper edge", 100, 0.05, 105, 1, "withinTolerance"],
    ["exactly at the band's lower edge", 100, 0.05, 95, 1, "withinTolerance"],
    // 1 − (|110 − 100| − 5) / 100 = 1 − 5/100 = 95%
    ["beyond the band, above", 100, 0.05, 110, 0.95, "beyondTolerance"],
    // 1 − (|80 − 100| − 5) / 100 = 1 − 15/100 = 85%
    ["beyond the band, below", 100, 0.05, 80, 0.85, "beyondTolerance"],
    // 1 − (250 − 5)/100 < 0 → 0
    ["far beyond", 100, 0.05, 350, 0, "beyondTolerance"],
    // no tolerance: §5's "=" formula, 1 − |90 − 100| / 100 = 90%
    ["zero tolerance", 100, 0, 90, 0.9, "beyondTolerance"],
    // negative target T −50, tolerance 10%: band −55..−45; A −60: 1 − (10 − 5)/50 = 90%
    ["negative target", -50, 0.1, -60, 0.9, "beyondTolerance"],
    // T = 0: no band and no scale, only 0 meets it
    ["zero target met", 0, 0.1, 0, 1, "withinTolerance"],
    ["zero target not met", 0, 0.1, 0.5, 0, "beyondTolerance"],
  ])("%s", (_name, t, tol, a, expected, rule) => {
    const value = perf(t, tol, a);
    expect(value.performance).toBeCloseTo(expected, 12);
    expect(value.rule).toBe(rule);
  });

  it("is met or not under the binary method", () => {
    expect(perf(100, 0.05, 104.9, "binary").performance).toBe(1);
    expect(perf(100, 0.05, 105.1, "binary").performance).toBe(0);
  });

  it("refuses a negative tolerance", () => {
    const read = scoreTolerance(100, -0.05, 100, "proportional");
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.text.it).toContain("Tolleranza -5,00%");
  });
});
