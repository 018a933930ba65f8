import { writeFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import {
  openWorkbook,
  scalarFromCellValue,
  serialFromDate,
  sheetInputFromWorksheet,
} from "../../src/cli/read-workbook";
import { ExitCode } from "../../src/cli/exit-codes";
import { FIXTURES, makeTempDir } from "../support/doubles/cli-io";

async function loadFixture(name: string): Promise<ExcelJS.Worksheet> {
  const opened = await openWorkbook(path.join(FIXTURES, name));
  if (!opened.ok) throw new Error(opened.error.messageEn);
  return opened.value.workbook.worksheets[0];
}

/** Round trip through a real xlsx file, as the CLI reads it. */
async function roundTrip(
  build: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void
): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet("Piano"), workbook);
  const buffer = await workbook.xlsx.writeBuffer();
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(buffer);
  return read.worksheets[0];
}

describe("sheetInputFromWorksheet on the fixtures", () => {
  it("reads the 2024 tree: headers, weights with their 0% format, a date target as a serial, N.V.", async () => {
    const input = sheetInputFromWorksheet(await loadFixture("albero-2024.xlsx"));
    expect(input.name).toBe("Albero 2024");
    expect(input.origin).toEqual({ row: 0, column: 0 });
    expect(input.values[2]).toEqual([
      "Obiettivo",
      "Indicatore",
      "Peso",
      null,
      "Target",
      "Consuntivo",
      "Performance KPI",
      "Performance Obiettivo",
    ]);
    expect(input.values[5][2]).toBe(0.5);
    expect(input.numberFormats?.[5][2]).toBe("0%");
    expect(input.values[39][4]).toBe(45412); // 30/04/2024
    expect(input.numberFormats?.[39][4]).toBe("dd/mm/yyyy");
    expect(input.values[29][5]).toBe("N.V.");
    expect(input.values).toHaveLength(148);
  });

  it("reads the 2021 report: the merged operator header F3:G3, with G3 empty as Office.js gives it", async () => {
    const input = sheetInputFromWorksheet(await loadFixture("relazione-2021.xlsx"));
    expect(input.merges).toEqual([{ top: 2, left: 5, bottom: 2, right: 6 }]);
    expect(input.values[2][5]).toBe("Target");
    expect(input.values[2][6]).toBeNull();
    expect(input.values[5].slice(1, 9)).toEqual([
      "KP185",
      expect.any(String),
      "kpi validato",
      0.2,
      "≥",
      0.15,
      0.375,
      1,
    ]);
  });

  it("gives every row the same width and formats/formulas the same shape as values", async () => {
    const input = sheetInputFromWorksheet(await loadFixture("relazione-2021.xlsx"));
    const width = input.values[0].length;
    expect(width).toBe(11);
    for (const [index, row] of input.values.entries()) {
      expect(row).toHaveLength(width);
      expect(input.numberFormats?.[index]).toHaveLength(width);
      expect(input.formulas?.[index]).toHaveLength(width);
    }
  });
});

describe("sheetInputFromWorksheet on built workbooks", () => {
  it("turns rich text into plain text, dates into serials and errors into their text", async () => {
    const sheet = await roundTrip((ws) => {
      ws.getCell("A1").value = {
        richText: [{ text: "A.1 - " }, { text: "Attrattività", font: { bold: true } }],
      };
      ws.getCell("B1").value = new Date(Date.UTC(2021, 11, 31));
      ws.getCell("B1").numFmt = "dd/mm/yyyy";
      ws.getCell("C1").value = { error: "#DIV/0!" };
      ws.getCell("D1").value = true;
      ws.getCell("E1").value = { text: "sito", hyperlink: "https://example.org" };
      ws.getCell("F1").value = "1.587,10";
    });
    const input = sheetInputFromWorksheet(sheet);
    expect(input.values[0]).toEqual([
      "A.1 - Attrattività",
      44561,
      "#DIV/0!",
      true,
      "sito",
      "1.587,10",
    ]);
    expect(input.numberFormats?.[0][1]).toBe("dd/mm/yyyy");
  });

  it("gives a formula cell its cached result and its formula text, shared formulas included", async () => {
    const sheet = await roundTrip((ws) => {
      ws.getCell("A1").value = 0.2;
      ws.getCell("A2").value = 0.3;
      // ExcelJS's typings lack the shared-formula master's fields; its writer reads them.
      const master = { formula: "A1*2", result: 0.4, shareType: "shared", ref: "B1:B2" };
      ws.getCell("B1").value = master as ExcelJS.CellFormulaValue;
      ws.getCell("B2").value = { sharedFormula: "B1", result: 0.6 };
      ws.getCell("C1").value = { formula: "PIANO.PERF_KPI(A1,A2)", result: { error: "#NAME?" } };
      ws.getCell("C2").value = { formula: "A1*0", result: 0 };
    });
    const input = sheetInputFromWorksheet(sheet);
    expect(input.values.map((row) => row.slice(1, 3))).toEqual([
      [0.4, "#NAME?"],
      [0.6, 0], // a cached 0 is a value, not a blank
    ]);
    expect(input.formulas?.[0][1]).toBe("=A1*2");
    expect(input.formulas?.[1][1]).toBe("=A2*2");
    expect(input.formulas?.[0][2]).toBe("=PIANO.PERF_KPI(A1,A2)");
    expect(input.formulas?.[0][0]).toBeNull();
  });

  it("reads dates of a 1904 workbook as 1900 serials, as Office.js gives them", async () => {
    const sheet = await roundTrip((ws, wb) => {
      wb.properties.date1904 = true;
      ws.getCell("A1").value = new Date(Date.UTC(2024, 3, 30));
      ws.getCell("A1").numFmt = "dd/mm/yyyy";
    });
    expect(sheetInputFromWorksheet(sheet).values[0][0]).toBe(45412);
  });

  it("reports a merged area once, in sheet coordinates, whatever its size", async () => {
    const sheet = await roundTrip((ws) => {
      ws.getCell("B2").value = "Obiettivo";
      ws.mergeCells("B2:C4");
      ws.getCell("E1").value = "x";
    });
    const input = sheetInputFromWorksheet(sheet);
    expect(input.merges).toEqual([{ top: 1, left: 1, bottom: 3, right: 2 }]);
    expect(input.values[1][1]).toBe("Obiettivo");
    expect(input.values[1][2]).toBeNull();
  });

  it("reads an empty sheet as an empty grid", async () => {
    const sheet = await roundTrip(() => undefined);
    expect(sheetInputFromWorksheet(sheet).values).toEqual([]);
  });
});

describe("scalarFromCellValue", () => {
  it.each<[string, unknown, unknown]>([
    ["null", null, null],
    ["undefined", undefined, null],
    ["a number", 0.805, 0.805],
    ["text", "N.V.", "N.V."],
    ["a boolean", false, false],
    ["NaN", Number.NaN, null],
    ["a formula without a result", { formula: "A1" }, null],
    [
      "a formula with a date result",
      { formula: "TODAY()", result: new Date(Date.UTC(2026, 0, 31)) },
      46053,
    ],
    [
      "a hyperlink with rich text",
      { text: { richText: [{ text: "G" }, { text: "45" }] }, hyperlink: "#x" },
      "G45",
    ],
  ])("reads %s", (_, value, expected) => {
    expect(scalarFromCellValue(value)).toEqual(expected);
  });
});

describe("serialFromDate", () => {
  it("inverts ExcelJS's serial-to-date conversion for every whole serial after the 1900 leap bug", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_465 }), (serial) => {
        const date = new Date(Math.round((serial - 25569) * 86_400_000));
        expect(serialFromDate(date)).toBe(serial);
      })
    );
  });

  it("keeps the time of day as a fraction", () => {
    expect(serialFromDate(new Date(Date.UTC(2021, 11, 31, 12)))).toBeCloseTo(44561.5, 9);
  });
});

describe("openWorkbook", () => {
  it("opens a real xlsx", async () => {
    const opened = await openWorkbook(path.join(FIXTURES, "albero-2024.xlsx"));
    expect(opened.ok && opened.value.workbook.worksheets.map((ws) => ws.name)).toEqual([
      "Albero 2024",
    ]);
  });

  it.each<[string, Buffer | null, RegExp]>([
    ["a missing file", null, /non esiste/],
    ["a text file", Buffer.from("Obiettivo;Peso\n"), /non è un file \.xlsx/],
    [
      "a password-protected workbook",
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(64),
        Buffer.from("EncryptionInfo", "utf16le"),
      ]),
      /protetto da password/,
    ],
    [
      "an old .xls",
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(64),
      ]),
      /vecchio formato \.xls/,
    ],
    [
      "a corrupt zip",
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]),
      /danneggiato/,
    ],
  ])("refuses %s with exit code 3 and an Italian message", async (_, bytes, message) => {
    const { dir, cleanup } = makeTempDir("open");
    try {
      const file = path.join(dir, "piano.xlsx");
      if (bytes !== null) writeFileSync(file, bytes);
      const opened = await openWorkbook(file);
      expect(opened.ok).toBe(false);
      if (!opened.ok) {
        expect(opened.error.exitCode).toBe(ExitCode.unreadableInput);
        expect(opened.error.message).toMatch(message);
        expect(opened.error.messageEn.length).toBeGreaterThan(10);
      }
    } finally {
      cleanup();
    }
  });
});
