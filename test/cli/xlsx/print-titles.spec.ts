/**
 * Print titles: the plan sheet's header rows repeat at the top of every printed page
 * (`_xlnm.Print_Titles`, a name local to the sheet), unless the user already set their own; the
 * Verifica sheet repeats its header row. Checked in the saved workbook.xml.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { main } from "../../../src/cli/main";
import { planTitleRows, withLocalNames, printTitleRows } from "../../../src/cli/xlsx/local-names";
import { collectingIo, makeTempDir } from "../../support/doubles/cli-io";
import { partsOf } from "../../support/builders/xlsx-package";

const FIXTURES = path.join(__dirname, "..", "..", "fixtures");
const ARGS = ["--method", "proportional", "--plan-year", "2021", "--as-of", "2026-01-31"];

function titlesOf(workbookXml: string): string[] {
  return [
    ...workbookXml.matchAll(/<definedName name="_xlnm\.Print_Titles"[^>]*>[^<]*<\/definedName>/g),
  ].map((match) => match[0]);
}

async function run(input: string, output: string): Promise<string> {
  const io = collectingIo();
  const code = await main(["recompute", input, "-o", output, ...ARGS], io);
  expect(io.stderr.text).toBe("");
  expect(code).toBe(0);
  return partsOf(new Uint8Array(readFileSync(output))).get("xl/workbook.xml") ?? "";
}

describe("print titles of the recomputed workbook", () => {
  it("repeat the plan's header row (row 3 of relazione-2021) and Verifica's row 1 on every page", async () => {
    const { dir, cleanup } = makeTempDir("titles");
    try {
      const workbook = await run(
        path.join(FIXTURES, "relazione-2021.xlsx"),
        path.join(dir, "out.xlsx")
      );
      // The plan is the first sheet (localSheetId 0): its header is the third row of the sheet
      // ("Codice", "Obiettivo", …), so rows $3:$3; Verifica is added second (localSheetId 1).
      expect(titlesOf(workbook)).toEqual([
        '<definedName name="_xlnm.Print_Titles" localSheetId="0">\'Piano 2021\'!$3:$3</definedName>',
        '<definedName name="_xlnm.Print_Titles" localSheetId="1">\'Verifica\'!$1:$1</definedName>',
      ]);
    } finally {
      cleanup();
    }
  });

  it("are set once: recomputing the output again leaves the same two names, no second set", async () => {
    const { dir, cleanup } = makeTempDir("titles");
    try {
      const once = path.join(dir, "once.xlsx");
      const first = await run(path.join(FIXTURES, "relazione-2021.xlsx"), once);
      const second = await run(once, path.join(dir, "twice.xlsx"));
      expect(titlesOf(second)).toEqual(titlesOf(first));
      expect(titlesOf(second)).toHaveLength(2);
    } finally {
      cleanup();
    }
  });
});

describe("withLocalNames", () => {
  const wb = (names: string): string =>
    `<workbook><sheets><sheet name="Piano" sheetId="1" r:id="rId1"/><sheet name="Dati" sheetId="2" r:id="rId2"/></sheets>${names}<calcPr calcId="191029"/></workbook>`;

  it("keeps the print titles the user set on the plan, and every other name where it stands", () => {
    const names =
      '<definedNames><definedName name="Aree" localSheetId="1">Dati!$A$2:$A$3</definedName>' +
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">\'Piano\'!$1:$4</definedName>' +
      '<definedName name="Soglia">0.8</definedName></definedNames>';
    const title = printTitleRows("Piano", 0, { first: 3, last: 3 }, true);
    expect(withLocalNames(wb(names), [title])).toBe(wb(names));
  });

  it("adds the block after </sheets> when the workbook has no defined names", () => {
    const title = printTitleRows("Piano d'azione", 0, { first: 2, last: 3 }, true);
    expect(withLocalNames(wb(""), [title])).toBe(
      wb(
        "<definedNames><definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'Piano d''azione'!$2:$3</definedName></definedNames>"
      )
    );
  });

  it("replaces a name it owns in place and appends a new one at the end", () => {
    const names =
      '<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">\'Dati\'!$1:$1</definedName>' +
      '<definedName name="Soglia">0.8</definedName></definedNames>';
    const replaced = printTitleRows("Dati", 1, { first: 2, last: 2 }, false);
    const added = printTitleRows("Piano", 0, { first: 3, last: 3 }, true);
    expect(withLocalNames(wb(names), [replaced, added])).toBe(
      wb(
        '<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">\'Dati\'!$2:$2</definedName>' +
          '<definedName name="Soglia">0.8</definedName>' +
          '<definedName name="_xlnm.Print_Titles" localSheetId="0">\'Piano\'!$3:$3</definedName></definedNames>'
      )
    );
  });
});

describe("planTitleRows", () => {
  it("runs from the first header row to the row before the data (a header over sub-headers: both)", () => {
    // 0-based header row 2 and data from 0-based row 3: Excel row 3 only.
    expect(
      planTitleRows({ headerRows: [2, 40], columns: {}, firstDataRow: 3, lastDataRow: 90 })
    ).toEqual({ first: 3, last: 3 });
    // A merged header in 0-based row 1 over sub-headers in row 2, data from row 3: Excel rows 2–3.
    expect(
      planTitleRows({ headerRows: [1], columns: {}, firstDataRow: 3, lastDataRow: 9 })
    ).toEqual({
      first: 2,
      last: 3,
    });
    expect(
      planTitleRows({ headerRows: [], columns: {}, firstDataRow: 0, lastDataRow: 0 })
    ).toBeUndefined();
  });
});
