/**
 * PERF_BAND: the legend's colour band of a performance, in Italian ("verde", "giallo", "rosso"),
 * classified on the value rounded to the displayed precision (80,00% is yellow), "" when the
 * performance is blank or not evaluated. Thresholds default to the 2024 legend (80% / 60%).
 */
import {
  type Band,
  classify,
  DEFAULT_LEGEND,
  type LegendSettings,
  ok,
  type Result,
  roundForLegend,
} from "../core";
import { scalarArgument } from "./arguments";
import { toFunctionError, type FunctionError } from "./function-error";
import { readPerformance } from "./rollup-function";
import { functionMessages } from "./messages";

const BAND_IT: Readonly<Record<Band, string>> = { green: "verde", yellow: "giallo", red: "rosso" };

export function performanceBand(
  performance: unknown,
  greenAbove?: unknown,
  yellowFrom?: unknown
): string | FunctionError {
  const scalar = scalarArgument(performance, "performance");
  if (!scalar.ok) return toFunctionError(scalar.error);
  const read = readPerformance(scalar.value, 0);
  if (!read.ok) return toFunctionError(read.error);
  const legend = legendArguments(greenAbove, yellowFrom);
  if (!legend.ok) return toFunctionError(legend.error);
  if (read.value === null) return "";
  const band = classify(roundForLegend(read.value), legend.value);
  return band === null ? "" : BAND_IT[band];
}

function legendArguments(greenAbove: unknown, yellowFrom: unknown): Result<LegendSettings> {
  const green = thresholdArgument(greenAbove, DEFAULT_LEGEND.greenAbove);
  if (!green.ok) return green;
  const yellow = thresholdArgument(yellowFrom, DEFAULT_LEGEND.yellowFrom);
  if (!yellow.ok) return yellow;
  if (yellow.value > green.value) {
    return functionMessages.thresholdsInverted(yellow.value, green.value);
  }
  return ok({ ...DEFAULT_LEGEND, greenAbove: green.value, yellowFrom: yellow.value });
}

function thresholdArgument(value: unknown, fallback: number): Result<number> {
  const scalar = scalarArgument(value, "soglia/threshold");
  if (!scalar.ok) return scalar;
  const read = readPerformance(scalar.value, 0);
  if (!read.ok) return read;
  return ok(read.value ?? fallback);
}
