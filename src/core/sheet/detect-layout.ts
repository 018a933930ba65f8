/**
 * Finds the table in a sheet by its header words (domain.md §2), wherever it starts, and works out
 * where the operator sits: a named column, an unnamed column (2024: D, no header), or the first
 * column under a merged "Target" header (2021: F3:G3, F holds ≥ and G the value). When the
 * operator has no column it is read from the weight cell ("50% >=") or the target ("≥ 15%").
 *
 * Required roles: indicator, target, actual and at least one performance column (KPI or
 * objective). Without them nothing can be computed or written, so the sheet is refused with
 * LAYOUT_NOT_FOUND rather than guessed.
 */
import { parseOperator } from "../parse-operator";
import { fail, ok, type CellScalar, type Result } from "../types";
import { columnLetter } from "./a1";
import { headerRole, normaliseHeader, ROLE_NAMES, type HeaderRole } from "./header-words";
import { isLegendHeading } from "./legend-title";
import type { SheetGrid } from "./sheet-grid";
import type { ColumnRole, SheetLayout } from "./sheet-types";

/** The layout plus what the sheet model needs beyond the public contract. */
export interface DetectedLayout extends SheetLayout {
  /** Column holding objective codes, when they are not written in the title cell. */
  readonly objectiveCodeColumn: number | null;
  /** Left-most and right-most columns of the table (header cells and the operator column). */
  readonly tableLeft: number;
  readonly tableRight: number;
  /** 0-based row of the legend heading that ends the table, if any. */
  readonly legendRow: number | null;
}

const REQUIRED: readonly ColumnRole[] = ["indicator", "target", "actual"];
const PERFORMANCE: readonly ColumnRole[] = ["kpiPerformance", "objectivePerformance"];
/** Data rows sampled to recognise an operator column. */
const SAMPLE_ROWS = 300;

interface HeaderRowMatch {
  readonly row: number;
  readonly columns: ReadonlyMap<HeaderRole, number>;
}

export function detectLayout(grid: SheetGrid): Result<DetectedLayout> {
  let best: HeaderRowMatch | null = null;
  for (let row = grid.top; row <= grid.bottom; row++) {
    const match = headerRowAt(grid, row);
    if (match.columns.size === 0) continue;
    if (isComplete(match)) return ok(buildLayout(grid, match));
    if (best === null || match.columns.size > best.columns.size) best = match;
  }
  return layoutNotFound(best);
}

function headerRowAt(grid: SheetGrid, row: number): HeaderRowMatch {
  const columns = new Map<HeaderRole, number>();
  for (let column = grid.left; column <= grid.right; column++) {
    const value = grid.value(row, column);
    if (typeof value !== "string") continue;
    const role = headerRole(value);
    if (role !== null && !columns.has(role)) columns.set(role, column);
  }
  return { row, columns };
}

function isComplete(match: HeaderRowMatch): boolean {
  return (
    REQUIRED.every((role) => match.columns.has(role)) &&
    PERFORMANCE.some((role) => match.columns.has(role))
  );
}

function layoutNotFound(best: HeaderRowMatch | null): Result<DetectedLayout> {
  if (best === null) {
    return fail(
      "LAYOUT_NOT_FOUND",
      "Nessuna intestazione riconosciuta nel foglio: servono almeno le colonne Indicatore, Target, Consuntivo e " +
        "Performance KPI o Performance Obiettivo.",
      "No header recognised in the sheet: at least the columns Indicator, Target, Actual and KPI performance or " +
        "Objective performance are needed."
    );
  }
  const found = [...best.columns.entries()].sort((a, b) => a[1] - b[1]);
  const foundIt = found.map(
    ([role, column]) => `${ROLE_NAMES[role].it} (${columnLetter(column)}${best.row + 1})`
  );
  const foundEn = found.map(
    ([role, column]) => `${ROLE_NAMES[role].en} (${columnLetter(column)}${best.row + 1})`
  );
  const missing = REQUIRED.filter((role) => !best.columns.has(role));
  const missingIt = missing.map((role) => ROLE_NAMES[role].it);
  const missingEn = missing.map((role) => ROLE_NAMES[role].en);
  if (!PERFORMANCE.some((role) => best.columns.has(role))) {
    missingIt.push("Performance KPI o Performance Obiettivo");
    missingEn.push("KPI performance or Objective performance");
  }
  return fail(
    "LAYOUT_NOT_FOUND",
    `Tabella del piano non riconosciuta. Intestazioni trovate alla riga ${best.row + 1}: ${foundIt.join(", ")}; ` +
      `mancano: ${missingIt.join(", ")}. Aggiungere le intestazioni mancanti (in italiano o in inglese).`,
    `Plan table not recognised. Headers found in row ${best.row + 1}: ${foundEn.join(", ")}; ` +
      `missing: ${missingEn.join(", ")}. Add the missing headers (Italian or English).`
  );
}

function buildLayout(grid: SheetGrid, header: HeaderRowMatch): DetectedLayout {
  const roles = new Map(header.columns);
  const named = new Set(roles.values());
  const lastHeaderColumn = Math.max(...named);
  const legendRow = findLegendRow(grid, header.row, Math.min(...named), lastHeaderColumn);
  const sampleEnd = Math.min(
    legendRow === null ? grid.bottom : legendRow - 1,
    header.row + SAMPLE_ROWS
  );
  const isUnnamed = (column: number): boolean =>
    column >= grid.left &&
    column <= grid.right &&
    !named.has(column) &&
    unnamedHeaderCell(grid, header.row, column);

  if (!roles.has("operator")) {
    const target = roles.get("target") as number;
    const right = target + 1;
    if (isUnnamed(right) && isOperatorColumn(grid, target, header.row + 1, sampleEnd)) {
      // "Target" over two columns: the first holds the operator, the second the value.
      roles.set("operator", target);
      roles.set("target", right);
      named.add(right);
    } else {
      for (let column = Math.min(...named); column <= lastHeaderColumn + 1; column++) {
        if (isUnnamed(column) && isOperatorColumn(grid, column, header.row + 1, sampleEnd)) {
          roles.set("operator", column);
          named.add(column);
          break;
        }
      }
    }
  }

  const headerRows = [
    header.row,
    ...repeatedHeaderRows(grid, header, sampleEndFor(grid, legendRow)),
  ];
  const columns: Partial<Record<ColumnRole, number>> = {};
  for (const [role, column] of roles) if (role !== "objectiveCode") columns[role] = column;
  const lastDataRow = lastNonBlankRow(grid, header.row + 1, sampleEndFor(grid, legendRow), named);
  return {
    headerRows,
    columns,
    firstDataRow: header.row + 1,
    lastDataRow: Math.max(lastDataRow, header.row),
    objectiveCodeColumn: roles.get("objectiveCode") ?? null,
    tableLeft: Math.min(...named),
    tableRight: Math.max(...named),
    legendRow,
  };
}

function sampleEndFor(grid: SheetGrid, legendRow: number | null): number {
  return legendRow === null ? grid.bottom : legendRow - 1;
}

/** A header cell that names nothing: blank, or covered by the merge of a neighbouring header. */
function unnamedHeaderCell(grid: SheetGrid, row: number, column: number): boolean {
  const value: CellScalar = grid.value(row, column);
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** An operator alone in a cell ("≥", ">=", "entro"), not a target with an operator ("≥ 15%"). */
export function isOperatorOnly(value: CellScalar): boolean {
  if (typeof value !== "string" || /\d/.test(value) || value.trim().length > 30) return false;
  const parsed = parseOperator(value);
  return parsed.ok && parsed.value !== null;
}

function isOperatorColumn(grid: SheetGrid, column: number, from: number, to: number): boolean {
  let filled = 0;
  let operators = 0;
  for (let row = from; row <= to; row++) {
    const value = grid.value(row, column);
    if (value === null || (typeof value === "string" && value.trim() === "")) continue;
    filled++;
    if (isOperatorOnly(value)) operators++;
  }
  return operators > 0 && operators >= 0.6 * filled;
}

/** Rows that repeat the header (a printout pasted back): most header cells read the same again. */
function repeatedHeaderRows(grid: SheetGrid, header: HeaderRowMatch, to: number): number[] {
  const cells = [...header.columns.values()].map((column) => {
    const raw = grid.text(header.row, column);
    return { column, text: normaliseHeader(raw), length: raw.length };
  });
  const needed = Math.max(2, Math.ceil(cells.length * 0.6));
  const rows: number[] = [];
  for (let row = header.row + 1; row <= to; row++) {
    let same = 0;
    for (const { column, text, length } of cells) {
      const value = grid.value(row, column);
      // Cheap length test first: most cells are long indicator texts, never a header.
      if (
        typeof value === "string" &&
        Math.abs(value.length - length) <= 4 &&
        normaliseHeader(value) === text
      )
        same++;
    }
    if (same >= needed) rows.push(row);
  }
  return rows;
}

/** First row below the header whose first filled cell (within the table) starts a legend. */
function findLegendRow(
  grid: SheetGrid,
  headerRow: number,
  left: number,
  right: number
): number | null {
  for (let row = headerRow + 1; row <= grid.bottom; row++) {
    for (let column = left; column <= right; column++) {
      const value = grid.value(row, column);
      if (value === null || value === "") continue;
      if (typeof value === "string" && isLegendHeading(value)) return row;
      break;
    }
  }
  return null;
}

function lastNonBlankRow(
  grid: SheetGrid,
  from: number,
  to: number,
  columns: ReadonlySet<number>
): number {
  for (let row = to; row >= from; row--) {
    for (const column of columns) if (!grid.isBlank(row, column)) return row;
  }
  return from - 1;
}
