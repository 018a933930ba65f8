/**
 * The figures each layout workbook (layout-workbooks.ts) must give, worked by hand from domain.md
 * (proportional method, §5–§6), shared by the command-line spec and the task-pane spec so both
 * adapters are held to the same numbers. Rows are 1-based Excel rows.
 */
import {
  codesInColumnWorkbook,
  mergedHeadersWorkbook,
  yearSubHeadersWorkbook,
  uncodedObjectivesWorkbook,
  yearsAndPeriodsWorkbook,
  type LayoutWorkbook,
} from "./layout-workbooks";

export interface LayoutExpectation {
  readonly build: () => LayoutWorkbook;
  readonly sheet: string;
  /** The settings of the run: the command line's options and the pane's settings say the same. */
  readonly planYear?: number;
  /** ISO date; absent when the layout's monitoring period gives it. */
  readonly asOf?: string;
  /** Row → KPI performance (null: not evaluated). */
  readonly kpis: Readonly<Record<number, number | null>>;
  /** Row → objective performance. */
  readonly objectives: Readonly<Record<number, number>>;
  /**
   * The columns the figures are written in (0-based), when not the ones whose header cell says
   * "Performance KPI" / "Performance Obiettivo" (a merged header's second column).
   */
  readonly writtenIn?: { readonly kpi: number; readonly objective: number };
}

/**
 * An Excel table with objective codes in Codice, a Colonna1 operator, Peso % and `1 000`.
 * Row 4: the KPI above the first objective, 5 / 10 = 0.5. Row 7: 500 / 1 000 = 0.5; row 8: ≤ 10
 * with 20 → 10 / 20 = 0.5; row 9: 90% ≥ 90% → 1. A.1 (row 6) = 0.2·0.5 + 0.4·0.5 + 0.4·1 = 0.7;
 * A.1000 (row 10): 3 / 4 = 0.75; A (row 5) = (0.7 + 0.75) / 2 = 0.725.
 */
export const CODES_IN_COLUMN: LayoutExpectation = {
  build: codesInColumnWorkbook,
  sheet: "Piano 2024",
  asOf: "2024-12-31",
  kpis: { 4: 0.5, 7: 0.5, 8: 0.5, 9: 1 },
  objectives: { 5: 0.725, 6: 0.7, 10: 0.75 },
};

/**
 * Objectives without codes, levels in the titles' first words. Sportello (row 4): 5 / 10 = 0.5;
 * Bandi (row 6): 10 / 10 = 1; Credito (row 8): 8 / 10 = 0.8; Transizione digitale (row 3)
 * = (0.5 + 1) / 2 = 0.75; the area (row 2) = (0.75 + 0.8) / 2 = 0.775.
 */
export const UNCODED_BY_WORDS: LayoutExpectation = {
  build: uncodedObjectivesWorkbook,
  sheet: "PIAO 2024",
  planYear: 2024,
  asOf: "2024-12-31",
  kpis: { 5: 0.5, 7: 1, 9: 0.8 },
  objectives: { 2: 0.775, 3: 0.75, 4: 0.5, 6: 1, 8: 0.8 },
};

/** The same plan with the levels in Excel's row outline (grouped rows): the same figures. */
export const UNCODED_BY_OUTLINE: LayoutExpectation = { ...UNCODED_BY_WORDS, sheet: "Per livelli" };

/**
 * Targets by year and actuals by monitoring period (the latest with values, 30/06/2024, is the
 * evaluation date). k1 (row 3): 40 / 100 (Target 2024) = 0.4; k2 (row 4): ratio 30 / 40 = 0.75
 * against ≥ 80% → 0.9375; k3 (row 5): deadline 31/05/2024 passed on 30/06/2024 with no actual
 * → 0. A.1 (row 2) = (0.4 + 0.9375 + 0) / 3.
 */
export const YEARS_AND_PERIODS: LayoutExpectation = {
  build: yearsAndPeriodsWorkbook,
  sheet: "Monitoraggio 2024",
  planYear: 2024,
  kpis: { 3: 0.4, 4: 0.9375, 5: 0 },
  objectives: { 2: (0.4 + 0.9375) / 3 },
};

/**
 * Merged headers: the merged header's role goes to the column holding its values. Row 3:
 * 60% / 80% = 0,75; row 4: ≤ 10 with 20 → 10 / 20 = 0,5; A.1 (row 2) = 0,5·0,75 + 0,5·0,5 =
 * 0,625; row 6: 90% / 100% = 0,9; A.2 (row 5) = 0,9. Written in H (KPI) and J (objective).
 */
export const MERGED_HEADERS: LayoutExpectation = {
  build: mergedHeadersWorkbook,
  sheet: "Piano unito",
  planYear: 2024,
  asOf: "2024-12-31",
  kpis: { 3: 0.75, 4: 0.5, 6: 0.9 },
  objectives: { 2: 0.625, 5: 0.9 },
  writtenIn: { kpi: 7, objective: 9 },
};

/**
 * Targets and actuals by year under merged headers; plan year 2025 from the title. Row 6:
 * 90 / 120 = 0,75; row 7: ≤ 10 with 12 → 10 / 12; row 9: 95% against ≥ 95% → 1. A.1 (row 5) =
 * 0,6·0,75 + 0,4·10/12 = 0,45 + 1/3; A.2 (row 8) = 1.
 */
export const YEAR_SUB_HEADERS: LayoutExpectation = {
  build: yearSubHeadersWorkbook,
  sheet: "Piano triennale",
  asOf: "2025-12-31",
  kpis: { 6: 0.75, 7: 10 / 12, 9: 1 },
  objectives: { 5: 0.6 * 0.75 + 0.4 * (10 / 12), 8: 1 },
};
