/**
 * One workbook through the sheet model: pick the sheets (named by --sheet, or every visible sheet
 * whose layout is recognised: hidden and very hidden copies are skipped, and said so, unless
 * named), recompute each, carry out its WritePlan and write the "Verifica" sheet.
 * The workbook is changed in memory only; writing the file is the caller's business.
 */
import type ExcelJS from "exceljs";
import { type BilingualMessage, ok, type Settings } from "../core";
import {
  MAX_SHEET_CELLS,
  recomputeSheet,
  type SheetInput,
  type SheetRecompute,
} from "../core/sheet";
import { applyPlan } from "./apply-plan";
import { isAuditSheet, writeAuditSheet } from "./audit-sheet";
import type { CliResult } from "./cli-error";
import { sheetInputFromWorksheet } from "./read-workbook";
import { cliMessages } from "./messages";

export interface WorkbookRequest {
  /** Display name of the file, for messages. */
  readonly fileName: string;
  /** Sheets named with --sheet; empty: every recognised sheet. */
  readonly sheets: readonly string[];
  readonly settings: Partial<Settings>;
  /** Told the name of each hidden sheet skipped (not named with --sheet). */
  readonly onHiddenSkipped?: (sheet: string, state: "hidden" | "veryHidden") => void;
}

export function recomputeWorkbook(
  workbook: ExcelJS.Workbook,
  request: WorkbookRequest
): CliResult<SheetRecompute[]> {
  const chosen = chooseWorksheets(workbook, request);
  if (!chosen.ok) return chosen;

  const results: SheetRecompute[] = [];
  const failures: BilingualMessage[] = [];
  for (const worksheet of chosen.value) {
    const input = sheetInputFromWorksheet(worksheet);
    const cells = usedCells(input);
    if (cells > MAX_SHEET_CELLS) return tooLarge(request.fileName, worksheet.name, cells);
    const result = recomputeSheet(input, request.settings);
    if (result.ok) {
      results.push(result.value);
      applyPlan(worksheet, result.value.plan);
    } else {
      failures.push(cliMessages.inSheet(worksheet.name, result.error));
    }
  }
  // A sheet named with --sheet must be recognised; otherwise unrecognised sheets are skipped silently.
  const namedButFailed = request.sheets.length > 0 && failures.length > 0;
  if (results.length === 0 || namedButFailed) {
    return cliMessages.noRecognisedSheet(request.fileName, failures);
  }
  writeAuditSheet(
    workbook,
    results.flatMap((result) => result.findings.map((finding) => ({ sheet: result.name, finding })))
  );
  return ok(results);
}

function chooseWorksheets(
  workbook: ExcelJS.Workbook,
  request: WorkbookRequest
): CliResult<ExcelJS.Worksheet[]> {
  const all = workbook.worksheets;
  if (request.sheets.length === 0) {
    const chosen: ExcelJS.Worksheet[] = [];
    for (const worksheet of all) {
      if (isAuditSheet(worksheet)) continue;
      // Hidden copies of the plan (or the add-in's own very hidden sheets) are not recomputed unless named.
      if (worksheet.state === "hidden" || worksheet.state === "veryHidden") {
        request.onHiddenSkipped?.(worksheet.name, worksheet.state);
        continue;
      }
      chosen.push(worksheet);
    }
    return ok(chosen);
  }
  const chosen: ExcelJS.Worksheet[] = [];
  for (const name of request.sheets) {
    const worksheet = all.find((candidate) => candidate.name === name);
    if (worksheet === undefined) {
      const names = all.map((candidate) => `"${candidate.name}"`).join(", ");
      return cliMessages.sheetNotFound(name, request.fileName, names);
    }
    chosen.push(worksheet);
  }
  return ok(chosen);
}

/** Cells of the used range (rows × columns), as the task pane counts them. */
function usedCells(input: SheetInput): number {
  const width = input.values.reduce((widest, row) => Math.max(widest, row.length), 0);
  return input.values.length * width;
}

function tooLarge(fileName: string, sheet: string, cells: number): CliResult<never> {
  return cliMessages.sheetTooLarge(fileName, sheet, cells, MAX_SHEET_CELLS);
}
