import * as sheet from "../../../src/core/sheet";
import { buildPlan } from "../../support/builders/plan-builder";
import { SAMPLE_PLAN, SAMPLE_SETTINGS } from "../../support/builders/sample-plan";

describe("sheet model public surface", () => {
  it("recomputes a sheet and offers the A1 helpers, the legend title and the write constants", () => {
    const result = sheet.recomputeSheet(buildPlan(SAMPLE_PLAN).input, SAMPLE_SETTINGS);
    expect(result.ok).toBe(true);
    expect(sheet.columnLetter(sheet.columnIndex("AB") ?? -1)).toBe("AB");
    expect(sheet.rangeAddress(0, 0, 1, 1)).toBe("A1:B2");
    expect(sheet.isOurLegendTitle(sheet.OUR_LEGEND_TITLE)).toBe(true);
    expect(sheet.isOurFormula("=PIANO.PERF_KPI(A1,B1)")).toBe(true);
    expect([sheet.NOT_EVALUATED_TEXT, sheet.PERFORMANCE_FORMAT]).toEqual(["N.V.", "0.00%"]);
    expect(sheet.cellAddress(0, 0)).toBe("A1");
  });
});
