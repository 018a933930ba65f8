import fc from "fast-check";
import {
  formatDateIt,
  isValidYmd,
  serialFromYmd,
  todaySerial,
  ymdFromSerial,
} from "../../src/core/excel-date";

describe("excel-date", () => {
  it.each([
    [1900, 1, 1, 1],
    [1900, 2, 28, 59],
    [1900, 2, 29, 60], // Excel's fictitious leap day, kept for compatibility
    [1900, 3, 1, 61],
    [2021, 10, 31, 44500],
    [2021, 12, 31, 44561],
    [2024, 4, 30, 45412],
    [2024, 12, 31, 45657],
  ])("serial of %i-%i-%i is %i, and back", (year, month, day, serial) => {
    expect(serialFromYmd(year, month, day)).toBe(serial);
    expect(ymdFromSerial(serial)).toEqual({ year, month, day });
  });

  it("drops the time of day of a serial", () => {
    expect(ymdFromSerial(44561.75)).toEqual({ year: 2021, month: 12, day: 31 });
  });

  it("rolls over out-of-range days as Excel's DATE() does", () => {
    expect(serialFromYmd(2021, 12, 32)).toBe(serialFromYmd(2022, 1, 1));
  });

  it.each([
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [1900, 2, 29, true],
    [2021, 4, 31, false],
    [2021, 13, 1, false],
    [2021, 0, 1, false],
    [1899, 12, 31, false],
    [2021.5, 1, 1, false],
  ])("isValidYmd(%s, %s, %s) is %s", (year, month, day, valid) => {
    expect(isValidYmd(year, month, day)).toBe(valid);
  });

  it("formats Italian style, day first with zero padding", () => {
    expect(formatDateIt(44561)).toBe("31/12/2021");
    expect(formatDateIt(serialFromYmd(2024, 4, 3))).toBe("03/04/2024");
  });

  it("gives today's serial in the local calendar", () => {
    expect(todaySerial(new Date(2024, 3, 30, 23, 59))).toBe(45412);
    expect(todaySerial(new Date(2024, 3, 30, 0, 1))).toBe(45412);
  });

  it("round-trips every real date from 1 March 1900 to 9999 (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: serialFromYmd(9999, 12, 31) }), (serial) => {
        const { year, month, day } = ymdFromSerial(serial);
        expect(serialFromYmd(year, month, day)).toBe(serial);
        expect(isValidYmd(year, month, day)).toBe(true);
      })
    );
  });
});
