/**
 * What Excel passes to a custom function, made into engine values. Scalars arrive as numbers
 * (dates as serials), strings, booleans, or null/undefined for an omitted optional argument or an
 * empty cell; ranges arrive as matrices. Some hosts pass a one-cell range to a scalar argument as
 * a 1×1 matrix.
 */
import { type CellScalar, ok, PLAN_YEAR_RANGE, type Result } from "../core";
import { functionMessages } from "./messages";

/** One argument read as a cell scalar: undefined → null, 1×1 matrix → its cell, NaN/∞ and objects → error. */
export function scalarArgument(value: unknown, name: string): Result<CellScalar> {
  if (value === null || value === undefined) return ok(null);
  switch (typeof value) {
    case "string":
    case "boolean":
      return ok(value);
    case "number":
      return Number.isFinite(value) ? ok(value) : functionMessages.notAScalar(name);
    default:
      if (Array.isArray(value) && value.length === 1) {
        const row: unknown = value[0];
        if (Array.isArray(row) && row.length === 1) return scalarArgument(row[0], name);
      }
      if (hasBasicValue(value)) return scalarArgument(value.basicValue, name);
      return functionMessages.notAScalar(name);
  }
}

/**
 * The metadata allows data types for `any` arguments (allowCustomDataForDataTypeAny), so a cell
 * holding a data type (a formatted number, an entity) arrives as an object: its basicValue is
 * the plain value the cell shows.
 */
function hasBasicValue(value: unknown): value is { basicValue: unknown } {
  return typeof value === "object" && value !== null && "basicValue" in value;
}

/** A range cell as a plain value: a data-type object gives its basicValue. */
export function plainCell(cell: unknown): unknown {
  return hasBasicValue(cell) ? cell.basicValue : cell;
}

/** True for what an empty cell or an omitted argument looks like: null, undefined or blank text. */
export function isBlank(value: CellScalar | undefined): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/**
 * True for a blank text argument (operator, method) as any host passes it: null, blank text, or
 * 0 — Excel desktop passes a blank cell to a custom function as 0 (office-js #4702), and no
 * operator or method is written as 0.
 */
export function isBlankTextArgument(value: CellScalar | undefined): boolean {
  return value === 0 || isBlank(value);
}

/** The cells of a range argument, row by row; a scalar counts as one cell, null/undefined as none. */
export function rangeCells(value: unknown): unknown[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) return [plainCell(value)];
  const cells: unknown[] = [];
  for (const row of value as unknown[]) {
    if (Array.isArray(row)) for (const cell of row as unknown[]) cells.push(plainCell(cell));
    else cells.push(plainCell(row));
  }
  return cells;
}

/** A year argument: an integer in the settings model's plan-year range (1990–2100), as a number or text ("2023"); null when omitted. */
export function yearArgument(value: unknown): Result<number | null> {
  const scalar = scalarArgument(value, "anno/year");
  if (!scalar.ok) return scalar;
  const raw = scalar.value;
  if (isBlank(raw)) return ok(null);
  const year =
    typeof raw === "number" ? raw : typeof raw === "string" ? Number(raw.trim()) : Number.NaN;
  if (Number.isInteger(year) && year >= PLAN_YEAR_RANGE.min && year <= PLAN_YEAR_RANGE.max)
    return ok(year);
  return functionMessages.yearInvalid(raw);
}
