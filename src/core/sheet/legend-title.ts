/**
 * How a legend block is recognised. Our own block starts with OUR_LEGEND_TITLE, so a re-run finds
 * and replaces it; a block people typed starts with "Legenda"/"Legend" and is never touched.
 * Either one ends the table: rows below a legend are not plan rows.
 */
import { normaliseHeader } from "./header-words";

/** Title cell of the legend block the add-in writes. */
export const OUR_LEGEND_TITLE = "Legenda colori (PIANO)";

/** True for the first cell of any legend block ("Legenda", "Legenda colori (PIANO)", "Legend"). */
export function isLegendHeading(text: string): boolean {
  if (text.length > 80 || !/legend/i.test(text)) return false;
  const words = normaliseHeader(text).split(" ");
  return words[0] === "legenda" || words[0] === "legend";
}

/** True only for the legend block written by the add-in. */
export function isOurLegendTitle(text: string): boolean {
  if (text.length > 60 || !/piano/i.test(text)) return false;
  return normaliseHeader(text) === normaliseHeader(OUR_LEGEND_TITLE);
}

/** Title cell of the rules block the add-in writes below its legend (rules-block.ts). */
export const OUR_RULES_TITLE = "Regole di calcolo (PIANO)";

/** True only for the rules block written by the add-in. */
export function isOurRulesTitle(text: string): boolean {
  if (text.length > 60 || !/piano/i.test(text)) return false;
  return normaliseHeader(text) === normaliseHeader(OUR_RULES_TITLE);
}

/** A block that ends the table: any legend, or the add-in's rules block. */
export function endsTable(text: string): boolean {
  return isLegendHeading(text) || isOurRulesTitle(text);
}
