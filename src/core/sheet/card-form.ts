/**
 * Plans written as cards, not as a table (seed 003: "TITOLO", "KPI", "ALGORITMO", "RISULTATI
 * ATTESI" down one column, each with its value beside it). They cannot be recomputed as they are;
 * the message says what was found and which headers a table needs.
 */
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

export function cardFormMessage(grid: SheetGrid): { it: string; en: string } | null {
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
      const where = `${columnLetter(column)}${first + 1}`;
      return {
        it:
          `Il foglio è scritto a schede, non come tabella: etichette ${labels} in colonna ` +
          `${columnLetter(column)} (da ${where}) con il valore accanto. Per il ricalcolo serve una ` +
          "tabella con una riga di intestazione (Obiettivo, Indicatore, Peso, Target, Consuntivo, " +
          "Performance KPI o Performance Obiettivo) e una riga per ogni indicatore.",
        en:
          `The sheet is written as cards, not as a table: labels ${labels} in column ` +
          `${columnLetter(column)} (from ${where}) with the value beside them. Recomputing needs a ` +
          "table with one header row (Objective, Indicator, Weight, Target, Actual, KPI performance " +
          "or Objective performance) and one row per indicator.",
      };
    }
  }
  return null;
}
