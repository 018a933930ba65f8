import fc from "fast-check";
import { classify, roundForLegend } from "../../src/core/classify";
import { DEFAULT_LEGEND } from "../../src/core/settings";
import type { Band } from "../../src/core/types";

describe("roundForLegend", () => {
  it.each([
    [0.92075, 0.9208],
    [0.80005, 0.8001],
    [0.800049, 0.8],
    [0.9902857142857144, 0.9903],
    [1, 1],
    [0, 0],
    [-0.12345, -0.1235],
    [2.5, 2.5],
  ])("%d shows as %d", (p, rounded) => {
    expect(roundForLegend(p)).toBe(rounded);
  });
});

describe("roundForLegend (property)", () => {
  it("agrees with rounding the 15-significant-digit decimal, half away from zero", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (p) => {
        const reference = Math.round(Number((Math.abs(p) * 1e4).toPrecision(15))) / 1e4;
        expect(roundForLegend(p)).toBe(p < 0 ? -reference : reference);
      })
    );
  });
});

describe("classify (default legend)", () => {
  it.each<[number | null, Band | null]>([
    [1, "green"],
    [0.8001, "green"],
    [0.80005, "green"], // shows 80,01%
    [0.8, "yellow"], // 80,00% is yellow
    [0.800049, "yellow"], // shows 80,00%
    [0.7, "yellow"],
    [0.6, "yellow"], // 60,00% is yellow
    [0.599995, "yellow"], // shows 60,00%
    [0.5999, "red"], // 59,99% is red
    [0, "red"],
    [null, null],
    [NaN, null],
  ])("%j is %j", (p, band) => {
    expect(classify(p, DEFAULT_LEGEND)).toBe(band);
  });

  it("follows configured thresholds", () => {
    const legend = { ...DEFAULT_LEGEND, greenAbove: 0.9, yellowFrom: 0.5 };
    expect(classify(0.9, legend)).toBe("yellow");
    expect(classify(0.9001, legend)).toBe("green");
    expect(classify(0.5, legend)).toBe("yellow");
    expect(classify(0.4999, legend)).toBe("red");
  });

  it("is monotone: a higher performance never gets a worse band (property)", () => {
    const rank = { red: 0, yellow: 1, green: 2 } as const;
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(rank[classify(low, DEFAULT_LEGEND) ?? "red"]).toBeLessThanOrEqual(
            rank[classify(high, DEFAULT_LEGEND) ?? "red"]
          );
        }
      )
    );
  });
});
