/** The default of every setting, in one place. */
import { DEFAULT_CEILING } from "../scoring/excellence";
import { EXAMPLE_STEP_SCALE } from "../scoring/step-scale";
import { DEFAULT_EARLY_DAYS } from "../scoring/timing";
import type { DateLadderStep, LegendSettings, Settings } from "../types";

/** Reproduces the 2021 seed: 6 days late gave 90%, 61 days late 85%; beyond 61 days, 0. */
export const DEFAULT_DATE_LADDER: readonly DateLadderStep[] = Object.freeze([
  Object.freeze({ maxDaysLate: 30, performance: 0.9 }),
  Object.freeze({ maxDaysLate: 61, performance: 0.85 }),
]);

/** The 2024 seed's legend: green above 80%, yellow from 60% to 80%, red below 60%. */
export const DEFAULT_LEGEND: LegendSettings = Object.freeze({
  greenAbove: 0.8,
  yellowFrom: 0.6,
  colors: Object.freeze({ green: "#C6EFCE", yellow: "#FFEB9C", red: "#FFC7CE" }),
});

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  method: "proportional",
  planYear: null,
  asOf: null,
  dateLadder: DEFAULT_DATE_LADDER,
  capAtOne: true,
  legend: DEFAULT_LEGEND,
  writeMode: "values",
  period: null,
  ceiling: DEFAULT_CEILING,
  stepScale: EXAMPLE_STEP_SCALE,
  rollup: "weightedMean",
  childWeight: 0,
  missingActual: "notEvaluated",
  earlyDays: DEFAULT_EARLY_DAYS,
  legendBands: null,
  legendFromSheet: true,
  useValidated: true,
  mapping: null,
});
