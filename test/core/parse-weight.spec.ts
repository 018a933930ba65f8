import fc from "fast-check";
import { parseWeight } from "../../src/core/parse-weight";
import type { CellScalar, Operator } from "../../src/core/types";

describe("parseWeight", () => {
  it.each<[CellScalar, string | null, number | null, Operator | null]>([
    [0.2, "0%", 0.2, null],
    [0.2, null, 0.2, null],
    [0, "0%", 0, null],
    [1, "0%", 1, null],
    ["20%", null, 0.2, null],
    ["0,2", null, 0.2, null],
    ["33,33%", null, 0.3333, null],
    ["50% >=", null, 0.5, ">="],
    ["50 % ≥", null, 0.5, ">="],
    ["50%>=", null, 0.5, ">="],
    [">= 50%", null, 0.5, ">="],
    ["30% <=", null, 0.3, "<="],
    ["30% entro", null, 0.3, "<="],
    [null, null, null, null],
    ["", null, null, null],
    ["  ", null, null, null],
    [">=", null, null, ">="],
  ])("%j (format %j) is weight %j, operator %j", (raw, format, weight, operator) => {
    expect(parseWeight(raw, format)).toEqual({ ok: true, value: { weight, operator } });
  });

  it.each<[CellScalar]>([
    [true],
    ["abc"],
    ["20% abc"],
    ["-0,2"],
    [-0.2],
    [NaN],
    [Infinity],
    ["N.V."],
    ["20%%"],
  ])("%j is WEIGHT_UNREADABLE", (raw) => {
    const result = parseWeight(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("WEIGHT_UNREADABLE");
      expect(result.error.text.it).toMatch(/Peso/);
    }
  });

  it("gives a Result for any input and never throws (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)), (raw) => {
        const result = parseWeight(raw);
        if (result.ok && result.value.weight !== null) {
          expect(Number.isFinite(result.value.weight)).toBe(true);
          expect(result.value.weight).toBeGreaterThanOrEqual(0);
        }
      })
    );
  });

  it("reads back any percentage weight written the Italian way (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), (hundredths) => {
        const text = `${(hundredths / 100).toFixed(2).replace(".", ",")}%`;
        const result = parseWeight(text);
        expect(result.ok && result.value.weight).toBe(
          Number(`${(hundredths / 100).toFixed(2)}e-2`)
        );
      })
    );
  });
});
