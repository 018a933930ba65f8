/**
 * Settings as stored in the workbook (Office document settings, key SETTINGS_KEY): a JSON object
 * holding only what the user changed. Reading validates every field, so a damaged or older value
 * never reaches the engine; unknown or invalid fields are dropped and defaults apply.
 */
import type { DateLadderStep, LegendSettings, Method, Settings, WriteMode } from "../core";

export const SETTINGS_KEY = "perfKpi.settings";

type Mutable<T> = { -readonly [K in keyof T]?: T[K] };

const HEX_COLOUR = /^#[0-9A-Fa-f]{6}$/;

export function settingsFromStored(raw: unknown): Partial<Settings> {
  if (typeof raw !== "object" || raw === null) return {};
  const source = raw as Record<string, unknown>;
  const out: Mutable<Settings> = {};
  if (source.method === "proportional" || source.method === "binary")
    out.method = source.method as Method;
  if (source.planYear === null || isYear(source.planYear)) out.planYear = source.planYear;
  if (
    source.asOf === null ||
    (typeof source.asOf === "number" && source.asOf > 0 && source.asOf < 2958466)
  ) {
    out.asOf = source.asOf;
  }
  if (typeof source.capAtOne === "boolean") out.capAtOne = source.capAtOne;
  if (source.writeMode === "values" || source.writeMode === "formulas")
    out.writeMode = source.writeMode as WriteMode;
  const ladder = ladderFromStored(source.dateLadder);
  if (ladder !== null) out.dateLadder = ladder;
  const legend = legendFromStored(source.legend);
  if (legend !== null) out.legend = legend;
  return out;
}

function isYear(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1990 && value <= 2100;
}

function ladderFromStored(raw: unknown): DateLadderStep[] | null {
  if (!Array.isArray(raw)) return null;
  const steps: DateLadderStep[] = [];
  for (const item of raw as unknown[]) {
    if (typeof item !== "object" || item === null) return null;
    const { maxDaysLate, performance } = item as Record<string, unknown>;
    if (typeof maxDaysLate !== "number" || typeof performance !== "number") return null;
    if (!(maxDaysLate >= 0) || !(performance >= 0 && performance <= 1)) return null;
    steps.push({ maxDaysLate, performance });
  }
  return steps.sort((a, b) => a.maxDaysLate - b.maxDaysLate);
}

function legendFromStored(raw: unknown): LegendSettings | null {
  if (typeof raw !== "object" || raw === null) return null;
  const { greenAbove, yellowFrom, colors } = raw as Record<string, unknown>;
  if (
    typeof greenAbove !== "number" ||
    typeof yellowFrom !== "number" ||
    !(yellowFrom <= greenAbove)
  )
    return null;
  if (typeof colors !== "object" || colors === null) return null;
  const { green, yellow, red } = colors as Record<string, unknown>;
  if (![green, yellow, red].every((c) => typeof c === "string" && HEX_COLOUR.test(c))) return null;
  return {
    greenAbove,
    yellowFrom,
    colors: { green: green as string, yellow: yellow as string, red: red as string },
  };
}
