import { buildTree } from "../../../src/core/sheet/build-tree";
import { computeTree, performanceOf } from "../../../src/core/sheet/compute-tree";
import { detectLayout } from "../../../src/core/sheet/detect-layout";
import { readRows } from "../../../src/core/sheet/read-rows";
import { sheetGrid } from "../../../src/core/sheet/sheet-grid";
import type { EffectiveSettings } from "../../../src/core/sheet/sheet-types";
import { resolveSettings } from "../../../src/core/settings";
import type { Method } from "../../../src/core/types";
import { buildPlan, type PlanItem } from "../../support/builders/plan-builder";

function compute(items: readonly PlanItem[], method: Method = "proportional") {
  const built = buildPlan(items, { withStatus: true });
  const grid = sheetGrid(built.input);
  const layout = detectLayout(grid);
  if (!layout.ok) throw new Error(layout.error.text.it);
  const tree = buildTree(readRows(grid, layout.value).rows);
  const settings: EffectiveSettings = {
    ...resolveSettings({ method }),
    planYear: 2024,
    asOf: 46053,
  };
  const outcome = computeTree(grid, layout.value, tree, settings);
  const objective = (code: string) =>
    [...outcome.objectives.values()].find((o) => o.node.code === code);
  const kpi = (indicator: string) => outcome.kpis.get(built.kpiRows.get(indicator) as number);
  return { outcome, objective, kpi, tree };
}

const META_A2 =
  "Media ponderata di performance degli obiettivi operativi associati all'obiettivo strategico A.2";

describe("computeTree", () => {
  it("rolls a meta-KPI's actual up from the direct children and scores it proportionally under the binary method", () => {
    const { objective, kpi } = compute(
      [
        {
          title: "A.2 - Internazionalizzazione",
          kpis: [
            {
              indicator: "Trend imprese",
              weight: 0.3,
              target: 0.1,
              targetFormat: "0.00%",
              actual: 0.35,
              actualFormat: "0.00%",
            },
            { indicator: META_A2, weight: 0.7, target: 1, targetFormat: "0.00%" },
          ],
        },
        {
          title: "A.2.1 - Export",
          kpis: [
            { indicator: "Attività", weight: 0.8, target: 5, actual: 6 },
            {
              indicator: "Risposta",
              weight: 0.2,
              target: 0.6,
              targetFormat: "0.00%",
              actual: 0.5,
              actualFormat: "0.00%",
            },
          ],
        },
        {
          title: "A.2.2 - Formazione",
          kpis: [{ indicator: "Percorsi", weight: 1, target: 15, actual: 198 }],
        },
      ],
      "binary"
    );
    expect(objective("A.2.1")?.performance).toBeCloseTo(0.8, 12);
    expect(kpi(META_A2)?.meta?.actual).toBeCloseTo(0.9, 12);
    expect(performanceOf(kpi(META_A2)?.score ?? null)).toBeCloseTo(0.9, 12);
    expect(kpi(META_A2)?.score).toMatchObject({ rule: "metaRollup" });
    expect(objective("A.2")?.performance).toBeCloseTo(0.3 + 0.7 * 0.9, 12);
  });

  it("weighs children by the weights written on their objective rows", () => {
    const { kpi } = compute([
      {
        title: "B.4 - Comunicazione",
        kpis: [
          {
            indicator:
              "Media ponderata di performance degli obiettivi operativi associati all'obiettivo strategico B.4",
            weight: 1,
            target: 1,
            targetFormat: "0.00%",
          },
        ],
      },
      { title: "B.4.1 - Uno", weight: 0.75, kpis: [{ indicator: "k1", target: 10, actual: 10 }] },
      { title: "B.4.2 - Due", weight: 0.25, kpis: [{ indicator: "k2", target: 10, actual: 6 }] },
    ]);
    expect(
      kpi(
        "Media ponderata di performance degli obiettivi operativi associati all'obiettivo strategico B.4"
      )?.meta?.actual
    ).toBeCloseTo(0.75 + 0.25 * 0.6, 12);
  });

  it("rolls an objective without KPIs up from its children with equal weights", () => {
    const { objective } = compute([
      { title: "C - Area", kpis: [] },
      { title: "C.1 - Uno", kpis: [{ indicator: "k1", target: 10, actual: 5 }] },
      { title: "C.2 - Due", kpis: [{ indicator: "k2", target: 10, actual: 10 }] },
    ]);
    expect(objective("C")?.performance).toBeCloseTo(0.75, 12);
    expect(objective("C")?.basis).toBe("children");
  });

  it("re-distributes the weight of KPIs not evaluated and leaves an objective with none evaluated not evaluated", () => {
    const { objective } = compute([
      {
        title: "C.1 - Uno",
        kpis: [
          { indicator: "k1", weight: 0.33, target: 1, actual: 0.9973 },
          { indicator: "k2", weight: 0.33, target: 1, actual: 0.8442 },
          { indicator: "k3", weight: 0.33, target: 7, status: "kpi non disponibile" },
        ],
      },
      { title: "C.2 - Due", kpis: [{ indicator: "k4", target: 7, actual: "N.V." }] },
    ]);
    expect(objective("C.1")?.performance).toBeCloseTo((0.9973 + 0.8442) / 2, 12);
    expect(objective("C.2")?.performance).toBeNull();
  });

  it("scores a date KPI with a blank actual past the deadline as 0, and leaves an unreadable target unscored", () => {
    const { kpi } = compute([
      {
        title: "A.6 - Crisi",
        kpis: [
          {
            indicator: "Sportello",
            weight: 1,
            operator: "<=",
            target: 45657,
            targetFormat: "dd/mm/yyyy",
          },
          { indicator: "Confronto", weight: 1, target: "≤ dato medio nazionale", actual: 3 },
        ],
      },
    ]);
    expect(kpi("Sportello")?.score).toMatchObject({
      evaluated: true,
      performance: 0,
      rule: "dateMissedDeadline",
    });
    expect(kpi("Confronto")?.score).toBeNull();
  });

  it("treats a meta-like indicator of an objective without children as an ordinary KPI", () => {
    const meta =
      "Media ponderata di performance delle azioni associate all'obiettivo operativo A.1.3";
    const { kpi } = compute([
      {
        title: "A.1.3 - Orientamento",
        kpis: [
          { indicator: meta, target: 1, targetFormat: "0.00%", actual: 0.5, actualFormat: "0.00%" },
        ],
      },
    ]);
    expect(kpi(meta)?.meta).toBeNull();
    expect(performanceOf(kpi(meta)?.score ?? null)).toBeCloseTo(0.5, 12);
  });
});
