/**
 * One input file of a run, from its path to the bytes of its output: opened, its saved settings
 * read (the task pane's, then --settings, then the options over them), recomputed. It returns only
 * plain data (no Map, no function), so a worker thread can post it back as it is; writing the output
 * stays with the main thread (write-output.ts), where the temporary files and the signal handlers live.
 */
import * as path from "path";
import type { Settings } from "../core";
import type { CliError } from "./cli-error";
import { cliMessages } from "./messages";
import { openWorkbookPackage } from "./open-workbook";
import { recomputeWorkbook } from "./recompute-workbook";
import { jsonReportSheet, type JsonReportSheet, type SettingSource } from "./report-json";
import type { SummaryLine } from "./summary-table";
import { savedSettings } from "./xlsx/workbook-settings";

export interface FileJob {
  readonly input: string;
  /** --sheet names; empty: every recognised sheet. */
  readonly sheets: readonly string[];
  /** The --settings file's settings. */
  readonly fromFile: Partial<Settings>;
  /** The options' settings (method, plan year, …), over the file's. */
  readonly fromOptions: Partial<Settings>;
  /** The --mapping option's mapping, over any other (null: none). */
  readonly mapping: Settings["mapping"] | null;
  /** Build the output package (false with --check). */
  readonly write: boolean;
  /** Build the JSON report's rows (--json given); without it none are built. */
  readonly report: boolean;
}

export interface HiddenSheetSkipped {
  readonly file: string;
  readonly sheet: string;
  readonly state: "hidden" | "veryHidden";
}

export type FileOutcome =
  | { readonly ok: false; readonly error: CliError }
  | {
      readonly ok: true;
      readonly summary: readonly SummaryLine[];
      /** The JSON report's sheets; empty when the job asked for no report. */
      readonly json: readonly JsonReportSheet[];
      readonly hiddenSkipped: readonly HiddenSheetSkipped[];
      readonly findings: number;
      /** The output package; null with --check. */
      readonly bytes: Uint8Array | null;
    };

/** Where each setting given for a file came from; what is not listed is the default or detected. */
export function settingSources(
  workbook: Partial<Settings>,
  file: Partial<Settings>,
  options: Partial<Settings>
): Record<string, SettingSource> {
  const sources: Record<string, SettingSource> = {};
  for (const key of Object.keys(workbook)) sources[key] = "workbook";
  for (const key of Object.keys(file)) sources[key] = "settingsFile";
  for (const key of Object.keys(options)) sources[key] = "option";
  return sources;
}

export async function recomputeFile(job: FileJob): Promise<FileOutcome> {
  const fileName = path.basename(job.input);
  const opened = await openWorkbookPackage(job.input);
  if (!opened.ok) return { ok: false, error: opened.error };
  // The settings saved in the workbook by the task pane, then --settings FILE, then options.
  const saved = savedSettings(opened.value);
  const sources = settingSources(saved.settings, job.fromFile, job.fromOptions);
  const settings: Partial<Settings> = {
    ...saved.settings,
    ...job.fromFile,
    ...job.fromOptions,
    ...(job.mapping === null ? {} : { mapping: job.mapping }),
  };
  const hiddenSkipped: HiddenSheetSkipped[] = [];
  const recomputed = recomputeWorkbook(
    opened.value,
    {
      fileName,
      sheets: job.sheets,
      settings,
      onHiddenSkipped: (sheet, state) => hiddenSkipped.push({ file: fileName, sheet, state }),
    },
    job.write
  );
  if (!recomputed.ok) return { ok: false, error: recomputed.error };
  const sheets = recomputed.value.sheets;
  return {
    ok: true,
    summary: sheets.map((sheet) => ({ file: fileName, sheet: sheet.name, summary: sheet.summary })),
    json: job.report ? sheets.map((sheet) => jsonReportSheet(job.input, sheet, sources)) : [],
    hiddenSkipped,
    findings: sheets.reduce((sum, sheet) => sum + sheet.findings.length, 0),
    bytes: recomputed.value.bytes,
  };
}

/** An exception out of one file's work: that file fails with exit 70, the others go on. */
export function internalFailure(input: string, error: unknown): FileOutcome {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { ok: false, error: cliMessages.fileInternalError(path.basename(input), detail).error };
}
