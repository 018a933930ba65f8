/**
 * Contracts of the sheet model: a grid of cells in, a report, findings and a plan of writes out.
 * Both the task pane (Office.js) and the command line (xlsx files) build a SheetInput and
 * carry out the WritePlan; neither decides anything about performance on its own.
 *
 * Coordinates: `row`/`column` in CellWrite and CellArea are 0-based sheet coordinates
 * (A1 is row 0, column 0). Report rows and findings use 1-based Excel row numbers and
 * column letters, as people read them.
 */
import type { Band, Bilingual, CellScalar, Method, Settings } from "../types";
import type { ColumnRole } from "./column-roles";

export interface CellArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetInput {
  readonly name: string;
  /** 0-based sheet row/column of values[0][0] (a used range may not start at A1). */
  readonly origin: { readonly row: number; readonly column: number };
  readonly values: readonly (readonly CellScalar[])[];
  /** Excel number format codes, same shape as values ("General" when none). */
  readonly numberFormats?: readonly (readonly string[])[];
  /** Formula text ("=…") where a cell holds one, else null; same shape as values. */
  readonly formulas?: readonly (readonly (string | null)[])[];
  /** Merged areas in sheet coordinates. */
  readonly merges?: readonly CellArea[];
  /**
   * True when the reader could not ask for the merged areas (the task pane on an Excel without
   * ExcelApi 1.13): `merges` is then unknown rather than empty, and the audit says so where a
   * merge could hide a header (MERGES_NOT_READ).
   */
  readonly mergesUnread?: boolean;
  /** Excel's row outline level (grouped rows, 0 = not grouped) of each row of values. */
  readonly rowOutlineLevels?: readonly number[];
  /**
   * Sparse: the fills of the cells legendFillCells() names (the swatches of a legend typed in the
   * sheet), read by the adapters in one small extra read. Absent: no fills read.
   */
  readonly fills?: readonly CellFill[];
}

/** The fill of one cell, in sheet coordinates. */
export interface CellFill {
  readonly row: number;
  readonly column: number;
  /** #RRGGBB of a solid fill; null: no fill. */
  readonly fill: string | null;
  /** True when the cell has a fill the reader cannot turn into one colour (a pattern, a gradient, an unknown theme colour). */
  readonly unreadable?: boolean;
}

/** Settings after defaults and detection: plan year and evaluation date are always known. */
export type EffectiveSettings = Omit<Settings, "planYear" | "asOf"> & {
  readonly planYear: number;
  readonly asOf: number;
};

/** Column roles: one table in column-roles.ts, which others extend by adding a row. */
export type { ColumnRole } from "./column-roles";

export interface SheetLayout {
  /** 0-based sheet rows that hold a header (the first one and every repetition). */
  readonly headerRows: readonly number[];
  /** 0-based sheet column of each role found. */
  readonly columns: Readonly<Partial<Record<ColumnRole, number>>>;
  /** 0-based first and last data rows (after the first header). */
  readonly firstDataRow: number;
  readonly lastDataRow: number;
}

export type RowKind = "objective" | "kpi" | "objective+kpi";

/** One row of the JSON report (a stable contract: see README). */
export interface ReportRow {
  /** 1-based Excel row. */
  readonly row: number;
  readonly kind: RowKind;
  readonly code: string | null;
  /** Objective title on objective rows (the only name of an objective without a code), else null. */
  readonly title: string | null;
  readonly kpiCode: string | null;
  readonly kpi: number | null;
  readonly objective: number | null;
  readonly metaActual: number | null;
  /** The band's colour class (the top band green, the bottom red, any between yellow); null: none. */
  readonly band: Band | null;
  /** The band's name in the legend in use ("verde", "arancione", …); null: not evaluated. */
  readonly bandName?: string | null;
  /** Where a validated figure counts instead (kpi holds it): the computed KPI performance. */
  readonly kpiComputed?: number | null;
  /** Where a validated figure counts instead (objective holds it): the computed objective performance. */
  readonly objectiveComputed?: number | null;
  /** Deadline KPIs: days late (negative: early) and the class. */
  readonly timing?: { readonly daysLate: number; readonly class: "late" | "onTime" | "early" };
}

export type FindingCode =
  | "PUBLISHED_MISMATCH"
  | "UNIT_MISMATCH"
  | "WEIGHTS_NOT_100"
  | "MISSING_PARENT"
  | "DUPLICATE_CODE"
  | "TARGET_UNREADABLE"
  | "VALUE_UNREADABLE"
  | "BLANK_ACTUAL_NOT_ACHIEVED"
  | "REVISED_TARGET"
  | "USER_FORMULA_KEPT"
  | "ZERO_WEIGHT"
  | "KPI_WITHOUT_OBJECTIVE"
  | "COLUMN_ROLE_INFERRED"
  | "PERIOD_BY_DEFAULT"
  | "RATIO_MISMATCH"
  | "DENOMINATOR_ZERO"
  | "VALIDATED_OVERRIDE"
  | "OVERRIDE_WITHOUT_REASON"
  | "THRESHOLD_MISSING"
  | "SCHEME_INVALID"
  | "SCHEME_CELL_UNREADABLE"
  | "LEGEND_GAP"
  | "LEGEND_OVERLAP"
  | "LEGEND_FILL_UNREADABLE"
  // The task pane on an Excel without ExcelApi 1.13: merged header cells could not be read
  | "MERGES_NOT_READ"
  // A formula cell with no cached result in the file (set by the command line, which reads files)
  | "FORMULA_NOT_CALCULATED";

export interface Finding {
  /** 1-based Excel row. */
  readonly row: number;
  /** Column letter ("G"). */
  readonly column: string;
  readonly code: FindingCode;
  /** What the finding says, Italian for people and English beside it. */
  readonly text: Bilingual;
  readonly published: number | string | null;
  readonly computed: number | string | null;
}

/** One derived cell to write. Input cells never appear here. */
export interface CellWrite {
  readonly row: number;
  readonly column: number;
  /** The computed value: a fraction, the text "N.V.", or null to leave the cell empty. */
  readonly value: number | string | null;
  /** Number format to set ("0.00%"), or null to keep the cell's own. */
  readonly numberFormat: string | null;
  /** In "formulas" write mode, the live formula ("=PIANO.PERF_KPI(…)") for this cell; else null. */
  readonly formula: string | null;
}

/** A native conditional-formatting rule: the band fill for rows whose performance falls in the band. */
export interface BandRule {
  /** The band's colour class: the top band green, the bottom one red, any between yellow. */
  readonly band: Band;
  /** The band's name ("verde", "giallo", "rosso", "arancione", …: band-names.ts). */
  readonly name: string;
  /** Formula relative to the area's top-left cell, with a leading "=" (strip it for OOXML). */
  readonly formula: string;
  /** #RRGGBB */
  readonly fill: string;
}

export interface LegendBlock {
  readonly area: CellArea;
  readonly cells: readonly CellWrite[];
  /**
   * Static fills of the legend's swatch cells; null: no fill (a swatch an earlier, longer legend
   * of ours coloured, in a row this legend no longer uses for a band).
   */
  readonly fills: readonly {
    readonly row: number;
    readonly column: number;
    readonly fill: string | null;
  }[];
}

export interface WritePlan {
  readonly cells: readonly CellWrite[];
  /** Row colours as native conditional formatting over the table (null: nothing to colour). */
  readonly bandFormat: { readonly area: CellArea; readonly rules: readonly BandRule[] } | null;
  readonly legend: LegendBlock | null;
}

/** How a value was computed, for the task pane's explain panel. */
export interface Explanation {
  readonly row: number;
  readonly kind: RowKind;
  readonly lines: readonly Bilingual[];
}

/** Which column was used for a role, and how that was decided: the summary always says it. */
export interface ColumnUse {
  readonly role: ColumnRole;
  /** Column letter ("G"). */
  readonly column: string;
  /** The header as written ("" for a column without one). */
  readonly header: string;
  readonly source: "header" | "values" | "mapping";
}

export interface SheetSummary {
  readonly kpis: number;
  readonly objectives: number;
  readonly byBand: Readonly<Record<Band, number>>;
  /** Rows by band of the legend in use (2 to 5 bands, highest first), with each band's name and fill. */
  readonly bands: readonly {
    readonly name: string;
    readonly fill: string;
    /** The band's rule as the legend shows it ("> 80,00%", "60,00% – 80,00%"). */
    readonly rule: string;
    readonly count: number;
  }[];
  readonly notEvaluated: number;
  readonly findings: number;
  /** Columns used, by role, left to right. */
  readonly columns: readonly ColumnUse[];
}

export interface SheetRecompute {
  readonly name: string;
  readonly layout: SheetLayout;
  /** The monitoring period used, when the sheet has several actual columns by period. */
  readonly period: {
    readonly header: string;
    readonly end: number;
    readonly byDefault: boolean;
  } | null;
  readonly settings: EffectiveSettings;
  readonly method: Method;
  readonly rows: readonly ReportRow[];
  /** Codes of parents made up because the sheet lacks them (e.g. "B.2.1"), with their roll-up. */
  readonly virtualObjectives: readonly {
    readonly code: string | null;
    readonly objective: number | null;
  }[];
  readonly findings: readonly Finding[];
  readonly plan: WritePlan;
  readonly explanations: ReadonlyMap<number, Explanation>;
  readonly summary: SheetSummary;
}
