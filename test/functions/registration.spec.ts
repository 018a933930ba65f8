import {
  FUNCTION_IDS,
  perfBand,
  perfKpi,
  perfRollup,
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
    ]);
    expect(Object.keys(FUNCTION_IDS)).toEqual(["PERF_KPI", "PERF_ROLLUP", "PERF_BAND"]);
  });
});
