/**
 * A generated performance plan of any size, in the layout of the 2024 fixture (objective and
 * indicator columns, weight, operator, target, actual, KPI and objective performance): areas,
 * strategic and operational objectives, ten KPIs per operational objective. Deterministic.
 */
import {
  addSheet,
  cellKey,
  emptyWorkbook,
  type StoredSheet,
  type WorkbookState,
} from "./workbook-state";

export interface GeneratedPlan {
  readonly state: WorkbookState;
  readonly sheet: StoredSheet;
  readonly kpis: number;
  readonly rows: number;
}

const HEADERS = [
  "Obiettivo",
  "Indicatore",
  "Peso",
  "",
  "Target",
  "Consuntivo",
  "Performance KPI",
  "Performance Obiettivo",
];

/** kpiCount is rounded up to whole operational objectives of ten KPIs. */
export function generatedPlan(kpiCount: number): GeneratedPlan {
  const state = emptyWorkbook();
  const sheet = addSheet(state, "Piano generato");
  const put = (
    row: number,
    column: number,
    value: string | number,
    numberFormat?: string
  ): void => {
    sheet.cells[cellKey(row, column)] =
      numberFormat === undefined ? { value } : { value, numberFormat };
  };
  put(0, 0, "Piano della performance 2024 (generato)");
  HEADERS.forEach((header, column) => {
    if (header !== "") put(2, column, header);
  });
  const operational = Math.ceil(kpiCount / 10);
  let row = 3;
  let kpis = 0;
  let seed = 7;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let o = 0; o < operational; o++) {
    const area = String.fromCharCode(65 + (Math.floor(o / 100) % 26));
    const strategic = (Math.floor(o / 10) % 10) + 1;
    const op = (o % 10) + 1;
    if (o % 100 === 0) put(row++, 0, `${area} - Area ${area}`);
    if (o % 10 === 0)
      put(row++, 0, `${area}.${strategic} - Obiettivo strategico ${area}.${strategic}`);
    put(row++, 0, `${area}.${strategic}.${op} - Obiettivo operativo ${area}.${strategic}.${op}`);
    for (let k = 0; k < 10; k++) {
      put(row, 1, `Indicatore ${kpis + 1}: pratiche evase nei termini`);
      put(row, 2, 0.1, "0%");
      put(row, 3, k % 3 === 2 ? "<=" : ">=");
      const target = 10 + Math.floor(next() * 90);
      put(row, 4, target, "0");
      put(row, 5, Math.round(target * (0.5 + next() * 0.7)), "0");
      row++;
      kpis++;
    }
  }
  return { state, sheet, kpis, rows: row };
}
