/**
 * Defaults of every setting, how a partial set (from the workbook or the task pane) is completed,
 * and how a method is read from a cell or argument.
 */
import { messages } from "./messages";
import {
  ok,
  type CellScalar,
  type DateLadderStep,
  type LegendSettings,
  type Method,
  type Result,
  type Settings,
} from "./types";

/** Reproduces the 2021 seed: 6 days late gave 90%, 61 days late 85%; beyond 61 days, 0. */
export const DEFAULT_DATE_LADDER: readonly DateLadderStep[] = Object.freeze([
  Object.freeze({ maxDaysLate: 30, performance: 0.9 }),
  Object.freeze({ maxDaysLate: 61, performance: 0.85 }),
]);

/** The 2024 seed's legend: green above 80%, yellow from 60% to 80%, red below 60%. */
export const DEFAULT_LEGEND: LegendSettings = Object.freeze({
  greenAbove: 0.8,
  yellowFrom: 0.6,
  colors: Object.freeze({ green: "#C6EFCE", yellow: "#FFEB9C", red: "#FFC7CE" }),
});

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  method: "proportional",
  planYear: null,
  asOf: null,
  dateLadder: DEFAULT_DATE_LADDER,
  capAtOne: true,
  legend: DEFAULT_LEGEND,
  writeMode: "values",
});

/**
 * Defaults completed by `partial`. Undefined fields keep the default; a legend may be given in
 * part (only its colours, say); the date ladder is sorted by days late, as scoring expects.
 */
export function resolveSettings(partial?: Partial<Settings>): Settings {
  if (partial === undefined) return DEFAULT_SETTINGS;
  const legend: Partial<LegendSettings> = partial.legend ?? {};
  const colors: Partial<LegendSettings["colors"]> = legend.colors ?? {};
  const ladder = partial.dateLadder ?? DEFAULT_DATE_LADDER;
  return {
    method: partial.method ?? DEFAULT_SETTINGS.method,
    planYear: partial.planYear === undefined ? DEFAULT_SETTINGS.planYear : partial.planYear,
    asOf: partial.asOf === undefined ? DEFAULT_SETTINGS.asOf : partial.asOf,
    dateLadder: [...ladder].sort((a, b) => a.maxDaysLate - b.maxDaysLate),
    capAtOne: partial.capAtOne ?? DEFAULT_SETTINGS.capAtOne,
    legend: {
      greenAbove: legend.greenAbove ?? DEFAULT_LEGEND.greenAbove,
      yellowFrom: legend.yellowFrom ?? DEFAULT_LEGEND.yellowFrom,
      colors: {
        green: colors.green ?? DEFAULT_LEGEND.colors.green,
        yellow: colors.yellow ?? DEFAULT_LEGEND.colors.yellow,
        red: colors.red ?? DEFAULT_LEGEND.colors.red,
      },
    },
    writeMode: partial.writeMode ?? DEFAULT_SETTINGS.writeMode,
  };
}

const METHODS: ReadonlyMap<string, Method> = new Map([
  ["proporzionale", "proportional"],
  ["proportional", "proportional"],
  ["proporz", "proportional"],
  ["prop", "proportional"],
  ["binario", "binary"],
  ["binary", "binary"],
  ["bin", "binary"],
  ["raggiunto/nonraggiunto", "binary"],
  ["si/no", "binary"],
  ["sì/no", "binary"],
]);

/** "proporzionale"/"proportional"/"binario"/"binary" in any case; blank gives null (use the workbook's). */
export function parseMethod(raw: CellScalar): Result<Method | null> {
  if (raw === null || raw === undefined) return ok(null);
  if (typeof raw !== "string") return messages.methodUnknown(raw);
  const key = raw.toLowerCase().replace(/\s+/g, "").replace(/\.$/, "");
  if (key === "") return ok(null);
  const method = METHODS.get(key);
  return method === undefined ? messages.methodUnknown(raw) : ok(method);
}
