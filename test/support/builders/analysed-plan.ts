/**
 * A plan as the sheet model sees it after its first half (layout, settings in effect, rows, tree,
 * scores): the real `analyseSheet`, the same call `recomputeSheet` makes, so a spec of a later step
 * (findings, derived cells, legend, explanations, band rules) starts from real inputs. The settings
 * are used as given: pass the plan year and evaluation date the expected figures assume.
 */
import { analyseSheet, type SheetAnalysis } from "../../../src/core/sheet/analyse-sheet";
import type { SheetInput } from "../../../src/core/sheet/sheet-types";
import type { Settings } from "../../../src/core/types";

export function analysedPlan(input: SheetInput, settings: Partial<Settings>): SheetAnalysis {
  const analysed = analyseSheet(input, settings);
  if (!analysed.ok) throw new Error(analysed.error.text.en);
  return analysed.value;
}
