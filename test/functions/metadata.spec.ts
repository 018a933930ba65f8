/**
 * The Italian custom-functions metadata against the English one, both built the way the webpack
 * build builds them: the English from the JSDoc of functions.ts (custom-functions-metadata, the
 * generator CustomFunctionsMetadataPlugin runs), the Italian from descriptions.it.ts.
 */
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { DESCRIPTIONS_IT } from "../../src/functions/descriptions.it";
import { localizeMetadata, type FunctionsMetadata } from "../../src/functions/localize-metadata";

let english: FunctionsMetadata;
let italian: FunctionsMetadata;
let problems: readonly string[];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(
    path.join(__dirname, "../../src/functions/functions.ts")
  );
  expect(generated.errors).toEqual([]);
  english = JSON.parse(generated.metadataJson) as FunctionsMetadata;
  ({ metadata: italian, problems } = localizeMetadata(english, DESCRIPTIONS_IT));
}, 60_000);

/** Everything but the texts a translation may change. */
function shape(metadata: FunctionsMetadata): unknown {
  return metadata.functions.map(({ description: _d, parameters, ...fn }) => ({
    ...fn,
    parameters: parameters.map(({ description: _p, name: _n, ...parameter }) => parameter),
  }));
}

describe("custom-functions metadata", () => {
  it("lists PERF_KPI, PERF_ROLLUP and PERF_BAND with the argument types Excel passes", () => {
    const kpi = english.functions.find((fn) => fn.id === "PERF_KPI");
    expect(english.functions.map((fn) => fn.id)).toEqual([
      "PERF_KPI",
      "PERF_ROLLUP",
      "PERF_BAND",
      "PERF_SOGLIA",
      "PERF_SCAGLIONI",
      "PERF_TOLLERANZA",
    ]);
    expect(kpi?.parameters.map((p) => [p.name, p.type, p.optional ?? false])).toEqual([
      ["target", "any", false],
      ["actual", "any", false],
      ["operator", "any", true],
      ["method", "any", true],
      ["year", "any", true],
      ["asOf", "any", true],
    ]);
    const rollup = english.functions.find((fn) => fn.id === "PERF_ROLLUP");
    expect(rollup?.parameters.map((p) => [p.name, p.type, p.dimensionality])).toEqual([
      ["performances", "any", "matrix"],
      ["weights", "any", "matrix"],
      ["aggregation", "any", undefined],
    ]);
    const threshold = english.functions.find((fn) => fn.id === "PERF_SOGLIA");
    expect(threshold?.parameters.map((p) => [p.name, p.optional ?? false])).toEqual([
      ["target", false],
      ["actual", false],
      ["threshold", false],
      ["operator", true],
      ["excellence", true],
      ["ceiling", true],
      ["year", true],
    ]);
    const steps = english.functions.find((fn) => fn.id === "PERF_SCAGLIONI");
    expect(steps?.parameters.map((p) => [p.name, p.dimensionality, p.optional ?? false])).toEqual([
      ["target", undefined, false],
      ["actual", undefined, false],
      ["scale", "matrix", true],
      ["operator", undefined, true],
      ["year", undefined, true],
    ]);
    const tolerance = english.functions.find((fn) => fn.id === "PERF_TOLLERANZA");
    expect(tolerance?.parameters.map((p) => p.name)).toEqual([
      "target",
      "actual",
      "tolerance",
      "method",
      "year",
    ]);
  });

  it("the Italian metadata has exactly the same functions, parameters, types and options", () => {
    expect(problems).toEqual([]);
    expect(shape(italian)).toEqual(shape(english));
    expect(Object.keys(italian).sort()).toEqual(Object.keys(english).sort());
    expect(italian.functions.map((fn) => fn.name)).toEqual(english.functions.map((fn) => fn.name));
  });

  it("translates every function and parameter description", () => {
    english.functions.forEach((fn, i) => {
      const it = italian.functions[i];
      expect(it.description).toBeTruthy();
      expect(it.description).not.toBe(fn.description);
      fn.parameters.forEach((parameter, j) => {
        const translated = it.parameters[j];
        expect(translated.description).toBeTruthy();
        expect(translated.description).not.toBe(parameter.description);
        expect(translated.name).toMatch(/^[a-z_]+$/); // a valid parameter name in Excel's tooltip
      });
    });
    expect(italian.functions[0].parameters.map((p) => p.name)).toEqual([
      "target",
      "consuntivo",
      "operatore",
      "metodo",
      "anno",
      "data_valutazione",
    ]);
    expect(italian.functions[3].parameters.map((p) => p.name)).toEqual([
      "target",
      "consuntivo",
      "soglia",
      "operatore",
      "eccellenza",
      "tetto",
      "anno",
    ]);
  });

  it("reports a missing translation and a translation that matches nothing", () => {
    const withoutBand = Object.fromEntries(
      Object.entries(DESCRIPTIONS_IT).filter(([id]) => id !== "PERF_BAND")
    );
    const stray = { ...withoutBand, PERF_OLD: DESCRIPTIONS_IT.PERF_BAND };
    const { problems: found } = localizeMetadata(english, stray);
    expect(found).toEqual([
      "PERF_BAND: no Italian text in descriptions.it.ts",
      "PERF_OLD: Italian text for a function that does not exist",
    ]);
    const missingParameter = {
      ...DESCRIPTIONS_IT,
      PERF_ROLLUP: {
        ...DESCRIPTIONS_IT.PERF_ROLLUP,
        parameters: {
          performances: DESCRIPTIONS_IT.PERF_ROLLUP.parameters.performances,
          pesi: DESCRIPTIONS_IT.PERF_ROLLUP.parameters.weights,
          aggregation: DESCRIPTIONS_IT.PERF_ROLLUP.parameters.aggregation,
        },
      },
    };
    expect(localizeMetadata(english, missingParameter).problems).toEqual([
      "PERF_ROLLUP(weights): no Italian text in descriptions.it.ts",
      "PERF_ROLLUP(pesi): Italian text for a parameter the function does not have",
    ]);
  });
});
