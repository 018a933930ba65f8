/**
 * The first half of a recompute: a grid of cells in; the layout, the settings in effect, the rows,
 * the tree and its scores out. `recomputeSheet` continues from here with the audit and the plan of
 * writes; the sheet model's specs start from here to look at one later step with real inputs.
 */
import { todaySerial, ymdFromSerial } from "../excel-date";
import { resolveSettings } from "../settings";
import { ok, type Result, type Settings } from "../types";
import { buildTree, type PlanTree } from "./build-tree";
import { chooseColumns, type ChosenPeriod } from "./choose-columns";
import { computeTree, type TreeOutcome } from "./compute-tree";
import { detectLayout, type DetectedLayout } from "./detect-layout";
import { detectPlanYear } from "./detect-plan-year";
import { classicLegendOf, findTypedLegend, type TypedLegend } from "./legend-from-sheet";
import { legendInUse, type LegendInUse } from "./legend-in-use";
import { readRows, type PlanRow } from "./read-rows";
import { sheetGrid, type SheetGrid } from "./sheet-grid";
import type { EffectiveSettings, SheetInput } from "./sheet-types";

export interface SheetAnalysis {
  readonly grid: SheetGrid;
  /** The layout with the period's target and actual columns chosen. */
  readonly layout: DetectedLayout;
  readonly period: ChosenPeriod | null;
  /** The settings in effect: plan year and evaluation date settled. */
  readonly settings: EffectiveSettings;
  readonly rows: readonly PlanRow[];
  readonly tree: PlanTree;
  readonly outcome: TreeOutcome;
  /** A legend typed in the sheet ("Legenda" and its lines), when there is one and it is used. */
  readonly typedLegend: TypedLegend | null;
  /** Where the legend in effect comes from: the settings, or the legend typed in the sheet. */
  readonly legendSource: "settings" | "sheet";
  /** The bands rows are coloured by (2 to 5), with their fills and names. */
  readonly legend: LegendInUse;
}

/**
 * Detect the layout, settle the settings (plan year from the title or the targets, evaluation
 * date today unless given), read the rows, build the tree, score and roll up. `now` only supplies
 * today's date when settings.asOf is not given (and the year of last resort for the plan year).
 */
export function analyseSheet(
  input: SheetInput,
  settings?: Partial<Settings>,
  now?: Date
): Result<SheetAnalysis> {
  const grid = sheetGrid(input);
  const detected = detectLayout(grid, settings?.mapping);
  if (!detected.ok) return detected;

  const resolved = resolveSettings(settings);
  const today = todaySerial(now);
  const planYear =
    resolved.planYear ??
    detectPlanYear(grid, detected.value, ymdFromSerial(resolved.asOf ?? today).year);
  const chosen = chooseColumns(grid, detected.value, planYear, settings?.period ?? null);
  const layout = chosen.layout;
  // A monitoring period's end is the evaluation date for deadlines unless one is set.
  const asOf = resolved.asOf ?? chosen.period?.end ?? today;
  // A legend typed in the sheet gives the thresholds unless the settings give their own (§10).
  const typedLegend = resolved.legendFromSheet
    ? findTypedLegend(
        grid,
        resolved.capAtOne ? 1 : resolved.ceiling,
        resolved.legend.colors,
        input.fills
      )
    : null;
  const legend = legendInUse(
    resolved.legendBands,
    resolved.legend,
    settings?.legend !== undefined,
    typedLegend
  );
  const sheetLegend = legend.source === "sheet" ? classicLegendOf(legend.bands) : null;
  const effective: EffectiveSettings = {
    ...resolved,
    planYear,
    asOf,
    legend: sheetLegend ?? resolved.legend,
  };

  const { rows } = readRows(grid, layout);
  const tree = buildTree(rows);
  const outcome = computeTree(grid, layout, tree, effective);
  return ok({
    grid,
    layout,
    period: chosen.period,
    settings: effective,
    rows,
    tree,
    outcome,
    typedLegend,
    legendSource: legend.source,
    legend,
  });
}
