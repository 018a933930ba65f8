/**
 * The level of an objective without a code (domain.md §2, 2023 PIAO seed): said by words at the
 * start of its title ("AREA …", "OBIETTIVO STRATEGICO …"), by a level column ("Livello",
 * "Tipo obiettivo": a word or a number), or by Excel's row outline level. 1 is an area,
 * 2 a strategic objective, 3 an operational objective, 4 an action or project.
 */
import { normaliseHeader } from "./header-words";

const WORDS: readonly (readonly [string, number])[] = [
  ["area strategica", 1],
  ["area", 1],
  ["ambito strategico", 1],
  ["ambito", 1],
  ["obiettivo strategico", 2],
  ["obiettivi strategici", 2],
  ["strategic objective", 2],
  ["strategic goal", 2],
  ["obiettivo operativo", 3],
  ["obiettivi operativi", 3],
  ["operational objective", 3],
  ["operational goal", 3],
  ["azione", 4],
  ["azioni", 4],
  ["progetto", 4],
  ["attivita", 4],
  ["action", 4],
  ["project", 4],
];
/** Longest words first: "area strategica" before "area". */
const LEVEL_WORDS = [...WORDS].sort((a, b) => b[0].length - a[0].length);

/** The level named by the words a title starts with ("OBIETTIVO STRATEGICO 1 - …" is 2), or null. */
export function levelFromTitle(title: string): number | null {
  const normalised = normaliseHeader(title);
  for (const [words, level] of LEVEL_WORDS) {
    if (normalised === words || normalised.startsWith(words + " ")) return level;
  }
  return null;
}

/** The level written in a level column: a level word, a number ("2", "Livello 2", "L2"), or null. */
export function levelFromCell(value: string | number | boolean | null): number | null {
  if (typeof value === "number") return Number.isInteger(value) && value >= 1 ? value : null;
  if (typeof value !== "string") return null;
  const byWords = levelFromTitle(value);
  if (byWords !== null) return byWords;
  const number = /^(?:livello|level|liv|l)?\s*(\d{1,3})$/.exec(normaliseHeader(value));
  if (number === null) return null;
  const level = Number(number[1]);
  return level >= 1 ? level : null;
}
