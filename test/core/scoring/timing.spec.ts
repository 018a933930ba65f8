import { serialFromYmd as d } from "../../../src/core/excel-date";
import { deadlineTiming, TIMING_LABELS } from "../../../src/core/scoring/timing";
import type { Operator, ParsedValue, Target } from "../../../src/core/types";

const deadline = (operator: Operator, serial: number): Target => ({
  operator,
  value: serial,
  unit: "date",
  operatorImplied: false,
});
const done = (serial: number): ParsedValue => ({ kind: "date", serial });
const BLANK: ParsedValue = { kind: "blank" };
const AS_OF = d(2026, 1, 31);

describe("timing of deadlines (domain §10)", () => {
  it.each<[string, Target, ParsedValue, number, "late" | "onTime" | "early"]>([
    // 2021 seed: ≤ 31/10/2021 done 06/11/2021 is 6 days late
    ["6 days late", deadline("<=", d(2021, 10, 31)), done(d(2021, 11, 6)), 6, "late"],
    ["61 days late", deadline("<=", d(2021, 10, 31)), done(d(2021, 12, 31)), 61, "late"],
    ["on the day", deadline("<=", d(2021, 10, 31)), done(d(2021, 10, 31)), 0, "onTime"],
    [
      "29 days early: on time",
      deadline("<=", d(2021, 10, 31)),
      done(d(2021, 10, 2)),
      -29,
      "onTime",
    ],
    ["exactly 30 days early", deadline("<=", d(2021, 10, 31)), done(d(2021, 10, 1)), -30, "early"],
    // "< 31/10" has 30/10 as its last good day: done on 31/10 is 1 day late
    ["strict < on the date", deadline("<", d(2021, 10, 31)), done(d(2021, 10, 31)), 1, "late"],
    // 2024 seed, A.6: ≤ 31/12/2024 with no actual, evaluated 31/01/2026: 396 days late
    ["no actual after the deadline", deadline("<=", d(2024, 12, 31)), BLANK, 396, "late"],
  ])("%s", (_name, target, actual, days, timingClass) => {
    expect(deadlineTiming(target, actual, AS_OF)).toEqual({ daysLate: days, class: timingClass });
  });

  it("takes the early days as a setting", () => {
    const timing = deadlineTiming(
      deadline("<=", d(2021, 10, 31)),
      done(d(2021, 10, 21)),
      AS_OF,
      10
    );
    expect(timing).toEqual({ daysLate: -10, class: "early" });
  });

  it("gives no timing before the deadline, for ≥ dates and for numbers", () => {
    expect(deadlineTiming(deadline("<=", d(2026, 6, 30)), BLANK, AS_OF)).toBeNull();
    expect(deadlineTiming(deadline(">=", d(2021, 10, 31)), done(d(2021, 11, 6)), AS_OF)).toBeNull();
    const number: Target = { operator: ">=", value: 5, unit: "number", operatorImplied: false };
    expect(deadlineTiming(number, { kind: "number", value: 3, unit: "number" }, AS_OF)).toBeNull();
  });

  it("names the classes in Italian and English", () => {
    expect(TIMING_LABELS.late).toEqual({ it: "in ritardo", en: "late" });
    expect(TIMING_LABELS.onTime.it).toBe("nei tempi");
    expect(TIMING_LABELS.early.it).toBe("in anticipo");
  });
});
