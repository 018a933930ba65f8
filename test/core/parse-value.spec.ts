import fc from "fast-check";
import { serialFromYmd } from "../../src/core/excel-date";
import { parseValue } from "../../src/core/parse-value";
import type { CellScalar, ParsedValue } from "../../src/core/types";

const value = (raw: CellScalar, ctx?: Parameters<typeof parseValue>[1]): ParsedValue => {
  const result = parseValue(raw, ctx);
  if (!result.ok) throw new Error(`expected a value, got ${result.error.code}`);
  return result.value;
};

describe("parseValue", () => {
  it.each<[CellScalar, string | null, ParsedValue]>([
    [0.375, "0.00%", { kind: "number", value: 0.375, unit: "percent" }],
    [0.1134, "0.00", { kind: "number", value: 0.1134, unit: "number" }],
    [4, "General", { kind: "number", value: 4, unit: "number" }],
    [4, null, { kind: "number", value: 4, unit: "number" }],
    [44561, "dd/mm/yyyy", { kind: "date", serial: 44561 }],
    ["15,00%", null, { kind: "number", value: 0.15, unit: "percent" }],
    ["0,035%", null, { kind: "number", value: 0.00035, unit: "percent" }],
    ["-100,00%", null, { kind: "number", value: -1, unit: "percent" }],
    ["1.587,10", null, { kind: "number", value: 1587.1, unit: "number" }],
    ["-5,28", null, { kind: "number", value: -5.28, unit: "number" }],
    ["31/12/2021", null, { kind: "date", serial: 44561 }],
    ["31.12.2021", null, { kind: "date", serial: 44561 }],
    ["2021-12-31", null, { kind: "date", serial: 44561 }],
    ["31 dicembre 2021", null, { kind: "date", serial: 44561 }],
    ["N.V.", null, { kind: "notEvaluable", marker: "N.V." }],
    [" n.d. ", null, { kind: "notEvaluable", marker: "n.d." }],
    ["—", null, { kind: "notEvaluable", marker: "—" }],
    [null, null, { kind: "blank" }],
    ["   ", null, { kind: "blank" }],
  ])("%j with format %j", (raw, numberFormat, expected) => {
    expect(value(raw, { numberFormat })).toEqual(expected);
  });

  it("reads a number as a date serial when asked (custom function argument)", () => {
    expect(value(44561, { asDate: true })).toEqual({ kind: "date", serial: 44561 });
    expect(value("44561", { asDate: true })).toEqual({ kind: "date", serial: 44561 });
  });

  it("completes a day/month with the plan year", () => {
    expect(value("30/4", { planYear: 2024 })).toEqual({
      kind: "date",
      serial: serialFromYmd(2024, 4, 30),
    });
  });

  it.each<[CellScalar]>([
    [true],
    [false],
    ["kpi"],
    ["n. 33 imprese"],
    ["30/4"],
    [NaN],
    [Infinity],
    [-Infinity],
  ])("%j is VALUE_UNREADABLE with an Italian message", (raw) => {
    const result = parseValue(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("VALUE_UNREADABLE");
      expect(result.error.text.it).toMatch(/Valore/);
      expect(result.error.text.en).toMatch(/Value/);
    }
  });

  it("gives a Result, never throws, for any cell content (property)", () => {
    const cell = fc.oneof(
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom(NaN, Infinity, -Infinity, -0)
    );
    const format = fc.option(fc.constantFrom("0.00%", "dd/mm/yyyy", "General", "0.00", "@"));
    fc.assert(
      fc.property(
        cell,
        format,
        fc.option(fc.integer({ min: 1900, max: 2100 })),
        fc.boolean(),
        (raw, numberFormat, planYear, asDate) => {
          const result = parseValue(raw, { numberFormat, planYear, asDate });
          if (result.ok && result.value.kind === "number")
            expect(Number.isFinite(result.value.value)).toBe(true);
          if (result.ok && result.value.kind === "date")
            expect(Number.isFinite(result.value.serial)).toBe(true);
          if (!result.ok) expect(result.error.code).toBe("VALUE_UNREADABLE");
        }
      )
    );
  });
});
