/**
 * The settings form's model (settings-form-model.ts): the form's text goes through the core's
 * readers only, so its messages are the core's, naming the setting by its label; the tables join
 * into the setting's text form; only what differs from the defaults (or what the workbook held) is
 * saved; and what the form saves is the JSON the command line's --settings takes, unchanged.
 */
import { writeFileSync } from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import { ExitCode } from "../../src/cli/exit-codes";
import type { JsonReport } from "../../src/cli/report-json";
import { parseSettingsJson, SETTING_FIELDS, serialiseSettings } from "../../src/core/settings";
import type { Settings } from "../../src/core/types";
import {
  bandsText,
  classicBandRows,
  formValues,
  readForm,
  stepsText,
  type FormValues,
} from "../../src/taskpane/settings-form-model";
import { settingsFromStored, settingsToStored } from "../../src/taskpane/stored-settings";
import { collectingIo, FIXTURES, makeTempDir } from "../support/doubles/cli-io";

/** Every setting of the form away from its default (the column mapping has its own form). */
const CHANGED: Partial<Settings> = {
  method: "steps",
  planYear: 2024,
  asOf: 46053, // 31/01/2026
  writeMode: "formulas",
  capAtOne: false,
  ceiling: 1.5,
  dateLadder: [
    { maxDaysLate: 15, performance: 0.95 },
    { maxDaysLate: 45, performance: 0.7 },
  ],
  stepScale: [
    { from: 1, score: 1 },
    { from: 0.9, to: 0.9999, score: 0.7 },
    { from: 0.6, to: 0.8999, score: 0.4 },
  ],
  missingActual: "zero",
  earlyDays: 20,
  rollup: "minimum",
  childWeight: 0.25,
  legend: {
    greenAbove: 0.85,
    yellowFrom: 0.55,
    colors: { green: "#00FF00", yellow: "#FFFF00", red: "#FF0000" },
  },
  legendBands: [
    {
      min: 0.8,
      minInclusive: false,
      max: null,
      maxInclusive: false,
      fill: "#C6EFCE",
      label: "> 80%",
    },
    {
      min: 0.5,
      minInclusive: true,
      max: 0.8,
      maxInclusive: true,
      fill: "#FFEB9C",
      label: "50%-80%",
    },
    {
      min: null,
      minInclusive: false,
      max: 0.5,
      maxInclusive: false,
      fill: "#FFC7CE",
      label: "< 50%",
    },
  ],
  legendFromSheet: false,
  period: "I semestre",
  useValidated: false,
};

const defaults = (): FormValues => formValues({});

describe("the settings form's model", () => {
  it("reads back every setting it shows, through the core's readers", () => {
    const read = readForm(formValues(CHANGED), {});
    expect(read.issues).toEqual([]);
    expect(read.settings).toEqual(CHANGED);
  });

  it("shows the defaults as the core writes them, and saves nothing for them", () => {
    const values = defaults();
    expect(values.text.method).toBe("proportional");
    expect(values.text.planYear).toBe("");
    expect(values.text.ceiling).toBe("120%");
    expect(values.text.dateLadder).toBe("30: 90%; 61: 85%");
    expect(values.steps).toEqual([
      { from: "100%", to: "", score: "100%" },
      { from: "90%", to: "", score: "80%" },
      { from: "75%", to: "", score: "50%" },
    ]);
    expect(values.bands).toEqual([]);
    expect(readForm(values, {})).toEqual({ settings: {}, issues: [] });
  });

  it("keeps a setting the workbook held even when it equals the default", () => {
    const stored: Partial<Settings> = { method: "proportional", planYear: 2024 };
    expect(readForm(formValues(stored), stored).settings).toEqual(stored);
    // A held setting keeps its field whatever the person sets, a default included.
    const values = formValues({ ...stored, method: "binary" });
    const edited = { ...values, text: { ...values.text, method: "proportional" } };
    expect(readForm(edited, { method: "binary" }).settings).toEqual({
      method: "proportional",
      planYear: 2024,
    });
  });

  it.each([
    ["planYear", "24"],
    ["asOf", "domani"],
    ["ceiling", "600%"],
    ["dateLadder", "trenta giorni"],
    ["earlyDays", "0"],
    ["childWeight", "120"],
  ] as const)("gives the core's message for %s = %p, with the setting's label", (key, text) => {
    const values = defaults();
    const read = readForm({ ...values, text: { ...values.text, [key]: text } }, {});
    const core = SETTING_FIELDS[key].fromText(text);
    expect(core.ok).toBe(false);
    if (core.ok) return;
    expect(read.issues).toEqual([{ ...core.error, field: key }]);
    expect(read.issues[0]?.text.it).toContain(`«${SETTING_FIELDS[key].label.it}»`);
    expect(read.issues[0]?.text.en).toContain(`"${SETTING_FIELDS[key].label.en}"`);
    expect(read.settings[key]).toBeUndefined();
  });

  it("joins the step rows into the scale's text, skipping blank rows", () => {
    expect(
      stepsText([
        { from: "100%", to: "", score: "100%" },
        { from: " ", to: "", score: "" },
        { from: "90", to: "99,99", score: "70" },
      ])
    ).toBe("100%: 100%; 90-99,99: 70");
    // 90 % → 0,9 and 99,99 → 0,9999, as the core reads percentages
    const values = defaults();
    const read = readForm(
      {
        ...values,
        steps: [
          { from: "100%", to: "", score: "100%" },
          { from: "90", to: "99,99", score: "70" },
        ],
      },
      {}
    );
    expect(read.settings.stepScale).toEqual([
      { from: 1, score: 1 },
      { from: 0.9, to: 0.9999, score: 0.7 },
    ]);
  });

  it("names the overlapping steps in the core's words", () => {
    const values = defaults();
    const steps = [
      { from: "100%", to: "", score: "100%" },
      { from: "90%", to: "", score: "80%" },
      { from: "90%", to: "", score: "50%" },
    ];
    const read = readForm({ ...values, steps }, {});
    const core = SETTING_FIELDS.stepScale.fromText(stepsText(steps));
    expect(core.ok).toBe(false);
    if (core.ok) return;
    expect(read.issues).toEqual([{ ...core.error, field: "stepScale" }]);
    expect(read.issues[0]?.text.it).toMatch(/^Impostazione «Scala a scaglioni»:/);
  });

  it("reads the band rows as the legend bands, and no rows as none", () => {
    const rows = [
      { rule: "> 80%", fill: "#c6efce" },
      { rule: "60%-80%", fill: "#ffeb9c" },
      { rule: "50%-59,99%", fill: "#fcd5b4" },
      { rule: "< 50%", fill: "#ffc7ce" },
    ];
    expect(bandsText(rows)).toBe(
      "> 80% #c6efce; 60%-80% #ffeb9c; 50%-59,99% #fcd5b4; < 50% #ffc7ce"
    );
    const read = readForm({ ...defaults(), bands: rows }, {});
    expect(read.issues).toEqual([]);
    expect(read.settings.legendBands?.map((band) => [band.min, band.max, band.fill])).toEqual([
      [0.8, null, "#C6EFCE"],
      [0.6, 0.8, "#FFEB9C"],
      [0.5, 0.5999, "#FCD5B4"],
      [null, 0.5, "#FFC7CE"],
    ]);
    expect(readForm({ ...defaults(), bands: [] }, {}).settings.legendBands).toBeUndefined();
  });

  it("starts a band table from the legend's three bands", () => {
    const rows = classicBandRows(defaults().legend);
    expect(rows).toEqual([
      { rule: "> 80%", fill: "#C6EFCE" },
      { rule: "60%-80%", fill: "#FFEB9C" },
      { rule: "< 60%", fill: "#FFC7CE" },
    ]);
    // The same bands as the classic legend: > 80%, 60%–80% both included, < 60%.
    const read = readForm({ ...defaults(), bands: rows }, {});
    expect(
      read.settings.legendBands?.map((b) => [b.min, b.minInclusive, b.max, b.maxInclusive])
    ).toEqual([
      [0.8, false, null, false],
      [0.6, true, 0.8, true],
      [null, false, 0.6, false],
    ]);
  });

  it("says which band setting fails a check across fields (bands up to the ceiling)", () => {
    // Without the cap, performances reach 120%: a top band ending at 100% leaves 100,01%–120% out.
    const values = defaults();
    const read = readForm(
      {
        ...values,
        text: { ...values.text, capAtOne: "no" },
        bands: [
          { rule: "80%-100%", fill: "#C6EFCE" },
          { rule: "< 80%", fill: "#FFC7CE" },
        ],
      },
      {}
    );
    expect(read.issues.map((issue) => issue.field)).toEqual(["legendBands"]);
    expect(read.issues[0]?.text.it).toMatch(/^Impostazione «Fasce della legenda»:/);
    expect(read.issues[0]?.text.it).toContain("120,00%");
    expect(read.settings.legendBands).toBeUndefined();
    expect(read.settings.capAtOne).toBe(false);
  });

  it("keeps only valid stored fields", () => {
    expect(
      settingsFromStored({
        method: "binary",
        asOf: -3,
        legend: { greenAbove: 0.5, yellowFrom: 0.7 },
      })
    ).toEqual({ method: "binary" });
    expect(settingsFromStored("binary")).toEqual({});
  });
});

describe("what the form saves", () => {
  it("is read back by the workbook's reader and by the command line's --settings unchanged", () => {
    const read = readForm(formValues(CHANGED), {});
    const stored = settingsToStored(read.settings);
    expect(settingsFromStored(JSON.parse(JSON.stringify(stored)))).toEqual(CHANGED);
    const parsed = parseSettingsJson(JSON.stringify(stored));
    expect(parsed.issues).toEqual([]);
    expect(parsed.settings).toEqual(CHANGED);
    expect(serialiseSettings(parsed.settings)).toBe(JSON.stringify(stored, null, 2));
  });

  it("runs through perf-kpi recompute --settings FILE as it is", async () => {
    const { dir, cleanup } = makeTempDir("form-settings");
    try {
      const values = defaults();
      const read = readForm(
        {
          ...values,
          text: {
            ...values.text,
            method: "binary",
            planYear: "2024",
            asOf: "31/01/2026",
            rollup: "minimum",
          },
        },
        {}
      );
      expect(read.issues).toEqual([]);
      const file = path.join(dir, "impostazioni.json");
      writeFileSync(file, JSON.stringify(settingsToStored(read.settings)));
      const io = collectingIo();
      const code = await main(
        [
          "recompute",
          path.join(FIXTURES, "albero-2024.xlsx"),
          "--check",
          "--json",
          "-",
          "--settings",
          file,
        ],
        io
      );
      // --check exits 1 with findings; a settings file it cannot use would be 2 (usage).
      expect(code).toBe(ExitCode.findings);
      const report = JSON.parse(io.stdout.text) as JsonReport;
      const [sheet] = report.sheets;
      expect(sheet?.settings).toEqual({ method: "binary", planYear: 2024, asOf: "2026-01-31" });
      expect(sheet?.settingSources).toEqual({
        method: "settingsFile",
        planYear: "settingsFile",
        asOf: "settingsFile",
        rollup: "settingsFile",
      });
    } finally {
      cleanup();
    }
  });
});
