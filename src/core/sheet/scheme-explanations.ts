/**
 * What the explain panel says about a KPI's scheme (domain.md §9–§10): which method scored it and
 * with which parameters (threshold, excellence and ceiling, tolerance, step scale), the rule of
 * the schemes beyond §5, a validated figure in place of the computed one, and a deadline's timing.
 */

import { TIMING_LABELS } from "../scoring/timing";
import type { KpiScore, Method, Target } from "../types";
import type { KpiOutcome, ObjectiveOutcome, Override } from "./compute-tree";
import { percentText, performanceText, unitValueText, type Bilingual } from "./format-text";
import { explanationMessages, explanationParts, sheetWords } from "./sheet-messages";
import type { EffectiveSettings } from "./sheet-types";

const ROLLUP_TEXT = sheetWords.rollup;
const say = explanationMessages;
const part = explanationParts;

/** The method that scored the KPI, as the explanation names it. */
export function methodUsed(kpi: KpiOutcome, settings: EffectiveSettings): Method {
  if (kpi.meta !== null) return "proportional";
  return kpi.schemeOutcome?.method ?? kpi.scheme.method ?? settings.method;
}

/** The parameters the method used, one line, or null when it has none beyond §5. */
export function schemeParameterLine(
  kpi: KpiOutcome,
  settings: EffectiveSettings
): Bilingual | null {
  const target: Target | null = kpi.cells.target.ok ? kpi.cells.target.value : null;
  const unit = target?.unit ?? "number";
  const { threshold, excellence, tolerance } = kpi.scheme.parameters;
  const parts: Bilingual[] = [];
  const method = methodUsed(kpi, settings);
  if (method === "threshold" && threshold !== null && threshold !== undefined) {
    parts.push(part.thresholdPart(unitValueText(threshold, unit)));
  }
  if (!settings.capAtOne && excellence !== null && excellence !== undefined) {
    parts.push(part.excellencePart(unitValueText(excellence, unit), percentText(settings.ceiling)));
  }
  if (target?.operator === "=" && tolerance !== null && tolerance !== undefined) {
    parts.push(part.tolerancePart(percentText(tolerance)));
  }
  if (method === "steps") {
    const steps = [...settings.stepScale]
      .sort((a, b) => b.from - a.from)
      .map((step) => part.step(percentText(step.from), percentText(step.score)));
    parts.push(part.stepsPart(steps));
  }
  if (kpi.schemeOutcome?.fallback === "thresholdMissing") parts.push(part.thresholdMissingPart);
  if (parts.length === 0) return null;
  return say.parameters(parts);
}

/** The rule of a scheme beyond §5, or null for §5's own rules. */
export function schemeRuleText(score: KpiScore, kpi: KpiOutcome): Bilingual | null {
  if (!score.evaluated) return null;
  const p = percentText(score.performance);
  switch (score.rule) {
    case "belowThreshold":
      return say.belowThreshold(p);
    case "thresholdLinear":
      return say.thresholdLinear(p);
    case "excellence":
      return say.excellence(p);
    case "stepScale": {
      const step = kpi.schemeOutcome?.step;
      return say.stepScale(step === null || step === undefined ? null : percentText(step.ratio), p);
    }
    case "withinTolerance":
      return say.withinTolerance(p);
    case "beyondTolerance":
      return say.beyondTolerance(p);
    case "missingActualZero":
      return say.missingActualZero;
    case "validated":
      return null; // said by overrideLine
    default:
      return null;
  }
}

export function overrideLine(override: Override): Bilingual {
  return say.override(
    percentText(override.validated),
    performanceText(override.computed),
    override.reason
  );
}

export function timingLine(kpi: KpiOutcome): Bilingual | null {
  const timing = kpi.timing;
  if (timing === null) return null;
  const label = TIMING_LABELS[timing.class];
  const days = Math.abs(timing.daysLate);
  if (timing.daysLate > 0) return say.timingAfter(label, days);
  if (timing.daysLate < 0) return say.timingBefore(label, days);
  return say.timingOnDeadline(label);
}

export function objectiveSchemeLines(objective: ObjectiveOutcome): Bilingual[] {
  const lines: Bilingual[] = [];
  if (objective.basis === "kpis" && objective.rollupMethod !== "weightedMean") {
    const how = ROLLUP_TEXT[objective.rollupMethod];
    lines.push(say.rollupMethod(how));
  }
  if (objective.override !== null) lines.push(overrideLine(objective.override));
  return lines;
}
