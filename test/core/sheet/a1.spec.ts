import fc from "fast-check";
import { cellAddress, columnIndex, columnLetter, rangeAddress } from "../../../src/core/sheet/a1";

describe("columnLetter / columnIndex", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s and back", (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  it("reads letters in any case and with spaces around", () => {
    expect(columnIndex(" aa ")).toBe(26);
  });

  it.each(["", "A1", "1", "Ä", "ABCDE"])("gives null for %p, which is not a column", (text) => {
    expect(columnIndex(text)).toBeNull();
  });

  it("refuses a negative or fractional index", () => {
    expect(() => columnLetter(-1)).toThrow(RangeError);
    expect(() => columnLetter(1.5)).toThrow(RangeError);
  });

  it("round-trips every index of an Excel sheet", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 16383 }),
        (index) => columnIndex(columnLetter(index)) === index
      )
    );
  });

  it("orders letters as columns: shorter first, then alphabetically", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20000 }),
        fc.integer({ min: 0, max: 20000 }),
        (a, b) => {
          const [la, lb] = [columnLetter(a), columnLetter(b)];
          const letterOrder = la.length - lb.length || (la < lb ? -1 : la > lb ? 1 : 0);
          return Math.sign(letterOrder) === Math.sign(a - b);
        }
      )
    );
  });
});

describe("cellAddress / rangeAddress", () => {
  it("writes 0-based cells in A1 notation, the column fixed when asked", () => {
    expect(cellAddress(5, 9)).toBe("J6");
    expect(cellAddress(5, 9, true)).toBe("$J6");
    expect(rangeAddress(5, 8, 9, 8)).toBe("I6:I10");
  });
});
