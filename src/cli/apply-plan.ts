/* eslint-disable office-addins/call-sync-before-read -- ExcelJS cells, not Office.js proxies */
/**
 * Carrying out the sheet model's WritePlan on an ExcelJS worksheet: the derived values with their
 * number formats (or live formulas in "formulas" mode), the band colours as native conditional
 * formatting (so reviewers without the add-in see them), and the legend block with its fills.
 * Rules written by an earlier run are recognised by their formula shape and replaced, never doubled.
 */
import type ExcelJS from "exceljs";
import {
  type BandRule,
  type CellArea,
  type CellWrite,
  columnLetter,
  ourBandFormulaTest,
  type WritePlan,
} from "../core/sheet";

export function a1Range(area: CellArea): string {
  return `${columnLetter(area.left)}${area.top + 1}:${columnLetter(area.right)}${area.bottom + 1}`;
}

/** "#C6EFCE" → "FFC6EFCE" (ExcelJS colours are ARGB). */
export function argbFromHex(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

export function applyPlan(worksheet: ExcelJS.Worksheet, plan: WritePlan): void {
  for (const write of plan.cells) writeCell(worksheet, write);
  removeBandRules(worksheet, plan.bandFormat?.rules ?? []);
  if (plan.bandFormat !== null)
    addBandRules(worksheet, plan.bandFormat.area, plan.bandFormat.rules);
  if (plan.legend !== null) {
    for (const write of plan.legend.cells) writeCell(worksheet, write);
    for (const swatch of plan.legend.fills) {
      const cell = worksheet.getCell(swatch.row + 1, swatch.column + 1);
      cell.style = { ...cell.style, fill: solidFill(swatch.fill) };
    }
  }
}

function writeCell(worksheet: ExcelJS.Worksheet, write: CellWrite): void {
  const cell = worksheet.getCell(write.row + 1, write.column + 1);
  if (write.formula !== null) {
    const formula = write.formula.replace(/^=/, "");
    cell.value = write.value === null ? { formula } : { formula, result: write.value };
  } else {
    cell.value = write.value;
  }
  // A fresh style object: ExcelJS may share one style object between several cells.
  if (write.numberFormat !== null) cell.style = { ...cell.style, numFmt: write.numberFormat };
}

function solidFill(hex: string): ExcelJS.Fill {
  const color = { argb: argbFromHex(hex) };
  return { type: "pattern", pattern: "solid", fgColor: color, bgColor: color };
}

function addBandRules(
  worksheet: ExcelJS.Worksheet,
  area: CellArea,
  rules: readonly BandRule[]
): void {
  worksheet.addConditionalFormatting({
    ref: a1Range(area),
    rules: rules.map((rule, index) => ({
      type: "expression",
      priority: index + 1,
      formulae: [rule.formula.replace(/^=/, "")],
      // Excel reads a conditional fill's colour from bgColor, LibreOffice from fgColor: set both.
      style: { fill: solidFill(rule.fill) },
    })),
  });
}

interface StoredRule {
  readonly type?: string;
  readonly formulae?: unknown[];
}
interface StoredFormatting {
  ref: string;
  rules: StoredRule[];
}

function removeBandRules(worksheet: ExcelJS.Worksheet, rules: readonly BandRule[]): void {
  if (rules.length === 0) return;
  const isOurFormula = ourBandFormulaTest(rules.map((rule) => rule.formula));
  const isOurs = (rule: StoredRule): boolean =>
    rule.type === "expression" &&
    Array.isArray(rule.formulae) &&
    rule.formulae.length === 1 &&
    isOurFormula(rule.formulae[0]);
  const keep = (formatting: StoredFormatting): boolean => {
    formatting.rules = formatting.rules.filter((rule) => !isOurs(rule));
    return formatting.rules.length > 0;
  };
  worksheet.removeConditionalFormatting(keep);
}
