/**
 * The "Regole di calcolo (PIANO)" block (issue 9 §3): the rows a reviewer without the add-in reads,
 * planned with the legend so both writers carry it out; placed so that it never overwrites a cell
 * people typed, and recognised and rewritten in place on a re-run.
 */
import { serialFromYmd } from "../../../src/core/excel-date";
import { OUR_LEGEND_TITLE, OUR_RULES_TITLE } from "../../../src/core/sheet/legend-title";
import { recomputeSheet } from "../../../src/core/sheet/recompute-sheet";
import type { SheetInput, SheetRecompute } from "../../../src/core/sheet/sheet-types";
import type { CellScalar, Settings } from "../../../src/core/types";
import { applyPlan } from "../../support/doubles/apply-plan";

const HEADER = [
  "Obiettivo",
  "Indicatore",
  "Peso",
  "Target",
  "Consuntivo",
  "Soglia",
  "Tolleranza",
  "Performance KPI",
  "Performance Obiettivo",
];

const ROWS: CellScalar[][] = [
  HEADER,
  ["A.1 - Servizi", null, null, null, null, null, null, null, null], // row 2
  [null, "Pratiche evase", 0.5, ">= 80", 70, 60, null, null, null], // row 3
  [null, "Tempi medi", 0.5, "= 100", 104, null, 0.05, null, null], // row 4
];

function sheet(values: CellScalar[][] = ROWS): SheetInput {
  return { name: "Piano", origin: { row: 0, column: 0 }, values };
}

const SETTINGS: Partial<Settings> = { planYear: 2024, asOf: serialFromYmd(2024, 12, 31) };

function run(input: SheetInput, settings: Partial<Settings> = SETTINGS): SheetRecompute {
  const result = recomputeSheet(input, settings);
  if (!result.ok) throw new Error(result.error.text.it);
  return result.value;
}

/** label → value of the rules block, and where its title is (0-based). */
function rules(result: SheetRecompute): {
  at: { row: number; column: number };
  rows: Map<string, string>;
} {
  const cells = result.plan.legend?.cells ?? [];
  const title = cells.find((cell) => cell.value === OUR_RULES_TITLE);
  if (title === undefined) throw new Error("no rules block");
  const rows = new Map<string, string>();
  for (const cell of cells) {
    if (cell.column !== title.column || cell.row < title.row) continue;
    const value = cells.find((c) => c.row === cell.row && c.column === title.column + 1);
    rows.set(String(cell.value), String(value?.value));
  }
  return { at: { row: title.row, column: title.column }, rows };
}

describe("the rules block: what it says", () => {
  it("names every rule with Italian figures, the columns of per-KPI parameters included", () => {
    const { rows } = rules(run(sheet()));
    expect(rows.get("Metodo di calcolo (scoring method)")).toBe("proporzionale");
    expect(rows.get("Anno del piano (plan year)")).toBe("2024");
    expect(rows.get("Data di valutazione (evaluation date)")).toBe("31/12/2024");
    expect(rows.get("Periodo di monitoraggio (monitoring period)")).toBe(
      "nessuna colonna per periodo"
    );
    // the default ladder: 30 days 90%, 61 days 85%, beyond 0
    expect(rows.get("Scala dei ritardi (lateness ladder)")).toBe(
      "fino a 30 giorni di ritardo: 90,00%; fino a 61 giorni di ritardo: 85,00%; oltre: 0,00%"
    );
    expect(rows.get("Limite al 100% (cap at 100%)")).toBe("sì");
    expect(rows.get("Soglia ed eccellenza (threshold, excellence)")).toBe(
      "dalla colonna «Soglia» (F)"
    );
    expect(rows.get("Tolleranza per i target = (tolerance)")).toBe(
      "dalla colonna «Tolleranza» (G)"
    );
    // §9's example scale
    expect(rows.get("Scala a scaglioni (step scale)")).toBe(
      "da 100,00%: 100,00%; da 90,00%: 80,00%; da 75,00%: 50,00%; sotto: 0,00%"
    );
    expect(rows.get("Aggregazione degli obiettivi (roll-up)")).toBe(
      "media ponderata dei KPI valutati"
    );
    expect(rows.get("Peso degli obiettivi figli (weight of child objectives)")).toBe("0,00%");
    expect(rows.get("Consuntivo mancante (missing actual)")).toBe("non valutato (N.V.)");
    expect(rows.get("Giorni di anticipo (days early)")).toBe("30");
    expect(rows.get("Legenda (legend)")).toBe(
      "> 80,00%; 60,00% – 80,00%; < 60,00% (dalle impostazioni)"
    );
    expect(rows.get("Valori validati dall'OIV (validated figures)")).toBe(
      "sì (nessuna colonna nel foglio)"
    );
    expect(rows.size).toBe(16); // the title and 15 rules
  });

  it("follows the settings: binary, cap lifted, minimum roll-up, missing actual 0, another legend", () => {
    const { rows } = rules(
      run(sheet(), {
        ...SETTINGS,
        method: "binary",
        capAtOne: false,
        ceiling: 1.3,
        rollup: "minimum",
        missingActual: "zero",
        childWeight: 0.25,
        useValidated: false,
        earlyDays: 15,
        legend: {
          greenAbove: 0.9,
          yellowFrom: 0.5,
          colors: { green: "#00FF00", yellow: "#FFFF00", red: "#FF0000" },
        },
        stepScale: [
          { from: 1, score: 1 },
          { from: 0.5, to: 0.9999, score: 0.5 },
        ],
      })
    );
    expect(rows.get("Metodo di calcolo (scoring method)")).toBe("binario");
    expect(rows.get("Limite al 100% (cap at 100%)")).toBe("no: fino al tetto di 130,00%");
    expect(rows.get("Aggregazione degli obiettivi (roll-up)")).toBe(
      "minimo (il KPI valutato peggiore)"
    );
    expect(rows.get("Consuntivo mancante (missing actual)")).toBe("0 dopo la fine del periodo");
    expect(rows.get("Peso degli obiettivi figli (weight of child objectives)")).toBe("25,00%");
    expect(rows.get("Valori validati dall'OIV (validated figures)")).toBe(
      "no: contano i valori calcolati"
    );
    expect(rows.get("Giorni di anticipo (days early)")).toBe("15");
    expect(rows.get("Legenda (legend)")).toBe(
      "> 90,00%; 50,00% – 90,00%; < 50,00% (dalle impostazioni)"
    );
    expect(rows.get("Scala a scaglioni (step scale)")).toBe(
      "da 100,00%: 100,00%; da 50,00% a 99,99%: 50,00%; sotto: 0,00%"
    );
  });

  it("says when the legend typed in the sheet gave the thresholds", () => {
    const typed: CellScalar[][] = [
      ...ROWS,
      [],
      ["Legenda"],
      ["Performance superiore al 75% del target"],
      ["Performance compresa tra il 50% e il 75%"],
      ["Performance inferiore al 50%"],
    ];
    const { rows } = rules(run(sheet(typed)));
    expect(rows.get("Legenda (legend)")).toBe(
      "> 75,00%; 50,00% – 75,00%; < 50,00% (dalla legenda scritta nel foglio)"
    );
  });
});

describe("the rules block: where it goes", () => {
  it("one blank row below the legend, in the legend's columns", () => {
    const result = run(sheet());
    const legendTitle = result.plan.legend?.cells.find((c) => c.value === OUR_LEGEND_TITLE);
    // table rows 0–3; legend title at 5 (one blank row), 7 rows reserved (title, up to 5 bands,
    // N.V.) = 5–11; one blank row; rules title at 13, with 15 rules down to 28
    expect(legendTitle).toMatchObject({ row: 5, column: 0 });
    expect(rules(result).at).toEqual({ row: 13, column: 0 });
    expect(result.plan.legend?.area).toEqual({ top: 5, left: 0, bottom: 28, right: 1 });
  });

  it("is rewritten in place on a re-run: the same plan, no second block", () => {
    const first = run(sheet());
    const again = run(applyPlan(sheet(), first.plan));
    expect(again.plan).toEqual(first.plan);
    const titles = again.plan.legend?.cells.filter((c) => c.value === OUR_RULES_TITLE) ?? [];
    expect(titles).toHaveLength(1);
  });

  it("after a legend without rules (an older run) with people's text below it, goes below everything", () => {
    const first = run(sheet());
    const legendOnly = {
      ...first.plan,
      legend:
        first.plan.legend === null
          ? null
          : {
              ...first.plan.legend,
              cells: first.plan.legend.cells.filter((c) => c.row <= 9),
            },
    };
    const written = applyPlan(sheet(), legendOnly);
    // a note typed where the rules block would go (row 11), and another at row 14
    const values = written.values.map((row) => [...row]);
    while (values.length < 15) values.push([]);
    values[11] = ["Nota del revisore"];
    values[14] = ["Altra nota"];
    const result = run({ ...written, values });
    expect(rules(result).at).toEqual({ row: 16, column: 0 });
    const touched = (result.plan.legend?.cells ?? []).filter((c) => c.row === 11 || c.row === 14);
    expect(touched).toEqual([]);
  });

  it("its rows are not read as plan rows, even with the legend deleted", () => {
    const first = run(sheet());
    const written = applyPlan(sheet(), first.plan);
    const values = written.values.map((row, i) => (i >= 5 && i <= 11 ? [] : [...row]));
    const again = run({ ...written, values });
    expect(again.rows.map((row) => row.row)).toEqual(first.rows.map((row) => row.row));
    expect(rules(again).at).toEqual({ row: 13, column: 0 });
  });
});
