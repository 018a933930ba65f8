/**
 * The fast worksheet scanner, reader and editor (a cursor over the text, no regular expression or
 * object per cell; the editor edits the XML around the cells apart from the cells) against the
 * versions they replaced, kept in test/support/reference/ as an oracle: on generated worksheets with
 * every irregularity the schema allows (rows and cells without `r`, out of order, repeated, odd
 * references, single quotes and line breaks in tags, self-closing rows, cells, values and formulas,
 * shared formulas, inline and rich strings, entities, extension lists, our earlier colour rules),
 * both must give the same cells, the same sheet input and the same edited part, byte for byte.
 */
import fc from "fast-check";
import { readSheet } from "../../../src/cli/xlsx/read-sheet";
import { scanSheet } from "../../../src/cli/xlsx/sheet-scan";
import { editSheet } from "../../../src/cli/xlsx/edit-sheet";
import { findElement } from "../../../src/cli/xlsx/xml-text";
import { StyleEditor, MINIMAL_STYLES } from "../../../src/cli/xlsx/styles";
import { recomputeSheet } from "../../../src/core/sheet/recompute-sheet";
import type { CellWrite, WritePlan } from "../../../src/core/sheet";
import { readSheet as referenceReadSheet } from "../../support/reference/read-sheet";
import { scanSheet as referenceScanSheet } from "../../support/reference/sheet-scan";
import { editSheet as referenceEditSheet } from "../../support/reference/edit-sheet";
import { generatePlanGrid } from "../../support/builders/generated-plan";

const space = fc.constantFrom(" ", "  ", "\n", "\t", "\r\n ");
const quote = fc.constantFrom('"', "'");

/** An attribute as a writer may spell it: spaces around "=", either quote. */
const attr = (name: string, value: string) =>
  fc
    .tuple(space, fc.constantFrom("", " "), fc.constantFrom("", " "), quote)
    .map(([before, a, b, q]) => `${before}${name}${a}=${b}${q}${value}${q}`);

const columnLetters = fc.constantFrom("A", "B", "C", "G", "H", "Z", "AA", "b", "AD");
const reference = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.tuple(columnLetters, fc.integer({ min: 1, max: 12 })).map(([c, r]) => `${c}${r}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "$B$3",
      "A0",
      "ABCD1",
      "A1 ",
      "A&#49;",
      "",
      "1A",
      "C0003",
      "D12345678901"
    ),
  }
);

const text = fc.constantFrom(
  "Peso",
  " spazi ",
  "A &amp; B",
  "&#x41;&#66;",
  "attività è",
  "&lt;c&gt;",
  ""
);
const number = fc.constantFrom("0", "1", "0.805", "-5.28", "45500", "1e3", " ", "abc", "");

const CELL_EXTENSION = '<extLst><ext uri="{x}"><x:v>1</x:v></ext></extLst>';

const cellContent = fc.oneof(
  fc.constant(""),
  number.map((v) => `<v>${v}</v>`),
  fc.constant("<v/>"),
  fc
    .tuple(
      fc.constantFrom("E5/F5", "_xldudf_PIANO_PERF_KPI(E5,F5)", "A1&amp;&quot;x&quot;", ""),
      number
    )
    .map(([f, v]) => `<f>${f}</f><v>${v}</v>`),
  fc.constantFrom("E5/F5", "SUM(A1:A3)").map((f) => `<f>${f}</f>`),
  fc
    .tuple(fc.constantFrom("0", "1"), fc.boolean(), number)
    .map(([si, master, v]) =>
      master
        ? `<f t="shared" ref="A1:A9" si="${si}">B1*2</f><v>${v}</v>`
        : `<f t="shared" si="${si}"/><v>${v}</v>`
    ),
  text.map((t) => `<is><t>${t}</t></is>`),
  text.map(
    (t) => `<is><r><t xml:space="preserve">${t}</t></r><rPh sb="0" eb="1"><t>ふ</t></rPh></is>`
  ),
  number.map((v) => `<v>${v}</v>${CELL_EXTENSION}`)
);

const cell = fc
  .record({
    ref: fc.option(reference, { nil: null }),
    style: fc.option(fc.constantFrom("0", "1", "2", "7", "x"), { nil: null }),
    type: fc.option(fc.constantFrom("n", "s", "str", "inlineStr", "b", "e", "d"), { nil: null }),
    content: cellContent,
    selfClosing: fc.boolean(),
    before: fc.constantFrom("", ' foo="1"', " x:r='Q1'"),
  })
  .chain((spec) =>
    fc
      .tuple(
        spec.ref === null ? fc.constant("") : attr("r", spec.ref),
        spec.style === null ? fc.constant("") : attr("s", spec.style),
        spec.type === null ? fc.constant("") : attr("t", spec.type),
        space
      )
      .map(([r, s, t, gap]) => {
        const open = `<c${spec.before}${r}${s}${t}`;
        return spec.selfClosing ? `${open}${gap}/>` : `${open}>${spec.content}</c>`;
      })
  );

const row = fc
  .record({
    r: fc.option(fc.constantFrom("1", "2", "3", "5", "8", "12", "0", " 4"), { nil: null }),
    extra: fc.constantFrom("", ' spans="1:8"', ' outlineLevel="2"', ' ht="30" customHeight="1"'),
    cells: fc.array(cell, { maxLength: 6 }),
    selfClosing: fc.boolean(),
  })
  .chain((spec) =>
    (spec.r === null ? fc.constant("") : attr("r", spec.r)).map((r) =>
      spec.selfClosing
        ? `<row${r}${spec.extra}/>`
        : `<row${r}${spec.extra}>${spec.cells.join("")}</row>`
    )
  );

const OUR_RULES = (() => {
  const grid = generatePlanGrid(100);
  const recomputed = recomputeSheet(
    {
      name: "P",
      origin: { row: 0, column: 0 },
      values: grid.values,
      numberFormats: grid.numberFormats,
    },
    { asOf: 45_688 }
  );
  if (!recomputed.ok || recomputed.value.plan.bandFormat === null) throw new Error("no band rules");
  return recomputed.value.plan;
})();

const tail = fc.constantFrom(
  "",
  '<mergeCells count="1"><mergeCell ref="A2:B3"/></mergeCells>',
  '<conditionalFormatting sqref="A1:H9"><cfRule type="expression" dxfId="0" priority="3"><formula>$A1&gt;0</formula></cfRule></conditionalFormatting>',
  `<conditionalFormatting sqref="A4:H40">${OUR_RULES.bandFormat!.rules.map(
    (rule, i) =>
      `<cfRule type="expression" dxfId="${i}" priority="${i + 1}"><formula>${rule.formula.slice(1)}</formula></cfRule>`
  ).join("")}</conditionalFormatting>`,
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup orientation="portrait"/>',
  '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"><x14:conditionalFormattings/></ext></extLst>'
);

const worksheet = fc
  .record({
    head: fc.constantFrom(
      "",
      '<dimension ref="A1:H12"/>',
      '<sheetPr><tabColor rgb="FF00FF00"/></sheetPr><dimension ref="B2"/>'
    ),
    rows: fc.array(row, { maxLength: 10 }),
    emptySheetData: fc.boolean(),
    tail,
  })
  .map(
    ({ head, rows, emptySheetData, tail: after }) =>
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${head}${
        emptySheetData && rows.length === 0
          ? "<sheetData/>"
          : `<sheetData>${rows.join("")}</sheetData>`
      }${after}</worksheet>`
  );

const context = fc.record({
  sharedStrings: fc.constant(["Obiettivo", "Peso", "attività è"]),
  formats: fc.constant(["General", "0.00%", "dd/mm/yyyy"]),
  date1904: fc.boolean(),
});

const write: fc.Arbitrary<CellWrite> = fc.record({
  row: fc.integer({ min: 0, max: 14 }),
  column: fc.integer({ min: 0, max: 9 }),
  value: fc.oneof(fc.constant(null), fc.constantFrom(0.805, 1, 0, "N.V.", " a ", "x & <y>")),
  numberFormat: fc.constantFrom(null, "0.00%"),
  formula: fc.constantFrom(null, "=PIANO.PERF_KPI(E5,F5)"),
});

const plan: fc.Arbitrary<WritePlan> = fc.record({
  cells: fc.array(write, { maxLength: 12 }),
  bandFormat: fc.constantFrom(null, {
    area: { top: 3, left: 0, bottom: 13, right: 7 },
    rules: OUR_RULES.bandFormat!.rules,
  }),
  legend: fc.constantFrom(null, OUR_RULES.legend),
});

/** The outcome of a call, an exception included (both versions must fail alike). */
function outcome<T>(action: () => T): { value: T } | { error: string } {
  try {
    return { value: action() };
  } catch (error) {
    return { error: error instanceof Error ? error.constructor.name : String(error) };
  }
}

describe("the fast worksheet paths do exactly what the former ones did", () => {
  it("scan the same rows and cells, at the same offsets", () => {
    fc.assert(
      fc.property(worksheet, (xml) => {
        expect(outcome(() => scanSheet(xml))).toEqual(outcome(() => referenceScanSheet(xml)));
      }),
      { numRuns: 400 }
    );
  });

  it("read the same sheet input: values, formats, formulas, merges, outline levels, uncalculated cells", () => {
    fc.assert(
      fc.property(worksheet, context, (xml, ctx) => {
        expect(outcome(() => readSheet("Piano", xml, ctx))).toEqual(
          outcome(() => referenceReadSheet("Piano", xml, ctx))
        );
      }),
      { numRuns: 400 }
    );
  });

  it("write the same worksheet part and the same styles for any plan", () => {
    fc.assert(
      fc.property(worksheet, plan, (xml, writePlan) => {
        // A cell's own extension list is the one place they differ, on purpose (next test).
        fc.pre(!xml.includes(CELL_EXTENSION));
        const styles = new StyleEditor(MINIMAL_STYLES);
        const referenceStyles = new StyleEditor(MINIMAL_STYLES);
        const edited = outcome(() => editSheet(xml, writePlan, styles));
        expect(edited).toEqual(outcome(() => referenceEditSheet(xml, writePlan, referenceStyles)));
        expect(styles.toXml()).toBe(referenceStyles.toXml());
      }),
      { numRuns: 400 }
    );
  });

  it("find an element where the former pattern found it (`<name` then a space, `/` or `>`)", () => {
    // The former findElement, whole: a pattern for the start tag, then the same end searches.
    const former = (xml: string, name: string, from: number) => {
      const open = new RegExp(`<${name.replace(/[.:]/g, "\\$&")}(?=[\\s/>])`, "g");
      open.lastIndex = from;
      const match = open.exec(xml);
      if (match === null) return null;
      const tagEnd = xml.indexOf(">", match.index);
      if (tagEnd === -1) return null;
      const startTag = xml.slice(match.index, tagEnd + 1);
      if (startTag.endsWith("/>")) return { start: match.index, end: tagEnd + 1 };
      const contentEnd = xml.indexOf(`</${name}>`, tagEnd + 1);
      return contentEnd === -1 ? null : { start: match.index, end: contentEnd + name.length + 3 };
    };
    const piece = fc.constantFrom(
      "<c",
      "<cols",
      "<c/>",
      "<c>",
      "<c\u00a0",
      "<c\n",
      "x:c ",
      "<x:c ",
      "<c",
      " ",
      "</c>",
      "<col s"
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }),
        fc.constantFrom("c", "cols", "x:c"),
        fc.nat(40),
        (pieces, name, from) => {
          const xml = pieces.join("");
          const span = findElement(xml, name, from);
          expect(span === null ? null : { start: span.start, end: span.end }).toEqual(
            former(xml, name, from)
          );
        }
      ),
      { numRuns: 500 }
    );
  });

  it("puts the print setup after the cells, not into a cell's extension list as the former editor did", () => {
    const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v>${CELL_EXTENSION}</c></row></sheetData></worksheet>`;
    const plan: WritePlan = { cells: [], bandFormat: null, legend: null };
    // The former editor searched the whole part for the first later sibling of pageSetup and found
    // the cell's <extLst>: the pageSetup landed inside the cell and Excel would repair the file.
    expect(referenceEditSheet(xml, plan, new StyleEditor(MINIMAL_STYLES)).xml).toContain(
      '<v>1</v><pageSetup orientation="landscape"'
    );
    expect(editSheet(xml, plan, new StyleEditor(MINIMAL_STYLES)).xml).toBe(
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetData><row r="1"><c r="A1"><v>1</v>${CELL_EXTENSION}</c></row></sheetData><pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>`
    );
  });

  it("read and write the generated 10,000-KPI plan as the former paths did", () => {
    // One large case: every KPI row changes; the part is megabytes long.
    const grid = generatePlanGrid(10_000);
    const rows = grid.values.map(
      (line, r) =>
        `<row r="${r + 1}">${line
          .map((value, c) => {
            if (value === null) return "";
            const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
            return typeof value === "number"
              ? `<c r="${ref}" s="1"><v>${value}</v></c>`
              : `<c r="${ref}" t="inlineStr"><is><t>${String(value).replace(/&/g, "&amp;").replace(/</g, "&lt;")}</t></is></c>`;
          })
          .join("")}</row>`
    );
    const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:H${rows.length}"/><sheetData>${rows.join("")}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
    const ctx = { sharedStrings: [], formats: ["General", "0.00%"], date1904: false };
    const read = readSheet("Piano", xml, ctx);
    expect(read).toEqual(referenceReadSheet("Piano", xml, ctx));
    const recomputed = recomputeSheet(read.input, { asOf: 45_688 });
    if (!recomputed.ok) throw new Error("refused");
    expect(recomputed.value.plan.cells.length).toBeGreaterThan(10_000);
    const styles = new StyleEditor(MINIMAL_STYLES);
    const referenceStyles = new StyleEditor(MINIMAL_STYLES);
    expect(editSheet(xml, recomputed.value.plan, styles).xml).toBe(
      referenceEditSheet(xml, recomputed.value.plan, referenceStyles).xml
    );
  });
});
