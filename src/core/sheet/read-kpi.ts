/**
 * Reads the cells of one KPI row into engine values: weight, operator, target, actual, validation
 * status. The operator is taken, in this order, from the operator column, from the weight cell
 * ("50% >="), or from the target text ("≥ 15%"); a target with none means ≥ (a date: ≤).
 */
import { parseOperator } from "../parse-operator";
import { parseTarget } from "../parse-target";
import { parseValue } from "../parse-value";
import { parseWeight } from "../parse-weight";
import type { CellScalar, Operator, ParsedValue, PerfError, Result, Target } from "../types";
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
}

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
  const weight = weightResult.ok ? weightResult.value.weight : null;

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
  const actual = parseValue(rawActual, { numberFormat: format(columns.actual), planYear, asDate });

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
  };
}

/** The weight written on an objective row (its weight in the parent's roll-up, 2024: "B.4.1 … 50%"). */
export function readObjectiveWeight(
  grid: SheetGrid,
  layout: DetectedLayout,
  row: number
): number | null {
  const column = layout.columns.weight;
  if (column === undefined) return null;
  const parsed = parseWeight(grid.value(row, column), grid.numberFormat(row, column));
  return parsed.ok ? parsed.value.weight : null;
}
