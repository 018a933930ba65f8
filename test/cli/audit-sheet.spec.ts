/* eslint-disable office-addins/load-object-before-read -- ExcelJS rows, not Office.js proxies */
import ExcelJS from "exceljs";
import {
  AUDIT_HEADERS,
  auditSheetName,
  cellLinkFormula,
  isAuditSheet,
  writeAuditSheet,
} from "../../src/cli/audit-sheet";
import type { Finding } from "../../src/core/sheet/sheet-types";

const MISMATCH: Finding = {
  row: 45,
  column: "I",
  code: "PUBLISHED_MISMATCH",
  message: "Performance KPI pubblicata 80,10%, calcolata 80,50%.",
  messageEn: "Published KPI performance 80.10%, computed 80.50%.",
  published: 0.801,
  computed: 0.805,
};
const PARENT: Finding = {
  row: 70,
  column: "A",
  code: "MISSING_PARENT",
  message: "Manca l'obiettivo padre B.2.1.",
  messageEn: "The parent objective B.2.1 is missing.",
  published: null,
  computed: "B.2.1",
};

function workbookWithPlan(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Piano 2021");
  return workbook;
}

describe("writeAuditSheet", () => {
  it("lists each finding: sheet, a link to the cell, code, message, published and computed figures", () => {
    const workbook = workbookWithPlan();
    const sheet = writeAuditSheet(workbook, [
      { sheet: "Piano 2021", finding: MISMATCH },
      { sheet: "Piano 2021", finding: PARENT },
    ]);
    expect(sheet.name).toBe("Verifica");
    expect(sheet.getRow(1).values).toEqual([undefined, ...AUDIT_HEADERS]);
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe("Piano 2021");
    expect(row.getCell(2).value).toEqual({
      formula: `HYPERLINK("#'Piano 2021'!I45","I45")`,
      result: "I45",
    });
    expect([
      row.getCell(3).value,
      row.getCell(4).value,
      row.getCell(5).value,
      row.getCell(6).value,
    ]).toEqual(["PUBLISHED_MISMATCH", MISMATCH.message, 0.801, 0.805]);
    expect(row.getCell(5).numFmt).toBe("0.00%");
    expect(row.getCell(7).value).toBe(MISMATCH.messageEn);
    expect(sheet.getRow(3).getCell(6).value).toBe("B.2.1");
  });

  it("says there is nothing to report when there are no findings", () => {
    const sheet = writeAuditSheet(workbookWithPlan(), []);
    expect(String(sheet.getCell("A2").value)).toMatch(/Nessun rilievo/);
  });

  it("replaces the sheet it wrote before instead of adding a second one", async () => {
    const workbook = workbookWithPlan();
    writeAuditSheet(workbook, [
      { sheet: "Piano 2021", finding: MISMATCH },
      { sheet: "Piano 2021", finding: PARENT },
    ]);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(await workbook.xlsx.writeBuffer());
    writeAuditSheet(reread, [{ sheet: "Piano 2021", finding: PARENT }]);
    expect(reread.worksheets.map((ws) => ws.name)).toEqual(["Piano 2021", "Verifica"]);
    const audit = reread.getWorksheet("Verifica") as ExcelJS.Worksheet;
    expect(audit.getCell("C2").value).toBe("MISSING_PARENT");
    expect(audit.getCell("C3").value).toBeNull();
  });

  it("leaves a user's own sheet called Verifica alone and writes its own beside it", () => {
    const workbook = workbookWithPlan();
    workbook.addWorksheet("Verifica").getCell("A1").value = "Appunti del revisore";
    expect(auditSheetName(workbook)).toBe("Verifica perf-kpi");
    writeAuditSheet(workbook, [{ sheet: "Piano 2021", finding: MISMATCH }]);
    writeAuditSheet(workbook, [{ sheet: "Piano 2021", finding: MISMATCH }]);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      "Piano 2021",
      "Verifica",
      "Verifica perf-kpi",
    ]);
    expect(workbook.getWorksheet("Verifica")?.getCell("A1").value).toBe("Appunti del revisore");
    expect(isAuditSheet(workbook.getWorksheet("Verifica perf-kpi") as ExcelJS.Worksheet)).toBe(
      true
    );
  });
});

describe("cellLinkFormula", () => {
  it("quotes sheet names, doubling apostrophes and double quotes", () => {
    expect(cellLinkFormula("Piano 2021", "G45")).toBe(`HYPERLINK("#'Piano 2021'!G45","G45")`);
    expect(cellLinkFormula(`Dell'Ente "B"`, "A1")).toBe(`HYPERLINK("#'Dell''Ente ""B""'!A1","A1")`);
  });
});
