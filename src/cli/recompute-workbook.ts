/**
 * One workbook through the sheet model: pick the sheets (named by --sheet, or every visible sheet
 * whose layout is recognised: hidden and very hidden copies are skipped, and said so, unless
 * named), recompute each, and build the output package: each plan carried out on its sheet, the
 * "Verifica" sheet written, everything else kept (xlsx/edit-workbook.ts). Nothing is written to
 * disk here.
 */
import { type Explained, ok, type Settings } from "../core";
import {
  MAX_SHEET_CELLS,
  recomputeSheet,
  type Finding,
  type SheetInput,
  type SheetRecompute,
} from "../core/sheet";
import type { CliResult } from "./cli-error";
import { cliMessages } from "./messages";
import { partText, type SheetEntry } from "./xlsx/package-index";
import { attribute, findElement } from "./xlsx/xml-text";
import { isAuditGrid } from "./xlsx/audit-part";
import { planTitleRows } from "./xlsx/local-names";
import { editWorkbook, type SheetEdit } from "./xlsx/edit-workbook";
import { readWorksheet, worksheets, type WorkbookPackage } from "./xlsx/workbook-package";

export interface WorkbookRequest {
  /** Display name of the file, for messages. */
  readonly fileName: string;
  /** Sheets named with --sheet; empty: every recognised sheet. */
  readonly sheets: readonly string[];
  readonly settings: Partial<Settings>;
  /** Told the name of each hidden sheet skipped (not named with --sheet). */
  readonly onHiddenSkipped?: (sheet: string, state: "hidden" | "veryHidden") => void;
}

export interface RecomputedWorkbook {
  readonly sheets: readonly SheetRecompute[];
  /** The output package; null when the caller asked for none (--check). */
  readonly bytes: Uint8Array | null;
}

/** A formula with no cached result: its value is unknown (the file was saved without calculating). */
function uncalculatedFinding(reference: string): Finding {
  const match = /^([A-Z]+)(\d+)$/.exec(reference);
  return {
    row: Number(match?.[2] ?? 0),
    column: match?.[1] ?? "",
    code: "FORMULA_NOT_CALCULATED",
    text: cliMessages.formulaNotCalculated(reference),
    published: null,
    computed: null,
  };
}

export function recomputeWorkbook(
  pkg: WorkbookPackage,
  request: WorkbookRequest,
  write: boolean
): CliResult<RecomputedWorkbook> {
  const chosen = chooseWorksheets(pkg, request);
  if (!chosen.ok) return chosen;

  const results: SheetRecompute[] = [];
  const edits: SheetEdit[] = [];
  const failures: Explained[] = [];
  for (const { sheet, read } of chosen.value) {
    const cells = usedCells(read.input);
    if (cells > MAX_SHEET_CELLS) return tooLarge(request.fileName, sheet.name, cells);
    const result = recomputeSheet(read.input, request.settings);
    if (result.ok) {
      const extra = read.uncalculated.map(uncalculatedFinding);
      const recomputed: SheetRecompute =
        extra.length === 0
          ? result.value
          : {
              ...result.value,
              findings: [...result.value.findings, ...extra],
              summary: {
                ...result.value.summary,
                findings: result.value.summary.findings + extra.length,
              },
            };
      results.push(recomputed);
      edits.push({ sheet, plan: recomputed.plan, titleRows: planTitleRows(recomputed.layout) });
    } else {
      failures.push(cliMessages.inSheet(sheet.name, result.error));
    }
  }
  // A sheet named with --sheet must be recognised; otherwise unrecognised sheets are skipped silently.
  const namedButFailed = request.sheets.length > 0 && failures.length > 0;
  if (results.length === 0 || namedButFailed) {
    return cliMessages.noRecognisedSheet(request.fileName, failures);
  }
  if (!write) return ok({ sheets: results, bytes: null });
  // As the task pane: a protected sheet is not written (Excel would refuse the edit), nothing is.
  const locked = edits.find((edit) => isProtected(pkg, edit.sheet));
  if (locked !== undefined) {
    return cliMessages.sheetProtected(request.fileName, locked.sheet.name);
  }
  const findings = results.flatMap((result) =>
    result.findings.map((finding) => ({ sheet: result.name, finding }))
  );
  const bytes = editWorkbook(pkg, edits, findings);
  return ok({ sheets: results, bytes });
}

interface ChosenSheet {
  readonly sheet: SheetEntry;
  readonly read: ReturnType<typeof readWorksheet>;
}

function chooseWorksheets(
  pkg: WorkbookPackage,
  request: WorkbookRequest
): CliResult<ChosenSheet[]> {
  const all = worksheets(pkg);
  if (request.sheets.length === 0) {
    const chosen: ChosenSheet[] = [];
    for (const sheet of all) {
      // Hidden copies of the plan (or the add-in's own very hidden sheets) are not recomputed unless named.
      if (sheet.state === "hidden" || sheet.state === "veryHidden") {
        const read = readWorksheet(pkg, sheet);
        if (!isAuditGrid(read.input.values)) request.onHiddenSkipped?.(sheet.name, sheet.state);
        continue;
      }
      const read = readWorksheet(pkg, sheet);
      if (!isAuditGrid(read.input.values)) chosen.push({ sheet, read });
    }
    return ok(chosen);
  }
  const chosen: ChosenSheet[] = [];
  for (const name of request.sheets) {
    const sheet = all.find((candidate) => candidate.name === name);
    if (sheet === undefined) {
      const names = all.map((candidate) => `"${candidate.name}"`).join(", ");
      return cliMessages.sheetNotFound(name, request.fileName, names);
    }
    chosen.push({ sheet, read: readWorksheet(pkg, sheet) });
  }
  return ok(chosen);
}

function isProtected(pkg: WorkbookPackage, sheet: SheetEntry): boolean {
  const xml = sheet.part === null ? null : partText(pkg.parts, sheet.part);
  const protection = xml === null ? null : findElement(xml, "sheetProtection");
  if (protection === null) return false;
  return /^(1|true)$/.test(attribute(protection.startTag, "sheet") ?? "");
}

/** Cells of the used range (rows × columns), as the task pane counts them. */
function usedCells(input: SheetInput): number {
  const width = input.values.reduce((widest, row) => Math.max(widest, row.length), 0);
  return input.values.length * width;
}

function tooLarge(fileName: string, sheet: string, cells: number): CliResult<never> {
  return cliMessages.sheetTooLarge(fileName, sheet, cells, MAX_SHEET_CELLS);
}
