import { bandOf, legendProblems, type LegendBand } from "../../../src/core/scoring/legend-bands";
import { readLegendLine, readTypedLegend } from "../../../src/core/scoring/read-legend-text";

const band = (range: Omit<LegendBand, "fill">, fill = "#FFFFFF"): LegendBand => ({
  ...range,
  fill,
});
const range = (text: string) => {
  const read = readLegendLine(text);
  if (read === null) throw new Error(`not a legend line: ${text}`);
  return read;
};

describe("legend lines typed in the sheet (domain §10)", () => {
  it("reads the 2024 seed's legend", () => {
    expect(readLegendLine("Performance superiore all'80% del target")).toEqual({
      min: 0.8,
      minInclusive: false,
      max: null,
      maxInclusive: false,
    });
    expect(readLegendLine("Performance compresa tra il 60% e l'80% del target")).toEqual({
      min: 0.6,
      minInclusive: true,
      max: 0.8,
      maxInclusive: true,
    });
    expect(readLegendLine("Performance inferiore al 60%")).toEqual({
      min: null,
      minInclusive: false,
      max: 0.6,
      maxInclusive: false,
    });
    expect(readLegendLine("Performance < 60% del target")).toEqual(range("inferiore al 60%"));
  });

  it.each<[string, Omit<LegendBand, "fill" | "label">]>([
    ["da 60 a 79", { min: 0.6, minInclusive: true, max: 0.79, maxInclusive: true }],
    ["dal 60% all'80%", { min: 0.6, minInclusive: true, max: 0.8, maxInclusive: true }],
    ["60% - 80%", { min: 0.6, minInclusive: true, max: 0.8, maxInclusive: true }],
    ["da 0,6 a 0,79", { min: 0.6, minInclusive: true, max: 0.79, maxInclusive: true }],
    ["pari o superiore all'80%", { min: 0.8, minInclusive: true, max: null, maxInclusive: false }],
    ["almeno 80%", { min: 0.8, minInclusive: true, max: null, maxInclusive: false }],
    ["≥ 80%", { min: 0.8, minInclusive: true, max: null, maxInclusive: false }],
    ["oltre il 90,5%", { min: 0.905, minInclusive: false, max: null, maxInclusive: false }],
    ["fino al 60%", { min: null, minInclusive: false, max: 0.6, maxInclusive: true }],
    ["non superiore al 60%", { min: null, minInclusive: false, max: 0.6, maxInclusive: true }],
    ["non inferiore al 60%", { min: 0.6, minInclusive: true, max: null, maxInclusive: false }],
    ["above 80%", { min: 0.8, minInclusive: false, max: null, maxInclusive: false }],
    ["between 60% and 80%", { min: 0.6, minInclusive: true, max: 0.8, maxInclusive: true }],
    ["below 60%", { min: null, minInclusive: false, max: 0.6, maxInclusive: false }],
  ])("%s", (text, expected) => {
    expect(readLegendLine(text)).toEqual(expected);
  });

  it("is not a legend line without a number or a direction", () => {
    expect(readLegendLine("Legenda")).toBeNull();
    expect(readLegendLine("Performance 80%")).toBeNull();
  });

  it("reads a typed legend with its fills, highest band first", () => {
    const bands = readTypedLegend(
      [
        { text: "Legenda", fill: null },
        { text: "Performance superiore all'80% del target", fill: "#00B050" },
        { text: "Performance compresa tra il 60% e l'80% del target", fill: "#FFFF00" },
        { text: "Performance < 60% del target", fill: "#FF0000" },
      ],
      []
    );
    expect(bands.map((b) => b.fill)).toEqual(["#00B050", "#FFFF00", "#FF0000"]);
    expect(legendProblems(bands)).toEqual([]);
    expect([0.8001, 0.8, 0.6, 0.5999].map((p) => bandOf(p, bands))).toEqual([0, 1, 1, 2]);
  });
});

describe("gaps and overlaps of a legend (domain §10)", () => {
  it("finds the §10 gap: da 60 a 79 and da 80 a 100 leave 79,5% unclassified", () => {
    const bands = [range("da 80 a 100"), range("da 60 a 79"), range("inferiore al 60%")].map((r) =>
      band(r)
    );
    const problems = legendProblems(bands);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind: "gap", from: 0.7901, to: 0.7999 });
    expect(problems[0]?.text.it).toBe(
      "Legenda con un vuoto: i valori da 79,01% a 79,99% non cadono in nessuna fascia."
    );
    expect(bandOf(0.795, bands)).toBeNull();
  });

  it("finds overlapping bands and names the values in both", () => {
    // ≥ 80% and 60%–80% share 80,00%
    const bands = [
      band(range("almeno 80%")),
      band(range("tra 60% e 80%")),
      band(range("sotto il 60%")),
    ];
    expect(legendProblems(bands)).toEqual([
      expect.objectContaining({
        kind: "overlap",
        from: 0.8,
        to: 0.8,
        text: expect.objectContaining({
          it: "Legenda con fasce sovrapposte: i valori 80,00% cadono in più fasce.",
        }) as unknown,
      }),
    ]);
  });

  it("finds the uncovered top and bottom", () => {
    // two bands 20%–50% and 50,01%–90%: 0%..19,99% and 90,01%..100% fall in none
    const bands = [
      band({ min: 0.2, minInclusive: true, max: 0.5, maxInclusive: true }),
      band({ min: 0.5, minInclusive: false, max: 0.9, maxInclusive: true }),
    ];
    expect(legendProblems(bands).map((p) => [p.from, p.to])).toEqual([
      [0, 0.1999],
      [0.9001, 1],
    ]);
  });

  it("checks up to the ceiling when the cap is lifted", () => {
    const bands = [band(range("da 80% a 100%")), band(range("sotto l'80%"))];
    expect(legendProblems(bands, 1)).toEqual([]);
    expect(legendProblems(bands, 1.2)).toEqual([
      expect.objectContaining({ kind: "gap", from: 1.0001, to: 1.2 }),
    ]);
  });
});
