/**
 * Recognising our own band rules among a sheet's conditional formats, so a second recompute
 * replaces them instead of adding a second set, and undo removes exactly what a run added.
 * A rule is ours when its formula has the shape of one of the plan's band formulas (cell
 * references and numbers blanked out: a rule written for another area or other thresholds by an
 * earlier run is still ours). Pure.
 */
export function formulaShape(formula: string): string {
  return formula
    .replace(/^=/, "")
    .replace(/\s+/g, "")
    .toUpperCase()
    .replace(/\$?[A-Z]{1,3}\$?\d+/g, "REF")
    .replace(/\d+(\.\d+)?(E[+-]?\d+)?/g, "N");
}

export function ruleShapes(formulas: readonly string[]): Set<string> {
  return new Set(formulas.map(formulaShape));
}

export function isOurRule(
  formula: string | null | undefined,
  shapes: ReadonlySet<string>
): boolean {
  return typeof formula === "string" && shapes.has(formulaShape(formula));
}
