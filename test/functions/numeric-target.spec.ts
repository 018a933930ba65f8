import fc from "fast-check";
import { parseTarget } from "../../src/core/parse-target";
import type { Operator } from "../../src/core/types";
import { numericTarget } from "../../src/functions/kpi-function";

describe("PERF_KPI's fast numeric path", () => {
  it("builds the same target as the engine's parser for every finite number and operator (property)", () => {
    const operator = fc.constantFrom<Operator | null>(null, ">=", ">", "<=", "<", "=");
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), operator, (value, op) => {
        const parsed = parseTarget(value, { operator: op, planYear: null, asDate: false });
        expect(parsed).toEqual({ ok: true, value: numericTarget(value, op) });
      }),
      { numRuns: 2000 }
    );
  });
});
