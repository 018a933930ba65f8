import fc from "fast-check";
import {
  matchOperatorPrefix,
  normaliseOperatorText,
  parseOperator,
} from "../../src/core/parse-operator";
import type { CellScalar, Operator } from "../../src/core/types";

describe("parseOperator", () => {
  it.each<[string, Operator]>([
    ["≥", ">="],
    [">=", ">="],
    ["=>", ">="],
    ["⩾", ">="],
    ["＞＝", ">="],
    ["> =", ">="],
    ["≤", "<="],
    ["<=", "<="],
    ["=<", "<="],
    [">", ">"],
    ["<", "<"],
    ["＞", ">"],
    ["=", "="],
    ["＝", "="],
    ["==", "="],
    [" >= ", ">="],
    ["almeno", ">="],
    ["Non inferiore a", ">="],
    ["entro", "<="],
    ["Entro il", "<="],
    ["non oltre", "<="],
    ["massimo", "<="],
    ["at least", ">="],
    ["no later than", "<="],
    ["maggiore di", ">"],
    ["inferiore a", "<"],
    ["pari a", "="],
    [">=:", ">="],
  ])("%j is %s", (text, operator) => {
    expect(parseOperator(text)).toEqual({ ok: true, value: operator });
  });

  it.each<[CellScalar]>([[null], [""], ["  "]])("%j is no operator (null)", (raw) => {
    expect(parseOperator(raw)).toEqual({ ok: true, value: null });
  });

  it.each<[CellScalar]>([[">>"], ["circa"], ["≥ 15%"], [1], [true], ["!="]])(
    "%j is OPERATOR_UNREADABLE",
    (raw) => {
      const result = parseOperator(raw);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe("OPERATOR_UNREADABLE");
    }
  );

  it("never throws on any input (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)), (raw) => {
        const result = parseOperator(raw);
        expect(typeof result.ok).toBe("boolean");
      })
    );
  });
});

describe("matchOperatorPrefix", () => {
  it.each<[string, Operator, number]>([
    [">=90%", ">=", 2],
    ["≥ 15%", ">=", 1],
    ["entro il 31/12/2023", "<=", 8],
    ["entro 31/12", "<=", 5],
    ["< 60 gg", "<", 1],
    ["=1", "=", 1],
  ])("finds the operator at the start of %j", (text, operator, length) => {
    expect(matchOperatorPrefix(normaliseOperatorText(text))).toEqual({ operator, length });
  });

  it("needs a word boundary after a word operator", () => {
    expect(matchOperatorPrefix("minimizzare i tempi")).toBeNull();
    expect(matchOperatorPrefix("entrope")).toBeNull();
    expect(matchOperatorPrefix("dato medio")).toBeNull();
  });
});
