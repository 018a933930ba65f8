/**
 * PERF_BAND: the legend's colour band of a performance, in Italian ("verde", "giallo", "rosso"),
 * classified on the value rounded to the displayed precision (80,00% is yellow), "" when the
 * performance is blank or not evaluated. Thresholds default to the 2024 legend (80% / 60%).
 * With a legend of its own (2 to 5 bands with their colours) it returns the band's name, the
 * name of its colour as the task pane and the command line count it (band-names.ts).
 */
import {
  type Band,
  bandNames,
  bandOf,
  classify,
  type LegendBand,
  SETTING_FIELDS,
  DEFAULT_LEGEND,
  type LegendSettings,
  ok,
  type Result,
  roundForLegend,
} from "../core";
import { rangeCells, scalarArgument } from "./arguments";
import { toFunctionError, type FunctionError } from "./function-error";
import { readPerformance } from "./rollup-function";
import { functionMessages } from "./messages";

const BAND_IT: Readonly<Record<Band, string>> = { green: "verde", yellow: "giallo", red: "rosso" };

export function performanceBand(
  performance: unknown,
  greenAbove?: unknown,
  yellowFrom?: unknown,
  bands?: unknown
): string | FunctionError {
  const scalar = scalarArgument(performance, "performance");
  if (!scalar.ok) return toFunctionError(scalar.error);
  const read = readPerformance(scalar.value, 0);
  if (!read.ok) return toFunctionError(read.error);
  const own = bandsArgument(bands);
  if (!own.ok) return toFunctionError(own.error);
  if (own.value !== null) {
    if (read.value === null) return "";
    const index = bandOf(read.value, own.value);
    return index === null ? "" : (bandNames(own.value)[index] ?? "");
  }
  const legend = legendArguments(greenAbove, yellowFrom);
  if (!legend.ok) return toFunctionError(legend.error);
  if (read.value === null) return "";
  const band = classify(roundForLegend(read.value), legend.value);
  return band === null ? "" : BAND_IT[band];
}

/**
 * A legend of 2 to 5 bands, in the settings' syntax ("> 80% #C6EFCE; 60%-80% #FFEB9C; < 60%
 * #FFC7CE"), as one text or a range with one band per cell; checked by the settings model (gaps,
 * overlaps, colours). Omitted, blank or 0 (a blank cell on Excel desktop): null.
 */
function bandsArgument(value: unknown): Result<readonly LegendBand[] | null> {
  const texts = rangeCells(value).filter(
    (cell) =>
      !(
        cell === null ||
        cell === undefined ||
        cell === 0 ||
        (typeof cell === "string" && cell.trim() === "")
      )
  );
  if (texts.length === 0) return ok(null);
  return SETTING_FIELDS.legendBands.fromText(texts.map((cell) => String(cell)).join("; "));
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
