import fc from "fast-check";
import { serialFromYmd } from "../../src/core/excel-date";
import { parseTarget, type TargetContext } from "../../src/core/parse-target";
import type { CellScalar, ErrorCode, Target } from "../../src/core/types";

const d = serialFromYmd;

function target(raw: CellScalar, ctx?: TargetContext): Target {
  const result = parseTarget(raw, ctx);
  if (!result.ok)
    throw new Error(`expected a target, got ${result.error.code}: ${result.error.text.it}`);
  return result.value;
}

function errorCode(raw: CellScalar, ctx?: TargetContext): ErrorCode | null {
  const result = parseTarget(raw, ctx);
  return result.ok ? null : result.error.code;
}

describe("parseTarget: operator and value written together", () => {
  it.each<[string, Partial<Target>]>([
    ["≥ 15%", { operator: ">=", value: 0.15, unit: "percent", operatorImplied: false }],
    [">= 2", { operator: ">=", value: 2, unit: "number" }],
    ["> 10%", { operator: ">", value: 0.1, unit: "percent" }],
    ["≤ 31/12/2021", { operator: "<=", value: d(2021, 12, 31), unit: "date" }],
    ["< 60 gg", { operator: "<", value: 60, unit: "number" }],
    ["= 100%", { operator: "=", value: 1, unit: "percent" }],
    ["=1", { operator: "=", value: 1, unit: "number" }],
    ["≥15,00%", { operator: ">=", value: 0.15, unit: "percent" }],
    [">= 1.587,10", { operator: ">=", value: 1587.1, unit: "number" }],
    ["≤ -5,28", { operator: "<=", value: -5.28, unit: "number" }],
    ["＞＝ 3", { operator: ">=", value: 3 }],
    ["=< 7", { operator: "<=", value: 7 }],
    ["almeno 5", { operator: ">=", value: 5 }],
    ["non inferiore al 90%", { operator: ">=", value: 0.9, unit: "percent" }],
    ["non oltre il 31/12/2024", { operator: "<=", value: d(2024, 12, 31), unit: "date" }],
    ["massimo 30 giorni", { operator: "<=", value: 30 }],
    ["Target: >= 4", { operator: ">=", value: 4 }],
    ["15% >=", { operator: ">=", value: 0.15, operatorImplied: false }],
    ["≥= 3", { operator: ">=", value: 3 }],
    ["≤= 31/12/2024", { operator: "<=", value: d(2024, 12, 31), unit: "date" }],
  ])("%j", (raw, expected) => {
    expect(target(raw)).toMatchObject(expected);
  });
});

describe("parseTarget: forms seen in plans (domain §4)", () => {
  it.each<[string, Partial<Target>]>([
    [
      "entro il 31/12/2023",
      { operator: "<=", value: d(2023, 12, 31), unit: "date", operatorImplied: false },
    ],
    ["entro 31/12", { operator: "<=", value: d(2024, 12, 31), unit: "date" }],
    ["entro il 30/4", { operator: "<=", value: d(2024, 4, 30), unit: "date" }],
    ["entro il 31 dicembre 2023", { operator: "<=", value: d(2023, 12, 31), unit: "date" }],
    ["entro 60 giorni", { operator: "<=", value: 60, unit: "number" }],
    ["zero", { operator: "=", value: 0, unit: "number", operatorImplied: true }],
    ["Zero", { operator: "=", value: 0 }],
    ["≤ zero", { operator: "<=", value: 0, operatorImplied: false }],
    ["100%", { operator: ">=", value: 1, unit: "percent", operatorImplied: true }],
    ["+10%", { operator: ">=", value: 0.1, unit: "percent", operatorImplied: true }],
    ["31/12/2024", { operator: "<=", value: d(2024, 12, 31), unit: "date", operatorImplied: true }],
    [
      "31 dicembre 2023",
      { operator: "<=", value: d(2023, 12, 31), unit: "date", operatorImplied: true },
    ],
    [">=90% del personale individuato", { operator: ">=", value: 0.9, unit: "percent" }],
    ["> 1 N", { operator: ">", value: 1, unit: "number" }],
    [">= 142 (livello prepandemia)", { operator: ">=", value: 142, unit: "number" }],
    [">= 7 (su scala 1-10 [media])", { operator: ">=", value: 7 }],
    [">= 90,00 %", { operator: ">=", value: 0.9, unit: "percent" }],
    ["≥ 10 , target raggiunto", { operator: ">=", value: 10 }],
    ["entro 5 gg.", { operator: "<=", value: 5, unit: "number" }],
    ["entro 20 gg (dalla data determina)", { operator: "<=", value: 20 }],
    ["entro il\t31/07/2023", { operator: "<=", value: d(2023, 7, 31), unit: "date" }],
    ["entro il 31/7/2022", { operator: "<=", value: d(2022, 7, 31), unit: "date" }],
    ["entro il 31 gennaio 2021", { operator: "<=", value: d(2021, 1, 31), unit: "date" }],
    ["≤ 0 . Il target relativo ai tempi di pagamento", { operator: "<=", value: 0 }],
    ["≥ 10 set di dati", { operator: ">=", value: 10, unit: "number" }],
    ["entro il 10 set. 2024", { operator: "<=", value: d(2024, 9, 10), unit: "date" }],
    ["entro il 15 sett 2024", { operator: "<=", value: d(2024, 9, 15), unit: "date" }],
    ["entro il 31 dic.", { operator: "<=", value: d(2024, 12, 31), unit: "date" }],
    ["entro giugno", { operator: "<=", value: d(2024, 6, 30), unit: "date" }],
    ["entro la fine di settembre 2024", { operator: "<=", value: d(2024, 9, 30), unit: "date" }],
    ["entro fine anno", { operator: "<=", value: d(2024, 12, 31), unit: "date" }],
    ["entro il 2024/03/31", { operator: "<=", value: d(2024, 3, 31), unit: "date" }],
    ["≥ 3 entro giugno", { operator: ">=", value: 3, unit: "number" }],
    ["≥ 5, entro l'anno", { operator: ">=", value: 5 }],
  ])("%j (plan year 2024)", (raw, expected) => {
    expect(target(raw, { planYear: 2024 })).toMatchObject(expected);
  });

  it("ignores trailing words and brackets: nothing is recorded as a revision", () => {
    expect(target(">= 142 (livello prepandemia)").revisedFrom).toBeUndefined();
    expect(target(">=90% del personale individuato").revisedFrom).toBeUndefined();
  });
});

describe("parseTarget: multi-year and revised targets", () => {
  const threeYears =
    "2022 >= 0,18% (orientativamente 120 imprese) 2023 >= 0,21% (140) 2024 >= 0,23% (150)";
  const targetYears = "Target 2021: >=2 Target 2022: >=2 Target 2023: >=3";

  it.each<[string, number, number]>([
    [threeYears, 2022, 0.0018],
    [threeYears, 2023, 0.0021],
    [threeYears, 2024, 0.0023],
    [targetYears, 2021, 2],
    [targetYears, 2022, 2],
    [targetYears, 2023, 3],
  ])("%j picks the plan year %i", (raw, planYear, value) => {
    expect(target(raw, { planYear })).toMatchObject({
      operator: ">=",
      value,
      year: planYear,
      operatorImplied: false,
    });
  });

  it("reads a date of the plan year inside a year's segment", () => {
    expect(
      target("2023: entro il 30/06/2023 2024: entro il 31/03/2024", { planYear: 2023 })
    ).toMatchObject({
      operator: "<=",
      unit: "date",
      value: d(2023, 6, 30),
      year: 2023,
    });
    expect(
      target("2023: entro il 30/06/2023 2024: entro il 31/03/2024", { planYear: 2024 })
    ).toMatchObject({
      value: d(2024, 3, 31),
      year: 2024,
    });
  });

  it.each<[string, number, Partial<Target>]>([
    [
      "2022: >=111,57% 2023: >= 120,00% 2024: >= 130,49%",
      2024,
      { operator: ">=", value: 1.3049, unit: "percent" },
    ],
    ["2023>=15 2024>= 20", 2024, { operator: ">=", value: 20, year: 2024 }],
    ["2023>=15 2024>= 20", 2023, { operator: ">=", value: 15, year: 2023 }],
    [
      "2022: ≤ 0 2023: ≤ -8,75 2024: ≤ dato medio nazionale",
      2023,
      { operator: "<=", value: -8.75 },
    ],
    [
      "Target 2021: 100% Target 2022: 100% Target 2023: 100%",
      2022,
      { operator: ">=", value: 1, operatorImplied: true },
    ],
    [
      "Target 2021:<30 gg Target 2022: < 30 gg Target 2023: < 30 gg",
      2021,
      { operator: "<", value: 30 },
    ],
    ["Target 2021:= 100% Target 2022:=100% Target 2023: = 100%", 2022, { operator: "=", value: 1 }],
    ["Target 2021: >=4 Target 2022: --- Target 2023: ---", 2021, { operator: ">=", value: 4 }],
    [
      "2022: 70,34% 68% 2023: >= 70% 2024: >= 72,62%",
      2022,
      { value: 0.68, revisedFrom: [0.7034], operatorImplied: true },
    ],
  ])("reads the plans' multi-year text %j for %i", (raw, planYear, expected) => {
    expect(target(raw, { planYear })).toMatchObject(expected);
  });

  it.each<[string, number]>([
    ["2022: ≤ 0 2023: ≤ -8,75 2024: ≤ dato medio nazionale", 2024],
    ["Target 2021: >=4 Target 2022: --- Target 2023: ---", 2022],
  ])("%j has no readable target for %i: TARGET_UNREADABLE", (raw, planYear) => {
    expect(errorCode(raw, { planYear })).toBe("TARGET_UNREADABLE");
  });

  it.each<[string, number | null]>([
    [threeYears, null],
    [threeYears, 2025],
    [targetYears, 2024],
  ])("%j with plan year %j is NO_TARGET_FOR_YEAR", (raw, planYear) => {
    expect(errorCode(raw, { planYear })).toBe("NO_TARGET_FOR_YEAR");
  });

  it("says in Italian which years the text gives", () => {
    const result = parseTarget(threeYears, { planYear: 2025 });
    expect(result.ok ? "" : result.error.text.it).toMatch(/2025.*2022, 2023, 2024/);
  });

  it("takes the last value of the year and records the revised ones", () => {
    expect(target("2023 >= 15% 20%", { planYear: 2023 })).toEqual({
      operator: ">=",
      value: 0.2,
      unit: "percent",
      operatorImplied: false,
      year: 2023,
      revisedFrom: [0.15],
    });
  });

  it("reads a text naming one year without a plan year", () => {
    expect(target("2023 >= 15% 20%")).toMatchObject({ value: 0.2, year: 2023 });
  });

  it("treats a year written twice as a revision", () => {
    expect(target("2023 >= 10 2024 >= 12 2023 >= 11", { planYear: 2023 })).toMatchObject({
      value: 11,
      revisedFrom: [10],
    });
  });

  it("does not mistake a date's year or a plain value for a year marker", () => {
    expect(target("2021-12-31")).toMatchObject({ unit: "date", value: d(2021, 12, 31) });
    expect(target(">= 2024")).toMatchObject({ value: 2024, unit: "number" });
    expect(target("2024")).toMatchObject({ value: 2024, unit: "number", operatorImplied: true });
  });
});

describe("parseTarget: no number", () => {
  it.each(["≤ dato medio nazionale", "da def.", "N.V.", "in linea con l'anno precedente", "≥"])(
    "%j is TARGET_UNREADABLE",
    (raw) => {
      const result = parseTarget(raw, { planYear: 2024 });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe("TARGET_UNREADABLE");
        expect(result.error.text.it).toContain("scrivere un operatore e un valore");
        expect(result.error.text.en).toContain("write an operator and a value");
      }
    }
  );

  it.each<[CellScalar]>([[null], [""], ["   "]])("%j is TARGET_MISSING", (raw) => {
    expect(errorCode(raw)).toBe("TARGET_MISSING");
  });

  it.each<[CellScalar]>([[true], [NaN], [Infinity]])("%j is TARGET_UNREADABLE", (raw) => {
    expect(errorCode(raw)).toBe("TARGET_UNREADABLE");
  });

  it.each(["entro il 31/04/2023", "≤ 29/02/2023", "entro il 31/4"])(
    "%j names a date that does not exist: TARGET_UNREADABLE",
    (raw) => {
      expect(errorCode(raw, { planYear: 2024 })).toBe("TARGET_UNREADABLE");
    }
  );

  it("needs a year for a day/month date", () => {
    expect(errorCode("entro il 30/4")).toBe("NO_TARGET_FOR_YEAR");
  });
});

describe("parseTarget: numbers and the operator's own cell", () => {
  it.each<[number, TargetContext, Partial<Target>]>([
    [
      0.15,
      { operator: ">=", numberFormat: "0.00%" },
      { operator: ">=", value: 0.15, unit: "percent", operatorImplied: false },
    ],
    [7, { operator: "<=", numberFormat: "0" }, { operator: "<=", value: 7, unit: "number" }],
    [
      44561,
      { operator: "<=", numberFormat: "dd/mm/yyyy" },
      { operator: "<=", value: 44561, unit: "date" },
    ],
    [
      44561,
      { asDate: true },
      { operator: "<=", value: 44561, unit: "date", operatorImplied: true },
    ],
    [2, {}, { operator: ">=", value: 2, unit: "number", operatorImplied: true }],
    [2, { operator: null }, { operator: ">=", operatorImplied: true }],
  ])("%d with %j", (raw, ctx, expected) => {
    expect(target(raw, ctx)).toMatchObject(expected);
  });

  it("lets the operator cell win over an operator in the text", () => {
    expect(target("≥ 15%", { operator: "<=" })).toMatchObject({
      operator: "<=",
      operatorImplied: false,
    });
    expect(target("15%", { operator: "=" })).toMatchObject({
      operator: "=",
      operatorImplied: false,
    });
  });

  it("uses the text's operator when the operator cell is blank", () => {
    expect(target("≤ 15%", { operator: null })).toMatchObject({ operator: "<=" });
  });

  it("reads a text number as a date serial when asked", () => {
    expect(target("<= 45657", { asDate: true })).toMatchObject({ unit: "date", value: 45657 });
  });
});

describe("parseTarget: properties", () => {
  const anyCell = fc.oneof(
    fc.string(),
    fc.stringOf(
      fc.constantFrom(
        "2",
        "0",
        "1",
        "≥",
        "<",
        "=",
        " ",
        "%",
        ",",
        ".",
        "/",
        "(",
        ")",
        "entro ",
        "target ",
        "zero"
      )
    ),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(NaN, Infinity, -Infinity)
  );

  it("gives a Result for any input and never throws", () => {
    fc.assert(
      fc.property(anyCell, fc.option(fc.integer({ min: 1990, max: 2100 })), (raw, planYear) => {
        const result = parseTarget(raw, { planYear });
        if (result.ok) expect(Number.isFinite(result.value.value)).toBe(true);
        else expect(result.error.text.it.length).toBeGreaterThan(0);
      })
    );
  });

  it("reads back a target written the Italian way", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("≥", ">=", ">", "≤", "<=", "<", "="),
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        (symbol, cents) => {
          const value = cents / 100;
          const text = `${symbol} ${value.toFixed(2).replace(".", ",")}`;
          expect(target(text).value).toBe(Number(value.toFixed(2)));
        }
      )
    );
  });
});
