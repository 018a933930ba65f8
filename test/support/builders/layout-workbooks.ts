/**
 * Realistic workbooks, one per layout family of domain.md §2, built with ExcelJS (never by hand
 * in Excel): the command-line and task-pane specs run them end to end, and
 * `npx ts-node --transpile-only scripts/make-layout-plans.ts` writes them to samples/layouts/.
 * The figures each should give are worked by hand in the specs that use them.
 */
import ExcelJS from "exceljs";

type Cell = string | number | Date | null;

const PERCENT = "0.00%";

export interface LayoutWorkbook {
  /** File name without extension. */
  readonly name: string;
  readonly workbook: ExcelJS.Workbook;
}

function rowsInto(sheet: ExcelJS.Worksheet, top: number, rows: readonly (readonly Cell[])[]): void {
  rows.forEach((values, i) => {
    const row = sheet.getRow(top + i);
    values.forEach((value, c) => {
      if (value !== null) row.getCell(c + 1).value = value;
    });
  });
}

/**
 * An Excel table whose Codice column holds objective codes (titles in Obiettivo), whose operator
 * header Excel named "Colonna1", with weights in points ("Peso %"), a target with a space as
 * thousands separator, a code with a four-digit group, a KPI above the first objective, and a
 * hidden copy of the sheet.
 */
export function codesInColumnWorkbook(): LayoutWorkbook {
  const workbook = new ExcelJS.Workbook();
  const headers = [
    "Codice",
    "Obiettivo",
    "Indicatore",
    "Peso %",
    "Colonna1",
    "Target",
    "Consuntivo",
    "Performance KPI",
    "Performance Obiettivo",
  ];
  const rows: Cell[][] = [
    [null, null, "Indicatore senza obiettivo", null, ">=", 10, 5, null, null],
    ["A", "Competitività delle imprese", null, null, null, null, null, null, null],
    ["A.1", "Transizione digitale", null, null, null, null, null, null, null],
    [null, null, "Imprese assistite", 20, ">=", "1 000", 500, null, null],
    [null, null, "Tempi medi di risposta (gg)", 40, "<=", 10, 20, null, null],
    [null, null, "Pratiche telematiche", 40, ">=", 0.9, 0.9, null, null],
    ["A.1000", "Accesso al credito", null, null, null, null, null, null, null],
    [null, null, "Bandi pubblicati", 100, ">=", 4, 3, null, null],
  ];
  for (const [name, state] of [
    ["Piano 2024", "visible"],
    ["Piano 2024 (copia)", "hidden"],
  ] as const) {
    const sheet = workbook.addWorksheet(name, { state });
    sheet.getCell("A1").value = "Piano della performance 2024";
    sheet.addTable({
      name: name === "Piano 2024" ? "Piano" : "PianoCopia",
      ref: "A3",
      headerRow: true,
      columns: headers.map((header) => ({ name: header })),
      rows,
    });
    // "Pratiche telematiche" (row 9): 90% against ≥ 90%.
    sheet.getCell(9, 6).numFmt = "0%";
    sheet.getCell(9, 7).numFmt = "0%";
    for (let r = 4; r <= 11; r++) {
      sheet.getCell(r, 8).numFmt = PERCENT;
      sheet.getCell(r, 9).numFmt = PERCENT;
    }
  }
  return { name: "codici-in-colonna", workbook };
}

/**
 * Objectives without codes (2023 PIAO style): the level is in the title's first words on one
 * sheet, and in Excel's row outline (grouped rows, plain titles) on another.
 */
export function uncodedObjectivesWorkbook(): LayoutWorkbook {
  const workbook = new ExcelJS.Workbook();
  const header: Cell[] = [
    "Obiettivo",
    "Indicatore",
    "Peso",
    "Target",
    "Consuntivo",
    "Performance KPI",
    "Performance Obiettivo",
  ];
  const plan: { title: string; words: string; outline: number; kpi: Cell[] | null }[] = [
    { title: "Sviluppo economico", words: "AREA 1 -", outline: 0, kpi: null },
    { title: "Transizione digitale", words: "OBIETTIVO STRATEGICO 1.1 -", outline: 1, kpi: null },
    {
      title: "Sportello digitale",
      words: "OBIETTIVO OPERATIVO 1.1.1 -",
      outline: 2,
      kpi: ["Pratiche online", 1, ">= 10", 5],
    },
    {
      title: "Bandi per la digitalizzazione",
      words: "OBIETTIVO OPERATIVO 1.1.2 -",
      outline: 2,
      kpi: ["Bandi pubblicati", 1, ">= 10", 10],
    },
    {
      title: "Accesso al credito",
      words: "OBIETTIVO STRATEGICO 1.2 -",
      outline: 1,
      kpi: ["Imprese finanziate", 1, ">= 10", 8],
    },
  ];
  const byWords = workbook.addWorksheet("PIAO 2024");
  const byOutline = workbook.addWorksheet("Per livelli");
  rowsInto(byWords, 1, [header]);
  rowsInto(byOutline, 1, [header]);
  let r = 2;
  for (const item of plan) {
    byWords.getCell(r, 1).value = `${item.words} ${item.title}`;
    byOutline.getCell(r, 1).value = item.title;
    byOutline.getRow(r).outlineLevel = item.outline;
    r++;
    if (item.kpi !== null) {
      rowsInto(byWords, r, [[null, ...item.kpi]]);
      rowsInto(byOutline, r, [[null, ...item.kpi]]);
      byOutline.getRow(r).outlineLevel = item.outline + 1;
      r++;
    }
  }
  for (const sheet of [byWords, byOutline])
    for (let row = 2; row < r; row++) sheet.getCell(row, 3).numFmt = "0%";
  return { name: "obiettivi-senza-codice", workbook };
}

/**
 * Targets by year, actuals by monitoring period, and numerator/denominator columns.
 */
export function yearsAndPeriodsWorkbook(): LayoutWorkbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Monitoraggio 2024");
  const deadline = new Date(Date.UTC(2024, 4, 31));
  rowsInto(sheet, 1, [
    [
      "Obiettivo",
      "Indicatore",
      "Target 2023",
      "Target 2024",
      "Target 2025",
      "Numeratore",
      "Denominatore",
      "Consuntivo al 30/06/2024",
      "Consuntivo al 31/12/2024",
      "Performance KPI",
      "Performance Obiettivo",
    ],
    ["A.1 - Transizione digitale", null, null, null, null, null, null, null, null, null, null],
    [null, "Imprese assistite", ">= 50", ">= 100", ">= 200", null, null, 40, null, null, null],
    [
      null,
      "Imprese assistite / imprese attive",
      ">= 80%",
      ">= 80%",
      ">= 80%",
      30,
      40,
      0.7,
      null,
      null,
      null,
    ],
    [
      null,
      "Delibera del regolamento",
      deadline,
      deadline,
      deadline,
      null,
      null,
      null,
      null,
      null,
      null,
    ],
  ]);
  for (const column of [3, 4, 5]) sheet.getCell(5, column).numFmt = "dd/mm/yyyy";
  sheet.getCell(4, 8).numFmt = "0%";
  return { name: "anni-e-periodi", workbook };
}

/**
 * Merged header cells (Home › Merge & Center): "Target" over D1:E1 (D the operators, E the
 * values), "Consuntivo" over F1:G1 (F a note on one row, G the actuals) and "Performance
 * Obiettivo" over I1:J1 (the published objective figures in J).
 */
export function mergedHeadersWorkbook(): LayoutWorkbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Piano unito");
  rowsInto(sheet, 1, [
    [
      "Obiettivo",
      "Indicatore",
      "Peso",
      "Target",
      null,
      "Consuntivo",
      null,
      "Performance KPI",
      "Performance Obiettivo",
      null,
    ],
    ["A.1 - Servizi digitali", null, null, null, null, null, null, null, null, 0.5],
    [null, "Pratiche telematiche", 0.5, ">=", 0.8, "dato provvisorio", 0.6, null, null, null],
    [null, "Tempi medi di risposta (gg)", 0.5, "<=", 10, null, 20, null, null, null],
    ["A.2 - Trasparenza", null, null, null, null, null, null, null, null, 1],
    [null, "Pubblicazioni nei termini", 1, ">=", 1, null, 0.9, null, null, null],
  ]);
  for (const range of ["D1:E1", "F1:G1", "I1:J1"]) sheet.mergeCells(range);
  for (const row of [3, 4, 6]) sheet.getCell(row, 3).numFmt = "0%";
  for (const [row, column] of [
    [3, 5],
    [3, 7],
    [6, 5],
    [6, 7],
  ] as const)
    sheet.getCell(row, column).numFmt = "0%";
  for (let row = 2; row <= 6; row++) {
    sheet.getCell(row, 8).numFmt = PERCENT;
    sheet.getCell(row, 10).numFmt = PERCENT;
  }
  return { name: "intestazioni-unite", workbook };
}

/**
 * Targets and actuals by year under merged headers: "Target" over D3:F3 and "Consuntivo" over
 * G3:I3 with "2024 | 2025 | 2026" below each, the other headers merged over both header rows,
 * and the plan year in the title above the table.
 */
export function yearSubHeadersWorkbook(): LayoutWorkbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Piano triennale");
  sheet.getCell("A1").value = "Piano della performance 2025";
  rowsInto(sheet, 3, [
    [
      "Obiettivo",
      "Indicatore",
      "Peso",
      "Target",
      null,
      null,
      "Consuntivo",
      null,
      null,
      "Performance KPI",
      "Performance Obiettivo",
    ],
    [null, null, null, 2024, 2025, 2026, 2024, 2025, 2026, null, null],
    ["A.1 - Transizione digitale", null, null, null, null, null, null, null, null, null, null],
    [null, "Imprese assistite", 0.6, ">= 100", ">= 120", ">= 150", 110, 90, null, null, null],
    [null, "Tempi medi di risposta (gg)", 0.4, "<= 12", "<= 10", "<= 8", 12, 12, null, null, null],
    ["A.2 - Trasparenza", null, null, null, null, null, null, null, null, null, null],
    [null, "Pubblicazioni nei termini", 1, 0.9, 0.95, 1, 0.92, 0.95, null, null, null],
  ]);
  for (const range of ["D3:F3", "G3:I3", "A3:A4", "B3:B4", "C3:C4", "J3:J4", "K3:K4"])
    sheet.mergeCells(range);
  for (const row of [6, 7, 9]) sheet.getCell(row, 3).numFmt = "0%";
  for (let column = 4; column <= 9; column++) sheet.getCell(9, column).numFmt = "0%";
  for (let row = 5; row <= 9; row++) {
    sheet.getCell(row, 10).numFmt = PERCENT;
    sheet.getCell(row, 11).numFmt = PERCENT;
  }
  return { name: "anni-sotto-intestazione", workbook };
}

/** A plan written as cards (seed 003): not a table. */
export function cardsWorkbook(): LayoutWorkbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Schede");
  rowsInto(sheet, 1, [
    ["TITOLO", "Digitalizzazione dei servizi"],
    ["KPI", "Pratiche telematiche"],
    ["ALGORITMO", "N. pratiche telematiche / N. pratiche totali"],
    ["RISULTATI ATTESI", ">= 90%"],
    [null, null],
    ["TITOLO", "Trasparenza"],
    ["KPI", "Pubblicazioni nei termini"],
    ["ALGORITMO", "N. pubblicazioni nei termini / N. pubblicazioni"],
    ["RISULTATI ATTESI", "100%"],
  ]);
  return { name: "schede", workbook };
}

/** Headers nobody can recognise: only a column mapping makes it readable. */
export function unknownHeadersWorkbook(): LayoutWorkbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Foglio1");
  rowsInto(sheet, 1, [
    ["Piano 2024", null, null, null, null],
    ["Voce", "Misura", "Valore obiettivo", "Rilevato", "Esito %"],
    ["A.1 Digitale", null, null, null, null],
    [null, "Imprese assistite", ">= 100", 60, null],
    [null, "Tempi (gg)", "<= 10", 8, null],
  ]);
  return { name: "intestazioni-sconosciute", workbook };
}

export function layoutWorkbooks(): LayoutWorkbook[] {
  return [
    codesInColumnWorkbook(),
    uncodedObjectivesWorkbook(),
    yearsAndPeriodsWorkbook(),
    mergedHeadersWorkbook(),
    yearSubHeadersWorkbook(),
    cardsWorkbook(),
    unknownHeadersWorkbook(),
  ];
}
