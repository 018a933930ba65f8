import { detectLayout } from "../../../src/core/sheet/detect-layout";
import { detectPlanYear } from "../../../src/core/sheet/detect-plan-year";
import { sheetGrid } from "../../../src/core/sheet/sheet-grid";
import { buildPlan, sheetOf, type PlanItem } from "../../support/builders/plan-builder";

function yearOf(input: Parameters<typeof sheetGrid>[0], fallback = 2030): number {
  const grid = sheetGrid(input);
  const layout = detectLayout(grid);
  if (!layout.ok) throw new Error(layout.error.text.it);
  return detectPlanYear(grid, layout.value, fallback);
}

const dated = (serials: readonly number[]): PlanItem[] => [
  {
    title: "A.1 - Uno",
    kpis: serials.map((s, i) => ({
      indicator: `k${i}`,
      operator: "<=",
      target: s,
      targetFormat: "dd/mm/yyyy",
    })),
  },
];

describe("detectPlanYear", () => {
  it("takes the year in the title above the table", () => {
    expect(
      yearOf(buildPlan(dated([44561]), { headerRow: 2, title: "Albero performance 2024" }).input)
    ).toBe(2024);
  });

  it("takes the most frequent year of the date targets otherwise", () => {
    // 31/12/2021, 30/04/2021 and 31/01/2022
    expect(yearOf(buildPlan(dated([44561, 44316, 44592])).input)).toBe(2021);
  });

  it("reads date targets written as text", () => {
    const input = sheetOf([
      ["Obiettivo", "Indicatore", "Target", "Consuntivo", "Performance KPI"],
      ["A.1 - Uno", null, null, null, null],
      [null, "k", "entro il 30/06/2023", null, null],
    ]);
    expect(yearOf(input)).toBe(2023);
  });

  it("falls back to the given year when nothing in the sheet names one", () => {
    const input = sheetOf([
      ["Obiettivo", "Indicatore", "Target", "Consuntivo", "Performance KPI"],
      ["A.1 - Uno", "k", 10, 5, null],
    ]);
    expect(yearOf(input, 2026)).toBe(2026);
  });
});
