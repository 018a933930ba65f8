import { derivedCells } from "../../../src/core/sheet/derived-cells";
import { buildPlan, type LayoutOptions } from "../../support/builders/plan-builder";
import { analysedPlan } from "../../support/builders/analysed-plan";
import { SAMPLE_PLAN, SAMPLE_SETTINGS } from "../../support/builders/sample-plan";

function cellsOf(options: LayoutOptions = {}, writeMode: "values" | "formulas" = "formulas") {
  const built = buildPlan(SAMPLE_PLAN, options);
  const run = analysedPlan(built.input, { ...SAMPLE_SETTINGS, writeMode });
  return { built, cells: derivedCells(run.layout, run.outcome, run.settings) };
}

/** What the pane passes for a cell that may be blank (Excel desktop would pass 0). */
const blankAsEmpty = (cell: string): string => `IF(ISBLANK(${cell}),"",${cell})`;

describe("derivedCells", () => {
  it("lists KPI performances, objective performances and meta-KPI actuals, nothing else", () => {
    const { built, cells } = cellsOf();
    const roles = new Set(cells.map((c) => `${c.role}@${c.column}`));
    expect(roles).toEqual(
      new Set([
        `kpiPerformance@${built.columns.kpiPerformance}`,
        `objectivePerformance@${built.columns.objectivePerformance}`,
        `metaActual@${built.columns.actual}`,
      ])
    );
    expect(cells.filter((c) => c.role === "kpiPerformance")).toHaveLength(5);
    expect(cells.filter((c) => c.role === "objectivePerformance")).toHaveLength(4);
    expect(cells.filter((c) => c.role === "metaActual")).toHaveLength(1);
  });

  // Columns of the default layout: A objective, B indicator, C weight, D operator, E target, F actual,
  // G KPI performance, H objective performance.
  it('writes PERF_KPI with A1 references (blank as ""), the operator cell, the method, the plan year and the evaluation date', () => {
    const { built, cells } = cellsOf();
    const row = built.kpiRows.get("Iniziative realizzate") as number;
    const cell = cells.find((c) => c.role === "kpiPerformance" && c.row === row);
    expect(cell?.formula).toBe(
      // Evaluation date 31/01/2026 (serial 46053) passed as DATE(2026,1,31).
      `=PIANO.PERF_KPI(${blankAsEmpty(`E${row + 1}`)},${blankAsEmpty(`F${row + 1}`)},${blankAsEmpty(`D${row + 1}`)},"proportional",2021,DATE(2026,1,31))`
    );
  });

  it('passes a meta-KPI as proportional and a deadline with "entro"', () => {
    const { built, cells } = cellsOf();
    const meta = built.kpiRows.get(
      "Media ponderata di performance degli obiettivi operativi associati all'obiettivo strategico A.1"
    ) as number;
    expect(cells.find((c) => c.role === "kpiPerformance" && c.row === meta)?.formula).toContain(
      '"proportional"'
    );
    expect(cells.find((c) => c.role === "metaActual")?.formula).toBeNull();
    const deadline = built.kpiRows.get("Presentazione domanda") as number;
    expect(cells.find((c) => c.role === "kpiPerformance" && c.row === deadline)?.formula).toBe(
      `=PIANO.PERF_KPI(${blankAsEmpty(`E${deadline + 1}`)},${blankAsEmpty(`F${deadline + 1}`)},"entro","proportional",2021,DATE(2026,1,31))`
    );
  });

  it('passes the operator written in the weight cell as a literal, and "" when it is in the target', () => {
    const weight = cellsOf({ operator: "weight" });
    const row = weight.built.kpiRows.get("Aziende coinvolte") as number;
    expect(
      weight.cells.find((c) => c.role === "kpiPerformance" && c.row === row)?.formula
    ).toContain(',">=",');
    const target = cellsOf({ operator: "target" });
    expect(
      target.cells.find((c) => c.role === "kpiPerformance" && c.row === row)?.formula
    ).toContain(',"",');
  });

  it("writes PERF_ROLLUP over contiguous KPI rows and no formula for objectives rolled up from children", () => {
    const { built, cells } = cellsOf();
    const a11 = built.objectiveRows.get("A.1.1 - Progetto turismo") as number;
    expect(cells.find((c) => c.role === "objectivePerformance" && c.row === a11)?.formula).toBe(
      `=PIANO.PERF_ROLLUP(G${a11 + 2}:G${a11 + 3},C${a11 + 2}:C${a11 + 3})`
    );
    const area = built.objectiveRows.get("A - Competitività delle imprese") as number;
    expect(
      cells.find((c) => c.role === "objectivePerformance" && c.row === area)?.formula
    ).toBeNull();
  });

  it("gives no PERF_ROLLUP when a note row splits the KPI rows", () => {
    const built = buildPlan(
      [
        { title: "B.1 - Agenda", kpis: [{ indicator: "k1", weight: 0.5, target: 1, actual: 1 }] },
        { note: "nota" },
      ],
      { withNotes: true }
    );
    const input = {
      ...built.input,
      values: [...built.input.values, [null, "k2", 0.5, ">=", 1, 1, null, null, null]],
    };
    const formats = [...(built.input.numberFormats ?? []), new Array<string>(9).fill("General")];
    const formulas = [...(built.input.formulas ?? []), new Array<string | null>(9).fill(null)];
    const run = analysedPlan(
      { ...input, numberFormats: formats, formulas },
      { ...SAMPLE_SETTINGS, writeMode: "formulas" }
    );
    const cells = derivedCells(run.layout, run.outcome, run.settings);
    expect(cells.find((c) => c.role === "objectivePerformance")?.formula).toBeNull();
  });

  it("gives no PERF_KPI formula to a KPI excluded by its validation status", () => {
    const built = buildPlan(
      [
        {
          title: "A.1 - Uno",
          kpis: [{ indicator: "k", target: 7, status: "kpi non disponibile" }],
        },
      ],
      {
        withStatus: true,
      }
    );
    const run = analysedPlan(built.input, SAMPLE_SETTINGS);
    const cell = derivedCells(run.layout, run.outcome, run.settings).find(
      (c) => c.role === "kpiPerformance"
    );
    expect(cell).toMatchObject({ computed: null, formula: null });
  });
});
