/**
 * Markers that say a value cannot be evaluated (N.V., n.d., N/A, -----, non disponibile, …)
 * and validation statuses that say the same of a whole KPI ("kpi non disponibile").
 */

/**
 * What a cell, a custom function and the report show for a KPI or objective that is not evaluated
 * (non valutato). The one definition: the sheet's writes, PERF_KPI/PERF_ROLLUP and the CLI use it.
 */
export const NOT_EVALUATED_TEXT = "N.V.";

/** Lower case, dots dropped, spaces collapsed: "N. V." and "n.v." both become "nv". */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/\./g, "")
    .replace(/\s+/g, " ")
    .trim();
}

const MARKERS: ReadonlySet<string> = new Set([
  "nv",
  "n v",
  "nd",
  "n d",
  "n/a",
  "n/d",
  "n a",
  "na",
  "nc",
  "n/c",
  "ns",
  "non disponibile",
  "non disponibili",
  "non valutabile",
  "non valutabili",
  "non valutato",
  "non rilevabile",
  "non rilevato",
  "non applicabile",
  "da def",
  "da definire",
  "not available",
  "not evaluable",
  "not applicable",
  "tbd",
]);

/** Only dashes (-----, —, –): the usual "nothing to report" filler. */
const DASHES_ONLY = /^[-\u2010-\u2015\u2212]+$/;

export function isNotEvaluableMarker(text: string): boolean {
  const key = normalise(text);
  if (key === "") return false;
  return MARKERS.has(key) || DASHES_ONLY.test(key.replace(/ /g, ""));
}

/** Phrases that, anywhere in a validation status, make the KPI not evaluable. */
const STATUS_PHRASES: readonly string[] = [
  "non disponibil",
  "non valutabil",
  "non valutat",
  "non rilevabil",
  "non applicabil",
  "not available",
  "not evaluable",
  "not evaluated",
  "not applicable",
];

/** A validation status such as "kpi non disponibile" or "non valutabile"; "kpi validato" is evaluable. */
export function isNotEvaluableStatus(text: string): boolean {
  if (isNotEvaluableMarker(text)) return true;
  const key = normalise(text);
  return STATUS_PHRASES.some((phrase) => key.includes(phrase));
}
