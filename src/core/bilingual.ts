/**
 * The one shape of every user-facing text in every layer — error messages, audit findings,
 * explanation lines, labels, the pane's strings: Italian first (for people), English beside it.
 */
export interface Bilingual {
  /** Italian: what is wrong and how to fix it, or what a value means. */
  readonly it: string;
  /** English translation of `it`. */
  readonly en: string;
}

/** A text in both languages. */
export const bilingual = (it: string, en: string): Bilingual => ({ it, en });

/** The text in one language ("it" or "en"). */
export const inLanguage = (text: Bilingual, language: "it" | "en"): string =>
  language === "it" ? text.it : text.en;
