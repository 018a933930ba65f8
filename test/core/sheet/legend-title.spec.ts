import {
  isLegendHeading,
  isOurLegendTitle,
  OUR_LEGEND_TITLE,
} from "../../../src/core/sheet/legend-title";

describe("legend titles", () => {
  it.each([["Legenda"], ["LEGENDA:"], ["Legend"], [OUR_LEGEND_TITLE]])(
    "%p starts a legend",
    (text) => {
      expect(isLegendHeading(text)).toBe(true);
    }
  );

  it.each([["Legendario"], ["Leggenda"], ["Performance superiore all'80% del target"]])(
    "%p does not",
    (text) => {
      expect(isLegendHeading(text)).toBe(false);
    }
  );

  it("tells our legend from one people typed", () => {
    expect(isOurLegendTitle(OUR_LEGEND_TITLE)).toBe(true);
    expect(isOurLegendTitle(OUR_LEGEND_TITLE.toUpperCase())).toBe(true);
    expect(isOurLegendTitle("Legenda")).toBe(false);
  });
});
