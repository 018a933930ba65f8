import fc from "fast-check";
import { isNotEvaluableMarker, isNotEvaluableStatus } from "../../src/core/not-evaluable";

describe("isNotEvaluableMarker", () => {
  it.each([
    "N.V.",
    "NV",
    "n.v.",
    "N. V.",
    "n.d.",
    "ND",
    "N/A",
    "n/d",
    "-----",
    "—",
    "–",
    " - ",
    "non disponibile",
    "Non Valutabile",
    "da def.",
    "da definire",
    "not available",
  ])("%j is a not-evaluable marker", (text) => {
    expect(isNotEvaluableMarker(text)).toBe(true);
  });

  it.each(["", "   ", "0", "15%", "kpi validato", "nessuno", "N. 5", "-5", "N.V. 3", "valutabile"])(
    "%j is not a marker",
    (text) => {
      expect(isNotEvaluableMarker(text)).toBe(false);
    }
  );

  it("never throws (property)", () => {
    fc.assert(fc.property(fc.string(), (text) => typeof isNotEvaluableMarker(text) === "boolean"));
  });
});

describe("isNotEvaluableStatus", () => {
  it.each([
    "kpi non disponibile",
    "KPI NON DISPONIBILE",
    "non valutabile",
    "kpi non valutabile",
    "N.V.",
    "indicatore non rilevabile",
  ])("%j makes the KPI not evaluable", (text) => {
    expect(isNotEvaluableStatus(text)).toBe(true);
  });

  it.each(["kpi validato", "validato", "", "in corso", "kpi validato con riserva"])(
    "%j keeps the KPI evaluable",
    (text) => {
      expect(isNotEvaluableStatus(text)).toBe(false);
    }
  );
});
