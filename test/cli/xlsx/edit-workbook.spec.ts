/**
 * The surgical editor carrying out write plans on packages built from Excel's parts: values and
 * formats, formulas as Excel stores them, the band rules (priorities after the user's, our earlier
 * rules replaced wherever they were), the legend with its fills, and the Verifica sheet (replaced on
 * a re-run, people's columns kept, a user's own "Verifica" left alone).
 */
import type { BandRule, Finding, WritePlan } from "../../../src/core/sheet";
import { editWorkbook } from "../../../src/cli/xlsx/edit-workbook";
import { editSheet } from "../../../src/cli/xlsx/edit-sheet";
import { MINIMAL_STYLES, StyleEditor } from "../../../src/cli/xlsx/styles";
import { cellLinkFormula } from "../../../src/cli/xlsx/audit-part";
import { readPackage } from "../../../src/cli/xlsx/read-package";
import { readWorksheet, workbookPackage, worksheets } from "../../../src/cli/xlsx/workbook-package";
import {
  buildXlsx,
  openBuilt,
  partsOf,
  type PackageSpec,
} from "../../support/builders/xlsx-package";

const RULES: readonly BandRule[] = [
  {
    band: "green",
    name: "verde",
    formula: "=AND(ISNUMBER($C2),ROUND($C2,4)>0.8)",
    fill: "#C6EFCE",
  },
  {
    band: "yellow",
    name: "giallo",
    formula: "=AND(ISNUMBER($C2),ROUND($C2,4)>=0.6,ROUND($C2,4)<=0.8)",
    fill: "#FFEB9C",
  },
  { band: "red", name: "rosso", formula: "=AND(ISNUMBER($C2),ROUND($C2,4)<0.6)", fill: "#FFC7CE" },
];

const PLAN: WritePlan = {
  cells: [
    { row: 1, column: 2, value: 0.805, numberFormat: "0.00%", formula: null },
    { row: 2, column: 2, value: "N.V.", numberFormat: null, formula: null },
    { row: 4, column: 2, value: 0.5, numberFormat: "0.00%", formula: null }, // a row that does not exist yet
  ],
  bandFormat: { area: { top: 1, left: 0, bottom: 4, right: 2 }, rules: RULES },
  legend: {
    area: { top: 6, left: 0, bottom: 7, right: 1 },
    cells: [
      { row: 6, column: 0, value: "Legenda colori (PIANO)", numberFormat: null, formula: null },
      { row: 7, column: 0, value: "> 80,00%", numberFormat: null, formula: null },
    ],
    fills: [{ row: 7, column: 0, fill: "#C6EFCE" }],
  },
};

const USER_RULE =
  '<conditionalFormatting sqref="B2:B5"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>100</formula></cfRule><cfRule type="expression" dxfId="0" priority="2"><formula>$B2="x"</formula></cfRule></conditionalFormatting>';

function spec(extraSheetXml = "", sheets: PackageSpec["sheets"] = []): PackageSpec {
  return {
    sheets: [
      {
        name: "Piano",
        xml:
          '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Obiettivo</t></is></c></row>' +
          '<row r="2"><c r="A2" s="1"><v>1</v></c><c r="B2" s="1"><v>2</v></c><c r="C2" s="1"><v>3</v></c></row>' +
          '<row r="3"><c r="A3"><v>4</v></c><c r="C3"><f>A3*2</f><v>8</v></c></row></sheetData>' +
          extraSheetXml +
          '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
      },
      ...sheets,
    ],
    styles:
      '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="center"/></xf></cellXfs>' +
      '<dxfs count="1"><dxf><font><b/></font></dxf></dxfs>',
  };
}

function edit(
  bytes: Uint8Array,
  plan: WritePlan,
  findings: { sheet: string; finding: Finding }[] = []
) {
  const pkg = openBuilt(bytes);
  const sheet = worksheets(pkg)[0];
  if (sheet === undefined) throw new Error("no sheet");
  return editWorkbook(pkg, [{ sheet, plan }], findings);
}

function sheetXml(bytes: Uint8Array, part = "xl/worksheets/sheet1.xml"): string {
  return partsOf(bytes).get(part) ?? "";
}

function readBack(bytes: Uint8Array, index = 0) {
  const read = readPackage(bytes);
  if (!read.ok) throw new Error("unreadable output");
  const pkg = workbookPackage(read.parts, false);
  if (pkg === null) throw new Error("no workbook");
  const entry = worksheets(pkg)[index];
  if (entry === undefined) throw new Error("no sheet");
  return readWorksheet(pkg, entry).input;
}

describe("cells", () => {
  it("writes values with their number format, text as text, a missing row in order", () => {
    const out = edit(buildXlsx(spec()), PLAN);
    const input = readBack(out);
    expect(input.values[1]?.[2]).toBe(0.805);
    expect(input.numberFormats?.[1]?.[2]).toBe("0.00%");
    expect(input.values[2]?.[2]).toBe("N.V.");
    expect(input.values[4]?.[2]).toBe(0.5);
    const xml = sheetXml(out);
    expect(xml.indexOf('<row r="3"')).toBeLessThan(xml.indexOf('<row r="5"'));
    expect(xml.indexOf('<row r="5"')).toBeLessThan(xml.indexOf('<row r="7"'));
  });

  it("derives the new style from the cell's own (its alignment kept) and leaves cells sharing it alone", () => {
    const out = edit(buildXlsx(spec()), PLAN);
    const styles = partsOf(out).get("xl/styles.xml") ?? "";
    const xml = sheetXml(out);
    const s = /<c r="C2" s="(\d+)"/.exec(xml)?.[1];
    expect(s).toBe("2"); // appended after the two existing styles
    expect(styles).toContain(
      '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1" applyNumberFormat="1"><alignment horizontal="center"/></xf>'
    );
    expect(xml).toContain('<c r="A2" s="1"><v>1</v></c><c r="B2" s="1"><v>2</v></c>');
  });

  it("stores live formulas as Excel does (_xldudf_ for the add-in's functions) with their cached result", () => {
    const plan: WritePlan = {
      cells: [
        {
          row: 1,
          column: 2,
          value: 0.805,
          numberFormat: "0.00%",
          formula: "=PIANO.PERF_KPI(A2,B2)",
        },
        { row: 2, column: 2, value: "N.V.", numberFormat: null, formula: '=IF(A3="","N.V.",A3)' },
      ],
      bandFormat: null,
      legend: null,
    };
    const xml = sheetXml(edit(buildXlsx(spec()), plan));
    expect(xml).toContain('<c r="C2" s="2"><f>_xldudf_PIANO_PERF_KPI(A2,B2)</f><v>0.805</v></c>');
    expect(xml).toContain('<c r="C3" t="str"><f>IF(A3="","N.V.",A3)</f><v>N.V.</v></c>');
  });

  it("copies a row whose cells already hold what the plan writes byte for byte, and rewrites the others", () => {
    // A plan kept up to date: row 1 already holds 4 and the formula with its result 8.
    const row1 =
      '<row r="1" spans="1:2" x14ac:dyDescent="0.25"><c r="A1"><v>4</v></c><c r="B1"><f>A1*2</f><v>8</v></c></row>';
    const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${row1}<row r="2" spans="1:2"><c r="A2"><v>5</v></c><c r="B2"><f>A2*2</f><v>10</v></c></row></sheetData></worksheet>`;
    const write = (row: number, column: number, value: number, formula: string | null = null) => ({
      row,
      column,
      value,
      numberFormat: null,
      formula,
    });
    const upToDate: WritePlan = {
      cells: [write(0, 0, 4), write(0, 1, 8, "=A1*2"), write(1, 0, 6)],
      bandFormat: null,
      legend: null,
    };
    const edited = editSheet(xml, upToDate, new StyleEditor(MINIMAL_STYLES));
    expect(edited.xml).toContain(row1);
    // The row that changes is rewritten, its spans hint (now maybe stale) dropped.
    expect(edited.xml).toContain(
      '<row r="2"><c r="A2"><v>6</v></c><c r="B2"><f>A2*2</f><v>10</v></c></row>'
    );
    // A formula rewritten as it was keeps the calculation chain valid: no formula replaced.
    expect(edited.replacedFormulas).toBe(false);
    const newResult: WritePlan = { ...upToDate, cells: [write(0, 1, 9, "=A1*2")] };
    expect(editSheet(xml, newResult, new StyleEditor(MINIMAL_STYLES)).replacedFormulas).toBe(true);
  });

  it("refuses a plan that would write past Excel's last row", () => {
    const plan: WritePlan = {
      cells: [{ row: 1_048_576, column: 0, value: 1, numberFormat: null, formula: null }],
      bandFormat: null,
      legend: null,
    };
    expect(() => edit(buildXlsx(spec()), plan)).toThrow(/outside Excel's grid/);
  });
});

describe("band rules", () => {
  it("are expression rules over the plan's area, with priorities after every rule already there", () => {
    const out = edit(buildXlsx(spec(USER_RULE)), PLAN);
    const xml = sheetXml(out);
    expect(xml).toContain(USER_RULE);
    const ours =
      /<conditionalFormatting sqref="A2:C5">([\s\S]*?)<\/conditionalFormatting>/.exec(xml)?.[1] ??
      "";
    const priorities = [...ours.matchAll(/priority="(\d+)"/g)].map((m) => Number(m[1]));
    expect(priorities).toEqual([3, 4, 5]); // the user's are 1 and 2
    const styles = partsOf(out).get("xl/styles.xml") ?? "";
    // dxf 0 is the user's bold; ours follow with both colours set (Excel reads bg, LibreOffice fg).
    expect(styles).toContain(
      '<dxfs count="4"><dxf><font><b/></font></dxf><dxf><fill><patternFill patternType="solid"><fgColor rgb="FFC6EFCE"/><bgColor rgb="FFC6EFCE"/></patternFill></fill></dxf>'
    );
    expect(ours).toContain('dxfId="1"');
    expect(ours).toContain("<formula>AND(ISNUMBER($C2),ROUND($C2,4)&gt;0.8)</formula>");
  });

  it("replace our earlier rules, even for another area or other thresholds, and keep the user's", () => {
    const earlier =
      '<conditionalFormatting sqref="A9:F40"><cfRule type="expression" dxfId="0" priority="7"><formula>AND(ISNUMBER($F9),ROUND($F9,4)&gt;0.9)</formula></cfRule></conditionalFormatting>' +
      '<conditionalFormatting sqref="D2:D9"><cfRule type="expression" dxfId="0" priority="8"><formula>AND(ISNUMBER(IF(ISNUMBER($E2),$E2,$D2)),ROUND(IF(ISNUMBER($E2),$E2,$D2),4)&lt;0.5)</formula></cfRule>' +
      '<cfRule type="expression" dxfId="0" priority="9"><formula>$D2&gt;1</formula></cfRule></conditionalFormatting>';
    const once = edit(buildXlsx(spec(`${USER_RULE}${earlier}`)), PLAN);
    const xml = sheetXml(once);
    expect(xml).not.toContain("0.9)");
    expect(xml).not.toContain("&lt;0.5)");
    expect(xml).toContain(
      '<cfRule type="expression" dxfId="0" priority="9"><formula>$D2&gt;1</formula></cfRule>'
    );
    expect(xml).toContain(USER_RULE);
    expect(xml.match(/ROUND\(\$C2,4\)&gt;0\.8/g)).toHaveLength(1);
    // Run again on the output: still one set, same priorities, no new styles.
    const twice = edit(once, PLAN);
    expect(sheetXml(twice)).toBe(xml);
    expect(partsOf(twice).get("xl/styles.xml")).toBe(partsOf(once).get("xl/styles.xml"));
  });

  it("go before the elements that follow conditional formatting in the schema", () => {
    const xml = sheetXml(
      edit(
        buildXlsx(
          spec(
            '<dataValidations count="1"><dataValidation type="list" sqref="B2"><formula1>"a,b"</formula1></dataValidation></dataValidations>'
          )
        ),
        PLAN
      )
    );
    expect(xml.indexOf("<conditionalFormatting")).toBeLessThan(xml.indexOf("<dataValidations"));
    expect(xml.indexOf("</sheetData>")).toBeLessThan(xml.indexOf("<conditionalFormatting"));
  });
});

describe("legend", () => {
  it("writes the texts and a solid fill on the swatch cell", () => {
    const out = edit(buildXlsx(spec()), PLAN);
    const input = readBack(out);
    expect(input.values[6]?.[0]).toBe("Legenda colori (PIANO)");
    expect(input.values[7]?.[0]).toBe("> 80,00%");
    const s = /<c r="A8" s="(\d+)"/.exec(sheetXml(out))?.[1];
    const styles = partsOf(out).get("xl/styles.xml") ?? "";
    const xfs = [
      ...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "").matchAll(
        /<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g
      ),
    ].map((m) => m[0]);
    const fillId = /fillId="(\d+)"/.exec(xfs[Number(s)] ?? "")?.[1];
    const fills = [
      ...(/<fills[^>]*>([\s\S]*?)<\/fills>/.exec(styles)?.[1] ?? "").matchAll(
        /<fill>[\s\S]*?<\/fill>/g
      ),
    ].map((m) => m[0]);
    expect(fills[Number(fillId)]).toContain('<fgColor rgb="FFC6EFCE"/>');
  });
});

const FINDING: Finding = {
  row: 45,
  column: "I",
  code: "PUBLISHED_MISMATCH",
  text: {
    it: "Il KPI pubblicato (80,10%) non corrisponde a quello calcolato (80,50%).",
    en: "The published KPI (80.10%) differs from the computed one (80.50%).",
  },
  published: 0.801,
  computed: 0.805,
};

describe("the Verifica sheet", () => {
  it("lists each finding: sheet, a link to the cell, code, messages, figures as percentages", () => {
    const out = edit(buildXlsx(spec()), PLAN, [{ sheet: "Piano 2021", finding: FINDING }]);
    const values = readBack(out, 1).values;
    expect(values[0]?.slice(0, 7)).toEqual([
      "Foglio (sheet)",
      "Cella (cell)",
      "Codice (code)",
      "Messaggio",
      "Pubblicato (published)",
      "Calcolato (computed)",
      "Message",
    ]);
    expect(values[1]).toEqual([
      "Piano 2021",
      "I45",
      "PUBLISHED_MISMATCH",
      FINDING.text.it,
      0.801,
      0.805,
      FINDING.text.en,
    ]);
    const xml = sheetXml(out, "xl/worksheets/sheet2.xml");
    expect(xml).toContain(`<f>${cellLinkFormula("Piano 2021", "I45").replace(/"/g, '"')}</f>`);
    // Readable on paper: landscape, one page wide, frozen header, print titles.
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(xml).toContain('orientation="landscape" fitToWidth="1" fitToHeight="0"');
    expect(partsOf(out).get("xl/workbook.xml")).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="1">\'Verifica\'!$1:$1</definedName>'
    );
  });

  it("is replaced on a re-run, keeping the columns people added after the seventh on the same finding", () => {
    const once = edit(buildXlsx(spec()), PLAN, [{ sheet: "Piano 2021", finding: FINDING }]);
    // A reviewer adds a note in H2 and a header in H1 (as Excel would save them: shared strings or inline).
    const withNote = partsOf(once);
    const audit = (withNote.get("xl/worksheets/sheet2.xml") ?? "")
      .replace("</row>", '<c r="H1" t="inlineStr"><is><t>Risposta dell\'ufficio</t></is></c></row>')
      .replace(
        /(<row r="2"[^>]*>[\s\S]*?)<\/row>/,
        '$1<c r="H2" t="inlineStr"><is><t>Corretto nel Piano 2022</t></is></c></row>'
      );
    const rebuilt = new Map(withNote);
    rebuilt.set("xl/worksheets/sheet2.xml", audit);
    const { strToU8, zipSync } = jest.requireActual<typeof import("fflate")>("fflate");
    const zipped = zipSync(
      Object.fromEntries([...rebuilt].map(([name, text]) => [name, strToU8(text)]))
    );
    const twice = edit(zipped, PLAN, [
      { sheet: "Piano 2021", finding: { ...FINDING, row: 46, column: "I" } },
      { sheet: "Piano 2021", finding: FINDING },
    ]);
    const read = readPackage(twice);
    if (!read.ok) throw new Error("unreadable");
    const pkg = workbookPackage(read.parts, false);
    expect(pkg?.index.sheets.map((sheet) => sheet.name)).toEqual(["Piano", "Verifica"]);
    const values = readBack(twice, 1).values;
    expect(values[0]?.[7]).toBe("Risposta dell'ufficio");
    expect(values[1]?.[7] ?? null).toBeNull(); // I46 is a new finding: no note
    expect(values[2]?.[7]).toBe("Corretto nel Piano 2022"); // I45 keeps its note
  });

  it("leaves a user's own sheet called Verifica alone and writes ours beside it", () => {
    const user = {
      name: "Verifica",
      xml: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Controlli interni</t></is></c></row></sheetData>',
    };
    const out = edit(buildXlsx(spec("", [user])), PLAN, []);
    const read = readPackage(out);
    if (!read.ok) throw new Error("unreadable");
    const pkg = workbookPackage(read.parts, false);
    expect(pkg?.index.sheets.map((sheet) => sheet.name)).toEqual([
      "Piano",
      "Verifica",
      "Verifica perf-kpi",
    ]);
    expect(partsOf(out).get("xl/worksheets/sheet2.xml")).toBe(
      partsOf(buildXlsx(spec("", [user]))).get("xl/worksheets/sheet2.xml")
    );
    expect(readBack(out, 2).values[1]?.[0]).toBe(
      "Nessun rilievo: i valori pubblicati corrispondono a quelli calcolati."
    );
  });
});

describe("cellLinkFormula", () => {
  it("quotes sheet names, doubling apostrophes and double quotes", () => {
    expect(cellLinkFormula("Piano 2021", "G45")).toBe('HYPERLINK("#\'Piano 2021\'!G45","G45")');
    expect(cellLinkFormula('L\'ente "A"', "A1")).toBe('HYPERLINK("#\'L\'\'ente ""A""\'!A1","A1")');
  });
});
