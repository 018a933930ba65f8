import { OUR_RULES_TITLE } from "../../../src/core/sheet/legend-title";
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
  ({ input, expected, result, settings } = await loadFixture("relazione-2021"));
});

const findingsAt = (row: number, code: Finding["code"]): Finding[] =>
  result.findings.filter((f) => f.row === row && f.code === code);

describe("golden: Relazione sulla performance 2021 (proportional)", () => {
  it("detects the layout: header in row 3, operator in F under the merged Target F3:G3, target in G", () => {
    expect(result.layout.headerRows).toEqual([2]);
    expect(result.layout.columns).toMatchObject({
      objective: 0,
      kpiCode: 1,
      indicator: 2,
      status: 3,
      weight: 4,
    });
    expect(result.layout.columns).toMatchObject({
      operator: 5,
      target: 6,
      actual: 7,
      kpiPerformance: 8,
    });
    expect(result.layout.columns).toMatchObject({ objectivePerformance: 9, notes: 10 });
  });

  it("gives every expected row: kind, codes, KPI, objective, meta actual and band", () => {
    expect(compareRows(result, expected)).toEqual([]);
  });

  it("makes up the missing parents B and B.2.1 and rolls them up from their children", () => {
    expect(result.virtualObjectives.map((v) => v.code)).toEqual(expected.virtualObjectives);
    const b21 = result.virtualObjectives.find((v) => v.code === "B.2.1");
    expect(b21?.objective).toBe(0);
    const b = result.virtualObjectives.find((v) => v.code === "B");
    expect(b?.objective).toBeCloseTo((0.9025 + 0.5359525) / 2, 12);
  });

  it("rolls C.1.1's meta-KPI up from its 7 children, both C.1.1.2 included", () => {
    const row = result.rows.find((r) => r.row === 91);
    expect(row?.metaActual).toBeCloseTo((1 + 0 + 0.61073 + 1 + 1 + 0.983575 + 0) / 7, 12);
  });

  it("finds KPI144's published 80,10% against the computed 80,50%", () => {
    const [mismatch] = findingsAt(45, "PUBLISHED_MISMATCH");
    expect(mismatch.column).toBe("I");
    expect(mismatch.published).toBeCloseTo(0.801, 12);
    expect(mismatch.computed).toBeCloseTo(0.805, 12);
    expect(mismatch.text.it).toContain("80,10%");
    expect(mismatch.text.it).toContain("80,50%");
  });

  it("finds the meta-KPIs KP132 and KP1376 published at 100% although their actuals are 55,67% and 73,33%", () => {
    expect(findingsAt(22, "PUBLISHED_MISMATCH").map((f) => [f.column, f.published])).toEqual([
      ["I", 1],
    ]);
    expect(findingsAt(28, "PUBLISHED_MISMATCH").map((f) => [f.column, f.published])).toEqual([
      ["I", 1],
    ]);
  });

  it("finds C.1.2.9 published at 85,00% instead of 88,75%, with weights adding up to 80%", () => {
    const [mismatch] = findingsAt(131, "PUBLISHED_MISMATCH");
    expect(mismatch).toMatchObject({ column: "J", published: 0.85 });
    expect(mismatch.computed).toBeCloseTo(0.8875, 12);
    const [weights] = findingsAt(131, "WEIGHTS_NOT_100");
    expect(weights.column).toBe("E");
    expect(weights.published).toBeCloseTo(0.8, 12);
  });

  it("finds KPI267's meta actual published at 84,42% instead of 82,25%", () => {
    const actual = findingsAt(88, "PUBLISHED_MISMATCH").find((f) => f.column === "H");
    expect(actual?.published).toBeCloseTo(0.8442, 12);
    expect(actual?.computed).toBeCloseTo(0.8225396428571428, 12);
  });

  it("finds B.2.1.3 without its parent B.2.1, and does not report the uncoded area B", () => {
    expect(findingsAt(79, "MISSING_PARENT")).toMatchObject([{ column: "A", computed: "B.2.1" }]);
    expect(result.findings.filter((f) => f.code === "MISSING_PARENT")).toHaveLength(1);
  });

  it("finds the second C.1.1.2 as a duplicate code", () => {
    expect(findingsAt(93, "DUPLICATE_CODE")).toMatchObject([{ column: "A", published: "C.1.1.2" }]);
  });

  it("accepts thirds written as 33% (C.1) without a weights finding", () => {
    expect(findingsAt(86, "WEIGHTS_NOT_100")).toEqual([]);
  });

  it("writes only derived cells: KPI and objective performances, and the actuals of meta-KPIs", () => {
    const { columns } = result.layout;
    const metaRows = new Set(
      result.rows.filter((r) => r.metaActual !== null).map((r) => r.row - 1)
    );
    for (const cell of result.plan.cells) {
      const derived =
        cell.column === columns.kpiPerformance ||
        cell.column === columns.objectivePerformance ||
        (cell.column === columns.actual && metaRows.has(cell.row));
      expect(derived).toBe(true);
    }
    const kp1264 = result.plan.cells.find(
      (c) => c.row === 6 && c.column === columns.kpiPerformance
    );
    expect(kp1264).toMatchObject({ value: "N.V.", numberFormat: null });
  });

  it("places the legend below the table after one blank row, and the rules block below it", () => {
    // legend: seven rows reserved, title, three bands, N.V. in 150–154 (155–156 free);
    // one blank row; rules: title + 15 = 158–173
    expect(result.plan.legend?.area).toEqual({ top: 150, left: 0, bottom: 173, right: 1 });
    const rulesTitle = result.plan.legend?.cells.find((cell) => cell.value === OUR_RULES_TITLE);
    expect(rulesTitle).toMatchObject({ row: 158, column: 0 });
  });

  it("recomputing its own output changes nothing and leaves no published mismatch", () => {
    const again = recomputeSheet(applyPlan(input, result.plan), settings);
    if (!again.ok) throw new Error(again.error.text.it);
    expect(again.value.plan).toEqual(result.plan);
    expect(again.value.rows).toEqual(result.rows);
    expect(again.value.findings.filter((f) => f.code === "PUBLISHED_MISMATCH")).toEqual([]);
  });
});
