/**
 * Roll-up variants (domain §9), a setting and a column (Aggregazione / Aggregation) on an
 * objective row:
 * - weighted mean (the default, §6: rollUp);
 * - minimum (minimo, peggiore): the worst evaluated KPI;
 * - all met (tutti): 100% when every evaluated KPI scores 100%, else 0%.
 * The items that count are those of the weighted mean: evaluated, and weighing more than 0 (a KPI
 * weighed 0% is left out of every variant, as it is of the mean). Nothing counts: not evaluated.
 */
import { rollUp } from "../rollup";
import { ok, type CellScalar, type Result, type RollupItem, type RollupResult } from "../types";
import { settingMessages } from "../settings/setting-messages";

export type RollupMethod = "weightedMean" | "minimum" | "allMet";

/** A score of 100% less this is still 100% (the 1e-9 tolerance of §5). */
const MET_FLOOR = 1 - 1e-9;

export function rollUpBy(method: RollupMethod, items: readonly RollupItem[]): RollupResult {
  const mean = rollUp(items);
  if (method === "weightedMean" || mean.performance === null) return mean;
  let worst = Number.POSITIVE_INFINITY;
  for (const { index } of mean.used) {
    const p = items[index]?.performance ?? Number.NaN;
    if (p < worst) worst = p;
  }
  const performance = method === "minimum" ? worst : worst >= MET_FLOOR ? 1 : 0;
  return { ...mean, performance };
}

const ROLLUP_WORDS: ReadonlyMap<string, RollupMethod> = new Map([
  ["media", "weightedMean"],
  ["mediaponderata", "weightedMean"],
  ["ponderata", "weightedMean"],
  ["weightedmean", "weightedMean"],
  ["mean", "weightedMean"],
  ["average", "weightedMean"],
  ["minimo", "minimum"],
  ["min", "minimum"],
  ["peggiore", "minimum"],
  ["minimum", "minimum"],
  ["worst", "minimum"],
  ["tutti", "allMet"],
  ["tuttiraggiunti", "allMet"],
  ["tuttiitarget", "allMet"],
  ["allmet", "allMet"],
  ["all", "allMet"],
]);

/** A roll-up method as written in a cell or a formula argument; blank gives null (the default). */
export function parseRollupMethod(raw: CellScalar): Result<RollupMethod | null> {
  if (raw === null || raw === undefined) return ok(null);
  if (typeof raw !== "string") return settingMessages.rollupUnknown(raw);
  const key = raw
    .toLowerCase()
    .replace(/[\s_'’-]+/g, "")
    .replace(/\.$/, "");
  if (key === "") return ok(null);
  const method = ROLLUP_WORDS.get(key);
  return method === undefined ? settingMessages.rollupUnknown(raw) : ok(method);
}

/**
 * Own KPIs and child objectives together (§9): with the weight w of child objectives,
 * (1 − w) · own + w · children; a part that is not evaluated gives its weight to the other.
 * w = 0 (the default) is the own KPIs alone, when there are any.
 */
export function combineOwnAndChildren(
  own: number | null,
  children: number | null,
  childWeight: number
): number | null {
  if (own === null) return children;
  if (children === null || !(childWeight > 0)) return own;
  if (childWeight >= 1) return children;
  return (1 - childWeight) * own + childWeight * children;
}
