/** A scoring method as written in a cell, a formula argument, a form or a command line. */
import { messages } from "../messages";
import { ok, type Bilingual, type CellScalar, type Method, type Result } from "../types";

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
  ["soglia", "threshold"],
  ["asoglia", "threshold"],
  ["sogliaetarget", "threshold"],
  ["threshold", "threshold"],
  ["scaglioni", "steps"],
  ["ascaglioni", "steps"],
  ["scaglione", "steps"],
  ["steps", "steps"],
  ["stepscale", "steps"],
  ["step", "steps"],
]);

/** Italian words of each method, as the sheet, the formulas and the "Regole" block write them. */
export const METHOD_WORDS: Readonly<Record<Method, Bilingual>> = {
  proportional: { it: "proporzionale", en: "proportional" },
  binary: { it: "binario", en: "binary" },
  threshold: { it: "soglia", en: "threshold" },
  steps: { it: "scaglioni", en: "steps" },
};

/** "proporzionale", "binario", "soglia", "scaglioni" (or English) in any case; blank gives null. */
export function parseMethod(raw: CellScalar): Result<Method | null> {
  if (raw === null || raw === undefined) return ok(null);
  if (typeof raw !== "string") return messages.methodUnknown(raw);
  const key = raw.toLowerCase().replace(/\s+/g, "").replace(/\.$/, "");
  if (key === "") return ok(null);
  const method = METHODS.get(key);
  return method === undefined ? messages.methodUnknown(raw) : ok(method);
}
