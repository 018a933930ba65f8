/** How every audit finding is built: 1-based row, column letter, the message in both languages. */
import { columnLetter } from "./a1";
import { percentText, type Bilingual } from "./format-text";
import { sheetWords } from "./sheet-messages";
import type { Finding, FindingCode } from "./sheet-types";

export function makeFinding(
  code: FindingCode,
  row: number,
  column: number | undefined,
  text: Bilingual,
  published: number | string | null,
  computed: number | string | null
): Finding {
  return {
    row: row + 1,
    column: column === undefined ? "" : columnLetter(column),
    code,
    text,
    published,
    computed,
  };
}

/** A performance as a finding shows it: `80,50%`, or "not evaluated". */
export const performanceShown = (value: number | null): Bilingual =>
  value === null ? sheetWords.notEvaluated : percentText(value);
