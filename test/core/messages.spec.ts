import { messages, quote } from "../../src/core/messages";
import type { ErrorCode, Result } from "../../src/core/types";

describe("quote", () => {
  it.each<[unknown, string]>([
    ["  ≥  15% ", "≥ 15%"],
    [true, "VERO/TRUE"],
    [false, "FALSO/FALSE"],
    [NaN, "NaN"],
    [1587.1, "1.587,1"],
    [-0.5, "-0,5"],
    [null, "null"],
  ])("quotes %j as %j", (raw, text) => {
    expect(quote(raw)).toBe(text);
  });

  it("shortens long cell text", () => {
    const quoted = quote("x".repeat(500));
    expect(quoted.length).toBe(60);
    expect(quoted.endsWith("…")).toBe(true);
  });
});

describe("messages", () => {
  const cases: [string, () => Result<never>, ErrorCode][] = [
    ["valueUnreadable", () => messages.valueUnreadable("abc"), "VALUE_UNREADABLE"],
    ["valueNotFinite", () => messages.valueNotFinite(Infinity), "VALUE_UNREADABLE"],
    ["targetMissing", () => messages.targetMissing(), "TARGET_MISSING"],
    [
      "targetUnreadable",
      () => messages.targetUnreadable("≤ dato medio nazionale"),
      "TARGET_UNREADABLE",
    ],
    [
      "noPlanYearForTarget",
      () => messages.noPlanYearForTarget("2022 >= 1 2023 >= 2", [2022, 2023]),
      "NO_TARGET_FOR_YEAR",
    ],
    [
      "noTargetForYear",
      () => messages.noTargetForYear("2022 >= 1", [2022], 2024),
      "NO_TARGET_FOR_YEAR",
    ],
    [
      "dateWithoutYear",
      () => messages.dateWithoutYear("entro il 30/4", "30/4"),
      "NO_TARGET_FOR_YEAR",
    ],
    ["operatorUnreadable", () => messages.operatorUnreadable("circa"), "OPERATOR_UNREADABLE"],
    ["weightUnreadable", () => messages.weightUnreadable("abc"), "WEIGHT_UNREADABLE"],
    ["methodUnknown", () => messages.methodUnknown("lineare"), "METHOD_UNKNOWN"],
    ["noHeaderRow", () => messages.noHeaderRow(), "LAYOUT_NOT_FOUND"],
    [
      "headersMissing",
      () =>
        messages.headersMissing(
          3,
          { it: ["Indicatore (A3)"], en: ["Indicator (A3)"] },
          { it: ["Target"], en: ["Target"] }
        ),
      "LAYOUT_NOT_FOUND",
    ],
    ["cardForm", () => messages.cardForm("TITOLO, KPI, ALGORITMO", "A", "A1"), "LAYOUT_NOT_FOUND"],
    [
      "mappingInvalid",
      () => messages.mappingInvalid('ruolo "colore" sconosciuto.', 'unknown role "colore".'),
      "MAPPING_INVALID",
    ],
  ];

  it.each(cases)(
    "%s fails with its code, an Italian message and its English translation",
    (_name, make, code) => {
      const result = make();
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe(code);
        expect(result.error.text.it).not.toBe(result.error.text.en);
        expect(result.error.text.it.length).toBeGreaterThan(20);
        expect(result.error.text.en.length).toBeGreaterThan(20);
      }
    }
  );

  it("covers every message of the catalogue", () => {
    expect(cases.map(([name]) => name).sort()).toEqual(Object.keys(messages).sort());
  });

  it("quotes the user's text and says how to write a target", () => {
    const result = messages.targetUnreadable("da def.");
    expect(result.ok ? "" : result.error.text.it).toBe(
      'Target "da def." senza un valore leggibile, quindi non valutabile: scrivere un operatore e un valore, ad esempio "≥ 15%", ">= 2", "≤ 31/12/2024" o "entro il 30/04/2024".'
    );
  });
});
