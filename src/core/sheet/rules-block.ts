/**
 * The "Regole di calcolo (PIANO)" block written with the results (issue 9 §3): a reviewer who
 * opens the workbook without the add-in reads which scheme, thresholds, step scale, tolerance,
 * roll-up, missing-actual policy, legend and evaluation date this recompute used. Two columns,
 * label and value, Italian first (English in the label), figures the Italian way (80,00%,
 * 31/12/2024).
 *
 * It travels in the legend's part of the write plan (LegendBlock.cells), so both writers carry it
 * out as they carry out the legend. Placement has the legend's guarantees: if our block is already
 * in the sheet (its title cell reads OUR_RULES_TITLE) it is rewritten in place — it always has
 * the same rows, so it covers exactly the cells it covered before —; otherwise it goes one blank
 * row below everything, legend included, in the legend's column (beside the table when there is
 * no room below); with no room at all there is no block. It never writes a cell people typed.
 */
import { formatDateIt } from "../excel-date";
import { formatNumberIt } from "../parse-number";
import { METHOD_WORDS } from "../settings/parse-method";
import type { ScoreStep } from "../scoring/step-scale";
import { columnLetter } from "./a1";
import type { DetectedLayout } from "./detect-layout";
import { percentText } from "./format-text";
import { isOurRulesTitle, OUR_RULES_TITLE } from "./legend-title";
import { LAST_COLUMN_INDEX, LAST_ROW_INDEX } from "./limits";
import type { ColumnRole } from "./column-roles";
import type { SheetGrid } from "./sheet-grid";
import type { CellWrite, EffectiveSettings, LegendBlock } from "./sheet-types";

/** Where the legend colours come from, as the block says it. */
export type LegendSource = "settings" | "sheet";

export interface RulesContext {
  readonly settings: EffectiveSettings;
  readonly layout: DetectedLayout;
  /** The monitoring period's column header, when the sheet has period columns. */
  readonly period: string | null;
  readonly legendSource: LegendSource;
  /** The legend's bands as the legend block writes them ("> 80,00%", "60,00% – 80,00%", …). */
  readonly legendRules: readonly string[];
}

const pct = (fraction: number): string => percentText(fraction).it;

function column(layout: DetectedLayout, role: ColumnRole): string | null {
  const index = layout.columns[role];
  if (index === undefined) return null;
  const header = layout.headers[role];
  return header === undefined || header.trim() === ""
    ? `colonna ${columnLetter(index)}`
    : `colonna «${header.trim().replace(/\s+/g, " ")}» (${columnLetter(index)})`;
}

function ladderText(settings: EffectiveSettings): string {
  const steps = settings.dateLadder.map(
    (step) => `fino a ${step.maxDaysLate} giorni di ritardo: ${pct(step.performance)}`
  );
  return [...steps, "oltre: 0,00%"].join("; ");
}

function stepsText(steps: readonly ScoreStep[]): string {
  const lines = steps.map((step) =>
    step.to === null || step.to === undefined
      ? `da ${pct(step.from)}: ${pct(step.score)}`
      : `da ${pct(step.from)} a ${pct(step.to)}: ${pct(step.score)}`
  );
  return [...lines, "sotto: 0,00%"].join("; ");
}

const ROLLUP_TEXT: Readonly<Record<EffectiveSettings["rollup"], string>> = {
  weightedMean: "media ponderata dei KPI valutati",
  minimum: "minimo (il KPI valutato peggiore)",
  allMet: "tutti raggiunti (100% se ogni KPI valutato è al 100%, altrimenti 0%)",
};

const withColumn = (text: string, where: string | null, what: string): string =>
  where === null ? text : `${text}; ${what} dalla ${where}`;

/** The rows of the block, label and value: the same rows, in the same order, on every run. */
export function rulesLines(context: RulesContext): readonly (readonly [string, string])[] {
  const { settings, layout } = context;
  const threshold = column(layout, "threshold");
  const excellence = column(layout, "excellence");
  const tolerance = column(layout, "tolerance");
  const validated = column(layout, "validated");
  const schemeColumns = [threshold, excellence].filter((c): c is string => c !== null);
  return [
    [OUR_RULES_TITLE, "Le regole usate per questo ricalcolo (calculation rules of this recompute)"],
    [
      "Metodo di calcolo (scoring method)",
      withColumn(METHOD_WORDS[settings.method].it, column(layout, "method"), "per KPI"),
    ],
    ["Anno del piano (plan year)", String(settings.planYear)],
    ["Data di valutazione (evaluation date)", formatDateIt(settings.asOf)],
    [
      "Periodo di monitoraggio (monitoring period)",
      context.period ?? "nessuna colonna per periodo",
    ],
    ["Scala dei ritardi (lateness ladder)", ladderText(settings)],
    [
      "Limite al 100% (cap at 100%)",
      settings.capAtOne ? "sì" : `no: fino al tetto di ${pct(settings.ceiling)}`,
    ],
    [
      "Soglia ed eccellenza (threshold, excellence)",
      schemeColumns.length === 0 ? "nessuna colonna" : `dalla ${schemeColumns.join(" e dalla ")}`,
    ],
    [
      "Tolleranza per i target = (tolerance)",
      tolerance === null ? "nessuna colonna" : `dalla ${tolerance}`,
    ],
    ["Scala a scaglioni (step scale)", stepsText(settings.stepScale)],
    [
      "Aggregazione degli obiettivi (roll-up)",
      withColumn(ROLLUP_TEXT[settings.rollup], column(layout, "aggregation"), "per obiettivo"),
    ],
    ["Peso degli obiettivi figli (weight of child objectives)", pct(settings.childWeight)],
    [
      "Consuntivo mancante (missing actual)",
      settings.missingActual === "zero" ? "0 dopo la fine del periodo" : "non valutato (N.V.)",
    ],
    ["Giorni di anticipo (days early)", formatNumberIt(settings.earlyDays)],
    [
      "Legenda (legend)",
      `${context.legendRules.join("; ")} (${context.legendSource === "sheet" ? "dalla legenda scritta nel foglio" : "dalle impostazioni"})`,
    ],
    [
      "Valori validati dall'OIV (validated figures)",
      settings.useValidated
        ? validated === null
          ? "sì (nessuna colonna nel foglio)"
          : `sì, dalla ${validated}`
        : "no: contano i valori calcolati",
    ],
  ];
}

function findOurRules(grid: SheetGrid): { row: number; column: number } | null {
  for (let row = grid.top; row <= grid.bottom; row++) {
    for (let c = grid.left; c <= grid.right; c++) {
      const value = grid.value(row, c);
      if (typeof value === "string" && isOurRulesTitle(value)) return { row, column: c };
    }
  }
  return null;
}

function lastUsedRow(grid: SheetGrid): number {
  for (let row = grid.bottom; row >= grid.top; row--) {
    for (let c = grid.left; c <= grid.right; c++) if (!grid.isBlank(row, c)) return row;
  }
  return grid.top - 1;
}

/**
 * The legend block with the rules block's cells added. `legend` is the block legendBlock planned
 * (null: no room for it); the rules go below it, or below the sheet when there is none.
 */
export function withRulesBlock(
  grid: SheetGrid,
  layout: DetectedLayout,
  legend: LegendBlock | null,
  context: RulesContext
): LegendBlock | null {
  const lines = rulesLines(context);
  const place = rulesPlace(grid, layout, legend, lines.length);
  if (place === null) return legend;
  const { top, left } = place;
  const cells: CellWrite[] = [];
  lines.forEach(([label, value], i) => {
    cells.push({ row: top + i, column: left, value: label, numberFormat: null, formula: null });
    cells.push({ row: top + i, column: left + 1, value, numberFormat: null, formula: null });
  });
  const bottom = top + lines.length - 1;
  if (legend === null) return { area: { top, left, bottom, right: left + 1 }, cells, fills: [] };
  const area = legend.area;
  return {
    area: {
      top: Math.min(area.top, top),
      left: Math.min(area.left, left),
      bottom: Math.max(area.bottom, bottom),
      right: Math.max(area.right, left + 1),
    },
    cells: [...legend.cells, ...cells],
    fills: legend.fills,
  };
}

function rulesPlace(
  grid: SheetGrid,
  layout: DetectedLayout,
  legend: LegendBlock | null,
  rows: number
): { top: number; left: number } | null {
  const found = findOurRules(grid);
  const fits = (top: number, left: number): boolean =>
    top >= 0 && top + rows - 1 <= LAST_ROW_INDEX && left + 1 <= LAST_COLUMN_INDEX;
  if (found !== null)
    return fits(found.row, found.column) ? { top: found.row, left: found.column } : null;
  const below = Math.max(lastUsedRow(grid), layout.lastDataRow, legend?.area.bottom ?? -1) + 2;
  const left = legend?.area.left ?? layout.tableLeft;
  // Below the legend when it sits beside the table (no room below): still right of the table.
  if (fits(below, left)) return { top: below, left };
  const right = Math.max(grid.right, layout.tableRight, legend?.area.right ?? -1) + 2;
  const top = Math.max(grid.top, layout.firstDataRow - 1);
  return fits(top, right) ? { top, left: right } : null;
}
