import { detectLayout, isOperatorOnly } from "../../../src/core/sheet/detect-layout";
import { sheetGrid } from "../../../src/core/sheet/sheet-grid";
import { buildPlan, sheetOf } from "../../support/builders/plan-builder";
import { SAMPLE_PLAN } from "../../support/builders/sample-plan";

const layoutOf = (input: Parameters<typeof sheetGrid>[0]) => {
  const result = detectLayout(sheetGrid(input));
  if (!result.ok) throw new Error(result.error.text.it);
  return result.value;
};

describe("detectLayout", () => {
  it("finds the header wherever it starts and maps every role to its column", () => {
    const built = buildPlan(SAMPLE_PLAN, {
      headerRow: 3,
      leftColumn: 2,
      withCode: true,
      withStatus: true,
      withNotes: true,
    });
    const layout = layoutOf(built.input);
    expect(layout.headerRows).toEqual([3]);
    expect(layout.firstDataRow).toBe(4);
    expect(layout.columns).toEqual({
      objective: built.columns.objective,
      kpiCode: built.columns.code,
      indicator: built.columns.indicator,
      status: built.columns.status,
      weight: built.columns.weight,
      operator: built.columns.operator,
      target: built.columns.target,
      actual: built.columns.actual,
      kpiPerformance: built.columns.kpiPerformance,
      objectivePerformance: built.columns.objectivePerformance,
      notes: built.columns.notes,
    });
    expect([layout.tableLeft, layout.tableRight]).toEqual([2, 2 + 10]);
  });

  it("takes an unnamed column of operators as the operator column", () => {
    const built = buildPlan(SAMPLE_PLAN, { operator: "unnamedColumn" });
    expect(layoutOf(built.input).columns.operator).toBe(built.columns.operator);
  });

  it("splits a merged Target header into the operator column and the target column", () => {
    const built = buildPlan(SAMPLE_PLAN, { operator: "mergedTarget" });
    const layout = layoutOf(built.input);
    expect(layout.columns.operator).toBe(built.columns.operator);
    expect(layout.columns.target).toBe(built.columns.target);
  });

  it("splits a Target column of operators followed by an unnamed column even without merge information", () => {
    const built = buildPlan(SAMPLE_PLAN, { operator: "mergedTarget" });
    const layout = layoutOf({ ...built.input, merges: [] });
    expect(layout.columns.target).toBe(built.columns.target);
  });

  it("has no operator column when the operator is in the weight or the target", () => {
    expect(
      layoutOf(buildPlan(SAMPLE_PLAN, { operator: "weight" }).input).columns.operator
    ).toBeUndefined();
    expect(
      layoutOf(buildPlan(SAMPLE_PLAN, { operator: "target" }).input).columns.operator
    ).toBeUndefined();
  });

  it("lists every repeated header row", () => {
    const built = buildPlan(SAMPLE_PLAN, { repeatHeaderEvery: 2 });
    expect(layoutOf(built.input).headerRows).toEqual(built.headerRows);
    expect(built.headerRows.length).toBeGreaterThan(1);
  });

  it("ends the table at a legend heading", () => {
    const input = sheetOf([
      ["Obiettivo", "Indicatore", "Target", "Consuntivo", "Performance KPI"],
      ["A.1 - Uno", null, null, null, null],
      [null, "KPI", 1, 1, null],
      [null, null, null, null, null],
      ["Legenda", null, null, null, null],
      [null, "Performance superiore all'80% del target", null, null, null],
    ]);
    const layout = layoutOf(input);
    expect(layout.legendRow).toBe(4);
    expect(layout.lastDataRow).toBe(2);
  });

  it("requires indicator, target, actual and a performance column", () => {
    const result = detectLayout(sheetGrid(sheetOf([["Indicatore", "Target", "Consuntivo"]])));
    expect(!result.ok && result.error.code).toBe("LAYOUT_NOT_FOUND");
    const enough = detectLayout(
      sheetGrid(sheetOf([["Indicator", "Target", "Actual", "Objective performance"]]))
    );
    expect(enough.ok).toBe(true);
  });

  it("reports the most complete candidate row in its message", () => {
    const result = detectLayout(
      sheetGrid(
        sheetOf([["Note"], ["Obiettivo", "Indicatore", "Peso", "Consuntivo", "Performance KPI"]])
      )
    );
    expect(!result.ok && result.error.text.it).toContain("mancano: Target");
    expect(!result.ok && result.error.text.en).toContain("Headers found in row 2");
  });
});

describe("isOperatorOnly", () => {
  it.each([["≥"], [">="], ["<="], ["="], ["entro"], [" ≤ "]])("%p is an operator alone", (text) => {
    expect(isOperatorOnly(text)).toBe(true);
  });

  it.each([["≥ 15%"], ["50% >="], [1], [null], ["Target"], [""]])("%p is not", (value) => {
    expect(isOperatorOnly(value)).toBe(false);
  });
});
