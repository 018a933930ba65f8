import {
  formatColumnMapping,
  parseColumnMapping,
  validateColumnMapping,
} from "../../../src/core/sheet/column-mapping";
import { recomputeSheet } from "../../../src/core/sheet/recompute-sheet";
import type { CellScalar } from "../../../src/core/types";
import { sheetOf } from "../../support/builders/plan-builder";

const SETTINGS = { method: "proportional", planYear: 2024, asOf: 45657 } as const;

describe("parseColumnMapping / validateColumnMapping", () => {
  it("reads role=letter pairs and the header row, in any case and order", () => {
    const parsed = parseColumnMapping("target=g, actual=H; header=3,indicator=b");
    expect(parsed).toEqual({
      ok: true,
      value: { headerRow: 3, columns: { target: "G", actual: "H", indicator: "B" } },
    });
    if (parsed.ok)
      expect(formatColumnMapping(parsed.value)).toBe("header=3,indicator=B,target=G,actual=H");
  });

  it.each([
    ["colour=G", "colour"],
    ["target=7", "7"],
    ["target=G,actual=G", "G"],
    ["target", "target"],
    ["header=0,target=G", "0"],
    ["header=tre", "NaN"],
  ])("refuses %p, naming %p", (text, named) => {
    const parsed = parseColumnMapping(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe("MAPPING_INVALID");
    expect(parsed.error.text.it).toContain(named);
    expect(parsed.error.text.en).toContain("Invalid column mapping");
  });

  it("validates JSON as saved in the workbook", () => {
    expect(validateColumnMapping({ headerRow: null, columns: { weight: "c" } })).toEqual({
      ok: true,
      value: { headerRow: null, columns: { weight: "C" } },
    });
    expect(validateColumnMapping([1]).ok).toBe(false);
    expect(validateColumnMapping({ columns: "G" }).ok).toBe(false);
  });
});

describe("detection with a mapping", () => {
  // Headers nobody can recognise: "Misura", "Valore obiettivo", "Rilevato", "Esito %".
  const rows: CellScalar[][] = [
    ["Titolo del piano 2024", null, null, null, null],
    ["Voce", "Misura", "Valore obiettivo", "Rilevato", "Esito %"],
    ["A.1 Digitale", null, null, null, null],
    [null, "Imprese", ">= 100", 60, null],
  ];

  it("refuses the sheet without a mapping", () => {
    const result = recomputeSheet(sheetOf(rows), SETTINGS);
    expect(result.ok).toBe(false);
  });

  it("reads it with the roles the person assigned and says so in the summary", () => {
    const mapping = parseColumnMapping(
      "header=2,objective=A,indicator=B,target=C,actual=D,kpiPerformance=E"
    );
    if (!mapping.ok) throw new Error(mapping.error.text.it);
    const result = recomputeSheet(sheetOf(rows), { ...SETTINGS, mapping: mapping.value });
    if (!result.ok) throw new Error(result.error.text.it);
    expect(result.value.rows.find((r) => r.row === 4)?.kpi).toBeCloseTo(0.6, 10); // 60 / 100
    expect(result.value.summary.columns.map((c) => [c.role, c.column, c.source])).toEqual([
      ["objective", "A", "mapping"],
      ["indicator", "B", "mapping"],
      ["target", "C", "mapping"],
      ["actual", "D", "mapping"],
      ["kpiPerformance", "E", "mapping"],
    ]);
  });

  it("overrides a header the person disagrees with, keeping the other roles detected", () => {
    // Two actual columns: the detection takes "Consuntivo" (D); the person says E.
    const sheet = sheetOf([
      [
        "Obiettivo",
        "Indicatore",
        "Target",
        "Consuntivo",
        "Consuntivo rettificato",
        "Performance KPI",
      ],
      ["A.1 Digitale", "Imprese", ">= 100", 60, 80, null],
    ]);
    const detected = recomputeSheet(sheet, SETTINGS);
    const mapped = recomputeSheet(sheet, {
      ...SETTINGS,
      mapping: { headerRow: null, columns: { actual: "E" } },
    });
    if (!detected.ok || !mapped.ok) throw new Error("not recognised");
    expect(detected.value.rows[0]?.kpi).toBeCloseTo(0.6, 10);
    expect(mapped.value.rows[0]?.kpi).toBeCloseTo(0.8, 10);
    expect(mapped.value.summary.columns.find((c) => c.role === "target")?.source).toBe("header");
  });

  it("names what is still missing when the mapping is not enough", () => {
    const result = recomputeSheet(sheetOf(rows), {
      ...SETTINGS,
      mapping: { headerRow: 2, columns: { target: "C" } },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.text.it).toContain("mancano: Indicatore, Consuntivo");
  });
});
