/**
 * The cells of a row that choose or tune a scoring scheme (domain.md §9–§10): the KPI's own method
 * (Metodo: binario, proporzionale, soglia, scaglioni), its threshold (Soglia), excellence value
 * (Eccellenza) and tolerance (Tolleranza); an objective's roll-up (Aggregazione); a figure the
 * OIV validated (Performance validata) and its reason (Motivazione).
 *
 * Threshold and excellence are read in the target's unit (a date target's threshold is a date);
 * the tolerance and the validated figure are percentages: "5%", 0.05, or 5 meaning 5%.
 * A cell that cannot be read is reported (errors) and treated as blank.
 */
import { parseValue } from "../parse-value";
import { parseRollupMethod, type RollupMethod } from "../scoring/rollup-variants";
import type { SchemeParameters } from "../scoring/score-with-scheme";
import { parseMethod } from "../settings/parse-method";
import type { CellScalar, Method, PerfError, Target } from "../types";
import type { ColumnRole } from "./column-roles";
import type { DetectedLayout } from "./detect-layout";
import type { SheetGrid } from "./sheet-grid";

export interface SchemeCells {
  /** The method written on the row; null: the workbook's. */
  readonly method: Method | null;
  readonly parameters: SchemeParameters;
  readonly aggregation: RollupMethod | null;
  /** The figure validated by the OIV (a fraction); null: none written. */
  readonly validated: number | null;
  readonly reason: string | null;
  /** Cells that could not be read, by role. */
  readonly errors: readonly { readonly role: ColumnRole; readonly error: PerfError }[];
}

const NONE: SchemeCells = Object.freeze({
  method: null,
  parameters: Object.freeze({}),
  aggregation: null,
  validated: null,
  reason: null,
  errors: Object.freeze([]),
});

const SCHEME_ROLES: readonly ColumnRole[] = [
  "method",
  "threshold",
  "excellence",
  "tolerance",
  "aggregation",
  "validated",
  "reason",
];

/** True when the sheet has any column of §9–§10 (otherwise every row reads as NONE, at no cost). */
export function hasSchemeColumns(layout: DetectedLayout): boolean {
  return SCHEME_ROLES.some((role) => layout.columns[role] !== undefined);
}

export function readSchemeCells(
  grid: SheetGrid,
  layout: DetectedLayout,
  row: number,
  target: Target | null,
  planYear: number
): SchemeCells {
  if (!hasSchemeColumns(layout)) return NONE;
  const { columns } = layout;
  const errors: { role: ColumnRole; error: PerfError }[] = [];
  const cell = (role: ColumnRole): CellScalar => {
    const column = columns[role];
    return column === undefined ? null : grid.value(row, column);
  };
  const format = (role: ColumnRole): string | null => {
    const column = columns[role];
    return column === undefined ? null : grid.numberFormat(row, column);
  };

  const methodRead = parseMethod(cell("method"));
  if (!methodRead.ok) errors.push({ role: "method", error: methodRead.error });
  const aggregationRead = parseRollupMethod(cell("aggregation"));
  if (!aggregationRead.ok) errors.push({ role: "aggregation", error: aggregationRead.error });

  /** A value in the target's unit: a percentage for a percent target, a date for a date. */
  const inTargetUnit = (role: ColumnRole): number | null => {
    const read = parseValue(cell(role), {
      numberFormat: format(role),
      planYear,
      asDate: target?.unit === "date",
    });
    if (!read.ok) {
      errors.push({ role, error: read.error });
      return null;
    }
    const value = read.value;
    if (value.kind === "number") return value.value;
    if (value.kind === "date") return value.serial;
    return null;
  };
  /** A percentage: 0.05 or "5%"; a plain number above 1 is percentage points (5 is 5%). */
  const percentage = (role: ColumnRole): number | null => {
    const read = parseValue(cell(role), { numberFormat: format(role), planYear });
    if (!read.ok) {
      errors.push({ role, error: read.error });
      return null;
    }
    const value = read.value;
    if (value.kind !== "number") return null;
    return value.unit === "number" && Math.abs(value.value) > 1 ? value.value / 100 : value.value;
  };

  const reasonColumn = columns.reason;
  const reasonText = reasonColumn === undefined ? "" : grid.text(row, reasonColumn).trim();
  return {
    method: methodRead.ok ? methodRead.value : null,
    parameters: {
      threshold: inTargetUnit("threshold"),
      excellence: inTargetUnit("excellence"),
      tolerance: percentage("tolerance"),
    },
    aggregation: aggregationRead.ok ? aggregationRead.value : null,
    validated: percentage("validated"),
    reason: reasonText === "" ? null : reasonText,
    errors,
  };
}
