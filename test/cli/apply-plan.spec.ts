import ExcelJS from "exceljs";
import { a1Range, applyPlan, argbFromHex } from "../../src/cli/apply-plan";
import type { BandRule, WritePlan } from "../../src/core/sheet/sheet-types";

const RULES: BandRule[] = [
  { band: "green", formula: "=AND(ISNUMBER($H4),ROUND($H4,4)>0.8)", fill: "#C6EFCE" },
  {
    band: "yellow",
    formula: "=AND(ISNUMBER($H4),ROUND($H4,4)>=0.6,ROUND($H4,4)<=0.8)",
    fill: "#FFEB9C",
  },
  { band: "red", formula: "=AND(ISNUMBER($H4),ROUND($H4,4)<0.6)", fill: "#FFC7CE" },
];

const PLAN: WritePlan = {
  cells: [
    { row: 3, column: 7, value: 0.805, numberFormat: "0.00%", formula: null },
    { row: 4, column: 7, value: "N.V.", numberFormat: null, formula: null },
    { row: 5, column: 7, value: null, numberFormat: "0.00%", formula: null },
  ],
  bandFormat: { area: { top: 3, left: 0, bottom: 5, right: 8 }, rules: RULES },
  legend: {
    area: { top: 0, left: 10, bottom: 3, right: 11 },
    cells: [
      { row: 0, column: 10, value: "Legenda", numberFormat: null, formula: null },
      { row: 1, column: 11, value: "oltre 80,00%", numberFormat: null, formula: null },
    ],
    fills: [{ row: 1, column: 10, fill: "#C6EFCE" }],
  },
};

interface StoredFormatting {
  ref: string;
  rules: { type: string; formulae?: string[]; style?: { fill?: ExcelJS.FillPattern } }[];
}
const formattings = (sheet: ExcelJS.Worksheet): StoredFormatting[] =>
  (sheet as unknown as { conditionalFormattings: StoredFormatting[] }).conditionalFormattings;

function freshSheet(): ExcelJS.Worksheet {
  const sheet = new ExcelJS.Workbook().addWorksheet("Piano");
  sheet.getCell("H6").value = 0.3; // a stale published figure the plan clears
  return sheet;
}

async function reread(sheet: ExcelJS.Worksheet): Promise<ExcelJS.Worksheet> {
  const buffer = await sheet.workbook.xlsx.writeBuffer();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  return workbook.getWorksheet(sheet.name) as ExcelJS.Worksheet;
}

describe("applyPlan", () => {
  it("writes computed values with their number formats and clears cells planned empty", () => {
    const sheet = freshSheet();
    sheet.getCell("H5").numFmt = "0.0";
    applyPlan(sheet, PLAN);
    expect(sheet.getCell("H4").value).toBe(0.805);
    expect(sheet.getCell("H4").numFmt).toBe("0.00%");
    expect(sheet.getCell("H5").value).toBe("N.V.");
    expect(sheet.getCell("H5").numFmt).toBe("0.0"); // null format: the cell keeps its own
    expect(sheet.getCell("H6").value).toBeNull();
  });

  it("does not leak a number format to cells sharing the same style object", () => {
    const sheet = freshSheet();
    const shared: Partial<ExcelJS.Style> = { numFmt: "0.0", font: { bold: true } };
    sheet.getCell("H4").style = shared;
    sheet.getCell("I4").style = shared;
    applyPlan(sheet, PLAN);
    expect(sheet.getCell("I4").numFmt).toBe("0.0");
    expect(sheet.getCell("H4").font).toEqual({ bold: true });
  });

  it("writes live formulas with their cached result in formulas mode", () => {
    const sheet = freshSheet();
    applyPlan(sheet, {
      ...PLAN,
      cells: [
        {
          row: 3,
          column: 7,
          value: 0.805,
          numberFormat: "0.00%",
          formula: "=PIANO.PERF_KPI(F4,G4)",
        },
      ],
    });
    expect(sheet.getCell("H4").value).toEqual({ formula: "PIANO.PERF_KPI(F4,G4)", result: 0.805 });
  });

  it("adds the band rules as expression rules with solid fills over the plan's area", async () => {
    const sheet = freshSheet();
    applyPlan(sheet, PLAN);
    const stored = formattings(await reread(sheet));
    expect(stored).toHaveLength(1);
    expect(stored[0].ref).toBe("A4:I6");
    expect(
      stored[0].rules.map((rule) => [
        rule.type,
        rule.formulae?.[0],
        rule.style?.fill?.fgColor?.argb,
      ])
    ).toEqual([
      ["expression", "AND(ISNUMBER($H4),ROUND($H4,4)>0.8)", "FFC6EFCE"],
      ["expression", "AND(ISNUMBER($H4),ROUND($H4,4)>=0.6,ROUND($H4,4)<=0.8)", "FFFFEB9C"],
      ["expression", "AND(ISNUMBER($H4),ROUND($H4,4)<0.6)", "FFFFC7CE"],
    ]);
    expect(stored[0].rules[0].style?.fill?.pattern).toBe("solid");
  });

  it("replaces its own earlier rules, even for another area or other thresholds, and keeps the user's", async () => {
    const sheet = freshSheet();
    sheet.addConditionalFormatting({
      ref: "B4:B6",
      rules: [
        { type: "cellIs", operator: "greaterThan", formulae: ["10"], priority: 1, style: {} },
      ],
    });
    applyPlan(sheet, {
      ...PLAN,
      bandFormat: {
        area: { top: 3, left: 0, bottom: 9, right: 8 },
        rules: RULES.map((rule) => ({
          ...rule,
          formula: rule.formula.replace(/\$H4/g, "$H3").replace("0.8", "0.75"),
        })),
      },
    });
    const once = await reread(sheet);
    applyPlan(once, PLAN);
    const twice = formattings(await reread(once));
    expect(twice.map((formatting) => formatting.ref).sort()).toEqual(["A4:I6", "B4:B6"]);
    expect(twice.flatMap((formatting) => formatting.rules)).toHaveLength(4);
  });

  it("writes the legend's texts and swatch fills", () => {
    const sheet = freshSheet();
    applyPlan(sheet, PLAN);
    expect(sheet.getCell("K1").value).toBe("Legenda");
    expect(sheet.getCell("L2").value).toBe("oltre 80,00%");
    expect(sheet.getCell("K2").fill).toEqual({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFC6EFCE" },
      bgColor: { argb: "FFC6EFCE" },
    });
  });

  it("writes nothing but values when there is nothing to colour and no legend", () => {
    const sheet = freshSheet();
    applyPlan(sheet, { cells: PLAN.cells, bandFormat: null, legend: null });
    expect(formattings(sheet)).toEqual([]);
    expect(sheet.getCell("K1").value).toBeNull();
  });
});

describe("A1 and colour helpers", () => {
  it.each([
    [{ top: 0, left: 0, bottom: 0, right: 0 }, "A1:A1"],
    [{ top: 3, left: 0, bottom: 148, right: 10 }, "A4:K149"],
    [{ top: 9, left: 26, bottom: 9999, right: 27 }, "AA10:AB10000"],
  ])("a1Range(%j) is %s", (area, expected) => {
    expect(a1Range(area)).toBe(expected);
  });

  it("turns #rrggbb into opaque ARGB", () => {
    expect(argbFromHex("#c6efce")).toBe("FFC6EFCE");
  });
});
