/**
 * The emulator's request log read as Excel.run calls: the client library ends every Excel.run
 * with one request of `_RemoveReference` actions (it releases the ranges it kept; the request
 * also instantiates the objects it names and nothing else), so the
 * log splits into runs there. A run's length, without that last request, is its context.sync()
 * count as Excel received it.
 */
import type { Counters } from "./workbook";

const isRelease = (actions: readonly string[]): boolean =>
  actions.includes("_RemoveReference") &&
  actions.every((name) => name === "_RemoveReference" || name === "Instantiate");

/**
 * The requests of each Excel.run since request number `from` (0-based index into the log): per
 * run, its requests' action names, the release request left out. A run still open (no release
 * yet) is the last one.
 */
export function excelRuns(counters: Pick<Counters, "requestActions">, from = 0): string[][][] {
  const runs: string[][][] = [];
  let current: string[][] = [];
  for (const actions of counters.requestActions.slice(from)) {
    if (isRelease(actions)) {
      runs.push(current);
      current = [];
    } else current.push(actions);
  }
  if (current.length > 0) runs.push(current);
  return runs;
}
