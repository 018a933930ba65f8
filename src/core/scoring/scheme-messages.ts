/**
 * Error messages of the scoring schemes (domain §9–§10), Italian first with the English beside it.
 * Figures are written the Italian way (80,50%, 1.587,1) so the message reads as the sheet does.
 */
import { quote } from "../messages";
import { fail, type Bilingual, type Result } from "../types";
import { percentText } from "../sheet/format-text";

const percentIt = (fraction: number): string =>
  Number.isFinite(fraction) ? percentText(fraction).it : "∞";

const direction = (higherIsBetter: boolean): Bilingual =>
  higherIsBetter
    ? { it: "sotto il target (più alto è meglio)", en: "below the target (higher is better)" }
    : { it: "sopra il target (più basso è meglio)", en: "above the target (lower is better)" };

export const schemeMessages = {
  thresholdWrongSide: (threshold: number, target: number, higherIsBetter: boolean): Result<never> =>
    fail(
      "SCHEME_INVALID",
      `Soglia ${quote(threshold)} dalla parte sbagliata del target ${quote(target)}: la soglia deve stare ${direction(higherIsBetter).it}.`,
      `Threshold ${quote(threshold)} is on the wrong side of the target ${quote(target)}: the threshold must lie ${direction(higherIsBetter).en}.`
    ),
  thresholdNeedsDirection: (): Result<never> =>
    fail(
      "SCHEME_INVALID",
      'Il metodo a soglia serve un target con ≥, >, ≤ o <: per un target "=" usare la tolleranza.',
      'The threshold method needs a target with ≥, >, ≤ or <: for an "=" target use a tolerance.'
    ),
  excellenceWrongSide: (
    excellence: number,
    target: number,
    higherIsBetter: boolean
  ): Result<never> =>
    fail(
      "SCHEME_INVALID",
      `Valore di eccellenza ${quote(excellence)} dalla parte sbagliata del target ${quote(target)}: deve stare ${higherIsBetter ? "sopra il target" : "sotto il target"}.`,
      `Excellence value ${quote(excellence)} is on the wrong side of the target ${quote(target)}: it must lie ${higherIsBetter ? "above the target" : "below the target"}.`
    ),
  toleranceInvalid: (tolerance: number): Result<never> =>
    fail(
      "SCHEME_INVALID",
      `Tolleranza ${percentIt(tolerance)} non valida: scrivere una percentuale del target non negativa, ad esempio 5%.`,
      `Tolerance ${percentIt(tolerance)} is not valid: write a non-negative percentage of the target, for example 5%.`
    ),
  stepScaleEmpty: (): Result<never> =>
    fail(
      "SCHEME_INVALID",
      "Scala a scaglioni vuota: indicare almeno uno scaglione (ad esempio ≥ 100% → 100%).",
      "Empty step scale: give at least one step (for example ≥ 100% → 100%)."
    ),
  stepScaleOverlap: (from: number, to: number): Result<never> =>
    fail(
      "SCHEME_INVALID",
      `Scaglioni sovrapposti: i rapporti da ${percentIt(from)} a ${percentIt(to)} cadono in due scaglioni della scala.`,
      `Overlapping steps: ratios from ${percentIt(from)} to ${percentIt(to)} fall in two steps.`
    ),
  stepScaleGap: (from: number, to: number): Result<never> =>
    from === to
      ? fail(
          "SCHEME_INVALID",
          `Scaglioni con un vuoto: il rapporto ${percentIt(from)} non cade in nessuno scaglione.`,
          `Steps leave a gap: the ratio ${percentIt(from)} falls in no step.`
        )
      : fail(
          "SCHEME_INVALID",
          `Scaglioni con un vuoto: i rapporti da ${percentIt(from)} a ${percentIt(to)} non cadono in nessuno scaglione.`,
          `Steps leave a gap: ratios from ${percentIt(from)} to ${percentIt(to)} fall in no step.`
        ),
  stepScoreInvalid: (score: number): Result<never> =>
    fail(
      "SCHEME_INVALID",
      `Punteggio di scaglione ${percentIt(score)} non valido: scrivere una percentuale da 0% in su.`,
      `Step score ${percentIt(score)} is not valid: write a percentage from 0% upwards.`
    ),
  /** A legend whose bands leave `range` (legendWords) in no band. */
  legendGap: (range: Bilingual): Bilingual => ({
    it: `Legenda con un vuoto: i valori ${range.it} non cadono in nessuna fascia.`,
    en: `The legend leaves a gap: values ${range.en} fall in no band.`,
  }),
  /** A legend whose bands both hold `range`. */
  legendOverlap: (range: Bilingual): Bilingual => ({
    it: `Legenda con fasce sovrapposte: i valori ${range.it} cadono in più fasce.`,
    en: `The legend's bands overlap: values ${range.en} fall in more than one band.`,
  }),
} as const;

/** The ranges of values the legend messages name. */
export const legendWords = {
  above: { it: "oltre", en: "above" },
  upwards: (from: Bilingual): Bilingual => ({
    it: `da ${from.it} in su`,
    en: `from ${from.en} upwards`,
  }),
  between: (from: Bilingual, to: Bilingual): Bilingual => ({
    it: `da ${from.it} a ${to.it}`,
    en: `from ${from.en} to ${to.en}`,
  }),
} as const;
