/**
 * The results screen's model, pure (no DOM): objectives counted by band and grouped by area, and
 * the objectives a band or an area filter keeps. An area is a top-level objective (a code without
 * a dot, "A"); every objective whose code starts with it ("A.2.1") belongs to it, and an objective
 * without a code belongs to the area above it in the sheet.
 */
import type { Band } from "../core";
import type { ReportRow } from "../core/sheet";

/** Band of an objective, or "none" when it is not evaluated. */
export type BandOrNone = Band | "none";

export type BandCounts = Readonly<Record<BandOrNone, number>>;

export interface AreaSummary {
  /** The area's code ("A"). */
  readonly code: string;
  readonly title: string | null;
  /** 1-based Excel row of the area's own objective row. */
  readonly row: number;
  readonly performance: number | null;
  readonly band: Band | null;
  /** The area's objectives (itself included) by band. */
  readonly counts: BandCounts;
}

export interface ObjectiveItem {
  readonly row: number;
  readonly code: string | null;
  readonly title: string | null;
  readonly performance: number | null;
  readonly band: BandOrNone;
  /** The code of the area the objective belongs to, or null in a plan without area codes. */
  readonly area: string | null;
}

export interface ResultsFilter {
  readonly band: BandOrNone | null;
  readonly area: string | null;
}

export const NO_RESULTS_FILTER: ResultsFilter = { band: null, area: null };

const isObjective = (row: ReportRow): boolean => row.kind !== "kpi";

function emptyCounts(): Record<BandOrNone, number> {
  return { green: 0, yellow: 0, red: 0, none: 0 };
}

/** The top-level segment of an objective code: "A.2.1" → "A", "B" → "B". */
export function areaCode(code: string): string {
  const dot = code.indexOf(".");
  return (dot < 0 ? code : code.slice(0, dot)).trim();
}

export interface ResultsModel {
  readonly objectives: readonly ObjectiveItem[];
  readonly byBand: BandCounts;
  readonly areas: readonly AreaSummary[];
}

export function resultsModel(rows: readonly ReportRow[]): ResultsModel {
  const objectives: ObjectiveItem[] = [];
  const byBand = emptyCounts();
  const areaCounts = new Map<string, Record<BandOrNone, number>>();
  const areaRows = new Map<string, ReportRow>();
  let current: string | null = null;
  for (const row of rows) {
    if (!isObjective(row)) continue;
    const code = row.code !== null && row.code.trim() !== "" ? row.code.trim() : null;
    if (code !== null) current = areaCode(code);
    if (code !== null && code === current && !areaRows.has(code)) areaRows.set(code, row);
    const band: BandOrNone = row.objective === null ? "none" : (row.band ?? "none");
    byBand[band]++;
    if (current !== null) {
      const counts = areaCounts.get(current) ?? emptyCounts();
      counts[band]++;
      areaCounts.set(current, counts);
    }
    objectives.push({
      row: row.row,
      code,
      title: row.title,
      performance: row.objective,
      band,
      area: current,
    });
  }
  const areas: AreaSummary[] = [];
  for (const [code, counts] of areaCounts) {
    const own = areaRows.get(code);
    // Codes whose top segment has no row of its own ("B.2.1" without "B") are not areas.
    if (own === undefined) continue;
    areas.push({
      code,
      title: own.title,
      row: own.row,
      performance: own.objective,
      band: own.objective === null ? null : own.band,
      counts,
    });
  }
  return { objectives, byBand, areas };
}

export function filterObjectives(
  objectives: readonly ObjectiveItem[],
  filter: ResultsFilter
): ObjectiveItem[] {
  return objectives.filter(
    (item) =>
      (filter.band === null || item.band === filter.band) &&
      (filter.area === null || item.area === filter.area)
  );
}
