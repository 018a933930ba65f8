import { renderSummaryTable } from "../../src/cli/summary-table";

describe("renderSummaryTable", () => {
  it("prints Italian and English headers and one aligned line per sheet", () => {
    const text = renderSummaryTable([
      {
        file: "relazione-2021.xlsx",
        sheet: "Piano 2021",
        summary: {
          kpis: 110,
          objectives: 35,
          byBand: { green: 120, yellow: 10, red: 8 },
          bands: [],
          notEvaluated: 7,
          findings: 9,
          columns: [],
        },
      },
      {
        file: "a.xlsx",
        sheet: "Albero 2024",
        summary: {
          kpis: 9,
          objectives: 3,
          byBand: { green: 1, yellow: 2, red: 3 },
          bands: [],
          notEvaluated: 0,
          findings: 12,
          columns: [],
        },
      },
    ]);
    const lines = text.trimEnd().split("\n");
    expect(lines).toHaveLength(5);
    expect(lines[0].split(/\s{2,}/)).toEqual([
      "File",
      "Foglio",
      "KPI",
      "Obiettivi",
      "Verdi",
      "Gialli",
      "Rossi",
      "N.V.",
      "Rilievi",
    ]);
    expect(lines[1]).toMatch(
      /^file\s+sheet\s+KPIs\s+objectives\s+green\s+yellow\s+red\s+n\.e\.\s+findings$/
    );
    expect(lines[3].split(/\s+/)).toEqual([
      "relazione-2021.xlsx",
      "Piano",
      "2021",
      "110",
      "35",
      "120",
      "10",
      "8",
      "7",
      "9",
    ]);
    // Counts are right-aligned: every line ends at the same column.
    expect(new Set(lines.slice(3).map((line) => line.length)).size).toBe(1);
  });
});
