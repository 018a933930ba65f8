/**
 * One workbook through the sheet model: pick the sheets (named by --sheet, or every sheet whose
 * layout is recognised), recompute each, carry out its WritePlan and write the "Verifica" sheet.
 * The workbook is changed in memory only; writing the file is the caller's business.
 */
import type ExcelJS from "exceljs";
import { ok, type Settings } from "../core";
import {
  MAX_SHEET_CELLS,
  recomputeSheet,
  type SheetInput,
  type SheetRecompute,
} from "../core/sheet";
import { applyPlan } from "./apply-plan";
import { isAuditSheet, writeAuditSheet } from "./audit-sheet";
import { cliFail, type CliResult } from "./cli-error";
import { ExitCode } from "./exit-codes";
import { sheetInputFromWorksheet } from "./read-workbook";

export interface WorkbookRequest {
  /** Display name of the file, for messages. */
  readonly fileName: string;
  /** Sheets named with --sheet; empty: every recognised sheet. */
  readonly sheets: readonly string[];
  readonly settings: Partial<Settings>;
}

export function recomputeWorkbook(
  workbook: ExcelJS.Workbook,
  request: WorkbookRequest
): CliResult<SheetRecompute[]> {
  const chosen = chooseWorksheets(workbook, request);
  if (!chosen.ok) return chosen;

  const results: SheetRecompute[] = [];
  const failures: string[] = [];
  const failuresEn: string[] = [];
  for (const worksheet of chosen.value) {
    const input = sheetInputFromWorksheet(worksheet);
    const cells = usedCells(input);
    if (cells > MAX_SHEET_CELLS) return tooLarge(request.fileName, worksheet.name, cells);
    const result = recomputeSheet(input, request.settings);
    if (result.ok) {
      results.push(result.value);
      applyPlan(worksheet, result.value.plan);
    } else {
      failures.push(`foglio "${worksheet.name}": ${result.error.message}`);
      failuresEn.push(`sheet "${worksheet.name}": ${result.error.messageEn}`);
    }
  }
  // A sheet named with --sheet must be recognised; otherwise unrecognised sheets are skipped silently.
  const namedButFailed = request.sheets.length > 0 && failures.length > 0;
  if (results.length === 0 || namedButFailed) {
    return cliFail(
      ExitCode.layoutNotFound,
      `"${request.fileName}": nessun foglio con un'intestazione riconoscibile. ${failures.join(" ")}`,
      `"${request.fileName}": no sheet with a recognisable header row. ${failuresEn.join(" ")}`
    );
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
  if (request.sheets.length === 0) return ok(all.filter((worksheet) => !isAuditSheet(worksheet)));
  const chosen: ExcelJS.Worksheet[] = [];
  for (const name of request.sheets) {
    const worksheet = all.find((candidate) => candidate.name === name);
    if (worksheet === undefined) {
      const names = all.map((candidate) => `"${candidate.name}"`).join(", ");
      return cliFail(
        ExitCode.usage,
        `--sheet "${name}": il foglio non esiste in "${request.fileName}" (fogli: ${names}).`,
        `--sheet "${name}": no such sheet in "${request.fileName}" (sheets: ${names}).`
      );
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
  return cliFail(
    ExitCode.unreadableInput,
    `"${fileName}", foglio "${sheet}": troppo grande (${cells.toLocaleString("it-IT")} celle usate, al massimo ${MAX_SHEET_CELLS.toLocaleString("it-IT")}, lo stesso limite del riquadro). Dividere il piano in più fogli.`,
    `"${fileName}", sheet "${sheet}": too large (${cells.toLocaleString("en-US")} used cells, at most ${MAX_SHEET_CELLS.toLocaleString("en-US")}, the task pane's limit too). Split the plan over several sheets.`
  );
}
