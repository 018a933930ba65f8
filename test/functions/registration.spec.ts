import {
  FUNCTION_IDS,
  perfBand,
  perfKpi,
  perfRollup,
  perfScaglioni,
  perfSoglia,
  perfTolleranza,
  registerCustomFunctions,
} from "../../src/functions/functions";

const globals = globalThis as { CustomFunctions?: unknown };

describe("registration with Excel", () => {
  afterEach(() => {
    delete globals.CustomFunctions;
  });

  it("does nothing (and does not throw) without the CustomFunctions global", () => {
    expect(registerCustomFunctions()).toBe(false);
  });

  it("associates every function with its id when Excel provides CustomFunctions", () => {
    const associate = jest.fn();
    globals.CustomFunctions = { associate };
    expect(registerCustomFunctions()).toBe(true);
    expect(associate.mock.calls).toEqual([
      ["PERF_KPI", perfKpi],
      ["PERF_ROLLUP", perfRollup],
      ["PERF_BAND", perfBand],
      ["PERF_SOGLIA", perfSoglia],
      ["PERF_SCAGLIONI", perfScaglioni],
      ["PERF_TOLLERANZA", perfTolleranza],
    ]);
    expect(Object.keys(FUNCTION_IDS)).toEqual([
      "PERF_KPI",
      "PERF_ROLLUP",
      "PERF_BAND",
      "PERF_SOGLIA",
      "PERF_SCAGLIONI",
      "PERF_TOLLERANZA",
    ]);
  });
});
