/**
 * The one generator of a large synthetic performance plan, shared by the benches and the task-pane
 * tests: a grid of values and number formats in the layout of the 2024 fixture (title, blank row,
 * header Obiettivo / Indicatore / Peso / operator / Target / Consuntivo / Performance KPI /
 * Performance Obiettivo), then areas → strategic objectives → operational objectives → KPIs.
 * Each strategic objective has a meta-KPI (weighted mean of its operational objectives) and nine
 * operational objectives of eleven KPIs: 100 KPIs. Targets and actuals mix dates (≤), percentages
 * and numbers (≥). Deterministic, so every run measures the same plan. Each consumer adapts the grid
 * (SheetInput, ExcelJS workbook, fake Excel host).
 */
import type { CellScalar } from "../../../src/core/types";

export interface PlanGrid {
  /** Row-major, 0-based; short rows are blank to the right. */
  readonly values: CellScalar[][];
  /** Same shape as values; "General" where no format applies. */
  readonly numberFormats: string[][];
  readonly kpis: number;
}

export const KPIS_PER_STRATEGIC_OBJECTIVE = 100;
const OPERATIONAL_PER_STRATEGIC = 9;
const KPIS_PER_OPERATIONAL = 11;
const STRATEGIC_PER_AREA = 10;

const GENERAL = "General";
const PERCENT = "0.00%";
const DATE = "dd/mm/yyyy";
const HEADER: CellScalar[] = [
  "Obiettivo",
  "Indicatore",
  "Peso",
  null,
  "Target",
  "Consuntivo",
  "Performance KPI",
  "Performance Obiettivo",
];

/** A linear congruential sequence in [0, 1). */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function areaCode(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : `${letter}${Math.floor(index / 26)}`;
}

/** kpiCount is rounded up to whole strategic objectives of 100 KPIs (meta-KPI included). */
export function generatePlanGrid(kpiCount: number): PlanGrid {
  const random = sequence(42);
  const values: CellScalar[][] = [["Piano della performance 2024 (generato)"], [], HEADER];
  const numberFormats: string[][] = [[GENERAL], [], HEADER.map(() => GENERAL)];
  let kpis = 0;
  const push = (row: CellScalar[], formats: string[]): void => {
    values.push(row);
    numberFormats.push(formats);
  };
  const title = (text: string): void => push([text], [GENERAL]);
  const kpiRow = (indicator: string, weight: number): void => {
    kpis++;
    const kind = random();
    if (kind < 0.3) {
      push(
        [null, indicator, weight, "<=", 45_500, 45_490 + Math.floor(random() * 30)],
        [GENERAL, GENERAL, "0%", GENERAL, DATE, DATE, PERCENT, PERCENT]
      );
    } else if (kind < 0.6) {
      push(
        [null, indicator, weight, ">=", 0.5, random()],
        [GENERAL, GENERAL, "0%", GENERAL, PERCENT, PERCENT, PERCENT, PERCENT]
      );
    } else {
      push(
        [null, indicator, weight, ">=", 20, Math.floor(random() * 30)],
        [GENERAL, GENERAL, "0%", GENERAL, "0", "0", PERCENT, PERCENT]
      );
    }
  };
  const strategicCount = Math.ceil(kpiCount / KPIS_PER_STRATEGIC_OBJECTIVE);
  for (let s = 0; s < strategicCount; s++) {
    const area = areaCode(Math.floor(s / STRATEGIC_PER_AREA));
    if (s % STRATEGIC_PER_AREA === 0) title(`${area} - Area ${area}`);
    const strategic = `${area}.${(s % STRATEGIC_PER_AREA) + 1}`;
    title(`${strategic} - Obiettivo strategico ${strategic}`);
    kpis++;
    push(
      [
        null,
        `Media ponderata di performance degli obiettivi operativi associati all'obiettivo strategico ${strategic}`,
        1,
        ">=",
        1,
      ],
      [GENERAL, GENERAL, "0%", GENERAL, PERCENT, PERCENT, PERCENT, PERCENT]
    );
    for (let o = 1; o <= OPERATIONAL_PER_STRATEGIC; o++) {
      const operational = `${strategic}.${o}`;
      title(`${operational} - Obiettivo operativo ${operational}`);
      for (let k = 1; k <= KPIS_PER_OPERATIONAL; k++)
        kpiRow(`Indicatore ${operational}.${k}`, 1 / KPIS_PER_OPERATIONAL);
    }
  }
  return { values, numberFormats, kpis };
}
