import fc from "fast-check";
import { serialFromYmd } from "../../../src/core/excel-date";
import {
  DEFAULT_SETTINGS,
  PLAN_YEAR_RANGE,
  SETTING_FIELDS,
  SETTING_KEYS,
  percentFromText,
  readPlanYear,
  settingFromText,
} from "../../../src/core/settings";
import type { Settings } from "../../../src/core/types";

const value = <K extends keyof Settings>(key: K, text: string): Settings[K] => {
  const read = settingFromText(key, text);
  if (!read.ok) throw new Error(read.error.text.it);
  return read.value;
};
const error = (key: keyof Settings, text: string) => {
  const read = settingFromText(key, text);
  if (read.ok) throw new Error(`${key} "${text}" was accepted`);
  return read.error;
};

describe("every setting, defined once", () => {
  it("has a label in Italian and English, an option and a default", () => {
    for (const key of SETTING_KEYS) {
      const field = SETTING_FIELDS[key];
      expect(field.key).toBe(key);
      expect(field.label.it).not.toBe("");
      expect(field.label.en).not.toBe("");
      expect(field.option).toMatch(/^[a-z-]+$/);
      expect(key in DEFAULT_SETTINGS).toBe(true);
    }
    expect(new Set(SETTING_KEYS.map((key) => SETTING_FIELDS[key].option)).size).toBe(
      SETTING_KEYS.length
    );
  });

  it("reads back what it writes, as text and as JSON, for every default", () => {
    for (const key of SETTING_KEYS) {
      const field = SETTING_FIELDS[key] as (typeof SETTING_FIELDS)["method"];
      const defaultValue = DEFAULT_SETTINGS[key] as Settings["method"];
      expect({ key, read: field.fromJson(field.toJson(defaultValue)) }).toEqual({
        key,
        read: { ok: true, value: defaultValue },
      });
      expect({ key, read: field.fromText(field.toText(defaultValue)) }).toEqual({
        key,
        read: { ok: true, value: defaultValue },
      });
    }
  });
});

describe("readers from text (command line, task pane)", () => {
  it("plan year: one range for the pane, the functions and the command line", () => {
    expect(PLAN_YEAR_RANGE).toEqual({ min: 1990, max: 2100 });
    expect(value("planYear", "2024")).toBe(2024);
    expect(value("planYear", " ")).toBeNull();
    expect(readPlanYear(2100)).toEqual({ ok: true, value: 2100 });
    for (const bad of ["1989", "2101", "24", "2024,5", "anno"]) {
      const e = error("planYear", bad);
      expect(e.code).toBe("SETTING_INVALID");
      expect(e.text.it).toContain("Anno del piano");
      expect(e.text.en).toContain("Plan year");
    }
  });

  it("method: the four schemes in Italian and English", () => {
    expect(value("method", "Soglia")).toBe("threshold");
    expect(value("method", "scaglioni")).toBe("steps");
    expect(value("method", "binary")).toBe("binary");
    expect(error("method", "media").text.it).toContain('"soglia"');
  });

  it("evaluation date: day first, or ISO", () => {
    expect(value("asOf", "31/12/2024")).toBe(serialFromYmd(2024, 12, 31));
    expect(value("asOf", "2024-12-31")).toBe(serialFromYmd(2024, 12, 31));
    expect(value("asOf", "")).toBeNull();
    expect(error("asOf", "31/02/2024").text.it).toContain("31/12/2024");
  });

  it("percentages: with or without %, Italian decimals", () => {
    expect(percentFromText("80%")).toBe(0.8);
    expect(percentFromText("80,5")).toBeCloseTo(0.805, 12);
    expect(value("ceiling", "120%")).toBeCloseTo(1.2, 12);
    expect(value("childWeight", "30")).toBeCloseTo(0.3, 12);
    expect(error("childWeight", "130%").text.it).toContain("da 0,00% a 100,00%");
    expect(error("ceiling", "90%").text.en).toContain("from 100.00% to 500.00%");
  });

  it("date ladder, step scale and legend bands as small tables", () => {
    expect(value("dateLadder", "61: 85%; 30: 90%")).toEqual([
      { maxDaysLate: 30, performance: 0.9 },
      { maxDaysLate: 61, performance: 0.85 },
    ]);
    expect(value("stepScale", "100%: 100%; 90%: 80%; 75%: 50%")).toEqual([
      { from: 1, score: 1 },
      { from: 0.9, score: 0.8 },
      { from: 0.75, score: 0.5 },
    ]);
    expect(value("stepScale", "100%: 100%; 90%-99,99%: 80%")).toEqual([
      { from: 1, score: 1 },
      { from: 0.9, to: 0.9999, score: 0.8 },
    ]);
    expect(error("stepScale", "100%: 100%; 90%-98%: 80%").text.it).toBe(
      "Impostazione «Scala a scaglioni»: Scaglioni con un vuoto: i rapporti da 98,01% a 99,99% non cadono in nessuno scaglione."
    );
    const bands = value("legendBands", "> 80% #C6EFCE; 60%-80% #ffeb9c; < 60% #FFC7CE");
    expect(bands?.map((band) => band.fill)).toEqual(["#C6EFCE", "#FFEB9C", "#FFC7CE"]);
    expect(
      error("legendBands", "da 80 a 100 #C6EFCE; da 60 a 79 #FFEB9C; < 60% #FFC7CE").text.it
    ).toContain("da 79,01% a 79,99%");
    expect(error("legendBands", "> 80% #C6EFCE").text.it).toContain("da 2 a 5 fasce");
  });

  it("yes/no, roll-up, missing actual, write mode, days, mapping", () => {
    expect(value("capAtOne", "no")).toBe(false);
    expect(value("useValidated", "sì")).toBe(true);
    expect(value("rollup", "minimo")).toBe("minimum");
    expect(value("missingActual", "zero")).toBe("zero");
    expect(value("missingActual", "N.V.")).toBe("notEvaluated");
    expect(value("writeMode", "formule")).toBe("formulas");
    expect(value("earlyDays", "45")).toBe(45);
    expect(error("earlyDays", "0").text.it).toContain("da 1 a 366");
    expect(value("mapping", "target=G; actual=h")).toEqual({
      headerRow: null,
      columns: { target: "G", actual: "H" },
    });
    expect(error("mapping", "target=G; actual=G").text.it).toContain("Colonne indicate");
  });

  it("never throws on any text (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SETTING_KEYS), fc.string(), (key, text) => {
        const read = settingFromText(key, text);
        if (!read.ok) {
          expect(read.error.text.it).toContain("Impostazione");
          expect(read.error.text.en).toContain("Setting");
        }
      })
    );
  });
});
