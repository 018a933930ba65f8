import { detectLayout } from "../../../src/core/sheet/detect-layout";
import { readKpiCells, readObjectiveWeight } from "../../../src/core/sheet/read-kpi";
import { sheetGrid } from "../../../src/core/sheet/sheet-grid";
import { buildPlan, type KpiSpec, type LayoutOptions } from "../../support/builders/plan-builder";

function cellsOf(kpi: KpiSpec, options: LayoutOptions = {}) {
  const built = buildPlan([{ title: "A.1 - Uno", weight: 0.4, kpis: [kpi] }], options);
  const grid = sheetGrid(built.input);
  const layout = detectLayout(grid);
  if (!layout.ok) throw new Error(layout.error.text.it);
  return {
    cells: readKpiCells(grid, layout.value, built.kpiRows.get(kpi.indicator) as number, 2021),
    objectiveWeight: readObjectiveWeight(
      grid,
      layout.value,
      built.objectiveRows.get("A.1 - Uno") as number
    ),
  };
}

describe("readKpiCells", () => {
  it.each<[string, LayoutOptions, string]>([
    ["its own column", { operator: "column" }, "column"],
    ["an unnamed column", { operator: "unnamedColumn" }, "column"],
    ["the weight cell", { operator: "weight" }, "weight"],
    ["the target text", { operator: "target" }, "target"],
  ])("reads the operator from %s", (_name, options, source) => {
    const { cells } = cellsOf(
      { indicator: "K", weight: 0.5, operator: "<=", target: 7, actual: 5 },
      options
    );
    expect(cells.operator).toBe("<=");
    expect(cells.operatorSource).toBe(source);
    expect(cells.weight).toBeCloseTo(0.5, 12);
    expect(cells.target.ok && cells.target.value).toMatchObject({
      operator: "<=",
      value: 7,
      unit: "number",
    });
  });

  it("reads percentages and dates by the cells' number formats", () => {
    const { cells } = cellsOf({
      indicator: "K",
      operator: "<=",
      target: 44500,
      targetFormat: "dd/mm/yyyy",
      actual: 44506,
      actualFormat: "dd/mm/yyyy",
    });
    expect(cells.target.ok && cells.target.value.unit).toBe("date");
    expect(cells.actual.ok && cells.actual.value).toEqual({ kind: "date", serial: 44506 });
    const percent = cellsOf({
      indicator: "K",
      target: 0.15,
      targetFormat: "0.00%",
      actual: 0.375,
      actualFormat: "0.00%",
    }).cells;
    expect(percent.actual.ok && percent.actual.value).toEqual({
      kind: "number",
      value: 0.375,
      unit: "percent",
    });
  });

  it("reads Italian text values", () => {
    const { cells } = cellsOf(
      { indicator: "K", weight: 0.2, target: 1587.1, actual: 0.9973, actualFormat: "0.00%" },
      { italianText: true }
    );
    expect(cells.weight).toBeCloseTo(0.2, 12);
    expect(cells.target.ok && cells.target.value.value).toBeCloseTo(1587.1, 9);
    expect(cells.actual.ok && cells.actual.value).toMatchObject({
      kind: "number",
      unit: "percent",
    });
  });

  it("keeps the validation status and reports unreadable cells as errors, not exceptions", () => {
    const { cells } = cellsOf(
      {
        indicator: "K",
        target: "≤ dato medio nazionale",
        actual: "boh",
        status: "kpi non disponibile",
      },
      { withStatus: true }
    );
    expect(cells.status).toBe("kpi non disponibile");
    expect(!cells.target.ok && cells.target.error.code).toBe("TARGET_UNREADABLE");
    expect(!cells.actual.ok && cells.actual.error.code).toBe("VALUE_UNREADABLE");
  });

  it("reads the weight written on an objective row", () => {
    expect(cellsOf({ indicator: "K", target: 1 }).objectiveWeight).toBeCloseTo(0.4, 12);
  });
});
