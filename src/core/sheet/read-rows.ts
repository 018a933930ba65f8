/**
 * Classifies every row of the table (domain.md §2): objective, KPI, objective and its first KPI on
 * one row, note (only a note: it belongs to the KPI above), section label (text without a code,
 * "Sostegno alle imprese", "CCIAA"), repeated header, blank. Only objective and KPI rows carry
 * on; the others are skipped.
 */
import { parseCode, parseCodedTitle } from "./objective-code";
import type { DetectedLayout } from "./detect-layout";
import type { SheetGrid } from "./sheet-grid";
import type { RowKind } from "./sheet-types";

export type RowClass = RowKind | "note" | "label" | "header" | "blank";

export interface PlanRow {
  /** 0-based sheet row. */
  readonly row: number;
  readonly kind: RowKind;
  /** Objective code and title, on objective rows. */
  readonly objective: { readonly code: string; readonly title: string } | null;
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
  const kpiContent = [
    columns.indicator,
    columns.kpiCode,
    columns.target,
    columns.actual,
    columns.status,
  ].filter((c): c is number => c !== undefined);
  const anyContent: number[] = [];
  for (let c = layout.tableLeft; c <= layout.tableRight; c++) anyContent.push(c);

  const rows: PlanRow[] = [];
  const classes = new Map<number, RowClass>();
  let current: { code: string; title: string } | null = null;

  for (let row = layout.firstDataRow; row <= layout.lastDataRow; row++) {
    if (headers.has(row)) {
      classes.set(row, "header");
      continue;
    }
    const objective = objectiveAt(grid, layout, row);
    const hasKpi = kpiContent.some((c) => !grid.isBlank(row, c));
    const kpi = hasKpi
      ? {
          indicator: columns.indicator === undefined ? "" : grid.text(row, columns.indicator),
          code: columns.kpiCode === undefined ? null : grid.text(row, columns.kpiCode) || null,
        }
      : null;
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
  row: number
): { code: string; title: string } | null {
  const titleColumn = layout.columns.objective;
  const title = titleColumn === undefined ? "" : grid.text(row, titleColumn);
  if (layout.objectiveCodeColumn !== null) {
    const code = parseCode(grid.text(row, layout.objectiveCodeColumn));
    if (code !== null) return { code, title: parseCodedTitle(title)?.title ?? title };
  }
  if (title === "") return null;
  return parseCodedTitle(title);
}
