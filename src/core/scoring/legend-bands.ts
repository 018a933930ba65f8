/**
 * Legends of 2 to 5 bands (domain §7, §10). A band is a range of performance with a fill; its
 * bounds may be open or closed ("superiore all'80%" excludes 80%, "compresa tra 60% e 80%"
 * includes both). Performances are classified rounded to the displayed precision (0,01%), so a
 * legend is checked on that grid: bands that share a shown value overlap, and shown values that
 * no band holds are a gap ("da 60 a 79" and "da 80 a 100" leave 79,01%–79,99% unclassified).
 * The range to cover is from 0% to the highest performance the settings allow (100% with the cap,
 * the ceiling without).
 */
import { roundForLegend } from "../classify";
import type { Bilingual } from "../bilingual";
import { percentText } from "../sheet/format-text";
import { legendWords, schemeMessages } from "./scheme-messages";

export interface LegendBand {
  /** Lower bound as a fraction; null: no lower bound. */
  readonly min: number | null;
  readonly minInclusive: boolean;
  /** Upper bound as a fraction; null: no upper bound. */
  readonly max: number | null;
  readonly maxInclusive: boolean;
  /** #RRGGBB */
  readonly fill: string;
  /** The band's words as written ("Performance superiore all'80% del target"), if any. */
  readonly label?: string;
}

export const MIN_LEGEND_BANDS = 2;
export const MAX_LEGEND_BANDS = 5;

export interface LegendProblem {
  readonly kind: "gap" | "overlap";
  /** The shown values concerned, as fractions (inclusive). to: +∞ when unbounded. */
  readonly from: number;
  readonly to: number;
  readonly text: Bilingual;
}

const UNITS = 1e4;
/** A bound within this of a display unit is on it (0.8 × 10⁴ is 8000.000000000001). */
const ON_UNIT = 1e-6;

function lowestUnit(band: LegendBand): number {
  if (band.min === null) return Number.NEGATIVE_INFINITY;
  const u = band.min * UNITS;
  const near = Math.round(u);
  if (Math.abs(u - near) < ON_UNIT) return band.minInclusive ? near : near + 1;
  return Math.ceil(u);
}

function highestUnit(band: LegendBand): number {
  if (band.max === null) return Number.POSITIVE_INFINITY;
  const u = band.max * UNITS;
  const near = Math.round(u);
  if (Math.abs(u - near) < ON_UNIT) return band.maxInclusive ? near : near - 1;
  return Math.floor(u);
}

/** The index of the first band holding p (rounded to 0,01%), or null: not evaluated or in no band. */
export function bandOf(p: number | null, bands: readonly LegendBand[]): number | null {
  if (p === null || !Number.isFinite(p)) return null;
  const u = Math.round(roundForLegend(p) * UNITS);
  for (const [i, band] of bands.entries()) {
    if (u >= lowestUnit(band) && u <= highestUnit(band)) return i;
  }
  return null;
}

const shown = (unit: number): Bilingual =>
  Number.isFinite(unit) ? percentText(unit / UNITS) : legendWords.above;

function rangeText(from: number, to: number): Bilingual {
  const a = shown(from);
  if (!Number.isFinite(to)) return legendWords.upwards(a);
  if (from === to) return a;
  return legendWords.between(a, shown(to));
}

function problem(kind: "gap" | "overlap", from: number, to: number): LegendProblem {
  const range = rangeText(from, to);
  return kind === "gap"
    ? {
        kind,
        from: from / UNITS,
        to: to / UNITS,
        text: schemeMessages.legendGap(range),
      }
    : {
        kind,
        from: from / UNITS,
        to: to / UNITS,
        text: schemeMessages.legendOverlap(range),
      };
}

/**
 * Gaps and overlaps of the bands over [0, top] on the 0,01% grid, lowest values first.
 * `top` is the highest performance possible (1 with the cap at 100%).
 */
export function legendProblems(bands: readonly LegendBand[], top = 1): LegendProblem[] {
  const problems: LegendProblem[] = [];
  const ranges = bands
    .map((band) => ({ lo: lowestUnit(band), hi: highestUnit(band) }))
    .filter((range) => range.lo <= range.hi)
    .sort((a, b) => a.lo - b.lo || a.hi - b.hi);
  const topUnit = Math.round(top * UNITS);
  let covered = -1; // highest unit classified so far (start: nothing from 0 up)
  for (const range of ranges) {
    const lo = Math.max(range.lo, 0);
    if (range.hi < 0) continue;
    if (lo > covered + 1 && covered + 1 <= topUnit)
      problems.push(problem("gap", covered + 1, Math.min(lo - 1, topUnit)));
    if (lo <= covered) problems.push(problem("overlap", lo, Math.min(covered, range.hi)));
    if (range.hi > covered) covered = range.hi;
  }
  if (covered < topUnit) problems.push(problem("gap", covered + 1, topUnit));
  return problems;
}
