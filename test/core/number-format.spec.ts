import fc from "fast-check";
import { formatKind } from "../../src/core/number-format";

describe("formatKind", () => {
  it.each([
    ["0.00%", "percent"],
    ["0%", "percent"],
    ["#,##0.00%;[Red]-#,##0.00%", "percent"],
    ["dd/mm/yyyy", "date"],
    ["d/m/yy", "date"],
    ["mm-dd-yy", "date"],
    ["[$-410]d mmmm yyyy;@", "date"],
    ["yyyy-mm-dd hh:mm", "date"],
    ["[h]:mm:ss", "date"],
    ["h:mm AM/PM", "date"],
    ["General", "number"],
    ["Standard", "number"],
    ["", "number"],
    ["0", "number"],
    ["0.00", "number"],
    ["#,##0.00", "number"],
    ["0.00E+00", "number"],
    ['#,##0.00 "giorni"', "number"],
    ["[$€-410] #,##0.00", "number"],
    ['0.00" %"', "number"], // a quoted % sign is a literal, not a percentage
    ["0.0\\%", "number"], // an escaped % too
    ["[Red]0.00", "number"],
    ["@", "text"],
    // Office.js numberFormatLocal gives Italian codes
    ["gg/mm/aaaa", "date"],
    ["0,00%", "percent"],
    ["#.##0,00", "number"],
  ])("%j is %s", (format, kind) => {
    expect(formatKind(format)).toBe(kind);
  });

  it("treats a missing format as a plain number", () => {
    expect(formatKind(null)).toBe("number");
    expect(formatKind(undefined)).toBe("number");
  });

  it("reads only the first section", () => {
    expect(formatKind("0.00;0.00%")).toBe("number");
    expect(formatKind('"a;b" 0%;0')).toBe("percent");
  });

  it("never throws on any string (property)", () => {
    fc.assert(
      fc.property(fc.string(), (format) => {
        expect(["percent", "date", "number", "text"]).toContain(formatKind(format));
      })
    );
  });
});
