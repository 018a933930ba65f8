import { readFileSync } from "fs";
import * as path from "path";
import { droppedFeatures, droppedFeaturesWarning } from "../../src/cli/dropped-features";
import { FIXTURES } from "../support/doubles/cli-io";

describe("droppedFeatures", () => {
  it("finds nothing ExcelJS would drop in the fixtures", () => {
    for (const name of ["albero-2024.xlsx", "relazione-2021.xlsx"]) {
      expect(droppedFeatures(readFileSync(path.join(FIXTURES, name)))).toEqual([]);
    }
  });

  it("finds charts and macros by their part names in the zip directory", () => {
    const bytes = Buffer.concat([
      Buffer.from("PK\x03\x04"),
      Buffer.from("xl/worksheets/sheet1.xml xl/charts/chart1.xml xl/vbaProject.bin", "latin1"),
    ]);
    expect(droppedFeatures(bytes).map((feature) => feature.en)).toEqual(["charts", "VBA macros"]);
  });
});

describe("droppedFeaturesWarning", () => {
  it("warns in Italian and English, naming what is lost", () => {
    const features = droppedFeatures(
      Buffer.from("xl/charts/chart1.xml xl/pivotTables/p1.xml", "latin1")
    );
    expect(droppedFeaturesWarning("piano.xlsx", features)).toBe(
      'perf-kpi: attenzione: "piano.xlsx" contiene grafici, tabelle pivot, che il file ricalcolato non conserva (l\'originale resta intatto).\n' +
        'perf-kpi: warning: "piano.xlsx" holds charts, pivot tables, which the recomputed file does not keep (the original is untouched).\n'
    );
  });

  it("says nothing when nothing is lost", () => {
    expect(droppedFeaturesWarning("piano.xlsx", [])).toBe("");
  });
});
