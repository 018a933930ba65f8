/**
 * A legend line as offices type it (domain §10), read into a band's range:
 *   "Performance superiore all'80% del target"            → p > 80%
 *   "Performance compresa tra il 60% e l'80% del target"  → 60% ≤ p ≤ 80%
 *   "Performance inferiore al 60%", "Performance < 60%"   → p < 60%
 *   "da 60 a 79", "dal 60% all'80%", "60% - 80%"          → 60% ≤ p ≤ 79% (ranges include both ends)
 *   "pari o superiore all'80%", "almeno 80%", "≥ 80%"     → p ≥ 80%
 *   "fino al 60%", "non superiore al 60%", "≤ 60%"        → p ≤ 60%
 * and their English words (above, over, at least, between … and …, from … to …, below, up to).
 * Numbers without % are percentage points when any number of the line is above 1 ("da 60 a 79"),
 * else fractions ("da 0,6 a 0,79"). A line with no number, or words that give no direction, is
 * not a legend line (null).
 */
import { parseNumberText } from "../parse-number";
import type { LegendBand } from "./legend-bands";

export type BandRange = Pick<LegendBand, "min" | "minInclusive" | "max" | "maxInclusive">;

const NUMBER = /(\d+(?:[.,]\d+)*)\s*(%?)/g;

// Compound phrases first: "pari o superiore" is ≥, "superiore" alone is >.
const AT_LEAST =
  /(pari o (superiore|maggiore)|uguale o (superiore|maggiore)|non inferiore|almeno|≥|>=|=>|at least|or more|or above|o più|o oltre|e oltre|in su|and above)/;
const ABOVE = /(superiore|oltre|sopra|maggiore|più d|>|above|over|more than|greater|higher)/;
const AT_MOST =
  /(pari o (inferiore|minore)|uguale o (inferiore|minore)|non superiore|fino|≤|<=|=<|at most|up to|or less|or below|o meno)/;
const BELOW = /(inferiore|sotto|minore|meno d|<|below|under|less than|lower)/;

export function readLegendLine(text: string): BandRange | null {
  const lower = text.toLowerCase().replace(/[’`]/g, "'").replace(/\s+/g, " ");
  const found: { value: number; percent: boolean }[] = [];
  for (const match of lower.matchAll(NUMBER)) {
    const value = parseNumberText(match[1] ?? "");
    if (value !== null) found.push({ value, percent: match[2] === "%" });
  }
  if (found.length === 0 || found.length > 2) return null;
  const points = found.some((n) => n.percent || n.value > 1);
  const fractions = found.map((n) => (n.percent || points ? n.value / 100 : n.value));
  if (fractions.length === 2) {
    const lo = Math.min(fractions[0] ?? 0, fractions[1] ?? 0);
    const hi = Math.max(fractions[0] ?? 0, fractions[1] ?? 0);
    return { min: lo, minInclusive: true, max: hi, maxInclusive: true };
  }
  const bound = fractions[0] ?? 0;
  if (AT_LEAST.test(lower))
    return { min: bound, minInclusive: true, max: null, maxInclusive: false };
  if (AT_MOST.test(lower))
    return { min: null, minInclusive: false, max: bound, maxInclusive: true };
  if (ABOVE.test(lower)) return { min: bound, minInclusive: false, max: null, maxInclusive: false };
  if (BELOW.test(lower)) return { min: null, minInclusive: false, max: bound, maxInclusive: false };
  return null;
}

export interface TypedLegendLine {
  readonly text: string;
  /** #RRGGBB of the swatch beside the line, or null when it has none. */
  readonly fill: string | null;
}

/**
 * The bands of a typed legend: every line that reads as a range, with its fill (lines without a
 * fill get the fallback colours in order, so a legend typed without colours still classifies).
 * Bands are ordered from the highest range down, as the default legend is.
 */
export function readTypedLegend(
  lines: readonly TypedLegendLine[],
  fallbackFills: readonly string[]
): LegendBand[] {
  const bands: LegendBand[] = [];
  for (const line of lines) {
    const range = readLegendLine(line.text);
    if (range === null) continue;
    bands.push({
      ...range,
      fill: line.fill ?? fallbackFills[bands.length] ?? "#FFFFFF",
      label: line.text.trim(),
    });
  }
  return bands.sort(
    (a, b) => (b.min ?? Number.NEGATIVE_INFINITY) - (a.min ?? Number.NEGATIVE_INFINITY)
  );
}
