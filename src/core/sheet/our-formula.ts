/**
 * Formulas the add-in may replace: its own PERF_KPI and PERF_ROLLUP calls, written as
 * =PIANO.PERF_KPI(…), =PERF_KPI(…), or as files store an add-in function (=_xldudf_PIANO_PERF_KPI(…)),
 * in any case. Any other formula in a derived cell is the user's own and is kept.
 */
const OURS = /^=\s*(?:_xldudf_)?(?:[a-z0-9_]+[._])?perf_(?:kpi|rollup)\s*\(/i;

export function isOurFormula(formula: string): boolean {
  return OURS.test(formula.trim());
}
