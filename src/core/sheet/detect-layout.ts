/**
 * Finds the table in a sheet by its header words (domain.md §2), wherever it starts, and decides
 * each column's role from its header AND its values:
 * - a header cell covered by a merge takes the merge's text, so a merged header gives its role to
 *   every column it spans; among the spanned columns, the first holds the operator when its values
 *   are operators ("Target" over F:G in 2021), else the one with the most values holds the role;
 * - Excel's generated names for blank table headers ("Colonna1", "Column1") count as blank;
 * - a blank-headed column of operators is the operator column (2024: D);
 * - a generic code column ("Cod.", "Codice", "Code") holds objective codes, KPI codes or both,
 *   as its values say (see CodeColumn);
 * - target and actual columns by year ("Target 2024") or monitoring period ("Consuntivo al
 *   30/06/2024") are kept as alternatives, chosen once the plan year is known (choose-columns.ts);
 * - weights above 1 written without a % sign are percentage points ("Peso %": 20, 40, 40).
 * A ColumnMapping, when given, overrides the header row and any role's column.
 *
 * Required roles: indicator, target, actual and at least one performance column (KPI or
 * objective). Without them nothing can be computed or written, so the sheet is refused with
 * LAYOUT_NOT_FOUND (naming what was found and what is missing) rather than guessed.
 */
import { parseOperator } from "../parse-operator";
import { messages } from "../messages";
import { ok, type Bilingual, type CellScalar, type Result } from "../types";
import { columnLetter } from "./a1";
import { cardFormMessage } from "./card-form";
import { mappedColumnIndexes, type ColumnMapping } from "./column-mapping";
import { columnQualifier, type ColumnQualifier } from "./column-qualifier";
import { roleName, type ColumnRole } from "./column-roles";
import { headerMatch, isBlankHeader, normaliseHeader } from "./header-words";
import { endsTable } from "./legend-title";
import { isKpiCode, parseCode } from "./objective-code";
import type { SheetGrid } from "./sheet-grid";
import type { SheetLayout } from "./sheet-types";

/** A target or actual column qualified by a year or a period. */
export interface QualifiedColumn {
  readonly column: number;
  readonly qualifier: ColumnQualifier;
  /** The header as written, for messages. */
  readonly header: string;
}

/**
 * What a code column holds, by its values: objective codes ("A.1.1", "B06"), KPI codes
 * ("KP185"), or both (then a row without indicator text holds an objective code).
 */
export type CodeColumnHolds = "objective" | "kpi" | "both";

/** A role decided from the values of a column rather than its header words alone. */
export interface InferredRole {
  readonly role: ColumnRole;
  readonly column: number;
  /**
   * False for the usual layouts of §2 (an operator column without a header, "Target" over the
   * operator and the value): the summary lists them, the audit does not.
   */
  readonly audit: boolean;
  readonly reason: Bilingual;
}

/** The layout plus what the sheet model needs beyond the public contract. */
export interface DetectedLayout extends SheetLayout {
  /** Column holding objective codes, when they are not written in the title cell. */
  readonly objectiveCodeColumn: number | null;
  /** What the generic code column (columns.kpiCode) holds, by its values. */
  readonly codeColumnHolds: CodeColumnHolds | null;
  /** Left-most and right-most columns of the table (header cells and the operator column). */
  readonly tableLeft: number;
  readonly tableRight: number;
  /** 0-based row of the legend heading that ends the table, if any. */
  readonly legendRow: number | null;
  /** Target and actual columns by year or period, when there are several (else empty). */
  readonly alternatives: {
    readonly target: readonly QualifiedColumn[];
    readonly actual: readonly QualifiedColumn[];
  };
  /** Plain weights are percentage points (20 means 20%). */
  readonly weightsInPoints: boolean;
  /** Roles decided from values: the audit lists them. */
  readonly inferred: readonly InferredRole[];
  /** Roles given by a ColumnMapping. */
  readonly mapped: readonly ColumnRole[];
  /** Header text of each role's column, as written. */
  readonly headers: Readonly<Partial<Record<ColumnRole, string>>>;
}

const REQUIRED: readonly ColumnRole[] = ["indicator", "target", "actual"];
const PERFORMANCE: readonly ColumnRole[] = ["kpiPerformance", "objectivePerformance"];
/** Roles that may come in several columns, one per year or period. */
const QUALIFIED: readonly ColumnRole[] = ["target", "actual"];
/** Data rows sampled to recognise a column by its values. */
const SAMPLE_ROWS = 300;

interface HeaderCell {
  readonly column: number;
  readonly text: string;
  readonly qualifier: ColumnQualifier;
  /** Part of a merge spanning several columns. */
  readonly merged: boolean;
}

interface HeaderRowMatch {
  readonly row: number;
  /** Every column whose header names a role, by role, left to right. */
  readonly cells: ReadonlyMap<ColumnRole, readonly HeaderCell[]>;
  /** The row of year sub-headers under this one ("Target" over "2024 | 2025 | 2026"), if any. */
  readonly subRow: number | null;
}

/** A year alone in a sub-header cell: 2024, "2024". */
const YEAR_ONLY = /^(?:19|20)\d{2}$/;

export function detectLayout(
  grid: SheetGrid,
  mapping?: ColumnMapping | null
): Result<DetectedLayout> {
  const mapped = mappedColumns(mapping);
  if (mapping?.headerRow != null) {
    const row = mapping.headerRow - 1;
    const match = headerRowAt(grid, row);
    if (isComplete(match, mapped)) return ok(buildLayout(grid, match, mapped));
    return layoutNotFound(grid, match, mapped);
  }
  let best: HeaderRowMatch | null = null;
  for (let row = grid.top; row <= grid.bottom; row++) {
    const match = headerRowAt(grid, row);
    if (match.cells.size === 0) continue;
    if (isComplete(match, mapped)) return ok(buildLayout(grid, match, mapped));
    if (best === null || match.cells.size > best.cells.size) best = match;
  }
  // A mapping that names every required role works even on a sheet without header words.
  const bare: HeaderRowMatch = { row: grid.top, cells: new Map(), subRow: null };
  if (isComplete(bare, mapped)) return ok(buildLayout(grid, bare, mapped));
  return layoutNotFound(grid, best, mapped);
}

function mappedColumns(mapping: ColumnMapping | null | undefined): ReadonlyMap<ColumnRole, number> {
  return mapping == null ? new Map() : mappedColumnIndexes(mapping);
}

/** The text a header cell shows: its own, or the text of the merge that covers it. */
function headerTextAt(
  grid: SheetGrid,
  row: number,
  column: number
): { text: string; merged: boolean } {
  const merge = grid.mergeAt(row, column);
  if (merge === null) return { text: grid.text(row, column), merged: false };
  return { text: grid.text(merge.top, merge.left), merged: merge.right > merge.left };
}

function headerRowAt(grid: SheetGrid, row: number): HeaderRowMatch {
  const cells = new Map<ColumnRole, HeaderCell[]>();
  const years = yearSubHeaders(grid, row);
  for (let column = grid.left; column <= grid.right; column++) {
    const { text: own, merged } = headerTextAt(grid, row, column);
    const parent = own === "" ? (years.parents.get(column) ?? "") : own;
    if (parent === "") continue;
    const year = years.years.get(column);
    const text = year === undefined ? parent : `${parent} ${year}`;
    const match = headerMatch(text);
    if (match === null) continue;
    const list = cells.get(match.role) ?? [];
    list.push({
      column,
      text,
      qualifier: columnQualifier(text, match.rest),
      merged: merged && year === undefined,
    });
    cells.set(match.role, list);
  }
  return { row, cells, subRow: years.years.size > 0 ? row + 1 : null };
}

/**
 * Year sub-headers (domain.md §2, targets and actuals by year): a header over two or more columns
 * — merged, or written in the first with the next ones blank — with a year under each of them in
 * the row below ("Target" over "2024 | 2025 | 2026"). Each column is then read as "Target 2024",
 * "Target 2025", …, and the two rows are one header.
 */
function yearSubHeaders(
  grid: SheetGrid,
  row: number
): { years: Map<number, string>; parents: Map<number, string> } {
  const years = new Map<number, string>();
  const parents = new Map<number, string>();
  if (row + 1 > grid.bottom) return { years, parents };
  const yearBelow = (column: number): string | null => {
    const text = grid.text(row + 1, column);
    return YEAR_ONLY.test(text) ? text : null;
  };
  for (let column = grid.left; column <= grid.right;) {
    // Only a header's own cell has text: the other cells of its merge read blank.
    const text = grid.text(row, column);
    if (text === "") {
      column++;
      continue;
    }
    const merge = grid.mergeAt(row, column);
    let right = merge === null ? column : merge.right;
    if (merge === null)
      while (
        right + 1 <= grid.right &&
        grid.text(row, right + 1) === "" &&
        grid.mergeAt(row, right + 1) === null &&
        yearBelow(right + 1) !== null
      )
        right++;
    const below: string[] = [];
    for (let c = column; c <= right; c++) {
      const year = yearBelow(c);
      if (year !== null) below.push(year);
    }
    if (right > column && below.length === right - column + 1)
      below.forEach((year, i) => {
        years.set(column + i, year);
        parents.set(column + i, text);
      });
    column = right + 1;
  }
  return { years, parents };
}

function isComplete(match: HeaderRowMatch, mapped: ReadonlyMap<ColumnRole, number>): boolean {
  const has = (role: ColumnRole): boolean => mapped.has(role) || match.cells.has(role);
  return REQUIRED.every(has) && PERFORMANCE.some(has);
}

function layoutNotFound(
  grid: SheetGrid,
  best: HeaderRowMatch | null,
  mapped: ReadonlyMap<ColumnRole, number>
): Result<DetectedLayout> {
  const card = cardFormMessage(grid);
  if (card !== null) return card;
  if (best === null || best.cells.size === 0) {
    return messages.noHeaderRow();
  }
  const found = [...best.cells.entries()]
    .map(([role, cells]) => [role, cells[0]?.column ?? 0] as const)
    .sort((a, b) => a[1] - b[1]);
  const foundIt = found.map(
    ([role, column]) => `${roleName(role).it} (${columnLetter(column)}${best.row + 1})`
  );
  const foundEn = found.map(
    ([role, column]) => `${roleName(role).en} (${columnLetter(column)}${best.row + 1})`
  );
  const has = (role: ColumnRole): boolean => mapped.has(role) || best.cells.has(role);
  const missing = REQUIRED.filter((role) => !has(role));
  const missingIt = missing.map((role) => roleName(role).it);
  const missingEn = missing.map((role) => roleName(role).en);
  if (!PERFORMANCE.some(has)) {
    missingIt.push("Performance KPI o Performance Obiettivo");
    missingEn.push("KPI performance or Objective performance");
  }
  return messages.headersMissing(
    best.row + 1,
    { it: foundIt, en: foundEn },
    { it: missingIt, en: missingEn }
  );
}

interface Building {
  readonly roles: Map<ColumnRole, number>;
  readonly headers: Partial<Record<ColumnRole, string>>;
  readonly inferred: InferredRole[];
  readonly used: Set<number>;
}

function buildLayout(
  grid: SheetGrid,
  header: HeaderRowMatch,
  mapped: ReadonlyMap<ColumnRole, number>
): DetectedLayout {
  const mappedColumnSet = new Set(mapped.values());
  const namedColumns: number[] = [];
  for (const cells of header.cells.values())
    for (const cell of cells) namedColumns.push(cell.column);
  const allColumns = [...namedColumns, ...mappedColumnSet];
  const left = Math.min(...allColumns);
  const lastHeaderColumn = Math.max(...allColumns);
  const legendRow = findLegendRow(grid, header.row, left, lastHeaderColumn);
  const dataEnd = legendRow === null ? grid.bottom : legendRow - 1;
  const sampleEnd = Math.min(dataEnd, header.row + SAMPLE_ROWS);
  // Two header rows (a header over year sub-headers) are one header: the data starts below both.
  const from = (header.subRow ?? header.row) + 1;

  const state: Building = { roles: new Map(), headers: {}, inferred: [], used: new Set() };
  const alternatives: { target: QualifiedColumn[]; actual: QualifiedColumn[] } = {
    target: [],
    actual: [],
  };
  const assign = (role: ColumnRole, column: number, text: string): void => {
    state.roles.set(role, column);
    state.used.add(column);
    state.headers[role] = text;
  };

  for (const [role, column] of mapped) assign(role, column, grid.text(header.row, column));

  for (const [role, allCells] of header.cells) {
    if (mapped.has(role)) continue;
    const cells = allCells.filter((cell) => !mappedColumnSet.has(cell.column));
    const first = cells[0];
    if (first === undefined) continue;
    if (QUALIFIED.includes(role)) {
      const qualified = distinctQualified(cells);
      if (qualified.length > 1) {
        alternatives[role as "target" | "actual"] = qualified.map((cell) => ({
          column: cell.column,
          qualifier: cell.qualifier,
          header: cell.text,
        }));
        // Provisional choice, settled by choose-columns.ts once the plan year is known.
        const last = qualified[qualified.length - 1] ?? first;
        assign(role, last.column, last.text);
        for (const cell of qualified) state.used.add(cell.column);
        continue;
      }
    }
    const span = cells.filter((cell) => cell.merged && cell.text === first.text);
    if (span.length > 1) {
      placeSpannedRole(grid, role, span, from, sampleEnd, state, mapped);
      continue;
    }
    assign(role, first.column, first.text);
  }

  // A blank-headed column of operators (2024: D), or a blank column right of the target.
  if (!state.roles.has("operator")) {
    const target = state.roles.get("target");
    const isUnnamed = (column: number): boolean =>
      column >= grid.left &&
      column <= grid.right &&
      !state.used.has(column) &&
      isBlankHeader(grid.text(header.row, column)) &&
      grid.mergeAt(header.row, column) === null;
    const inferOperator = (column: number, reason: InferredRole["reason"]): void => {
      state.inferred.push({ role: "operator", column, reason, audit: false });
    };
    if (
      target !== undefined &&
      isUnnamed(target + 1) &&
      isOperatorColumn(grid, target, from, sampleEnd)
    ) {
      // "Target" over two columns without a merge: the first holds the operator, the second the value.
      state.roles.set("operator", target);
      assign("target", target + 1, state.headers.target ?? "");
      inferOperator(target, {
        it: "colonna Target che contiene operatori, seguita da una colonna senza intestazione con i valori",
        en: "Target column holding operators, followed by a column without a header holding the values",
      });
    } else {
      for (let column = grid.left; column <= lastHeaderColumn + 1; column++) {
        if (!isUnnamed(column) || !isOperatorColumn(grid, column, from, sampleEnd)) continue;
        assign("operator", column, grid.text(header.row, column));
        inferOperator(column, {
          it: "colonna senza intestazione che contiene operatori (≥, ≤, …)",
          en: "column without a header that holds operators (≥, ≤, …)",
        });
        break;
      }
    }
  }

  const codeColumnHolds = decideCodeColumn(grid, state, from, sampleEnd);

  const headerRows = [
    header.row,
    ...(header.subRow === null ? [] : [header.subRow]),
    ...repeatedHeaderRows(grid, header, dataEnd),
  ];
  const columns: Partial<Record<ColumnRole, number>> = {};
  for (const [role, column] of state.roles) columns[role] = column;
  const tableColumns = new Set([...state.used, ...state.roles.values()]);
  const lastDataRow = lastNonBlankRow(grid, from, dataEnd, tableColumns);
  const weightColumn = state.roles.get("weight");
  return {
    headerRows,
    columns,
    firstDataRow: from,
    lastDataRow: Math.max(lastDataRow, header.row),
    objectiveCodeColumn: state.roles.get("objectiveCode") ?? null,
    codeColumnHolds,
    tableLeft: Math.min(...tableColumns),
    tableRight: Math.max(...tableColumns),
    legendRow,
    alternatives,
    weightsInPoints:
      weightColumn !== undefined && weightsArePoints(grid, weightColumn, from, dataEnd),
    inferred: state.inferred,
    mapped: [...mapped.keys()],
    headers: state.headers,
  };
}

/** Qualified cells with distinct qualifiers (several years or periods of one role). */
function distinctQualified(cells: readonly HeaderCell[]): HeaderCell[] {
  const qualified = cells.filter((cell) => cell.qualifier.kind !== "none");
  const keys = new Set(qualified.map((cell) => JSON.stringify(cell.qualifier)));
  return keys.size > 1 ? qualified : [];
}

/** A role whose merged header spans several columns: decide which column holds it by the values. */
function placeSpannedRole(
  grid: SheetGrid,
  role: ColumnRole,
  span: readonly HeaderCell[],
  from: number,
  to: number,
  state: Building,
  mapped: ReadonlyMap<ColumnRole, number>
): void {
  const first = span[0];
  if (first === undefined) return;
  for (const cell of span) state.used.add(cell.column);
  let rest = span;
  if (!mapped.has("operator") && isOperatorColumn(grid, first.column, from, to)) {
    // "Target" over F:G (2021): F holds the operator, G the value.
    state.roles.set("operator", first.column);
    state.headers.operator = first.text;
    state.inferred.push({
      role: "operator",
      column: first.column,
      audit: false,
      reason: {
        it: `prima colonna sotto l'intestazione unita «${first.text}»: contiene operatori`,
        en: `first column under the merged header "${first.text}": it holds operators`,
      },
    });
    rest = span.slice(1);
  }
  let chosen = rest[0] ?? first;
  let most = -1;
  for (const cell of rest) {
    const filled = filledCells(grid, cell.column, from, to);
    if (filled > most) {
      most = filled;
      chosen = cell;
    }
  }
  state.roles.set(role, chosen.column);
  state.headers[role] = chosen.text;
  if (rest === span && chosen.column !== first.column) {
    state.inferred.push({
      role,
      column: chosen.column,
      audit: true,
      reason: {
        it: `intestazione unita «${first.text}»: la colonna con i valori`,
        en: `merged header "${first.text}": the column holding values`,
      },
    });
  }
}

function filledCells(grid: SheetGrid, column: number, from: number, to: number): number {
  let filled = 0;
  for (let row = from; row <= to; row++) if (!grid.isBlank(row, column)) filled++;
  return filled;
}

/**
 * What the generic code column holds, by its values. A column of objective codes only is an
 * objective code column (unless the sheet has one already); the audit says the role was inferred.
 */
function decideCodeColumn(
  grid: SheetGrid,
  state: Building,
  from: number,
  to: number
): CodeColumnHolds | null {
  const column = state.roles.get("kpiCode");
  if (column === undefined) return null;
  let objectiveCodes = 0;
  let kpiCodes = 0;
  for (let row = from; row <= to; row++) {
    const text = grid.text(row, column);
    if (text === "") continue;
    if (parseCode(text) !== null) objectiveCodes++;
    else if (isKpiCode(text)) kpiCodes++;
  }
  if (objectiveCodes === 0) return "kpi";
  if (!state.roles.has("objectiveCode") && kpiCodes === 0) {
    state.roles.delete("kpiCode");
    state.roles.set("objectiveCode", column);
    state.headers.objectiveCode = state.headers.kpiCode;
    delete state.headers.kpiCode;
    state.inferred.push({
      role: "objectiveCode",
      column,
      audit: true,
      reason: {
        it: "i valori sono codici di obiettivo (A.1.1)",
        en: "its values are objective codes (A.1.1)",
      },
    });
    return "objective";
  }
  if (kpiCodes === 0) return "kpi";
  state.inferred.push({
    role: "kpiCode",
    column,
    audit: true,
    reason: {
      it: "contiene codici di obiettivo (sulle righe senza indicatore) e codici di KPI",
      en: "it holds objective codes (on rows without an indicator) and KPI codes",
    },
  });
  return "both";
}

/** Plain weights (no % sign or format) above 1 are percentage points: 20, 40, 40 add up to 100. */
function weightsArePoints(grid: SheetGrid, column: number, from: number, to: number): boolean {
  for (let row = from; row <= to; row++) {
    const value = grid.value(row, column);
    if (typeof value === "number") {
      if (value > 1 && !(grid.numberFormat(row, column) ?? "").includes("%")) return true;
    } else if (typeof value === "string" && !value.includes("%")) {
      const number = Number(value.trim().replace(",", "."));
      if (Number.isFinite(number) && number > 1) return true;
    }
  }
  return false;
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
  const cells = [...header.cells.values()].flatMap((list) =>
    list
      .filter((cell) => grid.text(header.row, cell.column) !== "")
      .map((cell) => ({
        column: cell.column,
        text: normaliseHeader(cell.text),
        length: cell.text.length,
      }))
  );
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

/** First row below the header whose first filled cell (within the table) starts a legend (or our rules block). */
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
      if (typeof value === "string" && endsTable(value)) return row;
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
