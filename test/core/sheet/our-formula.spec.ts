import { isOurFormula } from "../../../src/core/sheet/our-formula";

describe("isOurFormula", () => {
  it.each([
    ['=PIANO.PERF_KPI(G6,H6,F6,"proportional",2021)'],
    ["=piano.perf_rollup(I6:I10,E6:E10)"],
    ["=PERF_KPI(G6,H6)"],
    ["=_xldudf_PIANO_PERF_KPI(G6,H6)"],
    ["=_xldudf_PERF_ROLLUP(I6:I10)"],
    ["= PIANO.PERF_KPI (G6,H6)"],
  ])("%s is the add-in's own", (formula) => {
    expect(isOurFormula(formula)).toBe(true);
  });

  it.each([
    ["=H6/G6"],
    ["=IF(H6>=G6,1,H6/G6)"],
    ["=SUM(I6:I10)"],
    ["=MYPERF_KPI2(G6)"],
    ["=A1+PIANO.PERF_KPI(G6,H6)"],
  ])("%s is the user's", (formula) => {
    expect(isOurFormula(formula)).toBe(false);
  });
});
