/**
 * Plans written as cards, not as a table (seed 003: "TITOLO", "KPI", "ALGORITMO", "RISULTATI
 * ATTESI" down one column, each with its value beside it). They cannot be recomputed as they are;
 * the message says what was found and which headers a table needs.
 */
import { messages } from "../messages";
import type { Failure, PerfError } from "../types";
import { columnLetter } from "./a1";
import { normaliseHeader } from "./header-words";
import type { SheetGrid } from "./sheet-grid";

/** Labels of a card, normalised. */
const CARD_LABELS: ReadonlySet<string> = new Set([
  "titolo",
  "obiettivo",
  "kpi",
  "indicatore",
  "algoritmo",
  "formula",
  "risultati attesi",
  "risultato atteso",
  "target",
  "valore atteso",
  "baseline",
  "fonte",
  "fonte dei dati",
  "responsabile",
  "peso",
  "consuntivo",
  "unita di misura",
  "title",
  "indicator",
  "algorithm",
  "expected result",
]);

/** Rows scanned: a card plan shows its shape in its first cards. */
const SCAN_ROWS = 400;

export function cardFormMessage(grid: SheetGrid): Failure<PerfError> | null {
  const bottom = Math.min(grid.bottom, grid.top + SCAN_ROWS);
  for (let column = grid.left; column <= Math.min(grid.right, grid.left + 3); column++) {
    const seen = new Map<string, number>();
    let labelled = 0;
    let first = -1;
    for (let row = grid.top; row <= bottom; row++) {
      const text = grid.text(row, column).replace(/:$/, "");
      if (text === "" || text.length > 30) continue;
      const label = normaliseHeader(text);
      if (!CARD_LABELS.has(label) || grid.isBlank(row, column + 1)) continue;
      seen.set(label, (seen.get(label) ?? 0) + 1);
      labelled++;
      if (first < 0) first = row;
    }
    // Several different labels, each with a value to its right, down one column: a card.
    if (seen.size >= 3 && labelled >= 3) {
      const labels = [...seen.keys()].map((label) => label.toUpperCase()).join(", ");
      return messages.cardForm(labels, columnLetter(column), `${columnLetter(column)}${first + 1}`);
    }
  }
  return null;
}
