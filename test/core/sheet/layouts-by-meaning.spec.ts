/**
 * One table-driven spec per layout rule of domain.md §2 (and the number rules of §3 that the
 * layouts depend on): small sheets written here, expected figures worked by hand from the rules.
 * Settings: proportional, plan year 2024, evaluation date 31/12/2024 (serial 45657) unless said.
 */
import { recomputeSheet } from "../../../src/core/sheet/recompute-sheet";
import type {
  ReadingSettings,
  SheetInput,
  SheetRecompute,
} from "../../../src/core/sheet/sheet-types";
import type { CellScalar, Settings } from "../../../src/core/types";
import { sheetOf } from "../../support/builders/plan-builder";

const SETTINGS: Partial<Settings> = { method: "proportional", planYear: 2024, asOf: 45657 };

function recompute(
  input: SheetInput,
  extra: Partial<Settings> & ReadingSettings = {}
): SheetRecompute {
  const result = recomputeSheet(input, { ...SETTINGS, ...extra });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The report row of a 1-based Excel row. */
const at = (value: SheetRecompute, row: number) => value.rows.find((r) => r.row === row);
const codesOf = (value: SheetRecompute, code: string) =>
  value.findings.filter((f) => f.code === code);

describe("a code column decides by its values", () => {
  // Codice holds objective codes, the titles sit in Obiettivo.
  const rows: CellScalar[][] = [
    [
      "Codice",
      "Obiettivo",
      "Indicatore",
      "Peso",
      "",
      "Target",
      "Consuntivo",
      "Performance KPI",
      "Performance Obiettivo",
    ],
    ["A", "Competitività", null, null, null, null, null, null, null],
    ["A.1", "Digitale", null, null, null, null, null, null, null],
    [null, null, "Imprese assistite", 0.5, ">=", 100, 80, null, null],
    [null, null, "Tempi medi", 0.5, "<=", 10, 20, null, null],
    ["A.2", "Credito", null, null, null, null, null, null, null],
    [null, null, "Pratiche", 1, ">=", 10, 10, null, null],
  ];

  it("reads objective codes in a Codice column as objectives, with their titles", () => {
    const value = recompute(sheetOf(rows));
    // A.1: 80/100 = 0.8 and 10/20 = 0.5, weights 50/50 → 0.65. A.2: 10 ≥ 10 → 1. A = (0.65 + 1) / 2 = 0.825.
    expect(at(value, 3)).toMatchObject({ kind: "objective", code: "A.1", title: "Digitale" });
    expect(at(value, 3)?.objective).toBeCloseTo(0.65, 10);
    expect(at(value, 6)?.objective).toBeCloseTo(1, 10);
    expect(at(value, 2)?.objective).toBeCloseTo(0.825, 10);
    expect(at(value, 4)?.kpi).toBeCloseTo(0.8, 10);
    expect(at(value, 5)?.kpi).toBeCloseTo(0.5, 10);
    // No "N.V." written into objective rows: their KPI performance cell is not derived.
    const kpiColumn = 7;
    expect(
      value.plan.cells.filter((c) => c.column === kpiColumn && [1, 2, 5].includes(c.row))
    ).toEqual([]);
    expect(codesOf(value, "COLUMN_ROLE_INFERRED").map((f) => f.column)).toContain("A");
    expect(value.summary.columns.find((c) => c.role === "objectiveCode")).toEqual({
      role: "objectiveCode",
      column: "A",
      header: "Codice",
      source: "values",
    });
  });

  it("reads a code column holding both kinds: objective codes on rows without an indicator, KPI codes on KPI rows", () => {
    const mixed = rows.map((line, i) =>
      i === 3 ? ["KP185", ...line.slice(1)] : i === 4 ? ["KP186", ...line.slice(1)] : line
    );
    const value = recompute(sheetOf(mixed));
    expect(at(value, 3)).toMatchObject({ kind: "objective", code: "A.1" });
    expect(at(value, 4)).toMatchObject({ kind: "kpi", kpiCode: "KP185" });
    expect(at(value, 3)?.objective).toBeCloseTo(0.65, 10);
  });

  it("takes a KPI code that leads the indicator text", () => {
    const value = recompute(
      sheetOf([
        ["Obiettivo", "Indicatore", "Target", "Consuntivo", "Performance KPI"],
        ["A.1 - Digitale", null, null, null, null],
        [null, "KP185 - Trend imprese", ">= 10", 5, null],
      ])
    );
    expect(at(value, 3)).toMatchObject({ kpiCode: "KP185", kpi: 0.5 });
  });
});

describe("headers", () => {
  it("reads Excel's generated Colonna1 header as blank, so its operators count (≤ scores as ≤)", () => {
    const value = recompute(
      sheetOf([
        ["Obiettivo", "Indicatore", "Colonna1", "Target", "Consuntivo", "Performance KPI"],
        ["A.1 Digitale", "Tempi", "<=", 10, 20, null],
      ])
    );
    // ≤, T 10 > 0, A 20 > 0: T/A = 0.5 (as ≥ it would be 1).
    expect(at(value, 2)?.kpi).toBeCloseTo(0.5, 10);
    expect(value.layout.columns.operator).toBe(2);
  });

  it("gives a merged header's role to the columns it spans: the column with values holds it", () => {
    // "Consuntivo" merged over E1:F1; E is an empty spacer, F holds the actuals.
    const value = recompute(
      sheetOf(
        [
          ["Obiettivo", "Indicatore", "", "Target", "Consuntivo", null, "Performance KPI"],
          ["A.1 Digitale", "Imprese", ">=", 100, null, 40, null],
        ],
        { merges: [{ top: 0, left: 4, bottom: 0, right: 5 }] }
      )
    );
    expect(value.layout.columns.actual).toBe(5);
    expect(at(value, 2)?.kpi).toBeCloseTo(0.4, 10); // 40 / 100
  });

  it("gives a merged Performance Obiettivo header to the second column when that one holds the figures", () => {
    const value = recompute(
      sheetOf(
        [
          [
            "Obiettivo",
            "Indicatore",
            "",
            "Target",
            "Consuntivo",
            "Performance KPI",
            "Performance Obiettivo",
            null,
          ],
          ["A.1 Digitale", null, null, null, null, null, null, 0.5],
          [null, "Imprese", ">=", 100, 40, null, null, null],
        ],
        { merges: [{ top: 0, left: 6, bottom: 0, right: 7 }] }
      )
    );
    expect(value.layout.columns.objectivePerformance).toBe(7);
    // The published 50% in H2 is compared with 40/100 = 40%.
    expect(
      codesOf(value, "PUBLISHED_MISMATCH")
        .filter((f) => f.column === "H")
        .map((f) => [f.row, f.published, f.computed])
    ).toEqual([[2, 0.5, 0.4]]);
  });
});

describe("numbers and codes", () => {
  it.each([
    ["1 000", "space"],
    ["1\u00a0000", "no-break space"],
    ["1\u2009000", "thin space"],
    ["≥ 1 000", "space after an operator"],
  ])("reads the target %p (%s as thousands separator) as 1000, not a revised target", (target) => {
    const value = recompute(
      sheetOf([
        ["Obiettivo", "Indicatore", "Target", "Consuntivo", "Performance KPI"],
        ["A.1 Digitale", "Imprese", target, 500, null],
      ])
    );
    expect(at(value, 2)?.kpi).toBeCloseTo(0.5, 10); // 500 / 1000
    expect(codesOf(value, "REVISED_TARGET")).toEqual([]);
  });

  it("reads U+2212 as a minus in an actual", () => {
    const value = recompute(
      sheetOf([
        ["Obiettivo", "Indicatore", "Target", "Consuntivo", "Performance KPI"],
        ["A.1 Digitale", "Saldo", ">= -10", "\u22125", null],
      ])
    );
    // ≥, T −10 < 0, A −5 ≥ −10: met → 1.
    expect(at(value, 2)?.kpi).toBe(1);
  });

  it("reads codes with groups of four or more digits as objectives, so their KPIs do not fold into the one above", () => {
    const value = recompute(
      sheetOf([
        [
          "Obiettivo",
          "Indicatore",
          "Target",
          "Consuntivo",
          "Performance KPI",
          "Performance Obiettivo",
        ],
        ["A.999 Primo", null, null, null, null, null],
        [null, "k1", ">= 10", 10, null, null],
        ["A.1000 Secondo", null, null, null, null, null],
        [null, "k2", ">= 10", 5, null, null],
      ])
    );
    expect(at(value, 2)?.objective).toBe(1);
    expect(at(value, 4)).toMatchObject({ kind: "objective", code: "A.1000" });
    expect(at(value, 4)?.objective).toBeCloseTo(0.5, 10);
  });

  it("builds and rolls up a code 3,000 levels deep without overflowing the stack", () => {
    const depth = 3000;
    const code = ["A", ...Array.from({ length: depth - 1 }, () => "1")].join(".");
    const value = recompute(
      sheetOf([
        [
          "Obiettivo",
          "Indicatore",
          "Target",
          "Consuntivo",
          "Performance KPI",
          "Performance Obiettivo",
        ],
        [`${code} Profondo`, null, null, null, null, null],
        [null, "k", ">= 10", 4, null, null],
      ])
    );
    // Every made-up ancestor rolls up its only child: 4/10 = 0.4 all the way up.
    expect(value.virtualObjectives).toHaveLength(depth - 1);
    expect(value.virtualObjectives.every((v) => Math.abs((v.objective ?? 0) - 0.4) < 1e-12)).toBe(
      true
    );
  });
});

describe("findings for what was skipped or guessed", () => {
  it("reports a KPI above the first objective", () => {
    const value = recompute(
      sheetOf([
        ["Obiettivo", "Indicatore", "Target", "Consuntivo", "Performance KPI"],
        [null, "Orfano", ">= 10", 5, null],
        ["A.1 Digitale", "k", ">= 10", 10, null],
      ])
    );
    expect(codesOf(value, "KPI_WITHOUT_OBJECTIVE").map((f) => [f.row, f.column])).toEqual([
      [2, "B"],
    ]);
    expect(at(value, 2)?.kpi).toBeCloseTo(0.5, 10);
    expect(at(value, 3)?.objective).toBe(1);
  });
});
