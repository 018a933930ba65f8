/**
 * Reads the cells of one KPI row into engine values: weight, operator, target, actual, validation
 * status. The operator is taken, in this order, from the operator column, from the weight cell
 * ("50% >="), or from the target text ("≥ 15%"); a target with none means ≥ (a date: ≤).
 * Weights in percentage points (layout.weightsInPoints: 20 means 20%) are turned into fractions.
 * With numerator and denominator columns holding numbers, the actual is their ratio (domain.md §2):
 * a denominator of 0 makes the KPI not evaluable; a written actual is kept for the audit.
 */
import { parseOperator } from "../parse-operator";
import { parseTarget } from "../parse-target";
import { parseValue } from "../parse-value";
import { parseWeight } from "../parse-weight";
import {
  ok,
  type CellScalar,
  type Operator,
  type ParsedValue,
  type PerfError,
  type Result,
  type Target,
} from "../types";
import type { DetectedLayout } from "./detect-layout";
import type { SheetGrid } from "./sheet-grid";

export type OperatorSource = "column" | "weight" | "target";

export interface KpiCells {
  /** 0-based sheet row. */
  readonly row: number;
  readonly weight: number | null;
  readonly weightError: PerfError | null;
  readonly operator: Operator | null;
  readonly operatorSource: OperatorSource | null;
  readonly target: Result<Target>;
  readonly actual: Result<ParsedValue>;
  readonly status: string | null;
  /** Raw cells as written, for explanations and findings. */
  readonly rawTarget: CellScalar;
  readonly rawActual: CellScalar;
  /** Numerator and denominator, when both are numbers: the actual is their ratio (null: denominator 0). */
  readonly ratio: {
    readonly numerator: number;
    readonly denominator: number;
    readonly value: number | null;
    /** The actual written in the actual column, when it is a number. */
    readonly written: number | null;
  } | null;
}

/** Marker of a KPI whose denominator is 0 (its actual cannot be computed). */
export const DENOMINATOR_ZERO_MARKER = "denominatore 0";

export function readKpiCells(
  grid: SheetGrid,
  layout: DetectedLayout,
  row: number,
  planYear: number
): KpiCells {
  const { columns } = layout;
  const cell = (column: number | undefined): CellScalar =>
    column === undefined ? null : grid.value(row, column);
  const format = (column: number | undefined): string | null =>
    column === undefined ? null : grid.numberFormat(row, column);

  const weightResult = parseWeight(cell(columns.weight), format(columns.weight));
  const weight = weightResult.ok
    ? inPoints(layout, cell(columns.weight), format(columns.weight), weightResult.value.weight)
    : null;

  let operator: Operator | null = null;
  let operatorSource: OperatorSource | null = null;
  const operatorCell = parseOperator(cell(columns.operator));
  if (operatorCell.ok && operatorCell.value !== null) {
    operator = operatorCell.value;
    operatorSource = "column";
  } else if (weightResult.ok && weightResult.value.operator !== null) {
    operator = weightResult.value.operator;
    operatorSource = "weight";
  }

  const rawTarget = cell(columns.target);
  const target = parseTarget(rawTarget, {
    operator,
    numberFormat: format(columns.target),
    planYear,
  });
  if (operatorSource === null && target.ok && !target.value.operatorImplied)
    operatorSource = "target";

  const rawActual = cell(columns.actual);
  const asDate = target.ok && target.value.unit === "date";
  const written = parseValue(rawActual, { numberFormat: format(columns.actual), planYear, asDate });
  const ratio = readRatio(cell(columns.numerator), cell(columns.denominator), written);
  let actual = written;
  if (ratio !== null) {
    // The ratio is a pure number: it takes the target's unit (15% and 0.15 are the same ratio).
    const unit = target.ok && target.value.unit === "percent" ? "percent" : "number";
    actual =
      ratio.value === null
        ? ok({ kind: "notEvaluable", marker: DENOMINATOR_ZERO_MARKER })
        : ok({ kind: "number", value: ratio.value, unit });
  }

  const statusText = columns.status === undefined ? "" : grid.text(row, columns.status);
  return {
    row,
    weight,
    weightError: weightResult.ok ? null : weightResult.error,
    operator: target.ok ? target.value.operator : operator,
    operatorSource,
    target,
    actual,
    status: statusText === "" ? null : statusText,
    rawTarget,
    rawActual,
    ratio,
  };
}

function readRatio(
  rawNumerator: CellScalar,
  rawDenominator: CellScalar,
  written: Result<ParsedValue>
): KpiCells["ratio"] {
  const numerator = parseValue(rawNumerator);
  const denominator = parseValue(rawDenominator);
  if (!numerator.ok || !denominator.ok) return null;
  const n = numerator.value;
  const d = denominator.value;
  if (n.kind !== "number" || d.kind !== "number") return null;
  const writtenNumber = written.ok && written.value.kind === "number" ? written.value.value : null;
  return {
    numerator: n.value,
    denominator: d.value,
    value: d.value === 0 ? null : n.value / d.value,
    written: writtenNumber,
  };
}

/** A weight in percentage points as a fraction: plain numbers only (20), never "20%" or 0.2 shown as 20%. */
function inPoints(
  layout: DetectedLayout,
  raw: CellScalar,
  numberFormat: string | null,
  weight: number | null
): number | null {
  if (weight === null || !layout.weightsInPoints) return weight;
  if (typeof raw === "number" && (numberFormat ?? "").includes("%")) return weight;
  if (typeof raw === "string" && raw.includes("%")) return weight;
  return weight / 100;
}

/** The weight written on an objective row (its weight in the parent's roll-up, 2024: "B.4.1 … 50%"). */
export function readObjectiveWeight(
  grid: SheetGrid,
  layout: DetectedLayout,
  row: number
): number | null {
  const column = layout.columns.weight;
  if (column === undefined) return null;
  const raw = grid.value(row, column);
  const numberFormat = grid.numberFormat(row, column);
  const parsed = parseWeight(raw, numberFormat);
  return parsed.ok ? inPoints(layout, raw, numberFormat, parsed.value.weight) : null;
}
