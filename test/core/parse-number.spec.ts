import fc from "fast-check";
import {
  formatNumberIt,
  numberLiteralFromText,
  parseNumberText,
  parsePercentText,
} from "../../src/core/parse-number";

describe("parseNumberText", () => {
  it.each([
    ["1.587,10", 1587.1],
    ["0,9973", 0.9973],
    ["-5,28", -5.28],
    ["−5,28", -5.28], // Unicode minus
    ["+3", 3],
    ["1,587.10", 1587.1], // English: the last separator is the decimal one
    ["1.587", 1587], // a dot followed by exactly three digits groups thousands
    ["1.234.567", 1234567],
    ["1.234.567,89", 1234567.89],
    ["1,234,567", 1234567],
    ["1,587", 1.587], // a lone comma is the decimal separator
    ["3.2793", 3.2793],
    ["0.500", 0.5], // a thousands group never follows a lone 0
    ["0.15", 0.15],
    [",5", 0.5],
    ["5,", 5],
    ["1 587,10", 1587.1],
    ["1\u00a0587,10", 1587.1],
    ["  42  ", 42],
    ["007", 7],
  ])("%j is %d", (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });

  it.each([
    "",
    "abc",
    "15%",
    "1,2,3",
    "1.23.4",
    "1.234,5,6",
    "1,234.5.6",
    "12a",
    "--5",
    "1e3",
    ".",
    ",",
    "-",
    "31/12/2021",
    "31.12.2021",
    "1.5.3",
  ])("%j is not a number", (text) => {
    expect(parseNumberText(text)).toBeNull();
  });

  it("keeps the written digits as a numeric literal", () => {
    expect(numberLiteralFromText("1.587,10")).toBe("1587.10");
    expect(numberLiteralFromText("-,5")).toBe("-0.5");
  });
});

describe("parsePercentText", () => {
  it.each([
    ["15,00%", 0.15],
    ["0,035%", 0.00035],
    ["37,50%", 0.375],
    ["-100,00%", -1],
    ["15 %", 0.15],
    ["1.000%", 10],
    ["69,32%", 0.6932],
  ])("%j is %d (the decimal point is shifted exactly)", (text, expected) => {
    expect(parsePercentText(text)).toBe(expected);
  });

  it.each(["15", "%", "abc%", "15%%"])("%j is not a percentage", (text) => {
    expect(parsePercentText(text)).toBeNull();
  });
});

describe("formatNumberIt", () => {
  it.each([
    [1587.1, "1.587,1"],
    [0.9973, "0,9973"],
    [-5.28, "-5,28"],
    [1234567, "1.234.567"],
    [1e-7, "0,0000001"],
    [1e21, "1.000.000.000.000.000.000.000"],
  ])("%d is written %j", (value, text) => {
    expect(formatNumberIt(value)).toBe(text);
  });
});

describe("Italian number text (properties)", () => {
  it("round-trips every finite number written the Italian way", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(parseNumberText(formatNumberIt(value))).toBe(value === 0 ? 0 : value);
      })
    );
  });

  it("round-trips numbers with two decimals written with thousands groups", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        const value = cents / 100;
        const [integer, fraction] = Math.abs(value).toFixed(2).split(".");
        const text = `${value < 0 ? "-" : ""}${integer.replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${fraction}`;
        expect(parseNumberText(text)).toBe(Number(`${value < 0 ? "-" : ""}${integer}.${fraction}`));
      })
    );
  });

  it("never throws and gives a finite number or null on any string", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringOf(fc.constantFrom("1", "2", "0", ".", ",", "-", " ", "%"))),
        (text) => {
          const value = parseNumberText(text);
          expect(value === null || Number.isFinite(value)).toBe(true);
          const percent = parsePercentText(text);
          expect(percent === null || Number.isFinite(percent)).toBe(true);
        }
      )
    );
  });
});
