/**
 * The command line's reader on parts written as Excel writes them: each case a kind of cell the
 * former ExcelJS reader got wrong or that Office.js gives in a particular way.
 */
import { buildXlsx, openBuilt } from "../../support/builders/xlsx-package";
import { readWorksheet, worksheets } from "../../../src/cli/xlsx/workbook-package";
import { shiftFormula } from "../../../src/cli/xlsx/shift-formula";
import type { PackageSpec } from "../../support/builders/xlsx-package";

function read(spec: PackageSpec, sheet = 0) {
  const pkg = openBuilt(buildXlsx(spec));
  const entry = worksheets(pkg)[sheet];
  if (entry === undefined) throw new Error("no sheet");
  return readWorksheet(pkg, entry);
}

const one = (sheetData: string, extra: Partial<PackageSpec> = {}): PackageSpec => ({
  sheets: [{ name: "Piano", xml: `<sheetData>${sheetData}</sheetData>` }],
  ...extra,
});

describe("reading cells as Office.js gives them", () => {
  it("reads shared strings, rich text without its phonetic guide, and inline strings", () => {
    const { input } = read(
      one(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t xml:space="preserve"> Obiettivo &amp; KPI</t></is></c></row>',
        {
          sharedStrings: [
            "Peso",
            '<r><t xml:space="preserve">A.1 - </t></r><r><rPr><b/></rPr><t>Attrattività</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh>',
          ],
        }
      )
    );
    expect(input.values[0]).toEqual(["Peso", "A.1 - Attrattività", " Obiettivo & KPI"]);
  });

  it("reads a number that carries a hyperlink as the number (links live in <hyperlinks>)", () => {
    const { input } = read({
      sheets: [
        {
          name: "Piano",
          xml: '<sheetData><row r="1"><c r="A1"><v>12</v></c></row></sheetData><hyperlinks><hyperlink ref="A1" r:id="rId1"/></hyperlinks>',
          rels: [
            [
              "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
              'https://example.org" TargetMode="External',
            ],
          ],
        },
      ],
    });
    expect(input.values[0]).toEqual([12]);
  });

  it("reads booleans, error values, formula strings and a cached 0", () => {
    const { input } = read(
      one(
        '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="e"><v>#DIV/0!</v></c><c r="C1" t="str"><f>"N."&amp;"V."</f><v>N.V.</v></c><c r="D1"><f>A2*0</f><v>0</v></c></row>'
      )
    );
    expect(input.values[0]).toEqual([true, "#DIV/0!", "N.V.", 0]);
    expect(input.formulas?.[0]).toEqual([null, null, '="N."&"V."', "=A2*0"]);
  });

  it("lists a formula with no cached value as uncalculated (not a blank that looks computed)", () => {
    const result = read(one('<row r="3"><c r="G3"><f>E3/F3</f></c><c r="H3"><v>1</v></c></row>'));
    expect(result.uncalculated).toEqual(["G3"]);
    expect(result.input.values[2]?.[6]).toBeNull();
    expect(result.input.formulas?.[2]?.[6]).toBe("=E3/F3");
  });

  it("gives each cell of a shared formula its own formula, references moved, $ and strings kept", () => {
    const { input } = read(
      one(
        '<row r="1"><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*$C$1+LOG10(A1)&amp;"A1"</f><v>1</v></c></row>' +
          '<row r="2"><c r="B2"><f t="shared" si="0"/><v>2</v></c></row>' +
          '<row r="3"><c r="B3"><f t="shared" si="0"/><v>3</v></c></row>'
      )
    );
    expect(input.formulas?.map((row) => row[1])).toEqual([
      '=A1*$C$1+LOG10(A1)&"A1"',
      '=A2*$C$1+LOG10(A2)&"A1"',
      '=A3*$C$1+LOG10(A3)&"A1"',
    ]);
  });

  it("reads our custom functions as stored by Excel (_xldudf_) the way Office.js shows them", () => {
    const { input } = read(
      one('<row r="1"><c r="A1"><f>_xldudf_PIANO_PERF_KPI(B1,C1)</f><v>0.5</v></c></row>')
    );
    expect(input.formulas?.[0]?.[0]).toBe("=PIANO.PERF_KPI(B1,C1)");
  });

  it("gives each cell its style's number format: built-in ids, custom codes", () => {
    const { input } = read(
      one(
        '<row r="1"><c r="A1" s="1"><v>0.5</v></c><c r="B1" s="2"><v>45412</v></c><c r="C1"><v>3</v></c></row>'
      )
    );
    expect(input.numberFormats?.[0]).toEqual(["0%", "dd/mm/yyyy", "General"]);
  });

  it("reads dates of a 1904 workbook as 1900 serials (30/04/2024 is 45412), other numbers as they are", () => {
    // 30/04/2024 in the 1904 system is 45412 − 1462 = 43950.
    const { input } = read(
      one('<row r="1"><c r="A1" s="2"><v>43950</v></c><c r="B1"><v>43950</v></c></row>', {
        workbookPr: 'date1904="1"',
      })
    );
    expect(input.values[0]).toEqual([45412, 43950]);
  });

  it("leaves the cells a merge covers empty except the top-left one, and reports the area once", () => {
    const { input } = read({
      sheets: [
        {
          name: "Piano",
          xml: '<sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>Target</t></is></c><c r="C2" t="inlineStr"><is><t>ombra</t></is></c></row></sheetData><mergeCells count="1"><mergeCell ref="B2:C3"/></mergeCells>',
        },
      ],
    });
    expect(input.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 2 }]);
    expect(input.values[1]?.[1]).toBe("Target");
    expect(input.values.flat()).not.toContain("ombra");
  });

  it("numbers rows and cells without r attributes as the schema allows (one after the other)", () => {
    const { input } = read(
      one("<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>")
    );
    expect(input.values).toEqual([
      [1, 2],
      [3, null],
    ]);
  });

  it("reads each row's outline level (grouped rows), 0 where a row is not grouped", () => {
    const { input } = read(
      one(
        '<row r="1"><c r="A1"><v>1</v></c></row><row r="2" outlineLevel="1"><c r="A2"><v>2</v></c></row>' +
          '<row r="3" outlineLevel="2" hidden="1"><c r="A3"><v>3</v></c></row><row r="4"><c r="A4"><v>4</v></c></row>'
      )
    );
    expect(input.rowOutlineLevels).toEqual([0, 1, 2, 0]);
  });

  it("reads hidden sheets too, with their names in tab order", () => {
    const pkg = openBuilt(
      buildXlsx({
        sheets: [
          { name: "Nascosto", xml: "<sheetData/>", state: "hidden" },
          { name: "Piano", xml: "<sheetData/>" },
        ],
      })
    );
    expect(worksheets(pkg).map((sheet) => [sheet.name, sheet.state])).toEqual([
      ["Nascosto", "hidden"],
      ["Piano", "visible"],
    ]);
  });
});

describe("shiftFormula", () => {
  it.each([
    ["A1+B$2+$C3", 2, 1, "B3+C$2+$C5"],
    ["SUM(A1:A3)", 1, 0, "SUM(A2:A4)"],
    ["'Piano 2021'!G5*2", 3, 0, "'Piano 2021'!G8*2"],
    ['"A1"&A1', 1, 0, '"A1"&A2'],
    ["A1", -1, 0, "#REF!"],
  ])("%s moved by %i rows and %i columns is %s", (formula, rows, columns, expected) => {
    expect(shiftFormula(formula, rows, columns)).toBe(expected);
  });
});
