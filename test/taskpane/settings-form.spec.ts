import { DEFAULT_LEGEND } from "../../src/core/settings";
import type { Settings } from "../../src/core/types";
import {
  formFromSettings,
  parseLadder,
  parsePercentField,
  settingsFromForm,
} from "../../src/taskpane/settings-form";
import { settingsFromStored } from "../../src/taskpane/stored-settings";

describe("settings form", () => {
  it.each([
    [
      "30:90%; 61:85%",
      [
        { maxDaysLate: 30, performance: 0.9 },
        { maxDaysLate: 61, performance: 0.85 },
      ],
    ],
    [
      "61:85%, 30:90%",
      [
        { maxDaysLate: 30, performance: 0.9 },
        { maxDaysLate: 61, performance: 0.85 },
      ],
    ],
    ["15 : 95,5%", [{ maxDaysLate: 15, performance: 0.955 }]],
    ["30:190%", null],
    ["trenta giorni", null],
  ])("reads the lateness ladder %s", (text, steps) => {
    expect(parseLadder(text)).toEqual(steps);
  });

  it.each([
    ["80", 0.8],
    ["80,5", 0.805],
    ["60 %", 0.6],
    ["120", null],
    ["x", null],
  ])("reads the percentage field %s", (text, value) => {
    expect(parsePercentField(text)).toBe(value);
  });

  it("round-trips saved settings through the form", () => {
    const settings: Partial<Settings> = {
      method: "binary",
      planYear: 2024,
      asOf: 46053,
      dateLadder: [{ maxDaysLate: 30, performance: 0.9 }],
      capAtOne: false,
      legend: {
        greenAbove: 0.85,
        yellowFrom: 0.55,
        colors: { green: "#00FF00", yellow: "#FFFF00", red: "#FF0000" },
      },
      writeMode: "formulas",
    };
    const form = formFromSettings(settings);
    expect(form.asOf).toBe("31/01/2026");
    expect(settingsFromForm(form)).toEqual({ ok: true, value: settings });
  });

  it("leaves plan year and date to the sheet when blank", () => {
    const read = settingsFromForm({ ...formFromSettings({}), planYear: " ", asOf: "" });
    expect(read.ok && read.value.planYear).toBeNull();
    expect(read.ok && read.value.asOf).toBeNull();
    expect(read.ok && read.value.legend).toEqual(DEFAULT_LEGEND);
  });

  it.each([
    ["planYear", { planYear: "24" }],
    ["asOf", { asOf: "domani" }],
    ["yellowFrom", { yellowFrom: "90" }],
    ["colors", { colors: { green: "verde", yellow: "#FFEB9C", red: "#FFC7CE" } }],
  ])("names the field it cannot read: %s", (field, change) => {
    expect(settingsFromForm({ ...formFromSettings({}), ...change })).toEqual({
      ok: false,
      error: { field },
    });
  });

  it("keeps only valid stored fields", () => {
    expect(
      settingsFromStored({
        method: "binary",
        asOf: -3,
        legend: { greenAbove: 0.5, yellowFrom: 0.7 },
      })
    ).toEqual({
      method: "binary",
    });
    expect(settingsFromStored("binary")).toEqual({});
  });
});
