/**
 * One table-driven spec per layout rule of domain.md §2 (and the number rules of §3 that the
 * layouts depend on): small sheets written here, expected figures worked by hand from the rules.
 * Settings: proportional, plan year 2024, evaluation date 31/12/2024 (serial 45657) unless said.
 */
import { recomputeSheet } from "../../../src/core/sheet/recompute-sheet";
import type { SheetInput, SheetRecompute } from "../../../src/core/sheet/sheet-types";
import type { CellScalar, Settings } from "../../../src/core/types";
import { sheetOf } from "../../support/builders/plan-builder";

const SETTINGS: Partial<Settings> = { method: "proportional", planYear: 2024, asOf: 45657 };

function recompute(input: SheetInput, extra: Partial<Settings> = {}): SheetRecompute {
  const result = recomputeSheet(input, { ...SETTINGS, ...extra });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.text.it}`);
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

describe("weights in percentage points", () => {
  it.each([
    ["Peso %", 20, 40, 40],
    ["Peso (%)", 20, 40, 40],
    ["Peso", 20, 40, 40],
  ])("reads %p with %p, %p, %p as 20%, 40%, 40%", (header, w1, w2, w3) => {
    const value = recompute(
      sheetOf([
        [
          "Obiettivo",
          "Indicatore",
          header,
          "Target",
          "Consuntivo",
          "Performance KPI",
          "Performance Obiettivo",
        ],
        ["A.1 Digitale", null, null, null, null, null, null],
        [null, "k1", w1, ">= 10", 10, null, null],
        [null, "k2", w2, ">= 10", 5, null, null],
        [null, "k3", w3, ">= 100", 25, null, null],
      ])
    );
    // 0.2·1 + 0.4·0.5 + 0.4·0.25 = 0.2 + 0.2 + 0.1 = 0.5; the weights add up to 100%.
    expect(at(value, 2)?.objective).toBeCloseTo(0.5, 10);
    expect(codesOf(value, "WEIGHTS_NOT_100")).toEqual([]);
  });
});

describe("targets and actuals by year", () => {
  const rows: CellScalar[][] = [
    [
      "Obiettivo",
      "Indicatore",
      "Target 2023",
      "Target 2024",
      "Target 2025",
      "Consuntivo 2024",
      "Performance KPI",
    ],
    ["A.1 Digitale", "Imprese", ">= 50", ">= 100", ">= 200", 80, null],
  ];

  it("uses the plan year's target column", () => {
    const value = recompute(sheetOf(rows));
    expect(at(value, 2)?.kpi).toBeCloseTo(0.8, 10); // 80 / 100
    expect(value.summary.columns.find((c) => c.role === "target")?.header).toBe("Target 2024");
  });

  it("follows the plan year to another column", () => {
    const value = recompute(sheetOf(rows), { planYear: 2025 });
    expect(at(value, 2)?.kpi).toBeCloseTo(0.4, 10); // 80 / 200
  });

  it("picks the plan year's actual among actual columns by year", () => {
    const value = recompute(
      sheetOf([
        [
          "Obiettivo",
          "Indicatore",
          "Valore atteso 2024",
          "Consuntivo 2023",
          "Consuntivo 2024",
          "Performance KPI",
        ],
        ["A.1 Digitale", "Imprese", ">= 100", 100, 30, null],
      ])
    );
    expect(at(value, 2)?.kpi).toBeCloseTo(0.3, 10); // 30 / 100
  });
});

describe("monitoring periods", () => {
  const sheet = (june: CellScalar, december: CellScalar, deadline: number): SheetInput =>
    sheetOf(
      [
        [
          "Obiettivo",
          "Indicatore",
          "Target",
          "Consuntivo al 30/06/2024",
          "Consuntivo al 31/12/2024",
          "Performance KPI",
        ],
        ["A.1 Digitale", "Imprese", ">= 100", june, december, null],
        [null, "Delibera", deadline, null, null, null],
      ],
      { numberFormats: [[], [], ["", "", "dd/mm/yyyy"]] }
    );
  const noAsOf = { asOf: null };

  it("takes the latest period with values by default, says so, and uses its end as the evaluation date", () => {
    // 31/05/2024 = serial 45443; 30/06/2024 = 45473.
    const value = recompute(sheet(40, null, 45443), noAsOf);
    expect(at(value, 2)?.kpi).toBeCloseTo(0.4, 10); // 40 / 100 (June; December is empty)
    expect(value.settings.asOf).toBe(45473);
    // Deadline 31/05/2024 passed by 30/06/2024 with no actual: 0.
    expect(at(value, 3)?.kpi).toBe(0);
    expect(codesOf(value, "PERIOD_BY_DEFAULT").map((f) => f.column)).toEqual(["D"]);
    expect(value.period).toEqual({
      header: "Consuntivo al 30/06/2024",
      end: 45473,
      byDefault: true,
    });
  });

  it("takes the latest period when both have values; a deadline after the chosen period's end is pending", () => {
    // 31/07/2024 = 45504, before 31/12/2024 = 45657: passed, blank → 0. Under June it would be pending.
    const value = recompute(sheet(40, 90, 45504), noAsOf);
    expect(at(value, 2)?.kpi).toBeCloseTo(0.9, 10);
    expect(at(value, 3)?.kpi).toBe(0);
    const june = recompute(sheet(40, 90, 45504), { ...noAsOf, period: "30/06/2024" });
    expect(at(june, 2)?.kpi).toBeCloseTo(0.4, 10);
    expect(at(june, 3)?.kpi).toBeNull();
    expect(codesOf(june, "PERIOD_BY_DEFAULT")).toEqual([]);
  });

  it("reads semesters and picks the one the setting names", () => {
    const value = recompute(
      sheetOf([
        [
          "Obiettivo",
          "Indicatore",
          "Target",
          "Consuntivo I semestre",
          "Consuntivo II semestre",
          "Performance KPI",
        ],
        ["A.1 Digitale", "Imprese", ">= 100", 40, 90, null],
      ]),
      { asOf: null, period: "I semestre" }
    );
    expect(at(value, 2)?.kpi).toBeCloseTo(0.4, 10);
    expect(value.settings.asOf).toBe(45473); // 30/06/2024, end of the first semester of the plan year
  });

  it("keeps an evaluation date that is set", () => {
    const value = recompute(sheet(40, null, 45443), { asOf: 45400 });
    expect(value.settings.asOf).toBe(45400);
    expect(at(value, 3)?.kpi).toBeNull(); // 31/05/2024 not yet passed on 19/04/2024: pending
  });
});

describe("numerator and denominator", () => {
  const sheet = (numerator: CellScalar, denominator: CellScalar, written: CellScalar): SheetInput =>
    sheetOf([
      [
        "Obiettivo",
        "Indicatore",
        "Target",
        "Numeratore",
        "Denominatore",
        "Consuntivo",
        "Performance KPI",
      ],
      [
        "A.1 Digitale",
        "Imprese assistite / attive",
        ">= 80%",
        numerator,
        denominator,
        written,
        null,
      ],
    ]);

  it("scores the ratio", () => {
    const value = recompute(sheet(30, 40, null));
    // 30 / 40 = 0.75 against ≥ 80%: 0.75 / 0.8 = 0.9375.
    expect(at(value, 2)?.kpi).toBeCloseTo(0.9375, 10);
    expect(codesOf(value, "UNIT_MISMATCH")).toEqual([]);
  });

  it("reports a written actual that differs from the ratio by more than 1e-4 (relative)", () => {
    const value = recompute(sheet(30, 40, 0.7));
    expect(at(value, 2)?.kpi).toBeCloseTo(0.9375, 10);
    expect(
      codesOf(value, "RATIO_MISMATCH").map((f) => [f.column, f.published, f.computed])
    ).toEqual([["F", 0.7, 0.75]]);
    expect(codesOf(recompute(sheet(30, 40, 0.75004)), "RATIO_MISMATCH")).toEqual([]);
  });

  it("does not evaluate a denominator of 0, with a message", () => {
    const value = recompute(sheet(3, 0, null));
    expect(at(value, 2)?.kpi).toBeNull();
    expect(codesOf(value, "DENOMINATOR_ZERO").map((f) => f.column)).toEqual(["E"]);
  });
});

describe("objectives without codes", () => {
  // Area → two strategic objectives; the first has two operational ones.
  // Sportello 5/10 = 0.5, Bandi 1, Credito 8/10 = 0.8. Digitale = (0.5 + 1) / 2 = 0.75.
  // Area = (0.75 + 0.8) / 2 = 0.775.
  const titles = ["Sviluppo", "Digitale", "Sportello", "Bandi", "Credito"];
  const kpis: (CellScalar[] | null)[] = [
    null,
    null,
    ["k1", ">= 10", 5],
    ["k2", ">= 10", 10],
    ["k3", ">= 10", 8],
  ];
  const header = [
    "Obiettivo",
    "Indicatore",
    "Target",
    "Consuntivo",
    "Performance KPI",
    "Performance Obiettivo",
  ];

  function expectTree(value: SheetRecompute, objectiveRows: readonly number[]): void {
    const objectives = value.rows.filter((r) => r.kind !== "kpi");
    expect(objectives.map((r) => r.code)).toEqual([null, null, null, null, null]);
    expect(objectives.map((r) => r.row)).toEqual(objectiveRows);
    const figures = objectives.map((r) => r.objective);
    [0.775, 0.75, 0.5, 1, 0.8].forEach((expected, i) =>
      expect(figures[i]).toBeCloseTo(expected, 10)
    );
  }

  function rowsWith(title: (i: number) => string, extra: (i: number) => CellScalar[] = () => []) {
    const rows: CellScalar[][] = [];
    titles.forEach((_, i) => {
      rows.push([title(i), null, null, null, null, null, ...extra(i)]);
      const kpi = kpis[i];
      if (kpi !== null && kpi !== undefined) rows.push([null, ...kpi, null, null, ...extra(-1)]);
    });
    return rows;
  }

  it("reads the level from the words that start the title", () => {
    const words = [
      "AREA",
      "OBIETTIVO STRATEGICO",
      "OBIETTIVO OPERATIVO",
      "OBIETTIVO OPERATIVO",
      "OBIETTIVO STRATEGICO",
    ];
    const value = recompute(sheetOf([header, ...rowsWith((i) => `${words[i]} ${titles[i]}`)]));
    expectTree(value, [2, 3, 4, 6, 8]);
    expect(at(value, 3)?.title).toBe("OBIETTIVO STRATEGICO Digitale");
  });

  it("reads English level words", () => {
    const words = [
      "Area",
      "Strategic objective",
      "Operational objective",
      "Operational objective",
      "Strategic objective",
    ];
    const value = recompute(sheetOf([header, ...rowsWith((i) => `${words[i]}: ${titles[i]}`)]));
    expectTree(value, [2, 3, 4, 6, 8]);
  });

  it("reads the level from a level column", () => {
    const written: CellScalar[] = ["Area", "Obiettivo strategico", 3, "Livello 3", "2"];
    const value = recompute(
      sheetOf([
        [...header, "Livello"],
        ...rowsWith(
          (i) => titles[i] ?? "",
          (i) => [i < 0 ? null : (written[i] ?? null)]
        ),
      ])
    );
    expectTree(value, [2, 3, 4, 6, 8]);
  });

  it("reads the level from Excel's row outline", () => {
    const rows = rowsWith((i) => titles[i] ?? "");
    // Outline: the area at 0, strategic at 1, operational at 2, KPI rows one deeper than their objective.
    const outline = [0, 0, 1, 2, 3, 2, 3, 1, 2];
    const value = recompute(sheetOf([header, ...rows], { rowOutlineLevels: outline }));
    expectTree(value, [2, 3, 4, 6, 8]);
  });

  it("keeps plain section labels as labels when the sheet has no outline", () => {
    const value = recompute(sheetOf([header, ...rowsWith((i) => titles[i] ?? "")]));
    expect(value.rows.filter((r) => r.kind !== "kpi")).toEqual([]);
  });
});

describe("plans written as cards", () => {
  it("refuses them with a message that says what was found and what a table needs", () => {
    const result = recomputeSheet(
      sheetOf([
        ["TITOLO", "Digitalizzazione"],
        ["KPI", "Pratiche telematiche"],
        ["ALGORITMO", "N. pratiche telematiche / N. pratiche"],
        ["RISULTATI ATTESI", ">= 90%"],
        [null, null],
        ["TITOLO", "Trasparenza"],
        ["KPI", "Pubblicazioni"],
      ]),
      SETTINGS
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("LAYOUT_NOT_FOUND");
    expect(result.error.text.it).toContain("schede");
    expect(result.error.text.it).toContain("ALGORITMO");
    expect(result.error.text.it).toContain("Indicatore, Peso, Target, Consuntivo");
    expect(result.error.text.en).toContain("cards");
  });
});
