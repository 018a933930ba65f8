/**
 * What the explain panel says about a KPI's scheme (domain.md §9–§10): which method scored it and
 * with which parameters (threshold, excellence and ceiling, tolerance, step scale), the rule of
 * the schemes beyond §5, a validated figure in place of the computed one, and a deadline's timing.
 */

import { TIMING_LABELS } from "../scoring/timing";
import type { KpiScore, Method, Target } from "../types";
import type { KpiOutcome, ObjectiveOutcome, Override } from "./compute-tree";
import { percentText, performanceText, unitValueText, type Bilingual } from "./format-text";
import type { EffectiveSettings } from "./sheet-types";

const ROLLUP_TEXT = {
  weightedMean: { it: "media ponderata", en: "weighted mean" },
  minimum: { it: "minimo (il KPI peggiore)", en: "minimum (the worst KPI)" },
  allMet: {
    it: "tutti raggiunti (100% solo se ogni KPI è al 100%)",
    en: "all met (100% only when every KPI is at 100%)",
  },
} as const;

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
    const s = unitValueText(threshold, unit);
    parts.push({ it: `soglia ${s.it}`, en: `threshold ${s.en}` });
  }
  if (!settings.capAtOne && excellence !== null && excellence !== undefined) {
    const e = unitValueText(excellence, unit);
    const c = percentText(settings.ceiling);
    parts.push({
      it: `eccellenza ${e.it} (tetto ${c.it})`,
      en: `excellence ${e.en} (ceiling ${c.en})`,
    });
  }
  if (target?.operator === "=" && tolerance !== null && tolerance !== undefined) {
    const t = percentText(tolerance);
    parts.push({ it: `tolleranza ±${t.it} del target`, en: `tolerance ±${t.en} of the target` });
  }
  if (method === "steps") {
    const steps = [...settings.stepScale]
      .sort((a, b) => b.from - a.from)
      .map((step) => ({
        it: `≥ ${percentText(step.from).it} → ${percentText(step.score).it}`,
        en: `≥ ${percentText(step.from).en} → ${percentText(step.score).en}`,
      }));
    parts.push({
      it: `scaglioni ${steps.map((s) => s.it).join(", ")}`,
      en: `steps ${steps.map((s) => s.en).join(", ")}`,
    });
  }
  if (kpi.schemeOutcome?.fallback === "thresholdMissing")
    parts.push({
      it: "metodo a soglia chiesto ma nessuna soglia sulla riga: proporzionale",
      en: "threshold method asked for but no threshold on the row: proportional",
    });
  if (parts.length === 0) return null;
  return {
    it: `Parametri: ${parts.map((p) => p.it).join("; ")}.`,
    en: `Parameters: ${parts.map((p) => p.en).join("; ")}.`,
  };
}

/** The rule of a scheme beyond §5, or null for §5's own rules. */
export function schemeRuleText(score: KpiScore, kpi: KpiOutcome): Bilingual | null {
  if (!score.evaluated) return null;
  const p = percentText(score.performance);
  switch (score.rule) {
    case "belowThreshold":
      return {
        it: `Consuntivo oltre la soglia (dalla parte sbagliata): ${p.it}.`,
        en: `Actual beyond the threshold (on the wrong side): ${p.en}.`,
      };
    case "thresholdLinear":
      return {
        it: `Tra soglia e target, lineare: |consuntivo − soglia| / |target − soglia| = ${p.it}.`,
        en: `Between threshold and target, linear: |actual − threshold| / |target − threshold| = ${p.en}.`,
      };
    case "excellence":
      return {
        it: `Oltre il target verso l'eccellenza: 1 + (tetto − 1) · distanza dal target / distanza dell'eccellenza = ${p.it}.`,
        en: `Beyond the target towards excellence: 1 + (ceiling − 1) · distance from the target / distance of excellence = ${p.en}.`,
      };
    case "stepScale": {
      const step = kpi.schemeOutcome?.step;
      const r = step === null || step === undefined ? null : percentText(step.ratio);
      return {
        it: `Scaglione raggiunto dal rapporto${r === null ? "" : ` ${r.it}`}: ${p.it}.`,
        en: `Step reached by the ratio${r === null ? "" : ` ${r.en}`}: ${p.en}.`,
      };
    }
    case "withinTolerance":
      return {
        it: `Entro la tolleranza: target raggiunto, ${p.it}.`,
        en: `Within the tolerance: target met, ${p.en}.`,
      };
    case "beyondTolerance":
      return {
        it: `Oltre la tolleranza: 1 − (|consuntivo − target| − tolleranza) / |target| = ${p.it}.`,
        en: `Beyond the tolerance: 1 − (|actual − target| − tolerance) / |target| = ${p.en}.`,
      };
    case "missingActualZero":
      return {
        it: "Consuntivo mancante dopo la fine del periodo: 0% (impostazione «consuntivo mancante»).",
        en: 'Missing actual after the end of the period: 0% (the "missing actual" setting).',
      };
    case "validated":
      return null; // said by overrideLine
    default:
      return null;
  }
}

export function overrideLine(override: Override): Bilingual {
  const v = percentText(override.validated);
  const c = performanceText(override.computed);
  const reason = override.reason;
  return {
    it: `Conta il valore validato dall'OIV ${v.it} (calcolato: ${c.it})${reason === null ? ", senza motivazione" : `; motivazione: ${reason}`}.`,
    en: `The figure validated by the OIV counts, ${v.en} (computed: ${c.en})${reason === null ? ", with no reason" : `; reason: ${reason}`}.`,
  };
}

export function timingLine(kpi: KpiOutcome): Bilingual | null {
  const timing = kpi.timing;
  if (timing === null) return null;
  const label = TIMING_LABELS[timing.class];
  const days = Math.abs(timing.daysLate);
  if (timing.daysLate > 0)
    return {
      it: `Tempi: ${label.it}, ${days} giorni dopo la scadenza.`,
      en: `Timing: ${label.en}, ${days} days after the deadline.`,
    };
  if (timing.daysLate < 0)
    return {
      it: `Tempi: ${label.it}, ${days} giorni prima della scadenza.`,
      en: `Timing: ${label.en}, ${days} days before the deadline.`,
    };
  return {
    it: `Tempi: ${label.it}, il giorno della scadenza.`,
    en: `Timing: ${label.en}, on the deadline.`,
  };
}

export function objectiveSchemeLines(objective: ObjectiveOutcome): Bilingual[] {
  const lines: Bilingual[] = [];
  if (objective.basis === "kpis" && objective.rollupMethod !== "weightedMean") {
    const how = ROLLUP_TEXT[objective.rollupMethod];
    lines.push({ it: `Aggregazione: ${how.it}.`, en: `Roll-up: ${how.en}.` });
  }
  if (objective.override !== null) lines.push(overrideLine(objective.override));
  return lines;
}
