/**
 * Objective codes (domain.md §2): an area letter, optionally followed by digits, then
 * dot-separated groups of digits of any length: "A", "A.1", "A.1.3.1", "A.1000", "B06",
 * "D02.02", sometimes with a trailing dot ("A.1.4.1."). A title cell may start with the code
 * ("A.1 - Attrattività…", "C Competitività dell'Ente"); a cell of its own may hold it alone.
 * KPI codes are two or more letters then digits ("KP185", "KPI144", "KPIM271").
 */

export interface CodedTitle {
  /** Normalised code: upper case, no trailing dot ("A.1.4.1"). */
  readonly code: string;
  /** The rest of the text, without the separator. */
  readonly title: string;
}

const CODE_ALONE = /^([A-Za-z]\d*)((?:\.\d+)*)\.?$/;
// Letter and digits, optional ".n" groups, optional trailing dot, then a separator (dash, colon, or spaces).
const CODE_IN_TITLE = /^([A-Z]\d*)((?:\.\d+)*)(\.?)(\s*[-–—:]\s*|\s+)(.*)$/s;
const KPI_CODE = /^[A-Za-z]{2,}[._-]?\d+[A-Za-z\d._-]*$/;
// A KPI code leading the indicator text: "KP185 - Trend …".
const KPI_CODE_IN_TEXT = /^([A-Z]{2,}[._-]?\d+[A-Z\d]*)\s*[-–—:]\s*\S/;

/** Normalise a code written alone in a cell; null when it is not a code. */
export function parseCode(text: string): string | null {
  const match = CODE_ALONE.exec(text.trim());
  if (match === null) return null;
  return `${match[1]!.toUpperCase()}${match[2]!}`;
}

/**
 * Code and title from a title cell. A bare letter counts only when followed by a dash or by a
 * capitalised word ("C Competitività"), so prose such as "A cura di…" is not read as area A.
 */
export function parseCodedTitle(text: string): CodedTitle | null {
  const trimmed = text.trim();
  const alone = parseCode(trimmed);
  if (alone !== null && /^[A-Z]/.test(trimmed)) return { code: alone, title: "" };
  const match = CODE_IN_TITLE.exec(trimmed);
  if (match === null) return null;
  const [, letter = "", groups = "", , separator = "", rest = ""] = match;
  const title = rest.trim();
  if (groups === "" && !/\d/.test(letter)) {
    const dashed = /[-–—:]/.test(separator);
    if (!dashed && !/^[A-ZÀ-Ý]/.test(title)) return null;
  }
  return { code: `${letter}${groups}`, title };
}

/** The code one level up: "A.1.3.1" → "A.1.3", "A.1" → "A"; an area has none. */
export function parentCode(code: string): string | null {
  const dot = code.lastIndexOf(".");
  return dot < 0 ? null : code.slice(0, dot);
}

/** 1 for an area, 2 for a strategic objective, 3 operational, 4 action. */
export function codeLevel(code: string): number {
  return code.split(".").length;
}

/** A value shaped like a KPI code ("KP185", "KPI144", "IND.01"). */
export function isKpiCode(text: string): boolean {
  return KPI_CODE.test(text.trim());
}

/** The KPI code that leads an indicator text ("KP185 - Trend …" gives "KP185"), or null. */
export function leadingKpiCode(indicator: string): string | null {
  return KPI_CODE_IN_TEXT.exec(indicator.trim())?.[1] ?? null;
}
