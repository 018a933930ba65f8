/** The plan sheet's print setup for reviewers: landscape, one page wide, the rest of it kept. */
import { withPrintSetup } from "../../../src/cli/xlsx/print-setup";

const W = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

describe("withPrintSetup", () => {
  it("adds sheetPr with fitToPage first, and a landscape one-page-wide pageSetup before headerFooter", () => {
    const xml = `${W}<dimension ref="A1"/><sheetData/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><headerFooter/></worksheet>`;
    expect(withPrintSetup(xml)).toBe(
      `${W}<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1"/><sheetData/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/><headerFooter/></worksheet>`
    );
  });

  it("keeps what sheetPr and pageSetup already say (tab colour, outline, paper, scale)", () => {
    const xml = `${W}<sheetPr codeName="Foglio1"><tabColor rgb="FF00B050"/><outlinePr summaryBelow="0"/></sheetPr><sheetData/><pageSetup paperSize="9" scale="80" orientation="portrait"/></worksheet>`;
    expect(withPrintSetup(xml)).toBe(
      `${W}<sheetPr codeName="Foglio1"><tabColor rgb="FF00B050"/><outlinePr summaryBelow="0"/><pageSetUpPr fitToPage="1"/></sheetPr><sheetData/><pageSetup paperSize="9" scale="80" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>`
    );
  });

  it("sets the flag on an existing pageSetUpPr and opens a self-closing sheetPr", () => {
    expect(
      withPrintSetup(
        `${W}<sheetPr><pageSetUpPr autoPageBreaks="0"/></sheetPr><sheetData/></worksheet>`
      )
    ).toContain('<sheetPr><pageSetUpPr autoPageBreaks="0" fitToPage="1"/></sheetPr>');
    expect(withPrintSetup(`${W}<sheetPr filterMode="0"/><sheetData/></worksheet>`)).toContain(
      '<sheetPr filterMode="0"><pageSetUpPr fitToPage="1"/></sheetPr>'
    );
  });

  it("changes nothing more on a second run", () => {
    const once = withPrintSetup(`${W}<sheetData/></worksheet>`);
    expect(withPrintSetup(once)).toBe(once);
  });
});
