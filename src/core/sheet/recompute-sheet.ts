/**
 * The sheet model's entry point: a grid of cells in; the report rows, findings, explanations and
 * the plan of writes out. Pure: no Office.js, no DOM, no I/O. The task pane and the command line
 * build the SheetInput and carry out the WritePlan.
 *
 * Steps: detect the layout by header words; settle the settings (plan year from the title or the
 * targets, evaluation date today unless given); classify rows; build the tree; score and roll up;
 * audit; plan the writes (derived cells, row colours, legend).
 */
import { bandOf } from "../scoring/legend-bands";
import { ok, type Band, type Result, type Settings } from "../types";
import { bandRules } from "./band-rules";
import { analyseSheet } from "./analyse-sheet";
import { performanceOf } from "./compute-tree";
import type { Bilingual } from "../bilingual";
import { derivedCells, type DerivedCell } from "./derived-cells";
import { buildExplanations } from "./explanations";
import {
  derivedCellFindings,
  kpiFindings,
  readingFindings,
  sortFindings,
  treeFindings,
} from "./findings";
import { columnsUsed } from "./columns-used";
import { mergeFindings } from "./header-merges";
import { legendBlock, legendSwatchText } from "./legend-block";
import { bandClass, type LegendInUse } from "./legend-in-use";
import { withRulesBlock } from "./rules-block";
import { legendFindings, schemeFindings } from "./scheme-findings";
import { planWrites } from "./plan-writes";
import type { ReportRow, RowKind, SheetInput, SheetRecompute, SheetSummary } from "./sheet-types";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Recompute one sheet. `now` only supplies today's date when settings.asOf is not given
 * (and the year of last resort for the plan year); pass it to make a run reproducible.
 */
export function recomputeSheet(
  input: SheetInput,
  settings?: Partial<Settings>,
  now?: Date
): Result<SheetRecompute> {
  const analysed = analyseSheet(input, settings, now);
  if (!analysed.ok) return analysed;
  const {
    grid,
    layout,
    period,
    settings: effective,
    rows: planRows,
    tree,
    outcome,
    typedLegend,
    legendSource,
    legend: bands,
  } = analysed.value;

  const rows: ReportRow[] = [];
  const kinds = new Map<number, RowKind>();
  const objectiveByRow = new Map<number, number | null>();
  const objectiveOverrides = new Map<number, number | null>();
  for (const objective of outcome.objectives.values()) {
    if (objective.node.row === null) continue;
    objectiveByRow.set(objective.node.row, objective.performance);
    if (objective.override !== null)
      objectiveOverrides.set(objective.node.row, objective.override.computed);
  }
  for (const planRow of planRows) {
    kinds.set(planRow.row, planRow.kind);
    const kpi = outcome.kpis.get(planRow.row);
    const kpiPerformance = kpi === undefined ? null : performanceOf(kpi.score);
    const hasObjective = planRow.objective !== null;
    const objectivePerformance = hasObjective ? (objectiveByRow.get(planRow.row) ?? null) : null;
    const bandIndex = bandOf(hasObjective ? objectivePerformance : kpiPerformance, bands.bands);
    // One object literal per row, optional fields added in the same order (no spread per row:
    // 10,000 rows are a recompute's commonest loop).
    const row: Mutable<ReportRow> = {
      row: planRow.row + 1,
      kind: planRow.kind,
      code: planRow.objective?.code ?? null,
      title: planRow.objective?.title ?? null,
      kpiCode: planRow.kpi?.code ?? null,
      kpi: kpiPerformance,
      objective: objectivePerformance,
      metaActual: kpi?.meta?.actual ?? null,
      band: bandIndex === null ? null : bandClass(bandIndex, bands.bands.length),
      bandName: bandIndex === null ? null : (bands.names[bandIndex] ?? null),
    };
    if (kpi?.override) row.kpiComputed = kpi.override.computed;
    if (objectiveOverrides.has(planRow.row))
      row.objectiveComputed = objectiveOverrides.get(planRow.row) ?? null;
    if (kpi?.timing) row.timing = { daysLate: kpi.timing.daysLate, class: kpi.timing.class };
    rows.push(row);
  }

  const cells = derivedCells(layout, outcome, effective);
  const findings = sortFindings([
    ...derivedCellFindings(grid, cells),
    ...treeFindings(layout, tree, outcome),
    ...readingFindings(layout, tree, period),
    ...mergeFindings(grid, layout, input.mergesUnread === true),
    ...kpiFindings(layout, outcome),
    ...schemeFindings(layout, outcome),
    ...(typedLegend === null
      ? []
      : legendFindings(typedLegend.at, typedLegend.problems, typedLegend.unreadableFills)),
  ]);
  const bandFormat = bandRules(layout, bands.bands);
  const legend = withRulesBlock(grid, layout, legendBlock(grid, layout, bands.bands), {
    settings: effective,
    layout,
    period: period?.header ?? null,
    legendSource,
    legendRules: bands.bands.map((band) => legendSwatchText(band)),
  });
  const plan = planWrites(grid, cells, bandFormat, legend, effective);

  return ok({
    name: input.name,
    layout,
    period:
      period === null
        ? null
        : { header: period.header, end: period.end, byDefault: period.byDefault },
    settings: effective,
    method: effective.method,
    rows,
    virtualObjectives: tree.virtual.map((node) => ({
      code: node.code,
      objective: outcome.objectives.get(node)?.performance ?? null,
    })),
    findings,
    plan,
    explanations: buildExplanations(outcome, effective, kinds, formulaNotes(cells)),
    summary: { ...summarise(rows, findings.length, bands), columns: columnsUsed(layout) },
  });
}

/** Why a KPI's performance is a value in formulas mode, by 1-based row, for its explanation. */
function formulaNotes(cells: readonly DerivedCell[]): Map<number, Bilingual> {
  const notes = new Map<number, Bilingual>();
  for (const cell of cells)
    if (cell.role === "kpiPerformance" && cell.note !== null) notes.set(cell.row + 1, cell.note);
  return notes;
}

function summarise(
  rows: readonly ReportRow[],
  findings: number,
  legend: LegendInUse
): Omit<SheetSummary, "columns"> {
  const counts = legend.bands.map(() => 0);
  const byBand: Record<Band, number> = { green: 0, yellow: 0, red: 0 };
  let kpis = 0;
  let objectives = 0;
  let notEvaluated = 0;
  for (const row of rows) {
    if (row.kind !== "objective") {
      kpis++;
      if (row.kpi === null) notEvaluated++;
    }
    if (row.kind !== "kpi") objectives++;
    if (row.band !== null) byBand[row.band]++;
    const index = typeof row.bandName === "string" ? legend.names.indexOf(row.bandName) : -1;
    if (index >= 0) counts[index] = (counts[index] ?? 0) + 1;
  }
  const bands = legend.bands.map((band, i) => ({
    name: legend.names[i] ?? "",
    fill: band.fill,
    rule: legendSwatchText(band),
    count: counts[i] ?? 0,
  }));
  return { kpis, objectives, byBand, bands, notEvaluated, findings };
}
