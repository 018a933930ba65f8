/**
 * Every message the custom functions add to the engine's own (src/core/messages.ts): bad arguments
 * and positions inside a range. Italian first, English second; the cell shows both after #VALUE!.
 */
import {
  fail,
  formatNumberIt,
  PLAN_YEAR_RANGE,
  quote,
  type Failure,
  type PerfError,
} from "../core";

/** A fraction as the user reads it in a cell formatted as a percentage: 0.805 → "80,5%". */
const percentIt = (fraction: number): string =>
  `${formatNumberIt(Math.round(fraction * 1e6) / 1e4)}%`;
const percentEn = (fraction: number): string => `${Math.round(fraction * 1e6) / 1e4}%`;

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

export const functionMessages = {
  notAScalar: (name: string): Failure<PerfError> =>
    fail(
      "ARGUMENT_INVALID",
      `L'argomento ${name} deve essere un solo valore (una cella, un numero o un testo), non un intervallo.`,
      `Argument ${name} must be one value (one cell, a number or a text), not a range.`
    ),
  yearInvalid: (raw: unknown): Failure<PerfError> =>
    fail(
      "ARGUMENT_INVALID",
      `Anno "${quote(raw)}" non valido: scrivere l'anno del piano con quattro cifre, dal ${PLAN_YEAR_RANGE.min} al ${PLAN_YEAR_RANGE.max}, ad esempio 2024.`,
      `Year "${quote(raw)}" is not valid: write the plan year with four digits, from ${PLAN_YEAR_RANGE.min} to ${PLAN_YEAR_RANGE.max}, for example 2024.`
    ),
  evaluationDateInvalid: (raw: unknown): Failure<PerfError> =>
    fail(
      "ARGUMENT_INVALID",
      `Data di valutazione "${quote(raw)}" non valida: scrivere una data, ad esempio 31/12/2024 o OGGI().`,
      `Evaluation date "${quote(raw)}" is not valid: write a date, for example 31/12/2024 or TODAY().`
    ),
  thresholdsInverted: (yellowFrom: number, greenAbove: number): Failure<PerfError> =>
    fail(
      "ARGUMENT_INVALID",
      `Soglia del giallo (${percentIt(yellowFrom)}) maggiore della soglia del verde (${percentIt(greenAbove)}): ad esempio 80% e 60%.`,
      `Yellow threshold (${percentEn(yellowFrom)}) above the green threshold (${percentEn(greenAbove)}): for example 80% and 60%.`
    ),
  rangeSizesDiffer: (performances: number, weights: number): Failure<PerfError> =>
    fail(
      "ARGUMENT_INVALID",
      `Performance e pesi devono avere lo stesso numero di celle (${performances} performance, ${weights} pesi).`,
      `Performances and weights must have the same number of cells (${performances} performances, ${weights} weights).`
    ),
  /** An engine error about one cell of a range argument, with the cell's position (from 1). */
  inRangeCell: (error: PerfError, index: number): Failure<PerfError> =>
    fail(
      error.code,
      `Cella ${index + 1} dell'intervallo: ${error.text.it}`,
      `Cell ${index + 1} of the range: ${error.text.en}`
    ),
  rangeCellUnreadable: (cell: unknown, index: number, what: string): Failure<PerfError> =>
    fail(
      "VALUE_UNREADABLE",
      `Cella ${index + 1} dell'intervallo: ${what} "${quote(cell)}" non leggibile; scrivere una percentuale (85,00%), un numero (0,85) oppure N.V.`,
      `Cell ${index + 1} of the range: ${what} "${quote(cell)}" cannot be read; write a percentage (85,00%), a number (0.85) or N.V.`
    ),
  schemeValueUnreadable: (name: string, raw: unknown): Failure<PerfError> =>
    fail(
      "ARGUMENT_INVALID",
      `${capitalised(name.split("/")[0] ?? name)} "${quote(raw)}" non leggibile: scrivere un numero o una percentuale nell'unità del target, ad esempio 60 o 60%.`,
      `${capitalised(name.split("/")[1] ?? name)} "${quote(raw)}" cannot be read: write a number or a percentage in the target's unit, for example 60 or 60%.`
    ),
  toleranceNeedsEquals: (operator: string): Failure<PerfError> =>
    fail(
      "ARGUMENT_INVALID",
      `La tolleranza vale per un target "=": il target ha l'operatore ${operator}. Scrivere il target senza operatore (100) o con "=" (= 100).`,
      `A tolerance applies to an "=" target: the target has the operator ${operator}. Write the target with no operator (100) or with "=" (= 100).`
    ),
  toleranceMethod: (raw: unknown): Failure<PerfError> =>
    fail(
      "ARGUMENT_INVALID",
      `Metodo "${quote(raw)}" non valido con la tolleranza: usare "proporzionale" (predefinito) o "binario".`,
      `Method "${quote(raw)}" is not valid with a tolerance: use "proporzionale"/"proportional" (default) or "binario"/"binary".`
    ),
  stepRowUnreadable: (row: number): Failure<PerfError> =>
    fail(
      "ARGUMENT_INVALID",
      `Riga ${row} della scala a scaglioni non leggibile: ogni riga ha il rapporto minimo e il punteggio (due colonne, ad esempio 90% e 80%), oppure da, a e punteggio (tre colonne).`,
      `Row ${row} of the step scale cannot be read: each row holds the lowest ratio and the score (two columns, for example 90% and 80%), or from, to and score (three columns).`
    ),
} as const;
