/**
 * Timing of a deadline KPI (domain §10): the days early or late and a class. The last good day is
 * D for "≤ D" and "= D", D − 1 for "< D". Done on day A: A − last good day days late (negative:
 * early). No date yet and the evaluation date past the deadline: late by the days since.
 * Classes: late (in ritardo) when days > 0; early (in anticipo) when at least `earlyDays` days
 * early (30 by default, a setting); otherwise on time (nei tempi).
 * "≥ D" and "> D" (not before a date) set no deadline: no timing.
 */
import type { Bilingual, ParsedValue, Target } from "../types";

export type TimingClass = "late" | "onTime" | "early";

export interface Timing {
  /** Positive: days late; negative: days early; 0: on the day. */
  readonly daysLate: number;
  readonly class: TimingClass;
}

export const DEFAULT_EARLY_DAYS = 30;

export const TIMING_LABELS: Readonly<Record<TimingClass, Bilingual>> = {
  late: { it: "in ritardo", en: "late" },
  onTime: { it: "nei tempi", en: "on time" },
  early: { it: "in anticipo", en: "early" },
};

export function deadlineTiming(
  target: Target,
  actual: ParsedValue,
  asOf: number,
  earlyDays: number = DEFAULT_EARLY_DAYS
): Timing | null {
  if (target.unit !== "date") return null;
  const operator = target.operator;
  if (operator === ">=" || operator === ">") return null;
  const lastGoodDay = Math.floor(target.value) - (operator === "<" ? 1 : 0);
  let daysLate: number;
  if (actual.kind === "date") daysLate = Math.floor(actual.serial) - lastGoodDay;
  else if (actual.kind === "blank") {
    const today = Math.floor(asOf);
    if (!(today > lastGoodDay)) return null; // not due yet
    daysLate = today - lastGoodDay;
  } else return null;
  const timingClass: TimingClass =
    daysLate > 0 ? "late" : -daysLate >= earlyDays ? "early" : "onTime";
  return { daysLate, class: timingClass };
}
