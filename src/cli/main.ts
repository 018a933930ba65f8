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
import {
  type FileJob,
  type FileOutcome,
  type HiddenSheetSkipped,
  internalFailure,
  recomputeFile,
} from "./recompute-file";
import { renderJsonReport, type JsonReportSheet } from "./report-json";
import { runInWorkers } from "./worker-pool";
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
  const fromOptions = settingsOf(options, {});
  const jobs: FileJob[] = options.inputs.map((input) => ({
    input,
    sheets: options.sheets,
    fromFile: fromFile.value,
    fromOptions,
    mapping: mapping.value,
    write: outputs !== null,
    report: options.json !== null,
  }));
  const hiddenSkipped: HiddenSheetSkipped[] = [];
  const progress = createProgress(io.stderr, options.inputs.length);
  // By input, so the summary and the report list the files in the order given.
  const done: (FileOutcome | undefined)[] = [];
  const written: (string | null)[] = [];
  let worst: ExitCodeValue = ExitCode.ok;
  let findings = 0;
  let finished = 0;

  const settle = async (index: number, outcome: FileOutcome): Promise<void> => {
    const failed = (error: CliError): void => {
      io.stderr.write(formatCliError(error));
      worst = Math.max(worst, error.exitCode) as ExitCodeValue;
    };
    done[index] = outcome;
    if (!outcome.ok) failed(outcome.error);
    else {
      findings += outcome.findings;
      if (outcome.bytes !== null && outputs !== null) {
        const saved = await writeWorkbookBytes(outcome.bytes, outputs.value[index]!);
        if (saved.ok) written[index] = saved.value;
        else failed(saved.error);
      }
    }
    finished++;
  };

  const workers = Math.min(options.jobs, jobs.length);
  if (workers <= 1) {
    for (const [index, job] of jobs.entries()) {
      progress.start(index, path.basename(job.input));
      let outcome: FileOutcome;
      try {
        outcome = await recomputeFile(job);
      } catch (error) {
        outcome = internalFailure(job.input, error);
      }
      await settle(index, outcome);
    }
  } else {
    // Workers finish in any order: the bar counts the files done and names the last one.
    await runInWorkers(jobs, workers, async (index, outcome) => {
      progress.start(finished, path.basename(jobs[index]!.input));
      await settle(index, outcome);
    });
  }
  const summary: SummaryLine[] = [];
  const jsonSheets: JsonReportSheet[] = [];
  for (const outcome of done) {
    if (outcome === undefined || !outcome.ok) continue;
    summary.push(...outcome.summary);
    jsonSheets.push(...outcome.json);
    hiddenSkipped.push(...outcome.hiddenSkipped);
  }
  progress.finish();

  // With the JSON report on stdout, the human-readable summary moves to stderr.
  const human = options.json === "-" ? io.stderr : io.stdout;
  if (summary.length > 0) human.write(renderSummaryTable(summary));
  human.write(renderColumnsUsed(summary));
  human.write(renderHiddenSkipped(hiddenSkipped));
  for (const file of written)
    if (file !== null && file !== undefined) human.write(cliMessages.written(file));

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
