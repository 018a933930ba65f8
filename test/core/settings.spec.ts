import fc from "fast-check";
import {
  DEFAULT_DATE_LADDER,
  DEFAULT_LEGEND,
  DEFAULT_SETTINGS,
  parseMethod,
  resolveSettings,
} from "../../src/core/settings";
import type { CellScalar, Method } from "../../src/core/types";

describe("defaults", () => {
  it("reproduce the seeds: proportional, 30 days → 90%, 61 days → 85%, legend 80%/60%", () => {
    expect(DEFAULT_SETTINGS).toEqual({
      method: "proportional",
      planYear: null,
      asOf: null,
      dateLadder: [
        { maxDaysLate: 30, performance: 0.9 },
        { maxDaysLate: 61, performance: 0.85 },
      ],
      capAtOne: true,
      legend: {
        greenAbove: 0.8,
        yellowFrom: 0.6,
        colors: { green: "#C6EFCE", yellow: "#FFEB9C", red: "#FFC7CE" },
      },
      writeMode: "values",
      // §9–§10: the latest period, ceiling 120%, the §9 example scale, weighted mean, children
      // only through meta-KPIs (w 0), a blank actual not evaluated, 30 days early, the legend of
      // `legend` (or the sheet's), validated figures used, headers found by their words.
      period: null,
      ceiling: 1.2,
      stepScale: [
        { from: 1, score: 1 },
        { from: 0.9, score: 0.8 },
        { from: 0.75, score: 0.5 },
      ],
      rollup: "weightedMean",
      childWeight: 0,
      missingActual: "notEvaluated",
      earlyDays: 30,
      legendBands: null,
      legendFromSheet: true,
      useValidated: true,
      mapping: null,
    });
    expect(DEFAULT_SETTINGS.dateLadder).toBe(DEFAULT_DATE_LADDER);
    expect(DEFAULT_SETTINGS.legend).toBe(DEFAULT_LEGEND);
  });

  it("cannot be changed by a caller", () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_DATE_LADDER)).toBe(true);
    expect(Object.isFrozen(DEFAULT_LEGEND.colors)).toBe(true);
  });
});

describe("resolveSettings", () => {
  it("gives the defaults for nothing", () => {
    expect(resolveSettings()).toEqual(DEFAULT_SETTINGS);
    expect(resolveSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  it("keeps what is given and completes the rest", () => {
    const settings = resolveSettings({
      method: "binary",
      planYear: 2024,
      asOf: 45657,
      capAtOne: false,
    });
    expect(settings).toMatchObject({
      method: "binary",
      planYear: 2024,
      asOf: 45657,
      capAtOne: false,
      writeMode: "values",
    });
    expect(settings.legend).toEqual(DEFAULT_LEGEND);
  });

  it("ignores fields given as undefined", () => {
    expect(resolveSettings({ method: undefined, legend: undefined })).toEqual(DEFAULT_SETTINGS);
  });

  it("completes a legend given in part", () => {
    const legend = {
      greenAbove: 0.9,
      colors: { green: "#00FF00" },
    } as unknown as typeof DEFAULT_LEGEND;
    expect(resolveSettings({ legend }).legend).toEqual({
      greenAbove: 0.9,
      yellowFrom: 0.6,
      colors: { green: "#00FF00", yellow: "#FFEB9C", red: "#FFC7CE" },
    });
  });

  it("sorts the date ladder by days late", () => {
    const ladder = [
      { maxDaysLate: 61, performance: 0.85 },
      { maxDaysLate: 10, performance: 0.95 },
    ];
    expect(resolveSettings({ dateLadder: ladder }).dateLadder).toEqual([
      { maxDaysLate: 10, performance: 0.95 },
      { maxDaysLate: 61, performance: 0.85 },
    ]);
    expect(ladder[0].maxDaysLate).toBe(61); // the caller's array is left alone
  });
});

describe("parseMethod", () => {
  it.each<[CellScalar, Method | null]>([
    ["proporzionale", "proportional"],
    ["Proporzionale", "proportional"],
    ["PROPORTIONAL", "proportional"],
    [" proportional ", "proportional"],
    ["binario", "binary"],
    ["Binary", "binary"],
    ["raggiunto / non raggiunto", "binary"],
    [null, null],
    ["", null],
  ])("%j is %j", (raw, method) => {
    expect(parseMethod(raw)).toEqual({ ok: true, value: method });
  });

  it.each<[CellScalar]>([["lineare"], [1], [true], ["media"]])("%j is METHOD_UNKNOWN", (raw) => {
    const result = parseMethod(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("METHOD_UNKNOWN");
      expect(result.error.text.it).toContain("proporzionale");
    }
  });

  it("never throws (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)), (raw) => {
        expect(typeof parseMethod(raw).ok).toBe("boolean");
      })
    );
  });
});
