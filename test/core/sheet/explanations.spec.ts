import { buildExplanations } from "../../../src/core/sheet/explanations";
import type { RowKind } from "../../../src/core/sheet/sheet-types";
import { buildPlan } from "../../support/builders/plan-builder";
import { analysedPlan } from "../../support/builders/analysed-plan";
import { SAMPLE_PLAN, SAMPLE_SETTINGS } from "../../support/builders/sample-plan";

function explain() {
  const built = buildPlan(SAMPLE_PLAN);
  const run = analysedPlan(built.input, SAMPLE_SETTINGS);
  const kinds = new Map<number, RowKind>(run.rows.map((r) => [r.row, r.kind]));
  return { built, explanations: buildExplanations(run.outcome, run.settings, kinds) };
}

const text = (
  lines: readonly { it: string; en: string }[] | undefined,
  language: "it" | "en" = "it"
): string => (lines ?? []).map((l) => l[language]).join(" | ");

describe("buildExplanations", () => {
  it("explains a KPI: target and where its operator came from, actual, method, weight and rule", () => {
    const { built, explanations } = explain();
    const row = (built.kpiRows.get("Aziende coinvolte") as number) + 1;
    const lines = text(explanations.get(row)?.lines);
    expect(lines).toContain("Target: ≥ 10 (operatore dalla colonna dell'operatore)");
    expect(lines).toContain("Consuntivo: 6");
    expect(lines).toContain("Metodo: proporzionale");
    expect(lines).toContain("Peso nell'obiettivo: 30,00%");
    expect(lines).toContain("Consuntivo / target = 60,00%");
    expect(text(explanations.get(row)?.lines, "en")).toContain("Actual / target = 60.00%");
  });

  it("explains a late deliverable by its days late", () => {
    const { built, explanations } = explain();
    const row = (built.kpiRows.get("Presentazione domanda") as number) + 1;
    expect(text(explanations.get(row)?.lines)).toContain("Consegna in ritardo di 6 giorni: 90,00%");
  });

  it("explains a meta-KPI's actual by its child objectives", () => {
    const { built, explanations } = explain();
    const row =
      (built.kpiRows.get(
        "Media ponderata di performance degli obiettivi operativi associati all'obiettivo strategico A.1"
      ) as number) + 1;
    const lines = text(explanations.get(row)?.lines);
    expect(lines).toContain(
      "Consuntivo calcolato 89,00%: media semplice (pesi uguali): A.1.1 88,00%; A.1.2 90,00%"
    );
    expect(lines).toContain("Meta-indicatore");
  });

  it("explains an objective by the items and weights of its roll-up", () => {
    const { built, explanations } = explain();
    const row = (built.objectiveRows.get("A.1.1 - Progetto turismo") as number) + 1;
    const lines = text(explanations.get(row)?.lines);
    expect(lines).toContain("Media ponderata degli indicatori = 88,00%");
    expect(lines).toContain(`riga ${row + 1}: 100,00% × 70,00%`);
    expect(lines).toContain("Somma dei pesi scritti: 100,00%");
    const area = (built.objectiveRows.get("A - Competitività delle imprese") as number) + 1;
    expect(text(explanations.get(area)?.lines)).toContain("Nessun indicatore proprio: 74,50%");
  });

  it("has one entry per KPI and objective row, in sheet order, built on demand", () => {
    const { explanations } = explain();
    expect(explanations.size).toBe(9);
    const rows = [...explanations.keys()];
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect([...explanations.values()].every((e) => e.lines.length > 0)).toBe(true);
    expect(explanations.get(999)).toBeUndefined();
    let visited = 0;
    explanations.forEach(() => visited++);
    expect(visited).toBe(9);
  });

  it("says when a meta-KPI names another objective than the one it belongs to", () => {
    const built = buildPlan([
      {
        title: "A.2 - Due",
        kpis: [
          {
            indicator:
              "Media ponderata di performance degli obiettivi operativi associati all'obiettivo strategico A.3",
            target: 1,
            targetFormat: "0.00%",
          },
        ],
      },
      { title: "A.2.1 - Figlio", kpis: [{ indicator: "k", target: 1, actual: 1 }] },
    ]);
    const run = analysedPlan(built.input, SAMPLE_SETTINGS);
    const explanations = buildExplanations(
      run.outcome,
      run.settings,
      new Map(run.rows.map((r) => [r.row, r.kind]))
    );
    const lines = text(explanations.get(3)?.lines);
    expect(lines).toContain("L'indicatore cita A.3, ma la riga appartiene a A.2");
  });
});
