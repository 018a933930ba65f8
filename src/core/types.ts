/**
 * Shared contracts of the engine. Every adapter (custom functions, task pane, command line)
 * speaks to the core only through these types. Pure data: no Office.js, no DOM, no I/O.
 */

import type { LegendBand } from "./scoring/legend-bands";
import type { ColumnMapping } from "./sheet/column-mapping";
import type { RollupMethod } from "./scoring/rollup-variants";
import type { ScoreStep } from "./scoring/step-scale";

/** What one cell can hold, as Office.js and the xlsx reader give it (dates arrive as serials). */
export type CellScalar = number | string | boolean | null;

// ---------------------------------------------------------------- errors as values

export * from "./result";
export * from "./bilingual";

// ---------------------------------------------------------------- values

/** A cell value once read. `unit` tells how it was written: a percentage, a date or a plain number. */
export type ParsedValue =
  | { readonly kind: "number"; readonly value: number; readonly unit: "number" | "percent" }
  | { readonly kind: "date"; readonly serial: number }
  | { readonly kind: "notEvaluable"; readonly marker: string }
  | { readonly kind: "blank" };

// ---------------------------------------------------------------- targets

export type Operator = ">=" | ">" | "<=" | "<" | "=";

export interface Target {
  readonly operator: Operator;
  /** A plain number, a fraction for percentages, an Excel serial for dates. */
  readonly value: number;
  readonly unit: "number" | "percent" | "date";
  /** True when the operator was not written and was implied (`100%` means `>=`, a date alone `<=`). */
  readonly operatorImplied: boolean;
  /** Year picked from a multi-year target, when the text had several years. */
  readonly year?: number;
  /** Earlier values of the same year superseded by a later one (`2023 >= 15% 20%`): the audit reports them. */
  readonly revisedFrom?: readonly number[];
}

// ---------------------------------------------------------------- settings

/**
 * How a KPI is scored (domain §5, §9): proportional and binary; threshold (soglia) to target,
 * linear, where the KPI has a threshold (else proportional, and the audit says so); a step
 * scale (scaglioni) on the proportional ratio.
 */
export type Method = "proportional" | "binary" | "threshold" | "steps";

/** One step of the date ladder: a deliverable at most `maxDaysLate` days late scores `performance`. */
export interface DateLadderStep {
  readonly maxDaysLate: number;
  readonly performance: number;
}

export type Band = "green" | "yellow" | "red";

export interface LegendSettings {
  /** p > greenAbove is green (default 0.8). */
  readonly greenAbove: number;
  /** yellowFrom ≤ p ≤ greenAbove is yellow (default 0.6); below is red. */
  readonly yellowFrom: number;
  /** Fills as #RRGGBB. */
  readonly colors: { readonly green: string; readonly yellow: string; readonly red: string };
}

export type WriteMode = "values" | "formulas";

export interface Settings {
  readonly method: Method;
  /** null: detect from the sheet title or targets, else the current year. */
  readonly planYear: number | null;
  /** Evaluation date as an Excel serial; null: today. */
  readonly asOf: number | null;
  readonly dateLadder: readonly DateLadderStep[];
  /** Over-achievement capped at 100% (default true). */
  readonly capAtOne: boolean;
  readonly legend: LegendSettings;
  readonly writeMode: WriteMode;
  /** Monitoring period: the header of the period's actual column; null: the latest with values. */
  readonly period: string | null;
  /** Highest score with the cap lifted, reached at the excellence value (default 1.2). */
  readonly ceiling: number;
  /** The step scale of the "steps" method. */
  readonly stepScale: readonly ScoreStep[];
  /** How an objective rolls its KPIs up (default the weighted mean). */
  readonly rollup: RollupMethod;
  /** Weight w of child objectives beside an objective's own KPIs: (1 − w)·own + w·children. */
  readonly childWeight: number;
  /** A blank actual: not evaluated, or 0 once the evaluation date is past the period. */
  readonly missingActual: MissingActualPolicy;
  /** A deadline met at least this many days early is "in anticipo" (default 30). */
  readonly earlyDays: number;
  /** A legend of 2 to 5 bands; null: the three bands of `legend`. */
  readonly legendBands: readonly LegendBand[] | null;
  /** A legend typed in the sheet is used unless this is false or legendBands is set. */
  readonly legendFromSheet: boolean;
  /** Figures validated by the OIV replace the computed ones in roll-ups and colours. */
  readonly useValidated: boolean;
  /** Columns (and the header row) named by the user over the detection; null: by the headers. */
  readonly mapping: ColumnMapping | null;
}

export type MissingActualPolicy = "notEvaluated" | "zero";

// ---------------------------------------------------------------- scores

/** Which rule produced a score: shown by the task pane's "explain" panel. */
export type ScoreRule =
  | "met"
  | "binaryNotMet"
  | "ratioActualOverTarget" // ≥/> , T>0: A/T
  | "negativeTargetAbove" // ≥/> , T<0: 1-(T-A)/|T|
  | "ratioTargetOverActual" // ≤/< , T>0, A>0: T/A
  | "distanceBelow" // ≤/< otherwise: 1-(A-T)/|T|
  | "distanceEqual" // =: 1-|A-T|/|T|
  | "zeroTarget" // T = 0 not met: 0
  | "dateLadder" // late date: ladder step
  | "dateMissedDeadline" // blank actual after the deadline, or beyond the ladder
  | "metaRollup" // meta-KPI: actual is already a performance
  | "belowThreshold" // soglia: actual on the wrong side of the threshold: 0
  | "thresholdLinear" // soglia: between threshold and target, linear
  | "excellence" // beyond the target, towards the excellence value (cap lifted)
  | "stepScale" // scaglioni: the score of the step the ratio reaches
  | "withinTolerance" // "=" with a tolerance: within the band
  | "beyondTolerance" // "=" with a tolerance: the distance beyond the band
  | "missingActualZero" // blank actual after the period, under the "zero" policy
  | "validated"; // the figure validated by the OIV, in place of the computed one

export type NotEvaluatedReason =
  | "statusNotEvaluable" // validation status says kpi non disponibile
  | "actualNotEvaluable" // actual is N.V., n.d., …
  | "pending" // blank actual, numeric target (or date target before the deadline)
  | "zeroWeight"; // used by roll-ups only

export type KpiScore =
  | {
      readonly evaluated: true;
      /** In [0,1] unless the cap is lifted. Full precision: round only for display and legend. */
      readonly performance: number;
      readonly rule: ScoreRule;
      /** Days late for date targets, when relevant. */
      readonly daysLate?: number;
    }
  | { readonly evaluated: false; readonly reason: NotEvaluatedReason };

/** One item of a weighted roll-up. weight null: not written (equal weights when none is written). */
export interface RollupItem {
  readonly performance: number | null;
  readonly weight: number | null;
}

export interface RollupResult {
  /** null: nothing evaluated. */
  readonly performance: number | null;
  /** Items that counted (evaluated, weight > 0), with the weight used. */
  readonly used: readonly { readonly index: number; readonly weight: number }[];
  /** Sum of all written weights (of every item): the audit flags it when it is not 1. */
  readonly writtenWeightSum: number | null;
}
