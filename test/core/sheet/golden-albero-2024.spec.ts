import { recomputeSheet } from "../../../src/core/sheet/recompute-sheet";
import type { Finding, SheetInput, SheetRecompute } from "../../../src/core/sheet/sheet-types";
import type { Settings } from "../../../src/core/types";
import { applyPlan } from "../../support/doubles/apply-plan";
import { compareRows, loadFixture, type Expected } from "../../support/fixtures/golden-fixtures";

let input: SheetInput;
let expected: Expected;
let result: SheetRecompute;
let settings: Partial<Settings>;

beforeAll(async () => {
  ({ input, expected, result, settings } = await loadFixture("albero-2024"));
});

const findingsAt = (row: number, code: Finding["code"]): Finding[] =>
  result.findings.filter((f) => f.row === row && f.code === code);

describe("golden: Albero della performance 2024 (binary)", () => {
  it("detects the layout: operator in the unnamed column D, header repeated in rows 36, 74 and 110", () => {
    expect(result.layout.headerRows).toEqual([2, 35, 73, 109]);
    expect(result.layout.columns).toMatchObject({
      objective: 0,
      indicator: 1,
      weight: 2,
      operator: 3,
      target: 4,
    });
    expect(result.layout.columns).toMatchObject({
      actual: 5,
      kpiPerformance: 6,
      objectivePerformance: 7,
    });
    expect(result.layout.lastDataRow).toBe(142);
  });

  it("gives every expected row: kind, KPI, objective, meta actual and band", () => {
    expect(compareRows(result, expected)).toEqual([]);
    expect(result.virtualObjectives).toEqual([]);
  });

  it("takes the plan year 2024 from the title when the settings leave it out", () => {
    const detected = recomputeSheet(input, { ...settings, planYear: null });
    expect(detected.ok && detected.value.settings.planYear).toBe(2024);
  });

  it("rolls area A up from A.1 … A.9 with A.6 at 0 (deadline 31/12/2024 passed, no actual)", () => {
    const a = result.rows.find((r) => r.code === "A");
    expect(a?.objective).toBeCloseTo((1 + 0.93 + 1 + 1 + 0.3 + 0 + 1 + 1 + 1) / 9, 12);
  });

  it("flags the unit mismatch of 'N. partecipanti ad eventi organizzati sul PID' and its published 0%", () => {
    expect(findingsAt(80, "UNIT_MISMATCH")).toMatchObject([
      { column: "F", published: 0.69, computed: 0.01 },
    ]);
    expect(findingsAt(80, "PUBLISHED_MISMATCH")).toMatchObject([
      { column: "G", published: 0, computed: 1 },
    ]);
  });

  it("flags A.6's KPI published blank although it scores 0, and its blank actual past the deadline", () => {
    expect(findingsAt(47, "PUBLISHED_MISMATCH")).toMatchObject([
      { column: "G", published: null, computed: 0 },
    ]);
    expect(findingsAt(46, "PUBLISHED_MISMATCH")).toMatchObject([
      { column: "H", published: null, computed: 0 },
    ]);
    expect(findingsAt(47, "BLANK_ACTUAL_NOT_ACHIEVED")).toMatchObject([
      { column: "F", computed: 0 },
    ]);
  });

  it("flags A.4.1's KPI weighted 0% and leaves it not evaluated", () => {
    expect(findingsAt(30, "ZERO_WEIGHT")).toMatchObject([{ column: "C", published: 0 }]);
    expect(result.rows.find((r) => r.row === 30)?.kpi).toBeNull();
  });

  it("uses the weights written on B.4's child objective rows for its meta-KPI", () => {
    const explanation = result.explanations.get(101);
    expect(explanation?.lines.map((l) => l.it).join(" ")).toContain("B.4.1 100,00%, peso 50,00%");
  });

  it("leaves the people's Legenda A145:B148 alone and puts its own legend below it", () => {
    const legend = result.plan.legend;
    expect(legend?.area.top).toBe(149);
    const touched = [...result.plan.cells, ...(legend?.cells ?? [])].filter(
      (c) => c.row >= 144 && c.row <= 147
    );
    expect(touched).toEqual([]);
  });

  it("colours rows by the objective performance first, then the KPI performance", () => {
    expect(result.plan.bandFormat?.area).toEqual({ top: 3, left: 0, bottom: 142, right: 7 });
    expect(result.plan.bandFormat?.rules.map((r) => r.formula)).toEqual([
      "=AND(ISNUMBER(IF(ISNUMBER($H4),$H4,$G4)),ROUND(IF(ISNUMBER($H4),$H4,$G4),4)>0.8)",
      "=AND(ISNUMBER(IF(ISNUMBER($H4),$H4,$G4)),ROUND(IF(ISNUMBER($H4),$H4,$G4),4)>=0.6,ROUND(IF(ISNUMBER($H4),$H4,$G4),4)<=0.8)",
      "=AND(ISNUMBER(IF(ISNUMBER($H4),$H4,$G4)),ROUND(IF(ISNUMBER($H4),$H4,$G4),4)<0.6)",
    ]);
  });

  it("recomputing its own output changes nothing, in formulas mode too", () => {
    for (const writeMode of ["values", "formulas"] as const) {
      const first = recomputeSheet(input, { ...settings, writeMode });
      if (!first.ok) throw new Error(first.error.text.it);
      const again = recomputeSheet(applyPlan(input, first.value.plan), { ...settings, writeMode });
      if (!again.ok) throw new Error(again.error.text.it);
      expect(again.value.plan).toEqual(first.value.plan);
      expect(again.value.rows).toEqual(first.value.rows);
    }
  });
});
