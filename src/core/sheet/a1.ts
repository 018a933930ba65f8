/**
 * A1 notation helpers: 0-based column indexes to column letters and back ("A" is 0, "AA" is 26).
 * The command line, the task pane and the findings all speak in letters, as people read them.
 */

/** 0-based column index to letters: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0) {
    throw new RangeError(`column index must be a non-negative integer, got ${index}`);
  }
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Column letters (any case) to the 0-based index: "A" → 0, "aa" → 26. Null when not letters. */
export function columnIndex(letters: string): number | null {
  const text = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,4}$/.test(text)) return null;
  let n = 0;
  for (const ch of text) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address of a 0-based cell, relative ("G6") or with the column fixed ("$G6"). */
export function cellAddress(row: number, column: number, fixColumn = false): string {
  return `${fixColumn ? "$" : ""}${columnLetter(column)}${row + 1}`;
}

/** A1 address of a 0-based rectangular range ("I6:I10"). */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}
