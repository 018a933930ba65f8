/**
 * Test helper: one small plan used across the sheet specs, with the figures the rules give
 * (worked out by hand in the comments; proportional method, plan year 2021, as of 31/01/2026).
 */
import type { PlanItem } from "./plan-builder";

export const SAMPLE_SETTINGS = { method: "proportional", planYear: 2021, asOf: 46053 } as const;

/** 31/10/2021 and 06/11/2021 as Excel serials. */
const DEADLINE = 44500;
const DONE_SIX_DAYS_LATE = 44506;

export const SAMPLE_PLAN: readonly PlanItem[] = [
  { title: "A - Competitività delle imprese", kpis: [] },
  { label: "Sostegno alle imprese" },
  {
    title: "A.1 - Attrattività del territorio",
    kpis: [
      {
        indicator:
          "Media ponderata di performance degli obiettivi operativi associati all'obiettivo strategico A.1",
        weight: 0.5,
        target: 1,
        targetFormat: "0.00%",
      },
      {
        indicator: "Trend soggetti coinvolti",
        weight: 0.5,
        target: 0.05,
        targetFormat: "0.00%",
        actual: 0.03,
        actualFormat: "0.00%",
      },
    ],
  },
  {
    title: "A.1.1 - Progetto turismo",
    kpis: [
      { indicator: "Iniziative realizzate", weight: 0.7, target: 4, actual: 5 },
      { indicator: "Aziende coinvolte", weight: 0.3, target: 10, actual: 6 },
    ],
  },
  {
    title: "A.1.2 - Accreditamento",
    kpis: [
      {
        indicator: "Presentazione domanda",
        weight: 1,
        operator: "<=",
        target: DEADLINE,
        targetFormat: "dd/mm/yyyy",
        actual: DONE_SIX_DAYS_LATE,
        actualFormat: "dd/mm/yyyy",
      },
    ],
  },
];

/** A.1.1 = 0,7·1 + 0,3·(6/10) = 0,88; A.1.2 = 90% (6 days late); meta of A.1 = (0,88 + 0,9)/2 = 0,89;
 * trend = 0,03/0,05 = 0,6; A.1 = 0,5·0,89 + 0,5·0,6 = 0,745; A = A.1. */
export const SAMPLE_EXPECTED = {
  objectives: { A: 0.745, "A.1": 0.745, "A.1.1": 0.88, "A.1.2": 0.9 },
  kpis: {
    "Media ponderata di performance degli obiettivi operativi associati all'obiettivo strategico A.1": 0.89,
    "Trend soggetti coinvolti": 0.6,
    "Iniziative realizzate": 1,
    "Aziende coinvolte": 0.6,
    "Presentazione domanda": 0.9,
  },
} as const;
