import type { ReportRow } from "../../src/core/sheet";
import { areaCode, filterObjectives, resultsModel } from "../../src/taskpane/results-model";

const row = (
  r: number,
  kind: ReportRow["kind"],
  code: string | null,
  objective: number | null,
  band: ReportRow["band"],
  title: string | null = null
): ReportRow => ({
  row: r,
  kind,
  code,
  title,
  kpiCode: null,
  kpi: null,
  objective,
  metaActual: null,
  band,
});

// Two areas: A (82% green) with A.1 (50% red) and A.2 (not evaluated); B (70% yellow) with an
// objective without a code (90% green) under it; KPI rows do not count; "C.1" has no area row.
const ROWS: ReportRow[] = [
  row(2, "objective", "A", 0.82, "green", "Competitività"),
  row(3, "objective", "A.1", 0.5, "red"),
  row(4, "kpi", null, null, "red"),
  row(5, "objective", "A.2", null, null),
  row(6, "objective+kpi", "B", 0.7, "yellow", "Digitale"),
  row(7, "objective", null, 0.9, "green", "Senza codice"),
  row(8, "objective", "C.1", 0.3, "red"),
];

describe("the results model", () => {
  it("counts objectives by band, not evaluated apart", () => {
    const model = resultsModel(ROWS);
    // Objectives: A green, A.1 red, A.2 none, B yellow, (no code) green, C.1 red.
    expect(model.byBand).toEqual({ green: 2, yellow: 1, red: 2, none: 1 });
    expect(model.objectives).toHaveLength(6);
  });

  it("groups by area: the code's first segment, or the area above for an objective without a code", () => {
    const model = resultsModel(ROWS);
    expect(model.areas.map((a) => [a.code, a.row, a.performance, a.band, a.counts])).toEqual([
      ["A", 2, 0.82, "green", { green: 1, yellow: 0, red: 1, none: 1 }],
      ["B", 6, 0.7, "yellow", { green: 1, yellow: 1, red: 0, none: 0 }],
    ]);
    expect(model.objectives.find((o) => o.row === 7)?.area).toBe("B");
    // C.1 belongs to "C", which has no row of its own: no area bar for it.
    expect(model.objectives.find((o) => o.row === 8)?.area).toBe("C");
    expect(areaCode("A.2.1")).toBe("A");
  });

  it("filters the objectives by band and by area", () => {
    const { objectives } = resultsModel(ROWS);
    expect(filterObjectives(objectives, { band: "red", area: null }).map((o) => o.row)).toEqual([
      3, 8,
    ]);
    expect(filterObjectives(objectives, { band: "red", area: "A" }).map((o) => o.row)).toEqual([3]);
    expect(filterObjectives(objectives, { band: "none", area: null }).map((o) => o.row)).toEqual([
      5,
    ]);
    expect(filterObjectives(objectives, { band: null, area: "B" }).map((o) => o.row)).toEqual([
      6, 7,
    ]);
  });
});
