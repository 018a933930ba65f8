import { columnQualifier, periodEnd } from "../../../src/core/sheet/column-qualifier";
import { headerMatch } from "../../../src/core/sheet/header-words";

const qualifierOf = (header: string) => {
  const match = headerMatch(header);
  if (match === null) throw new Error(`no role in ${header}`);
  return columnQualifier(header, match.rest);
};

describe("columnQualifier", () => {
  it.each([
    ["Target 2024", 2024],
    ["Valore atteso 2025", 2025],
    ["Consuntivo 2023", 2023],
    ["Target (2024)", 2024],
  ])("reads the year of %p", (header, year) => {
    expect(qualifierOf(header)).toEqual({ kind: "year", year });
  });

  it.each([
    // header, month, day, year, end in plan year 2024 as dd/mm/yyyy
    ["Consuntivo al 30/06/2024", 6, 30, 2024],
    ["Consuntivo al 31/12", 12, 31, null],
    ["Consuntivo I semestre", 6, 30, null],
    ["Consuntivo II semestre 2024", 12, 31, 2024],
    ["Consuntivo III trimestre", 9, 30, null],
    ["Actual Q1", 3, 31, null],
    ["Actual H2", 12, 31, null],
    ["Consuntivo al 30 settembre 2024", 9, 30, 2024],
  ])("reads the period of %p", (header, month, day, year) => {
    expect(qualifierOf(header)).toMatchObject({ kind: "period", month, day, year });
  });

  it.each([["Target"], ["Consuntivo"], ["Peso %"], ["Target (valore)"]])(
    "%p has no qualifier",
    (header) => {
      expect(qualifierOf(header)).toEqual({ kind: "none" });
    }
  );

  it("ends a period without a year in the plan year, on a real day", () => {
    const q = qualifierOf("Consuntivo I trimestre");
    if (q.kind !== "period") throw new Error("not a period");
    expect(periodEnd(q, 2024)).toBe(45382); // 31/03/2024
    const feb = qualifierOf("Consuntivo al 29/02");
    if (feb.kind !== "period") throw new Error("not a period");
    expect(periodEnd(feb, 2023)).toBe(44985); // 28/02/2023 (no 29th that year)
  });
});
