/**
 * The custom functions of the PIANO namespace (=PIANO.PERF_KPI, =PIANO.PERF_ROLLUP, =PIANO.PERF_BAND).
 * =PIANO.PERF_SOGLIA, =PIANO.PERF_SCAGLIONI and =PIANO.PERF_TOLLERANZA score by the schemes of
 * domain §9. The JSDoc below is the source of dist/functions.json (English); the Italian metadata
 * (dist/functions.it-IT.json) comes from descriptions.it.ts. Each function only forwards to its
 * module: the logic lives in kpi-function.ts, rollup-function.ts and band-function.ts.
 */
import { performanceBand } from "./band-function";
import { kpiPerformance } from "./kpi-function";
import { rollupPerformance } from "./rollup-function";
import { stepsPerformance } from "./steps-function";
import { thresholdPerformance } from "./threshold-function";
import { tolerancePerformance } from "./tolerance-function";

/**
 * Performance of one KPI: a fraction from 0 to 1 (format the cell as a percentage), "N.V." when the KPI is not evaluated.
 * @customfunction PERF_KPI
 * @param {any} target Target: a number, a percentage, a date, or text such as ">= 15%", "≤ 31/12/2024", "entro il 30/04/2024", "2023 >= 15% 2024 >= 20%".
 * @param {any} actual Actual value reached: a number, a percentage, a date or text ("37,50%", "06/11/2021", "N.V."). Blank when not yet known.
 * @param {any} [operator] Operator when it is not written in the target: ">=", "≥", ">", "<=", "≤", "<", "=", "entro" (a deadline).
 * @param {any} [method] "proporzionale"/"proportional" (default) or "binario"/"binary".
 * @param {any} [year] Plan year: picks that year's value of a multi-year target and completes dates such as "30/4".
 * @param {any} [asOf] Evaluation date for deadlines (default today), e.g. TODAY() or a date cell.
 * @returns {any} The KPI performance.
 */
export function perfKpi(
  target: any,
  actual: any,
  operator?: any,
  method?: any,
  year?: any,
  asOf?: any
): any {
  return kpiPerformance(target, actual, operator, method, year, asOf);
}

/**
 * Performance of an objective: the weighted mean of its KPIs' performances, skipping blank and "N.V." ones.
 * @customfunction PERF_ROLLUP
 * @param {any[][]} performances The KPIs' performances (a range): numbers, percentages, "N.V." or blank.
 * @param {any[][]} [weights] The KPIs' weights (a range with as many cells): "20%", 0.2, "50% >=". Omitted or all blank: equal weights.
 * @param {any} [aggregation] How to roll up: "media" (weighted mean, default), "minimo" (the worst KPI) or "tutti" (100% only when every KPI is at 100%).
 * @returns {any} The objective performance.
 */
export function perfRollup(performances: any[][], weights?: any[][], aggregation?: any): any {
  return rollupPerformance(performances, weights, aggregation);
}

/**
 * Legend band of a performance: "verde" (above 80%), "giallo" (60% to 80%), "rosso" (below 60%), "" when not evaluated.
 * @customfunction PERF_BAND
 * @param {any} performance A performance: a number, a percentage or "N.V.".
 * @param {any} [greenAbove] Green threshold: green above it (default 80%).
 * @param {any} [yellowFrom] Yellow threshold: yellow from it up to the green threshold, red below (default 60%).
 * @param {any[][]} [bands] A legend of 2 to 5 bands instead, each a rule and a colour: "> 90% #A9D08E; 80%-90% #C6EFCE; 60%-79,99% #FFEB9C; 40%-59,99% #FCD5B4; < 40% #FFC7CE", as one text or one band per cell.
 * @returns {any} The band, in Italian.
 */
export function perfBand(
  performance: any,
  greenAbove?: any,
  yellowFrom?: any,
  bands?: any[][]
): any {
  return performanceBand(performance, greenAbove, yellowFrom, bands);
}

/**
 * Performance of a KPI scored from a threshold to its target, linearly: 0 at or beyond the threshold, 100% at the target; with an excellence value or a ceiling, above 100% beyond the target.
 * @customfunction PERF_SOGLIA
 * @param {any} target Target: a number, a percentage or text such as ">= 80", "≤ 4 gg", "≥ 70%".
 * @param {any} actual Actual value reached: a number, a percentage or text ("70", "65,5%", "N.V."). Blank when not yet known.
 * @param {any} threshold Threshold (soglia), in the target's unit: below it (above it for "≤") the KPI scores 0. Blank: proportional scoring.
 * @param {any} [operator] Operator when it is not written in the target: ">=", "≥", ">", "<=", "≤", "<".
 * @param {any} [excellence] Excellence value beyond the target: the score climbs from 100% at the target to the ceiling at this value. A 0 counts only with a ceiling.
 * @param {any} [ceiling] Highest score beyond the target, from 100% to 500% (default 120% when an excellence value is given).
 * @param {any} [year] Plan year: picks that year's value of a multi-year target.
 * @returns {any} The KPI performance.
 */
export function perfSoglia(
  target: any,
  actual: any,
  threshold: any,
  operator?: any,
  excellence?: any,
  ceiling?: any,
  year?: any
): any {
  return thresholdPerformance(target, actual, threshold, operator, excellence, ceiling, year);
}

/**
 * Performance of a KPI scored by a step scale: the ratio of actual to target picks the highest step it reaches, and that step's score counts.
 * @customfunction PERF_SCAGLIONI
 * @param {any} target Target: a number, a percentage or text such as ">= 50", "≤ 30 gg".
 * @param {any} actual Actual value reached: a number, a percentage or text. Blank when not yet known.
 * @param {any[][]} [scale] The steps: a range of rows (lowest ratio, score) or (from, to, score), or text "100%: 100%; 90%: 80%; 75%: 50%". Omitted: that example scale.
 * @param {any} [operator] Operator when it is not written in the target: ">=", "≥", ">", "<=", "≤", "<", "=".
 * @param {any} [year] Plan year: picks that year's value of a multi-year target.
 * @returns {any} The KPI performance.
 */
export function perfScaglioni(
  target: any,
  actual: any,
  scale?: any[][],
  operator?: any,
  year?: any
): any {
  return stepsPerformance(target, actual, scale, operator, year);
}

/**
 * Performance of a KPI with an "=" target and a tolerance: met within the tolerance, then reduced by the distance beyond it.
 * @customfunction PERF_TOLLERANZA
 * @param {any} target Target to equal: a number, a percentage or text ("100", "= 100%").
 * @param {any} actual Actual value reached: a number, a percentage or text. Blank when not yet known.
 * @param {any} tolerance Tolerance as a percentage of the target, e.g. 5%. Blank or 0: no tolerance.
 * @param {any} [method] "proporzionale"/"proportional" (default) or "binario"/"binary".
 * @param {any} [year] Plan year: picks that year's value of a multi-year target.
 * @returns {any} The KPI performance.
 */
export function perfTolleranza(
  target: any,
  actual: any,
  tolerance: any,
  method?: any,
  year?: any
): any {
  return tolerancePerformance(target, actual, tolerance, method, year);
}

/** The id each function is registered under: the same ids as the @customfunction tags above. */
export const FUNCTION_IDS = {
  PERF_KPI: perfKpi,
  PERF_ROLLUP: perfRollup,
  PERF_BAND: perfBand,
  PERF_SOGLIA: perfSoglia,
  PERF_SCAGLIONI: perfScaglioni,
  PERF_TOLLERANZA: perfTolleranza,
} as const;

/**
 * Registers the functions with Excel. Guarded: outside Excel (jest, Node, a plain browser page)
 * there is no CustomFunctions global and importing this module must still work.
 */
export function registerCustomFunctions(): boolean {
  if (typeof CustomFunctions === "undefined" || typeof CustomFunctions.associate !== "function")
    return false;
  for (const [id, implementation] of Object.entries(FUNCTION_IDS))
    CustomFunctions.associate(id, implementation);
  return true;
}

registerCustomFunctions();
