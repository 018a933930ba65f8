/**
 * The legend a recompute colours by (domain §7, §10): its 2 to 5 bands, highest first, each with
 * its fill and its name. Where it comes from, first match:
 * 1. the legendBands setting (2–5 bands of their own);
 * 2. the legend setting given explicitly (the classic three bands, its thresholds and colours);
 * 3. a legend typed in the sheet, when the legendFromSheet setting allows it and its bands leave no
 *    gap and do not overlap (a faulty one is reported and the settings' legend colours instead);
 *    a typed line without a readable fill takes the settings' colour of its place;
 * 4. the settings' legend (default: the 2024 seed's three bands).
 * The classic three (above G, from Y to G, below Y) are also kept as LegendSettings, which the
 * formulas mode and the pane's chart read.
 */
import { bandNames } from "../scoring/band-names";
import type { LegendBand } from "../scoring/legend-bands";
import type { Band, LegendSettings } from "../types";
import type { TypedLegend } from "./legend-from-sheet";

export interface LegendInUse {
  /** Highest band first. */
  readonly bands: readonly LegendBand[];
  /** bandNames(bands): "verde", "giallo", "rosso", … */
  readonly names: readonly string[];
  readonly source: "settings" | "sheet";
}

/** The classic legend as three bands: above G (G excluded), Y to G (both included), below Y. */
export function classicBands(legend: LegendSettings): LegendBand[] {
  return [
    {
      min: legend.greenAbove,
      minInclusive: false,
      max: null,
      maxInclusive: false,
      fill: legend.colors.green,
    },
    {
      min: legend.yellowFrom,
      minInclusive: true,
      max: legend.greenAbove,
      maxInclusive: true,
      fill: legend.colors.yellow,
    },
    {
      min: null,
      minInclusive: false,
      max: legend.yellowFrom,
      maxInclusive: false,
      fill: legend.colors.red,
    },
  ];
}

export function legendInUse(
  ownBands: readonly LegendBand[] | null,
  legend: LegendSettings,
  legendGiven: boolean,
  typed: TypedLegend | null
): LegendInUse {
  const of = (bands: readonly LegendBand[], source: LegendInUse["source"]): LegendInUse => ({
    bands,
    names: bandNames(bands),
    source,
  });
  if (ownBands !== null) return of(ownBands, "settings");
  if (!legendGiven && typed !== null && typed.problems.length === 0)
    return of(typed.bands, "sheet");
  return of(classicBands(legend), "settings");
}

/**
 * The classic colour class of band `index` of `count`: the top band green, the bottom one red,
 * any between yellow; the report's `band` and the pane's chart use it, bandName says which band.
 */
export function bandClass(index: number, count: number): Band {
  if (index === 0) return "green";
  return index === count - 1 ? "red" : "yellow";
}
