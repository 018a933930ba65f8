/**
 * `perf-kpi`: the command line around the sheet model. `main(argv, io)` returns the exit code and
 * writes only to the streams it is given, so tests run it in-process; bin/perf-kpi.js runs it for real.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { ok, parseSettingsJson, type Settings } from "../core";
import { formatCliError, type CliError, type CliResult } from "./cli-error";
import { validateColumnMapping, type ColumnMapping } from "../core/sheet";
import { renderColumnsUsed, renderHiddenSkipped } from "./reading-summary";
import { ExitCode, type ExitCodeValue } from "./exit-codes";
import { HELP_TEXT } from "./help-text";
import type { CliIo } from "./output-stream";
import { parseCommandLine, type RecomputeOptions } from "./parse-args";
import { createProgress } from "./progress";
import { openWorkbookPackage } from "./open-workbook";
import { savedSettings } from "./xlsx/workbook-settings";
import { recomputeWorkbook } from "./recompute-workbook";
import {
  type SettingSource,
  jsonReportSheet,
  renderJsonReport,
  type JsonReportSheet,
} from "./report-json";
import { renderSummaryTable, type SummaryLine } from "./summary-table";
import { checkOutputs } from "./check-outputs";
import { resolveOutputs, writeTextFile, writeWorkbookBytes } from "./write-output";
import { cliMessages } from "./messages";

export type { CliIo } from "./output-stream";
export { ExitCode } from "./exit-codes";
export { installSignalCleanup } from "./temp-files";

export async function main(argv: readonly string[], io: CliIo): Promise<ExitCodeValue> {
  try {
    const command = parseCommandLine(argv);
    if (!command.ok) return report(io, command.error);
    if (command.value.kind === "help") {
      io.stdout.write(HELP_TEXT);
      return ExitCode.ok;
    }
    return await recompute(command.value.options, io);
  } catch (error) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(cliMessages.internalError(detail));
    return ExitCode.internal;
  }
}

function report(io: CliIo, error: CliError): ExitCodeValue {
  io.stderr.write(formatCliError(error));
  return error.exitCode;
}

/** The --mapping option's mapping: given inline, or read from its JSON file; null: none. */
async function mappingOf(options: RecomputeOptions): Promise<CliResult<ColumnMapping | null>> {
  if (options.mapping === null) return ok(null);
  if (options.mapping.kind === "inline") return ok(options.mapping.mapping);
  const file = options.mapping.path;
  let parsed: unknown;
  try {
    parsed = JSON.parse(await fs.readFile(file, "utf8"));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return cliMessages.mappingFileUnreadable(file, detail);
  }
  const mapping = validateColumnMapping(parsed);
  if (!mapping.ok) return cliMessages.mappingInvalid(file, mapping.error);
  return ok(mapping.value);
}

/**
 * --settings FILE: the JSON the task pane saves. Any field it cannot use is a usage error (exit 2)
 * that names the field, rather than a silent default on a run someone scripted.
 */
async function settingsFromFile(file: string | null): Promise<CliResult<Partial<Settings>>> {
  if (file === null) return ok({});
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return cliMessages.settingsFileUnreadable(file, detail);
  }
  const read = parseSettingsJson(text);
  if (read.issues.length > 0) {
    return cliMessages.settingsFileInvalid(file, read.issues);
  }
  return ok(read.settings);
}

/** Where each setting given for a file came from; what is not listed is the default or detected. */
function settingSources(
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

/** The settings of a run: the file's, then every option given on the command line over them. */
function settingsOf(options: RecomputeOptions, fromFile: Partial<Settings>): Partial<Settings> {
  const settings: { -readonly [K in keyof Settings]?: Settings[K] } = {
    ...fromFile,
    ...options.settings,
  };
  if (options.method !== null) settings.method = options.method;
  if (options.planYear !== null) settings.planYear = options.planYear;
  if (options.asOf !== null) settings.asOf = options.asOf;
  if (options.writeMode !== null) settings.writeMode = options.writeMode;
  return settings;
}

async function recompute(options: RecomputeOptions, io: CliIo): Promise<ExitCodeValue> {
  const fromFile = await settingsFromFile(options.settingsFile);
  if (!fromFile.ok) return report(io, fromFile.error);
  const baseSettings = settingsOf(options, fromFile.value);
  const outputs = options.check ? null : await resolveOutputs(options.inputs, options.output);
  if (outputs !== null && !outputs.ok) return report(io, outputs.error);
  const safe = await checkOutputs({
    inputs: options.inputs,
    outputs: outputs?.value ?? null,
    output: options.output,
    json: options.json,
  });
  if (!safe.ok) return report(io, safe.error);

  // --mapping wins over a mapping saved in the --settings file.
  const mapping = await mappingOf(options);
  if (!mapping.ok) return report(io, mapping.error);
  const settings =
    mapping.value === null ? baseSettings : { ...baseSettings, mapping: mapping.value };
  const hiddenSkipped: { file: string; sheet: string; state: "hidden" | "veryHidden" }[] = [];
  const progress = createProgress(io.stderr, options.inputs.length);
  const summary: SummaryLine[] = [];
  const jsonSheets: JsonReportSheet[] = [];
  const written: string[] = [];
  let worst: ExitCodeValue = ExitCode.ok;
  let findings = 0;

  for (const [index, input] of options.inputs.entries()) {
    progress.start(index, path.basename(input));
    const failed = (error: CliError): void => {
      io.stderr.write(formatCliError(error));
      worst = Math.max(worst, error.exitCode) as ExitCodeValue;
    };
    const opened = await openWorkbookPackage(input);
    if (!opened.ok) {
      failed(opened.error);
      continue;
    }
    // The settings saved in the workbook by the task pane, then --settings FILE, then options.
    const saved = savedSettings(opened.value);
    const sources = settingSources(saved.settings, fromFile.value, settingsOf(options, {}));
    const recomputed = recomputeWorkbook(
      opened.value,
      {
        fileName: path.basename(input),
        sheets: options.sheets,
        settings: { ...saved.settings, ...settings },
        onHiddenSkipped: (sheet, state) =>
          hiddenSkipped.push({ file: path.basename(input), sheet, state }),
      },
      outputs !== null
    );
    if (!recomputed.ok) {
      failed(recomputed.error);
      continue;
    }
    for (const sheet of recomputed.value.sheets) {
      summary.push({ file: path.basename(input), sheet: sheet.name, summary: sheet.summary });
      jsonSheets.push(jsonReportSheet(input, sheet, sources));
      findings += sheet.findings.length;
    }
    const bytes = recomputed.value.bytes;
    if (outputs !== null && bytes !== null) {
      const saved = await writeWorkbookBytes(bytes, outputs.value[index]!);
      if (saved.ok) written.push(saved.value);
      else failed(saved.error);
    }
  }
  progress.finish();

  // With the JSON report on stdout, the human-readable summary moves to stderr.
  const human = options.json === "-" ? io.stderr : io.stdout;
  if (summary.length > 0) human.write(renderSummaryTable(summary));
  human.write(renderColumnsUsed(summary));
  human.write(renderHiddenSkipped(hiddenSkipped));
  for (const file of written) human.write(cliMessages.written(file));

  // A report of nothing is not written: a run where every file failed leaves no JSON behind.
  if (options.json !== null && jsonSheets.length > 0) {
    const text = renderJsonReport(jsonSheets);
    if (options.json === "-") io.stdout.write(text);
    else {
      const saved = await writeTextFile(options.json, text);
      if (!saved.ok) return report(io, saved.error);
    }
  }
  if (worst !== ExitCode.ok) return worst;
  if (options.check && findings > 0) {
    human.write(cliMessages.findingsFound(findings));
    return ExitCode.findings;
  }
  return ExitCode.ok;
}
