import fc from "fast-check";
import {
  numberText,
  operatorText,
  parsedValueText,
  percentText,
  italianArticle,
  performanceText,
  targetText,
} from "../../../src/core/sheet/format-text";

describe("format-text", () => {
  it.each([
    [0.805, "80,50%", "80.50%"],
    [1, "100,00%", "100.00%"],
    [0, "0,00%", "0.00%"],
    [0.00035, "0,04%", "0.04%"],
  ])("writes %p as %s / %s", (value, it, en) => {
    expect(percentText(value)).toEqual({ it, en });
  });

  it("writes plain numbers in each language's style, full precision", () => {
    expect(numberText(1587.1)).toEqual({ it: "1.587,1", en: "1,587.1" });
    expect(numberText(-5.28)).toEqual({ it: "-5,28", en: "-5.28" });
  });

  it("writes targets with their operator and unit", () => {
    expect(
      targetText({ operator: ">=", value: 0.15, unit: "percent", operatorImplied: false })
    ).toEqual({ it: "≥ 15,00%", en: "≥ 15.00%" });
    expect(
      targetText({ operator: "<=", value: 44500, unit: "date", operatorImplied: true }).it
    ).toBe("≤ 31/10/2021");
    expect(operatorText("<")).toBe("<");
  });

  it("writes read values and missing performances", () => {
    expect(parsedValueText({ kind: "blank" }).it).toBe("vuoto");
    expect(parsedValueText({ kind: "notEvaluable", marker: "N.V." }).en).toBe(
      "N.V. (not evaluable)"
    );
    expect(parsedValueText({ kind: "date", serial: 44506 }).it).toBe("06/11/2021");
    expect(parsedValueText({ kind: "number", value: 0.69, unit: "number" }).it).toBe("0,69");
    expect(performanceText(null).it).toBe("N.V. (non valutato)");
  });

  it("rounds a percentage to the nearest 0,01%, in both languages alike", () => {
    fc.assert(
      fc.property(fc.double({ min: -2, max: 2, noNaN: true }), (x) => {
        const { it, en } = percentText(x);
        expect(it.replace(",", ".")).toBe(en);
        expect(Math.abs(Number(en.slice(0, -1)) / 100 - x)).toBeLessThanOrEqual(0.00005 + 1e-12);
      })
    );
  });

  it.each([
    ["80,00%", "l'", "all'"],
    ["11,00%", "l'", "all'"],
    ["1,50%", "l'", "all'"],
    ["60,00%", "il ", "al "],
    ["100,00%", "il ", "al "],
    ["18,00%", "il ", "al "],
  ])("puts the Italian article the number is read with before %s", (text, il, al) => {
    expect(italianArticle(text)).toEqual({ il, al });
  });
});
