import { serialFromYmd } from "../../../src/core/excel-date";
import {
  parseSettingsJson,
  serialiseSettings,
  settingsFromJsonValue,
  settingsToJsonValue,
} from "../../../src/core/settings";
import type { Settings } from "../../../src/core/types";

describe("the settings JSON (saved by the pane, read by --settings)", () => {
  it("round-trips every kind of setting", () => {
    const settings: Partial<Settings> = {
      method: "threshold",
      planYear: 2024,
      asOf: serialFromYmd(2025, 1, 31),
      capAtOne: false,
      ceiling: 1.5,
      stepScale: [
        { from: 1, score: 1 },
        { from: 0.9, to: 0.9999, score: 0.8 },
      ],
      rollup: "allMet",
      childWeight: 0.25,
      missingActual: "zero",
      earlyDays: 15,
      legendBands: [
        { min: 0.9, minInclusive: false, max: null, maxInclusive: false, fill: "#00B050" },
        { min: null, minInclusive: false, max: 0.9, maxInclusive: true, fill: "#FF0000" },
      ],
      legendFromSheet: false,
      useValidated: false,
      writeMode: "formulas",
      period: "Consuntivo al 30/06/2024",
      mapping: { headerRow: 3, columns: { target: "G" } },
    };
    const text = serialiseSettings(settings);
    expect(JSON.parse(text)).toMatchObject({ version: 1, asOf: "2025-01-31", method: "threshold" });
    expect(parseSettingsJson(text)).toEqual({ settings, issues: [] });
  });

  it("writes only what is given", () => {
    expect(settingsToJsonValue({ method: "binary" })).toEqual({ version: 1, method: "binary" });
  });

  it("reads what a person writes: Italian words, dates as text", () => {
    const read = parseSettingsJson(
      '{"method": "binario", "asOf": "31/01/2026", "rollup": "minimo", "writeMode": "valori"}'
    );
    expect(read.issues).toEqual([]);
    expect(read.settings).toEqual({
      method: "binary",
      asOf: serialFromYmd(2026, 1, 31),
      rollup: "minimum",
      writeMode: "values",
    });
  });

  it("reads the serial dates the pane saved before this version", () => {
    expect(settingsFromJsonValue({ asOf: 45657, planYear: null }).settings).toEqual({
      asOf: 45657,
      planYear: null,
    });
  });

  it("drops a bad field with an issue naming it, and keeps the rest", () => {
    const read = parseSettingsJson('{"method": "binario", "planYear": 3024, "colour": "red"}');
    expect(read.settings).toEqual({ method: "binary" });
    expect(read.issues.map((i) => i.field)).toEqual(["planYear", null]);
    expect(read.issues[0]?.text.it).toContain("Anno del piano");
    expect(read.issues[1]?.text.it).toContain('Impostazione sconosciuta "colour"');
  });

  it("checks across fields: a legend must reach the ceiling when the cap is lifted", () => {
    const read = settingsFromJsonValue({
      capAtOne: false,
      ceiling: 1.2,
      legendBands: [
        { min: 0.8, max: 1, fill: "#00B050" },
        { min: null, max: 0.8, maxInclusive: false, fill: "#FF0000" },
      ],
    });
    expect(read.settings).toEqual({ capAtOne: false, ceiling: 1.2 });
    expect(read.issues[0]).toMatchObject({ field: "legendBands", code: "SETTING_INVALID" });
    expect(read.issues[0]?.text.it).toContain("da 100,01% a 120,00%");
  });

  it("says when the text is not JSON or not an object", () => {
    expect(parseSettingsJson("{method").issues[0]?.text.it).toContain("non sono JSON leggibile");
    expect(parseSettingsJson("[1]").issues[0]?.text.it).toContain("oggetto JSON");
  });
});
