/**
 * The numeric arguments of the scheme functions (PERF_SOGLIA, PERF_SCAGLIONI, PERF_TOLLERANZA):
 * a threshold, an excellence value, a ceiling or a tolerance, as a number or a text ("60", "60%",
 * "1.587,10"), in the target's unit. Blank or omitted is null.
 *
 * Excel on the web passes an empty cell as null, Excel desktop as 0 (office-js #4702). Whether a
 * 0 is an empty cell or a written 0 cannot be told from the value, so each function says what a 0
 * means where the two readings would give different figures (see threshold-function.ts).
 */
import { ok, type Result } from "../core";
import { isBlank, scalarArgument } from "./arguments";
import { readValue } from "./kpi-arguments";
import { functionMessages } from "./messages";

/** `name` is "italiano/english", as the messages show it. */
export function schemeNumber(
  value: unknown,
  name: string,
  planYear: number | null
): Result<number | null> {
  const scalar = scalarArgument(value, name);
  if (!scalar.ok) return scalar;
  const raw = scalar.value;
  if (isBlank(raw)) return ok(null);
  if (typeof raw === "number") return ok(raw);
  if (typeof raw === "boolean") return functionMessages.schemeValueUnreadable(name, raw);
  const read = readValue(raw, planYear, false);
  if (!read.ok || read.value.kind !== "number")
    return functionMessages.schemeValueUnreadable(name, raw);
  return ok(read.value.value);
}
