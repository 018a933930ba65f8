/**
 * Meta-KPIs (domain.md §6): indicators whose actual is the roll-up of the objective's direct child
 * objectives, named like "Media ponderata di performance degli obiettivi operativi associati
 * (all'obiettivo strategico A.2)" or "… delle azioni associate all'obiettivo operativo A.1.3".
 */
import { normaliseHeader } from "./header-words";
import { parseCode } from "./objective-code";

const AVERAGE = /^(media ponderata|media|weighted (average|mean)|average)\b/;
const CHILDREN = /\b(obiettiv\w*|azion\w*|progett\w*|objectives?|actions?|projects?)\b/;

/** True when the indicator text names a weighted mean of child objectives or actions. */
export function isMetaIndicator(indicator: string): boolean {
  const text = normaliseHeader(indicator);
  if (!AVERAGE.test(text)) return false;
  const afterAverage = text.replace(AVERAGE, "");
  return /\bperformance\b/.test(afterAverage) && CHILDREN.test(afterAverage);
}

/** The objective code the indicator names at its end ("… obiettivo operativo A.1.3." → "A.1.3"), if any. */
export function metaReferencedCode(indicator: string): string | null {
  const match = /([A-Za-z](?:\.\d{1,3})+)\.?\s*\)?\s*$/.exec(indicator.trim());
  return match === null ? null : parseCode(match[1]!);
}
