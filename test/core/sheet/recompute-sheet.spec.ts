import { OUR_LEGEND_TITLE } from "../../../src/core/sheet/legend-title";
import { recomputeSheet } from "../../../src/core/sheet/recompute-sheet";
import type { SheetRecompute } from "../../../src/core/sheet/sheet-types";
import { applyPlan } from "../../support/doubles/apply-plan";
import { buildPlan, sheetOf, type LayoutOptions } from "../../support/builders/plan-builder";
import { SAMPLE_EXPECTED, SAMPLE_PLAN, SAMPLE_SETTINGS } from "../../support/builders/sample-plan";

function recompute(
  options: LayoutOptions,
  extra: Partial<Parameters<typeof recomputeSheet>[1]> = {}
) {
  const built = buildPlan(SAMPLE_PLAN, options);
  const result = recomputeSheet(built.input, { ...SAMPLE_SETTINGS, ...extra });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.text.it}`);
  return { built, value: result.value };
}

function expectSampleFigures(value: SheetRecompute, kpiRows: ReadonlyMap<string, number>): void {
  for (const [code, expected] of Object.entries(SAMPLE_EXPECTED.objectives)) {
    const row = value.rows.find((r) => r.code === code);
    expect(row?.objective).toBeCloseTo(expected, 10);
  }
  for (const [indicator, expected] of Object.entries(SAMPLE_EXPECTED.kpis)) {
    const row = value.rows.find((r) => r.row === (kpiRows.get(indicator) as number) + 1);
    expect(row?.kpi).toBeCloseTo(expected, 10);
  }
}

describe("recomputeSheet reads every layout of the same plan alike", () => {
  const layouts: [string, LayoutOptions][] = [
    ["Italian headers at A1, operator in an unnamed column", {}],
    [
      "header moved down and right, with a title above",
      { headerRow: 4, leftColumn: 3, title: "Piano 2021" },
    ],
    ["English headers", { language: "en" }],
    [
      "a table-like used range not starting at A1",
      { headerRow: 6, leftColumn: 2, cropToTable: true },
    ],
    ["operator in a named column", { operator: "column" }],
    ["operator under a merged Target header", { operator: "mergedTarget" }],
    ["operator inside the weight cell", { operator: "weight" }],
    ["operator inside the target", { operator: "target" }],
    ["Italian text values", { italianText: true }],
    [
      "Italian text values with the operator in the target",
      { italianText: true, operator: "target" },
    ],
    ["repeated header rows", { repeatHeaderEvery: 2 }],
    ["code, status and notes columns", { withCode: true, withStatus: true, withNotes: true }],
  ];

  it.each(layouts)("%s", (_name, options) => {
    const { built, value } = recompute(options);
    expectSampleFigures(value, built.kpiRows);
    expect(value.layout.headerRows).toEqual(built.headerRows);
    expect(value.rows.filter((r) => r.kind === "objective").map((r) => r.code)).toEqual([
      "A",
      "A.1",
      "A.1.1",
      "A.1.2",
    ]);
  });

  it("reads a sheet whose title is merged over the table, its value repeated by the reader", () => {
    const built = buildPlan(SAMPLE_PLAN, { headerRow: 2, title: "Albero performance 2021" });
    const width = built.input.values[2].length;
    const values = built.input.values.map((line, r) =>
      r === 0 ? line.map(() => "Albero performance 2021") : line
    );
    const input = {
      ...built.input,
      values,
      merges: [{ top: 0, left: 0, bottom: 0, right: width - 1 }],
    };
    const result = recomputeSheet(input, { ...SAMPLE_SETTINGS, planYear: null });
    if (!result.ok) throw new Error(result.error.text.it);
    expect(result.value.settings.planYear).toBe(2021);
    expectSampleFigures(result.value, built.kpiRows);
  });

  it("finds the operator column under a merged Target header and the value to its right", () => {
    const { built, value } = recompute({ operator: "mergedTarget" });
    expect(value.layout.columns.operator).toBe(built.columns.operator);
    expect(value.layout.columns.target).toBe((built.columns.operator as number) + 1);
  });

  it("skips section labels and reports only objective and KPI rows", () => {
    const { built, value } = recompute({});
    const labelRow = (built.objectiveRows.get("A - Competitività delle imprese") as number) + 1;
    expect(value.rows.some((r) => r.row === labelRow + 1)).toBe(false);
    expect(value.rows).toHaveLength(4 + 5);
  });

  it("takes the plan year from the title when the settings do not give it", () => {
    const { value } = recompute(
      { headerRow: 2, title: "Albero performance 2023" },
      { planYear: null }
    );
    expect(value.settings.planYear).toBe(2023);
  });

  it("takes the plan year from the date targets when there is no title", () => {
    const { value } = recompute({}, { planYear: null });
    expect(value.settings.planYear).toBe(2021);
  });

  it("uses today for the evaluation date unless given, from the clock passed in", () => {
    const built = buildPlan(SAMPLE_PLAN);
    const result = recomputeSheet(built.input, { planYear: 2021 }, new Date(Date.UTC(2026, 0, 31)));
    expect(result.ok && result.value.settings.asOf).toBe(46053);
  });

  it("summarises counts of KPIs, objectives, bands and findings", () => {
    const { value } = recompute({});
    expect(value.summary.kpis).toBe(5);
    expect(value.summary.objectives).toBe(4);
    expect(
      value.summary.byBand.green + value.summary.byBand.yellow + value.summary.byBand.red
    ).toBe(9);
    expect(value.summary.findings).toBe(value.findings.length);
  });

  it("explains every KPI and objective row", () => {
    const { value } = recompute({});
    for (const row of value.rows) {
      const explanation = value.explanations.get(row.row);
      expect(explanation?.lines.length).toBeGreaterThan(0);
    }
  });
});

describe("recomputeSheet refuses a sheet it cannot read", () => {
  it("says which headers were found and which are missing", () => {
    const input = sheetOf([
      ["Piano 2024"],
      ["Obiettivo", "Indicatore", "Peso", "Target"],
      ["A.1 - Attrattività", null, null, null],
    ]);
    const result = recomputeSheet(input, SAMPLE_SETTINGS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("LAYOUT_NOT_FOUND");
    expect(result.error.text.it).toContain("riga 2");
    expect(result.error.text.it).toContain("Obiettivo (A2)");
    expect(result.error.text.it).toContain("Target (D2)");
    expect(result.error.text.it).toContain(
      "mancano: Consuntivo, Performance KPI o Performance Obiettivo"
    );
    expect(result.error.text.en).toContain(
      "missing: Actual, KPI performance or Objective performance"
    );
  });

  it("refuses an empty sheet the same way", () => {
    const result = recomputeSheet(sheetOf([]), SAMPLE_SETTINGS);
    expect(!result.ok && result.error.code).toBe("LAYOUT_NOT_FOUND");
  });

  it("accepts a header with no plan rows yet: nothing to write or colour", () => {
    const result = recomputeSheet(
      sheetOf([["Obiettivo", "Indicatore", "Target", "Consuntivo", "Performance KPI"]]),
      SAMPLE_SETTINGS
    );
    if (!result.ok) throw new Error(result.error.text.it);
    expect(result.value.rows).toEqual([]);
    expect(result.value.plan.cells).toEqual([]);
    expect(result.value.plan.bandFormat).toBeNull();
  });

  it("says that no header was recognised in a sheet of prose", () => {
    const result = recomputeSheet(
      sheetOf([["Relazione annuale"], ["testo libero"]]),
      SAMPLE_SETTINGS
    );
    expect(!result.ok && result.error.text.it).toContain("Nessuna intestazione riconosciuta");
  });
});

describe("recomputeSheet is idempotent", () => {
  it.each<[string, LayoutOptions, "values" | "formulas"]>([
    ["values", {}, "values"],
    ["formulas", {}, "formulas"],
    ["values, operator in the weight cell", { operator: "weight" }, "values"],
  ])(
    "running on its own output (%s) gives the same plan and values, and one legend",
    (_name, options, writeMode) => {
      const first = recompute(options, { writeMode }).value;
      const input = applyPlan(buildPlan(SAMPLE_PLAN, options).input, first.plan);
      const second = recomputeSheet(input, { ...SAMPLE_SETTINGS, writeMode });
      if (!second.ok) throw new Error(second.error.text.it);
      expect(second.value.plan).toEqual(first.plan);
      expect(second.value.rows).toEqual(first.rows);
      expect(second.value.findings.filter((f) => f.code === "PUBLISHED_MISMATCH")).toEqual([]);
      const twice = applyPlan(input, second.value.plan);
      const third = recomputeSheet(twice, { ...SAMPLE_SETTINGS, writeMode });
      expect(third.ok && third.value.plan).toEqual(first.plan);
      const titles = twice.values.flat().filter((v) => v === OUR_LEGEND_TITLE);
      expect(titles).toHaveLength(1);
    }
  );
});
