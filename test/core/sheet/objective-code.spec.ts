import fc from "fast-check";
import {
  codeLevel,
  parentCode,
  parseCode,
  parseCodedTitle,
} from "../../../src/core/sheet/objective-code";

describe("parseCodedTitle", () => {
  it.each([
    ["A.1 - Attrattività del territorio", "A.1", "Attrattività del territorio"],
    ["A.1.4.1. Servizi certificativi", "A.1.4.1", "Servizi certificativi"],
    ["C Competitività dell'Ente", "C", "Competitività dell'Ente"],
    ["A - Competitività e sviluppo delle imprese", "A", "Competitività e sviluppo delle imprese"],
    ["C.1.2.10 Migliorare il flusso procedurale", "C.1.2.10", "Migliorare il flusso procedurale"],
    ["B.2: Regolazione del mercato", "B.2", "Regolazione del mercato"],
    ["B.4.1", "B.4.1", ""],
  ])("reads %p as code %s", (text, code, title) => {
    expect(parseCodedTitle(text)).toEqual({ code, title });
  });

  it.each([
    ["Sostegno alle imprese"],
    ["CCIAA"],
    ["A cura dell'ufficio"],
    ["E' stato pubblicato il bando"],
    ["Innovazione, semplificazione, trasparenza"],
    [""],
  ])("reads no code in the section label %p", (text) => {
    expect(parseCodedTitle(text)).toBeNull();
  });
});

describe("parseCode", () => {
  it.each([
    ["A.1.4.1.", "A.1.4.1"],
    ["a.1", "A.1"],
    [" B ", "B"],
  ])("normalises %p to %s", (text, code) => {
    expect(parseCode(text)).toBe(code);
  });

  it.each([
    ["A.1000", "A.1000"],
    ["B06", "B06"],
    ["D02.02.", "D02.02"],
    ["A.1.12345", "A.1.12345"],
  ])("reads %p (digits after the letter, groups of any length) as %s", (text, code) => {
    expect(parseCode(text)).toBe(code);
  });

  it.each([["1.2"], ["AB.1"], ["KP185"], ["KPI144"], ["A.b"]])("refuses %p", (text) => {
    expect(parseCode(text)).toBeNull();
  });
});

describe("parentCode / codeLevel", () => {
  it.each([
    ["A.1.3.1", "A.1.3", 4],
    ["A.1", "A", 2],
    ["A", null, 1],
  ])("%s has parent %s and level %i", (code, parent, level) => {
    expect(parentCode(code)).toBe(parent);
    expect(codeLevel(code)).toBe(level);
  });

  const codes = fc
    .tuple(
      fc.constantFrom("A", "B", "C", "Z"),
      fc.array(fc.integer({ min: 1, max: 999 }), { maxLength: 5 })
    )
    .map(([letter, numbers]) => [letter, ...numbers].join("."));

  it("reads back any code written alone, with or without a trailing dot, and one level up is its parent", () => {
    fc.assert(
      fc.property(codes, fc.boolean(), (code, dot) => {
        expect(parseCode(dot ? `${code}.` : code)).toBe(code);
        const parent = parentCode(code);
        if (parent !== null) expect(codeLevel(parent)).toBe(codeLevel(code) - 1);
      })
    );
  });

  it("reads back any code written before a title", () => {
    fc.assert(
      fc.property(codes, fc.constantFrom(" - ", " ", ". ", ": "), (code, separator) => {
        expect(parseCodedTitle(`${code}${separator}Titolo dell'obiettivo`)?.code).toBe(code);
      })
    );
  });
});
