import { ok } from "../core";
/**
 * Where outputs go and how they are written: never half a file. Each output is written to a
 * temporary file in its own directory and renamed over the target only when complete; the
 * temporary file is removed on failure.
 */
import { promises as fs } from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import { cliFail, type CliResult } from "./cli-error";
import { ExitCode } from "./exit-codes";

export const OUTPUT_SUFFIX = ".ricalcolato.xlsx";

/** "piani/piano-2024.xlsx" → "piano-2024.ricalcolato.xlsx". */
export function defaultOutputName(input: string): string {
  const base = path.basename(input);
  const stem = base.replace(/\.xlsx$/i, "");
  return `${stem}${OUTPUT_SUFFIX}`;
}

async function isDirectory(candidate: string): Promise<boolean> {
  try {
    return (await fs.stat(candidate)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The output file of each input. One input: -o is the file (or an existing directory to put it in).
 * Several inputs: -o is a directory (created if missing). Without -o: beside each input.
 */
export async function resolveOutputs(
  inputs: readonly string[],
  output: string | null
): Promise<CliResult<string[]>> {
  if (output === null)
    return ok(inputs.map((input) => path.join(path.dirname(input), defaultOutputName(input))));
  if (inputs.length === 1) {
    if (await isDirectory(output)) return ok([path.join(output, defaultOutputName(inputs[0]!))]);
    return ok([output]);
  }
  try {
    await fs.mkdir(output, { recursive: true });
  } catch {
    return cliFail(
      ExitCode.usage,
      `con più file in ingresso -o deve essere una cartella: "${output}" non lo è.`,
      `with several input files -o must be a directory: "${output}" is not.`
    );
  }
  const outputs = inputs.map((input) => path.join(output, defaultOutputName(input)));
  const clash = outputs.find((candidate, index) => outputs.indexOf(candidate) !== index);
  if (clash !== undefined) {
    return cliFail(
      ExitCode.usage,
      `due file in ingresso darebbero lo stesso file di uscita "${clash}": rinominarne uno.`,
      `two input files would give the same output file "${clash}": rename one.`
    );
  }
  return ok(outputs);
}

function temporaryPath(target: string): string {
  const random = Math.random().toString(36).slice(2, 10);
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${random}.tmp`);
}

async function writeAtomically(
  target: string,
  write: (temporary: string) => Promise<void>
): Promise<CliResult<string>> {
  const temporary = temporaryPath(target);
  try {
    await write(temporary);
    await fs.rename(temporary, target);
    return ok(target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    const detail = error instanceof Error ? error.message : String(error);
    return cliFail(
      ExitCode.cannotWrite,
      `impossibile scrivere "${target}" (${detail}).`,
      `cannot write "${target}" (${detail}).`
    );
  }
}

export function writeWorkbookFile(
  workbook: ExcelJS.Workbook,
  target: string
): Promise<CliResult<string>> {
  return writeAtomically(target, (temporary) => workbook.xlsx.writeFile(temporary));
}

export function writeTextFile(target: string, text: string): Promise<CliResult<string>> {
  return writeAtomically(target, (temporary) => fs.writeFile(temporary, text, "utf8"));
}
