import fc from "fast-check";
import { formatDateIt, serialFromYmd } from "../../src/core/excel-date";
import { parseDateText } from "../../src/core/parse-date";

const d = serialFromYmd;

describe("parseDateText", () => {
  it.each([
    ["31/12/2021", d(2021, 12, 31)],
    ["31.12.2021", d(2021, 12, 31)],
    ["31-12-2021", d(2021, 12, 31)],
    ["2021-12-31", d(2021, 12, 31)],
    ["1/2/2024", d(2024, 2, 1)], // day first, always
    ["06/11/21", d(2021, 11, 6)],
    ["31 dicembre 2023", d(2023, 12, 31)],
    ["31 Dicembre 2023", d(2023, 12, 31)],
    ["1° gennaio 2024", d(2024, 1, 1)],
    ["31 dic. 2023", d(2023, 12, 31)],
    ["31 dic.2023", d(2023, 12, 31)],
    ["15 sett 2022", d(2022, 9, 15)],
    ["31 December 2023", d(2023, 12, 31)],
    ["  30/04/2024 ", d(2024, 4, 30)],
    ["29/02/2024", d(2024, 2, 29)],
    ["2021/12/31", d(2021, 12, 31)],
    ["2021.12.31", d(2021, 12, 31)],
    ["giugno 2024", d(2024, 6, 30)],
    ["febbraio 2024", d(2024, 2, 29)],
    ["fine dicembre 2023", d(2023, 12, 31)],
    ["la fine di marzo 2024", d(2024, 3, 31)],
    ["fine 2024", d(2024, 12, 31)],
  ])("%j is a date", (text, serial) => {
    expect(parseDateText(text)).toBe(serial);
  });

  it.each([
    ["30/4", d(2024, 4, 30)],
    ["31/12", d(2024, 12, 31)],
    ["31 dicembre", d(2024, 12, 31)],
    ["aprile", d(2024, 4, 30)],
    ["fine anno", d(2024, 12, 31)],
    ["fine dell'anno", d(2024, 12, 31)],
  ])("%j takes the plan year", (text, serial) => {
    expect(parseDateText(text, 2024)).toBe(serial);
  });

  it("needs the plan year for a date without one", () => {
    expect(parseDateText("30/4")).toBeNull();
    expect(parseDateText("30/4", null)).toBeNull();
  });

  it.each([
    "31/04/2021",
    "29/02/2023",
    "32/01/2021",
    "00/01/2021",
    "31/13/2021",
    "2021-13-01",
    "31/12-2021",
    "31 brumaio 2023",
    "abc",
    "",
    "44561",
    "1.587",
    "31/12/2021 ore 12",
  ])("%j is not a date", (text) => {
    expect(parseDateText(text, 2024)).toBeNull();
  });

  it("reads back every date it writes (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: d(1900, 3, 1), max: d(9999, 12, 31) }), (serial) => {
        expect(parseDateText(formatDateIt(serial))).toBe(serial);
      })
    );
  });

  it("never throws on any string (property)", () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.integer({ min: 1900, max: 2100 })), (text, year) => {
        const serial = parseDateText(text, year);
        expect(serial === null || Number.isInteger(serial)).toBe(true);
      })
    );
  });
});
