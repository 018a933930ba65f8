/**
 * Numbers, percentages, dates and targets as text for findings, explanations and the legend:
 * Italian style ("80,50%", "1.587,1", "31/12/2024") and English style ("80.50%") side by side.
 */
import { formatDateIt } from "../excel-date";
import { formatNumberIt } from "../parse-number";
import type { Bilingual, Operator, ParsedValue, Target } from "../types";
import { sheetWords } from "./sheet-messages";

export type { Bilingual };

/** A fraction as a percentage with two decimals: 0.805 → "80,50%" / "80.50%". */
export function percentText(fraction: number): Bilingual {
  if (!Number.isFinite(fraction)) return { it: String(fraction), en: String(fraction) };
  const scaled = Math.abs(fraction) * 10_000;
  let units = Math.round(scaled);
  // Near a half, cut to 15 significant digits first, as Excel displays: 0.00035 shows 0,04%, not 0,03%.
  if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6)
    units = Math.round(Number(scaled.toPrecision(15)));
  const sign = fraction < 0 && units > 0 ? "-" : "";
  const whole = Math.floor(units / 100);
  const cents = units % 100;
  const decimals = cents < 10 ? `0${cents}` : String(cents);
  return { it: `${sign}${whole},${decimals}%`, en: `${sign}${whole}.${decimals}%` };
}

/**
 * The Italian article before a number, which depends on how the number is read aloud: "l'80%"
 * (ottanta), "l'11%" (undici), "l'1,5%" (uno) but "il 60%"; with "a": "all'80%", "al 60%".
 */
export function italianArticle(numberText: string): { readonly il: string; readonly al: string } {
  const vowelSound = /^(8|11(?![0-9])|1(?![0-9]))/.test(numberText.replace(/^-/, ""));
  return vowelSound ? { il: "l'", al: "all'" } : { il: "il ", al: "al " };
}

/** A plain number, full precision: 1587.1 → "1.587,1" / "1,587.1". */
export function numberText(value: number): Bilingual {
  const it = formatNumberIt(value);
  // Same digits, separators swapped (Intl's toLocaleString is far slower over thousands of rows).
  const en = it.replace(/[.,]/g, (ch) => (ch === "." ? "," : "."));
  return { it, en };
}

const OPERATOR_SIGN: Readonly<Record<Operator, string>> = {
  ">=": "≥",
  ">": ">",
  "<=": "≤",
  "<": "<",
  "=": "=",
};

export function operatorText(operator: Operator): string {
  return OPERATOR_SIGN[operator];
}

/** A value with its unit: percentages as %, dates as dd/mm/yyyy, numbers as they are. */
export function unitValueText(value: number, unit: "number" | "percent" | "date"): Bilingual {
  if (unit === "percent") return percentText(value);
  if (unit === "date") {
    const date = formatDateIt(value);
    return { it: date, en: date };
  }
  return numberText(value);
}

export function targetText(target: Target): Bilingual {
  const value = unitValueText(target.value, target.unit);
  const sign = operatorText(target.operator);
  return { it: `${sign} ${value.it}`, en: `${sign} ${value.en}` };
}

export function parsedValueText(value: ParsedValue): Bilingual {
  switch (value.kind) {
    case "blank":
      return sheetWords.blankValue;
    case "notEvaluable":
      return sheetWords.notEvaluable(value.marker);
    case "date":
      return unitValueText(value.serial, "date");
    default:
      return unitValueText(value.value, value.unit);
  }
}

/** "80,50%" or "N.V." for a performance that may be missing. */
export function performanceText(performance: number | null): Bilingual {
  return performance === null ? sheetWords.notEvaluatedMarked : percentText(performance);
}
