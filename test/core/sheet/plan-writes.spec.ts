import { derivedCells } from "../../../src/core/sheet/derived-cells";
import { PERFORMANCE_FORMAT, planWrites } from "../../../src/core/sheet/plan-writes";
import { buildPlan, type PlanItem } from "../../support/builders/plan-builder";
import { analysedPlan } from "../../support/builders/analysed-plan";
import { SAMPLE_SETTINGS } from "../../support/builders/sample-plan";

function planOf(items: readonly PlanItem[], writeMode: "values" | "formulas" = "values") {
  const built = buildPlan(items, { withStatus: true });
  const run = analysedPlan(built.input, { ...SAMPLE_SETTINGS, writeMode });
  return {
    built,
    plan: planWrites(
      run.grid,
      derivedCells(run.layout, run.outcome, run.settings),
      null,
      null,
      run.settings
    ),
  };
}

const ITEMS: readonly PlanItem[] = [
  {
    title: "A.1 - Uno",
    kpis: [
      { indicator: "fatto", weight: 0.5, target: 10, actual: 8 },
      { indicator: "non disponibile", weight: 0.5, target: 7, status: "kpi non disponibile" },
    ],
  },
];

describe("planWrites", () => {
  it("writes numbers as 0.00% and N.V. where nothing can be evaluated", () => {
    const { built, plan } = planOf(ITEMS);
    const kpiColumn = built.columns.kpiPerformance;
    expect(
      plan.cells.find((c) => c.column === kpiColumn && c.row === built.kpiRows.get("fatto"))
    ).toEqual({
      row: built.kpiRows.get("fatto"),
      column: kpiColumn,
      value: 0.8,
      numberFormat: PERFORMANCE_FORMAT,
      formula: null,
    });
    expect(
      plan.cells.find(
        (c) => c.column === kpiColumn && c.row === built.kpiRows.get("non disponibile")
      )
    ).toMatchObject({
      value: "N.V.",
      numberFormat: null,
    });
  });

  it("never writes inputs: targets, actuals, weights, operators, indicators, statuses", () => {
    const { built, plan } = planOf(ITEMS);
    const derived = new Set([built.columns.kpiPerformance, built.columns.objectivePerformance]);
    expect(plan.cells.every((c) => derived.has(c.column))).toBe(true);
  });

  it("carries live formulas only in formulas mode", () => {
    expect(planOf(ITEMS, "values").plan.cells.every((c) => c.formula === null)).toBe(true);
    const formulas = planOf(ITEMS, "formulas").plan.cells.map((c) => c.formula);
    expect(formulas.filter((f) => f?.startsWith("=PIANO.PERF_KPI(") === true)).toHaveLength(1);
    expect(formulas.filter((f) => f?.startsWith("=PIANO.PERF_ROLLUP(") === true)).toHaveLength(1);
  });

  it("leaves a derived cell holding the user's formula alone, and replaces the add-in's own formula", () => {
    const { built, plan } = planOf([
      {
        title: "A.1 - Uno",
        objectivePerformanceFormula: "=_xldudf_PIANO_PERF_ROLLUP(H3:H3)",
        kpis: [{ indicator: "k", target: 10, actual: 10, kpiPerformanceFormula: "=F3/E3" }],
      },
    ]);
    expect(plan.cells.some((c) => c.column === built.columns.kpiPerformance)).toBe(false);
    expect(plan.cells.some((c) => c.column === built.columns.objectivePerformance)).toBe(true);
  });
});
