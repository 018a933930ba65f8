import { detectLayout } from "../../../src/core/sheet/detect-layout";
import { readRows } from "../../../src/core/sheet/read-rows";
import { sheetGrid } from "../../../src/core/sheet/sheet-grid";
import { buildPlan, sheetOf } from "../../support/builders/plan-builder";

function classesOf(values: Parameters<typeof sheetOf>[0]) {
  const grid = sheetGrid(sheetOf(values));
  const layout = detectLayout(grid);
  if (!layout.ok) throw new Error(layout.error.text.it);
  return readRows(grid, layout.value);
}

const HEADER = [
  "Obiettivo",
  "Cod.",
  "Indicatore",
  "Peso",
  "Target",
  "Consuntivo",
  "Performance KPI",
  "Performance Obiettivo",
  "Note",
];

describe("readRows", () => {
  it("classifies objective, KPI, objective+KPI, note, section label, repeated header and blank rows", () => {
    const { rows, classes } = classesOf([
      HEADER,
      ["A - Area", null, null, null, null, null, null, null, null],
      ["Sostegno alle imprese", null, null, null, null, null, null, null, null],
      ["A.1 - Obiettivo", null, null, null, null, null, null, 1, null],
      [null, "KP1", "Indicatore uno", 0.5, 1, 1, 1, null, "nota"],
      [null, null, null, null, null, null, null, null, "solo una nota"],
      HEADER,
      [null, null, null, null, null, null, null, null, null],
      ["A.1.1 Azione", "KP2", "Indicatore due", 1, 2, 3, 1, 1, null],
    ]);
    expect([...classes.entries()]).toEqual([
      [1, "objective"],
      [2, "label"],
      [3, "objective"],
      [4, "kpi"],
      [5, "note"],
      [6, "header"],
      [7, "blank"],
      [8, "objective+kpi"],
    ]);
    expect(
      rows.map((r) => [r.row, r.kind, r.objective?.code ?? null, r.kpi?.code ?? null])
    ).toEqual([
      [1, "objective", "A", null],
      [3, "objective", "A.1", null],
      [4, "kpi", null, "KP1"],
      [8, "objective+kpi", "A.1.1", "KP2"],
    ]);
  });

  it("reads an objective code from a code column of its own", () => {
    const { rows } = classesOf([
      ["Codice obiettivo", "Obiettivo", "Indicatore", "Target", "Consuntivo", "Performance KPI"],
      ["A.1.4.1.", "Servizi certificativi", null, null, null, null],
      [null, null, "KPI", 1, 1, null],
    ]);
    expect(rows[0].objective).toEqual({
      code: "A.1.4.1",
      title: "Servizi certificativi",
      level: 4,
    });
  });

  it("reads a long table that repeats the objective on every KPI row as one objective", () => {
    const { rows } = classesOf([
      ["Obiettivo", "Indicatore", "Target", "Consuntivo", "Performance KPI"],
      ["A.1 - Uno", "KPI a", 1, 1, null],
      ["A.1 - Uno", "KPI b", 1, 1, null],
    ]);
    expect(rows.map((r) => r.kind)).toEqual(["objective+kpi", "kpi"]);
  });

  it("keeps a weight written on an objective row with the objective, not as a KPI", () => {
    const built = buildPlan([
      {
        title: "B.4.1 - Customer satisfaction",
        weight: 0.5,
        kpis: [{ indicator: "Soddisfazione", target: 6.5, actual: 7 }],
      },
    ]);
    const grid = sheetGrid(built.input);
    const layout = detectLayout(grid);
    if (!layout.ok) throw new Error(layout.error.text.it);
    expect(readRows(grid, layout.value).rows.map((r) => r.kind)).toEqual(["objective", "kpi"]);
  });
});
