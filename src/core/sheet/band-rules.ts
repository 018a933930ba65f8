/**
 * Row colours as native conditional formatting, one rule per band (domain.md §7).
 *
 * Why conditional formatting rather than static fills: the colour follows the value, so when
 * someone edits an actual (and a live formula recomputes) or types a figure by hand the row
 * changes colour without the add-in; and reviewers who open the workbook without it, in Excel,
 * Excel on the web, Excel for Mac or LibreOffice, see the same colours. Only AND, ISNUMBER, IF and
 * ROUND are used: all three hosts know them.
 *
 * The formula is relative to the top-left cell of the area, with the columns fixed, so each row
 * is coloured by its own performance: the objective performance when the row has one (a row that
 * holds an objective and its first KPI takes the objective's colour), else the KPI performance.
 * Values are rounded to 4 decimals (the displayed 0,01%) before comparing, as classify() does.
 */
import { bandNames } from "../scoring/band-names";
import type { LegendBand } from "../scoring/legend-bands";
import type { LegendSettings } from "../types";
import { cellAddress } from "./a1";
import type { DetectedLayout } from "./detect-layout";
import { bandClass, classicBands } from "./legend-in-use";
import type { BandRule, CellArea } from "./sheet-types";

export interface BandFormat {
  readonly area: CellArea;
  readonly rules: readonly BandRule[];
}

/** A threshold as an English formula literal (formulas go to Office.js in English). */
function literal(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/**
 * `legend`: the classic three-band settings, or the 2–5 bands in use (highest first): one rule
 * per band, each with its own fill; a value the first band holds takes its colour (Excel applies
 * the rules in priority order, the first band first), as bandOf() classifies.
 */
export function bandRules(
  layout: DetectedLayout,
  legend: LegendSettings | readonly LegendBand[]
): BandFormat | null {
  const { kpiPerformance, objectivePerformance } = layout.columns;
  if (layout.lastDataRow < layout.firstDataRow) return null;
  const top = layout.firstDataRow;
  const kpi = kpiPerformance === undefined ? null : cellAddress(top, kpiPerformance, true);
  const objective =
    objectivePerformance === undefined ? null : cellAddress(top, objectivePerformance, true);
  let p: string;
  if (kpi !== null && objective !== null) p = `IF(ISNUMBER(${objective}),${objective},${kpi})`;
  else if (objective !== null) p = objective;
  else if (kpi !== null) p = kpi;
  else return null;
  return {
    area: { top, left: layout.tableLeft, bottom: layout.lastDataRow, right: layout.tableRight },
    rules: bandRuleSet(p, legend),
  };
}

/**
 * One rule per band for a performance expression p (a cell, or the objective-else-KPI choice):
 * AND(ISNUMBER(p), each bound of the band on ROUND(p,4)). The classic legend gives
 * r>G, r>=Y with r<=G, and r<Y.
 */
function bandRuleSet(p: string, legend: LegendSettings | readonly LegendBand[]): BandRule[] {
  const bands = isBandList(legend) ? legend : classicBands(legend);
  const names = bandNames(bands);
  const r = `ROUND(${p},4)`;
  return bands.map((band, i) => {
    const bounds: string[] = [];
    if (band.min !== null) bounds.push(`${r}${band.minInclusive ? ">=" : ">"}${literal(band.min)}`);
    if (band.max !== null) bounds.push(`${r}${band.maxInclusive ? "<=" : "<"}${literal(band.max)}`);
    return {
      band: bandClass(i, bands.length),
      name: names[i] ?? "",
      formula: `=AND(ISNUMBER(${p})${bounds.map((bound) => `,${bound}`).join("")})`,
      fill: band.fill,
    };
  });
}

function isBandList(
  legend: LegendSettings | readonly LegendBand[]
): legend is readonly LegendBand[] {
  return Array.isArray(legend);
}

/** A band of every shape of bounds, so every rule shape of ours is known. */
const EVERY_BAND_SHAPE: readonly LegendBand[] = [true, false].flatMap((minInclusive) =>
  [true, false].flatMap((maxInclusive) => [
    { min: 0.5, minInclusive, max: 0.9, maxInclusive, fill: "#000000" },
    { min: 0.5, minInclusive, max: null, maxInclusive, fill: "#000000" },
    { min: null, minInclusive, max: 0.9, maxInclusive, fill: "#000000" },
  ])
);

/**
 * Every formula shape our rules can have, whichever performance columns the sheet had when they
 * were written (KPI only, objective only, or both): a re-run after the columns moved or changed
 * still recognises them, so there is never a second set.
 */
const ALL_OUR_SHAPES: readonly string[] = ["$A1", "IF(ISNUMBER($A1),$A1,$B1)"].flatMap((p) =>
  bandRuleSet(p, EVERY_BAND_SHAPE).map((rule) => bandFormulaShape(rule.formula))
);

/**
 * The shape of a band-rule formula: cell references and numbers blanked out, so a rule written by
 * an earlier run for another area or other thresholds is still recognised as ours. Both adapters
 * use it to replace our rules on a re-run (never a second set) and to leave people's own rules alone.
 */
export function bandFormulaShape(formula: string): string {
  return formula
    .replace(/^=/, "")
    .replace(/\s+/g, "")
    .toUpperCase()
    .replace(/\$?[A-Z]{1,3}\$?\d+/g, "REF")
    .replace(/\d+(\.\d+)?(E[+-]?\d+)?/g, "N");
}

/** A test for "this stored conditional-format formula is one of ours", given our rules' formulas. */
export function ourBandFormulaTest(ourFormulas: readonly string[]): (formula: unknown) => boolean {
  const shapes = new Set([...ALL_OUR_SHAPES, ...ourFormulas.map(bandFormulaShape)]);
  return (formula) => typeof formula === "string" && shapes.has(bandFormulaShape(formula));
}
