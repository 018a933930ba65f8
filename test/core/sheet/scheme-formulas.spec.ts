/**
 * Formulas mode for the schemes of domain.md §9: a KPI scored by threshold, step scale or
 * tolerance gets the custom function that gives its figure (PERF_SOGLIA, PERF_SCAGLIONI,
 * PERF_TOLLERANZA) instead of a value; where no function has an argument for what changed the
 * figure, the value is written and the row's explanation says why. (That the formulas evaluate to
 * the figures is checked through the functions in test/taskpane/formulas-mode.spec.ts.)
 */
import { recomputeSheet } from "../../../src/core/sheet/recompute-sheet";
import type { CellScalar, Settings } from "../../../src/core/types";
import { sheetOf } from "../../support/builders/plan-builder";

// A objective, B indicator, C weight, D operator, E target, F actual, G threshold (Soglia),
// H excellence (Eccellenza), I tolerance (Tolleranza), J KPI performance, K objective performance.
const HEADER: CellScalar[] = [
  "Obiettivo",
  "Indicatore",
  "Peso",
  "Operatore",
  "Target",
  "Consuntivo",
  "Soglia",
  "Eccellenza",
  "Tolleranza",
  "Performance KPI",
  "Performance Obiettivo",
];

/** Rows 3–7 (1-based): five KPIs of objective A.1 (row 2). */
const ROWS: CellScalar[][] = [
  HEADER,
  ["A.1 - Servizi alle imprese"],
  [null, "Pratiche evase", 0.2, "≥", 80, 70, 60, null, null], // S 60, T 80, A 70
  [null, "Imprese servite", 0.2, "≥", 80, 90, 60, 100, null], // E 100
  [null, "Tempi medi (giorni)", 0.2, "≤", 4, 7, 10, null, null], // lower is better
  [null, "Pratiche per addetto", 0.2, "=", 100, 110, null, null, 0.05], // "=" with 5%
  [null, "Eventi", 0.2, "≥", 80, 70, null, null, null], // no threshold
];

function recompute(settings: Partial<Settings>, rows: CellScalar[][] = ROWS) {
  const result = recomputeSheet(sheetOf(rows, { name: "Piano" }), {
    planYear: 2024,
    asOf: 45657, // 31/12/2024
    writeMode: "formulas",
    ...settings,
  });
  if (!result.ok) throw new Error(result.error.text.en);
  return result.value;
}

const guard = (cell: string): string => `IF(ISBLANK(${cell}),"",${cell})`;
const args = (row: number): string => `${guard(`E${row}`)},${guard(`F${row}`)}`;

function kpiFormula(run: ReturnType<typeof recompute>, row: number): string | null {
  const cell = run.plan.cells.find((c) => c.row === row - 1 && c.column === 9);
  if (cell === undefined) throw new Error(`no KPI performance on row ${row}`);
  return cell.formula;
}

describe("formulas mode for the schemes of §9", () => {
  it("writes PERF_SOGLIA under the threshold method, PERF_TOLLERANZA for an = target with a tolerance", () => {
    const run = recompute({ method: "threshold" });
    expect(kpiFormula(run, 3)).toBe(
      `=PIANO.PERF_SOGLIA(${args(3)},${guard("G3")},${guard("D3")},2024)`
    );
    // With the cap, excellence and ceiling are not passed (they would lift it).
    expect(kpiFormula(run, 4)).toBe(
      `=PIANO.PERF_SOGLIA(${args(4)},${guard("G4")},${guard("D4")},2024)`
    );
    expect(kpiFormula(run, 5)).toBe(
      `=PIANO.PERF_SOGLIA(${args(5)},${guard("G5")},${guard("D5")},2024)`
    );
    // The tolerance as the sheet read it (5%), the method in which the band is scored.
    expect(kpiFormula(run, 6)).toBe(`=PIANO.PERF_TOLLERANZA(${args(6)},0.05,"proportional",2024)`);
    // No threshold on the row: PERF_SOGLIA with a blank threshold is proportional, as here.
    expect(kpiFormula(run, 7)).toBe(
      `=PIANO.PERF_SOGLIA(${args(7)},${guard("G7")},${guard("D7")},2024)`
    );
    // The figures (domain.md §9): (70 − 60) / (80 − 60) = 50%; 90 ≥ 80 → 100% (capped);
    // (10 − 7) / (10 − 4) = 50%; 1 − (10 − 5) / 100 = 95%; 70 / 80 = 87,5%.
    const values = [3, 4, 5, 6, 7].map(
      (row) => run.plan.cells.find((c) => c.row === row - 1 && c.column === 9)?.value
    );
    expect(values).toEqual([0.5, 1, 0.5, 0.95, 0.875]);
  });

  it("passes excellence and the ceiling when the cap is lifted", () => {
    const run = recompute({ method: "threshold", capAtOne: false, ceiling: 1.5 });
    expect(kpiFormula(run, 4)).toBe(
      `=PIANO.PERF_SOGLIA(${args(4)},${guard("G4")},${guard("D4")},${guard("H4")},1.5,2024)`
    );
    // 1 + 0,5 · (90 − 80) / (100 − 80) = 125%
    expect(run.plan.cells.find((c) => c.row === 3 && c.column === 9)?.value).toBeCloseTo(1.25, 12);
  });

  it("writes PERF_SCAGLIONI with the scale's text, or none for the default scale", () => {
    const scale = [
      { from: 1, score: 1 },
      { from: 0.9, score: 0.7 },
      { from: 0.6, score: 0.4 },
    ];
    const own = recompute({ method: "steps", stepScale: scale });
    expect(kpiFormula(own, 3)).toBe(
      `=PIANO.PERF_SCAGLIONI(${args(3)},"100%: 100%; 90%: 70%; 60%: 40%",${guard("D3")},2024)`
    );
    // r = 70 / 80 = 87,5% reaches the 60% step: 40%.
    expect(own.plan.cells.find((c) => c.row === 2 && c.column === 9)?.value).toBe(0.4);
    const standard = recompute({ method: "steps" });
    expect(kpiFormula(standard, 3)).toBe(
      `=PIANO.PERF_SCAGLIONI(${args(3)},"",${guard("D3")},2024)`
    );
    // The "=" target with a tolerance is scored by its band under every method.
    expect(kpiFormula(standard, 6)).toMatch(/^=PIANO\.PERF_TOLLERANZA\(/);
  });

  it("writes the value and says why where no function carries the figure", () => {
    const run = recompute({ method: "proportional", capAtOne: false });
    // PERF_KPI has no argument to lift the cap.
    expect(kpiFormula(run, 3)).toBeNull();
    expect(run.explanations.get(3)?.lines.at(-1)).toEqual({
      it: "Scritto come valore e non come formula: senza il limite al 100% la funzione di questo KPI darebbe comunque al massimo il 100%.",
      en: "Written as a value, not a formula: without the cap at 100% this KPI's function would still give at most 100%.",
    });
    // A setting no function has: every KPI is a value, the explanation names the setting.
    const minimum = recompute({ method: "threshold", rollup: "minimum" });
    expect(minimum.plan.cells.every((c) => c.formula === null)).toBe(true);
    expect(minimum.explanations.get(3)?.lines.at(-1)?.it).toBe(
      "Scritto come valore e non come formula: nessuna funzione ha un argomento per «Aggregazione degli obiettivi» diversi dal predefinito."
    );
    // In values mode nothing is said about formulas.
    const values = recompute({ method: "threshold", writeMode: "values" });
    expect(values.explanations.get(3)?.lines.some((l) => l.it.startsWith("Scritto come"))).toBe(
      false
    );
  });

  it("writes the value for a method written on the row, and says so", () => {
    const rows = ROWS.map((row, index) =>
      index === 0 ? [...row, "Metodo"] : index === 2 ? [...row, null, null, "binario"] : row
    );
    const run = recompute({ method: "threshold" }, rows);
    const formulaOf = (row: number): string | null | undefined =>
      run.plan.cells.find((c) => c.row === row - 1 && c.column === 9)?.formula;
    expect(formulaOf(3)).toBeNull();
    expect(run.explanations.get(3)?.lines.at(-1)?.en).toBe(
      "Written as a value, not a formula: the method is written on the row, and which function to use depends on the method."
    );
    expect(formulaOf(4)).toMatch(/^=PIANO\.PERF_SOGLIA\(/);
  });
});
