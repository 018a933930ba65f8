/**
 * What a derived cell shows now (the figure published in the workbook), to compare it with the
 * computed one: a number (a real number, or text such as "80,10%"), "not evaluated" (blank or a
 * marker such as N.V.), or unreadable text.
 */
import { isNotEvaluableMarker } from "../not-evaluable";
import { parseNumberText, parsePercentText } from "../parse-number";
import type { CellScalar } from "../types";

export type PublishedValue =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "blank" }
  | { readonly kind: "notEvaluated"; readonly text: string }
  | { readonly kind: "text"; readonly text: string };

export function readPublished(raw: CellScalar): PublishedValue {
  if (raw === null) return { kind: "blank" };
  if (typeof raw === "number")
    return Number.isFinite(raw)
      ? { kind: "number", value: raw }
      : { kind: "text", text: String(raw) };
  if (typeof raw === "boolean") return { kind: "text", text: String(raw) };
  const text = raw.trim();
  if (text === "") return { kind: "blank" };
  if (isNotEvaluableMarker(text)) return { kind: "notEvaluated", text };
  const value = parsePercentText(text) ?? parseNumberText(text);
  return value === null ? { kind: "text", text } : { kind: "number", value };
}

/** Largest difference still shown alike at 0,01% display precision (half of the last digit). */
export const PUBLISHED_TOLERANCE = 0.00005;

/** True when the published figure does not match the computed one. */
export function publishedDiffers(published: PublishedValue, computed: number | null): boolean {
  switch (published.kind) {
    case "number":
      return computed === null || Math.abs(published.value - computed) > PUBLISHED_TOLERANCE;
    case "blank":
    case "notEvaluated":
      return computed !== null;
    default:
      return true;
  }
}

/** The published figure as a Finding carries it. */
export function publishedForFinding(published: PublishedValue): number | string | null {
  switch (published.kind) {
    case "number":
      return published.value;
    case "blank":
      return null;
    default:
      return published.text;
  }
}
