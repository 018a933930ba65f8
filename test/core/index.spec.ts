import * as core from "../../src/core";

describe("src/core index", () => {
  it.each([
    "serialFromYmd",
    "ymdFromSerial",
    "todaySerial",
    "formatDateIt",
    "formatKind",
    "isNotEvaluableMarker",
    "isNotEvaluableStatus",
    "parseNumberText",
    "parsePercentText",
    "formatNumberIt",
    "parseDateText",
    "parseValue",
    "parseOperator",
    "parseTarget",
    "parseWeight",
    "resolveSettings",
    "parseMethod",
    "scoreKpi",
    "rollUp",
    "roundForLegend",
    "classify",
    "ok",
    "fail",
  ])("exports the function %s of the engine API", (name) => {
    expect(typeof (core as Record<string, unknown>)[name]).toBe("function");
  });

  it("exports the default settings", () => {
    expect(core.DEFAULT_SETTINGS.dateLadder).toBe(core.DEFAULT_DATE_LADDER);
    expect(core.DEFAULT_SETTINGS.legend).toBe(core.DEFAULT_LEGEND);
  });

  it("runs a KPI end to end through the index: ≥ 70,00% with 69,32% gives 99,03%", () => {
    const target = core.parseTarget("≥ 70,00%");
    const actual = core.parseValue("69,32%");
    if (!target.ok || !actual.ok) throw new Error("fixture did not parse");
    const score = core.scoreKpi({
      target: target.value,
      actual: actual.value,
      method: "proportional",
      asOf: core.serialFromYmd(2022, 1, 31),
      dateLadder: core.DEFAULT_DATE_LADDER,
      capAtOne: true,
    });
    expect(score.evaluated && core.roundForLegend(score.performance)).toBe(0.9903);
    expect(core.classify(score.evaluated ? score.performance : null, core.DEFAULT_LEGEND)).toBe(
      "green"
    );
  });
});
