/**
 * Classifies every row of the table (domain.md §2): objective, KPI, objective and its first KPI on
 * one row, note (only a note: it belongs to the KPI above), section label (text without a code or
 * a level, "Sostegno alle imprese", "CCIAA"), repeated header, blank. Only objective and KPI rows
 * carry on; the others are skipped.
 *
 * An objective row is recognised by, in this order: a code in the objective code column; an
 * objective code in the generic code column on a row without indicator text; a code leading the
 * title ("A.1 - …"); a level column; level words leading the title ("OBIETTIVO STRATEGICO …");
 * Excel's row outline level when the sheet groups its rows. The last three give objectives
 * without a code (code null, level known).
 */
import { codeLevel, leadingKpiCode, parseCode, parseCodedTitle } from "./objective-code";
import { levelFromCell, levelFromTitle } from "./objective-level";
import type { DetectedLayout } from "./detect-layout";
import type { SheetGrid } from "./sheet-grid";
import type { RowKind } from "./sheet-types";

export type RowClass = RowKind | "note" | "label" | "header" | "blank";

export interface RowObjective {
  /** Normalised code ("A.1.3"), or null for an objective known by its level only. */
  readonly code: string | null;
  readonly title: string;
  /** 1 for an area, 2 strategic, 3 operational, 4 action. */
  readonly level: number;
}

export interface PlanRow {
  /** 0-based sheet row. */
  readonly row: number;
  readonly kind: RowKind;
  /** Objective code, title and level, on objective rows. */
  readonly objective: RowObjective | null;
  /** Indicator text and KPI code, on KPI rows. */
  readonly kpi: { readonly indicator: string; readonly code: string | null } | null;
}

export interface ReadRows {
  readonly rows: readonly PlanRow[];
  /** Every row of the table with its class, for tests and the explain panel. */
  readonly classes: ReadonlyMap<number, RowClass>;
}

export function readRows(grid: SheetGrid, layout: DetectedLayout): ReadRows {
  const headers = new Set(layout.headerRows);
  const { columns } = layout;
  const codeColumn = columns.kpiCode;
  const mixedCodes = layout.codeColumnHolds === "both";
  const kpiContent = [
    columns.indicator,
    columns.target,
    columns.actual,
    columns.status,
    columns.numerator,
    columns.denominator,
  ].filter((c): c is number => c !== undefined);
  const anyContent: number[] = [];
  for (let c = layout.tableLeft; c <= layout.tableRight; c++) anyContent.push(c);

  const rows: PlanRow[] = [];
  const classes = new Map<number, RowClass>();
  let current: RowObjective | null = null;

  for (let row = layout.firstDataRow; row <= layout.lastDataRow; row++) {
    if (headers.has(row)) {
      classes.set(row, "header");
      continue;
    }
    const indicator = columns.indicator === undefined ? "" : grid.text(row, columns.indicator);
    const codeText = codeColumn === undefined ? "" : grid.text(row, codeColumn);
    // In a column of both kinds, an objective code on a row without indicator text is the objective's.
    const codeIsObjective = mixedCodes && indicator === "" && parseCode(codeText) !== null;
    const hasKpi =
      kpiContent.some((c) => !grid.isBlank(row, c)) || (codeText !== "" && !codeIsObjective);
    const kpi = hasKpi
      ? {
          indicator,
          code: (codeIsObjective ? null : codeText || null) ?? leadingKpiCode(indicator),
        }
      : null;
    const objective = objectiveAt(grid, layout, row, codeIsObjective ? codeText : null, hasKpi);
    if (objective !== null) {
      // A long table repeats the objective on every KPI row: the same code and title continue it.
      const continues =
        hasKpi &&
        current !== null &&
        current.code === objective.code &&
        current.title === objective.title;
      if (continues) {
        rows.push({ row, kind: "kpi", objective: null, kpi });
        classes.set(row, "kpi");
        continue;
      }
      current = objective;
      const kind: RowKind = hasKpi ? "objective+kpi" : "objective";
      rows.push({ row, kind, objective, kpi });
      classes.set(row, kind);
      continue;
    }
    if (kpi !== null) {
      rows.push({ row, kind: "kpi", objective: null, kpi });
      classes.set(row, "kpi");
      continue;
    }
    const titleColumn = columns.objective;
    if (titleColumn !== undefined && !grid.isBlank(row, titleColumn)) {
      classes.set(row, "label");
    } else if (anyContent.some((c) => !grid.isBlank(row, c))) {
      classes.set(row, "note");
    } else {
      classes.set(row, "blank");
    }
  }
  return { rows, classes };
}

function objectiveAt(
  grid: SheetGrid,
  layout: DetectedLayout,
  row: number,
  codeFromCodeColumn: string | null,
  hasKpi: boolean
): RowObjective | null {
  const titleColumn = layout.columns.objective;
  const title = titleColumn === undefined ? "" : grid.text(row, titleColumn);
  const coded = (code: string, text: string): RowObjective => ({
    code,
    title: parseCodedTitle(text)?.title ?? text,
    level: codeLevel(code),
  });
  if (layout.objectiveCodeColumn !== null) {
    const code = parseCode(grid.text(row, layout.objectiveCodeColumn));
    if (code !== null) return coded(code, title);
  }
  if (codeFromCodeColumn !== null) {
    const code = parseCode(codeFromCodeColumn);
    if (code !== null) return coded(code, title);
  }
  if (title === "") return null;
  const inTitle = parseCodedTitle(title);
  if (inTitle !== null) return { ...inTitle, level: codeLevel(inTitle.code) };
  const levelColumn = layout.columns.level;
  if (levelColumn !== undefined) {
    const level = levelFromCell(grid.value(row, levelColumn));
    if (level !== null) return { code: null, title, level };
  }
  const byWords = levelFromTitle(title);
  if (byWords !== null) return { code: null, title, level: byWords };
  // Grouped rows: an objective title on a row of its own takes its level from the outline.
  if (grid.hasOutline && !hasKpi) return { code: null, title, level: grid.outlineLevel(row) + 1 };
  return null;
}
