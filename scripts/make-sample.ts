/**
 * Builds samples/piano-esempio.xlsx, the small realistic plan used by `npm run demo`:
 * `npx ts-node --transpile-only scripts/make-sample.ts`. Italian headers, one area per theme,
 * objectives and KPIs with a meta-KPI, a date KPI, a N.V. KPI, Italian text values and a few
 * published figures that do not add up (so the "Verifica" sheet has something to say).
 */
import * as path from "path";
import ExcelJS from "exceljs";

type Cell = string | number | Date | null;
/** Obiettivo, Cod., Indicatore, Peso, operator, Target, Consuntivo, Performance KPI, Performance Obiettivo, Note */
type Line = [Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell];

const HEADERS: Line = [
  "Obiettivo",
  "Cod.",
  "Indicatore",
  "Peso",
  null,
  "Target",
  "Consuntivo",
  "Performance KPI",
  "Performance Obiettivo",
  "Note",
];

const date = (year: number, month: number, day: number): Date =>
  new Date(Date.UTC(year, month - 1, day));

/** Published figures are the office's own: some are wrong on purpose. */
const LINES: Line[] = [
  ["A - Servizi ai cittadini e alle imprese", null, null, null, null, null, null, null, null, null],
  ["A.1 - Semplificazione amministrativa", null, null, null, null, null, null, null, 0.95, null],
  [
    null,
    "KP101",
    "Media ponderata di performance degli obiettivi operativi associati all'obiettivo strategico A.1",
    0.4,
    ">=",
    1,
    0.9,
    0.9,
    null,
    "Calcolato dagli obiettivi operativi",
  ],
  [
    null,
    "KP102",
    "Pratiche SUAP evase entro 30 giorni",
    0.6,
    ">=",
    0.9,
    0.875,
    0.9722,
    null,
    "350 pratiche su 400",
  ],
  ["A.1.1 - Sportello digitale", null, null, null, null, null, null, null, 0.95, null],
  [null, "KP111", "Servizi online attivati sul portale", 0.5, ">=", 12, 14, 1, null, null],
  [
    null,
    "KP112",
    "Attivazione di pagoPA per tutti i servizi a pagamento",
    0.5,
    "<=",
    date(2025, 6, 30),
    date(2025, 7, 15),
    0.9,
    null,
    "Attivato il 15/07/2025",
  ],
  ["A.1.2 - Comunicazione istituzionale", null, null, null, null, null, null, null, 0.8, null],
  [
    null,
    "KP121",
    "Grado di soddisfazione degli utenti (scala 1-5)",
    0.5,
    ">=",
    4,
    "N.V.",
    null,
    null,
    "Indagine rinviata al 2026",
  ],
  [null, "KP122", "Comunicati stampa pubblicati", 0.5, ">=", 40, "32", 0.8, null, null],
  ["B - Organizzazione interna", null, null, null, null, null, null, null, null, null],
  [
    "B.1 - Trasparenza e prevenzione della corruzione",
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    0.72,
    null,
  ],
  [
    null,
    "KP201",
    "Tempo medio di pagamento delle fatture",
    0.5,
    "<=",
    "30 gg",
    "34",
    0.8824,
    null,
    "Media annuale in giorni",
  ],
  [
    null,
    "KP202",
    "Dipendenti formati in materia di anticorruzione",
    0.5,
    ">=",
    0.8,
    0.45,
    0.5625,
    null,
    "27 dipendenti su 60",
  ],
];

const PERCENT = "0.00%";
const DATE = "dd/mm/yyyy";

async function makeSample(target: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "perf-kpi";
  const sheet = workbook.addWorksheet("Piano 2025");
  sheet.columns = [40, 9, 48, 9, 6, 12, 12, 14, 14, 30].map((width) => ({ width }));

  sheet.getCell("A1").value = "Piano della performance 2025 - Comune di Esempio (dati di prova)";
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.mergeCells("A1:J1");

  const header = sheet.getRow(3);
  header.values = HEADERS;
  header.font = { bold: true };
  header.eachCell({ includeEmpty: true }, (cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
    cell.alignment = { wrapText: true, vertical: "middle" };
  });

  LINES.forEach((line, index) => {
    const row = sheet.getRow(4 + index);
    row.values = line;
    if (line[0] !== null) row.getCell(1).font = { bold: true };
    row.getCell(4).numFmt = PERCENT;
    const isDateKpi = line[5] instanceof Date;
    const isPercentKpi = typeof line[5] === "number" && line[5] <= 1 && typeof line[6] !== "string";
    if (isDateKpi) {
      row.getCell(6).numFmt = DATE;
      row.getCell(7).numFmt = DATE;
    } else if (isPercentKpi) {
      row.getCell(6).numFmt = PERCENT;
      row.getCell(7).numFmt = PERCENT;
    }
    row.getCell(8).numFmt = PERCENT;
    row.getCell(9).numFmt = PERCENT;
    row.getCell(10).alignment = { wrapText: true };
  });
  await workbook.xlsx.writeFile(target);
}

const target = path.join(__dirname, "..", "samples", "piano-esempio.xlsx");
makeSample(target).then(
  () => console.log(`Scritto / written: ${target}`),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  }
);
