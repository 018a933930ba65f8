import fc from "fast-check";
import { isoDateFromSerial, jsonReportSheet, renderJsonReport } from "../../src/cli/report-json";
import { serialFromYmd } from "../../src/core/excel-date";
import { recomputeSheet } from "../../src/core/sheet/recompute-sheet";
import type { SheetInput } from "../../src/core/sheet/sheet-types";

const INPUT: SheetInput = {
  name: "Piano 2025",
  origin: { row: 0, column: 0 },
  values: [
    [
      "Obiettivo",
      "Cod.",
      "Indicatore",
      "Peso",
      "Target",
      "Consuntivo",
      "Performance KPI",
      "Performance Obiettivo",
    ],
    ["A.1 - Semplificazione", null, null, null, null, null, null, 0.5],
    [null, "KP1", "Pratiche evase", 0.5, ">= 10", 8, 0.8, null],
    [null, "KP2", "Soddisfazione", 0.5, ">= 4", "N.V.", null, null],
  ],
};

function recomputed() {
  const result = recomputeSheet(INPUT, {
    method: "proportional",
    planYear: 2025,
    asOf: serialFromYmd(2026, 1, 31),
  });
  if (!result.ok) throw new Error(result.error.text.en);
  return result.value;
}

describe("jsonReportSheet", () => {
  it("keeps exactly the fields of the contract, with 1-based rows, fractions and null where not evaluated", () => {
    const sheet = jsonReportSheet("piani/piano.xlsx", recomputed());
    expect(sheet).toMatchObject({
      file: "piani/piano.xlsx",
      name: "Piano 2025",
      settings: { method: "proportional", planYear: 2025, asOf: "2026-01-31" },
    });
    expect(sheet.rows).toEqual([
      {
        row: 2,
        kind: "objective",
        code: "A.1",
        title: "Semplificazione",
        kpiCode: null,
        kpi: null,
        objective: 0.8,
        metaActual: null,
        band: "yellow",
      },
      {
        row: 3,
        kind: "kpi",
        code: null,
        title: null,
        kpiCode: "KP1",
        kpi: 0.8,
        objective: null,
        metaActual: null,
        band: "yellow",
      },
      {
        row: 4,
        kind: "kpi",
        code: null,
        title: null,
        kpiCode: "KP2",
        kpi: null,
        objective: null,
        metaActual: null,
        band: null,
      },
    ]);
    expect(sheet.columns.map((use) => `${use.role}=${use.column}`)).toEqual([
      "objective=A",
      "kpiCode=B",
      "indicator=C",
      "weight=D",
      "target=E",
      "actual=F",
      "kpiPerformance=G",
      "objectivePerformance=H",
    ]);
    expect(sheet.period).toBeNull();
    const mismatch = sheet.findings.find((finding) => finding.row === 2);
    expect(mismatch).toMatchObject({
      column: "H",
      code: "PUBLISHED_MISMATCH",
      published: 0.5,
      computed: 0.8,
    });
    for (const finding of sheet.findings) {
      expect(Object.keys(finding)).toEqual([
        "row",
        "column",
        "code",
        "message",
        "messageEn",
        "published",
        "computed",
      ]);
    }
  });

  it("renders a report that parses back to the same object", () => {
    const sheet = jsonReportSheet("piano.xlsx", recomputed());
    const text = renderJsonReport([sheet]);
    expect(text.endsWith("\n")).toBe(true);
    expect(JSON.parse(text)).toEqual({ sheets: [sheet] });
  });
});

describe("isoDateFromSerial", () => {
  it("writes the evaluation date as YYYY-MM-DD", () => {
    expect(isoDateFromSerial(46053)).toBe("2026-01-31");
    expect(isoDateFromSerial(44561)).toBe("2021-12-31");
  });

  it("round-trips every date through its serial, ignoring the time of day", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-03-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z") }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const [year, month, day] = iso.split("-").map(Number);
          expect(isoDateFromSerial(serialFromYmd(year, month, day) + 0.75)).toBe(iso);
        }
      )
    );
  });
});
