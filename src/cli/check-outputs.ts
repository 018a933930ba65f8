/**
 * Refusals made before any work, so a run never overwrites what it must not:
 * - two inputs whose outputs would be the same file (the same input twice, or `piano.xlsx` and
 *   `piano.XLSX` in one folder);
 * - an output that is one of the inputs (`a.xlsx` with `a.ricalcolato.xlsx`: the first's default
 *   output is the second), unless -o names that very file for a single input;
 * - a JSON report that is an input or a workbook output (also with --check).
 * Files are compared by identity (device and inode when they exist), so a hard link, a symbolic
 * link or another spelling of the same path is caught too.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { ok } from "../core";
import type { CliResult } from "./cli-error";
import { cliMessages } from "./messages";

export interface OutputRequest {
  readonly inputs: readonly string[];
  /** The workbook outputs, one per input (null with --check). */
  readonly outputs: readonly string[] | null;
  /** -o as given (null without it). */
  readonly output: string | null;
  /** --json as given ("-" is standard output). */
  readonly json: string | null;
}

/** What makes two paths the same file: device and inode if it exists, else the absolute path. */
export async function fileIdentity(file: string): Promise<string> {
  try {
    const stats = await fs.stat(file);
    return `inode:${stats.dev}:${stats.ino}`;
  } catch {
    return `path:${path.resolve(file)}`;
  }
}

export async function checkOutputs(request: OutputRequest): Promise<CliResult<void>> {
  const inputIds = await Promise.all(request.inputs.map(fileIdentity));
  const outputs = request.outputs ?? [];
  const outputIds = await Promise.all(outputs.map(fileIdentity));

  for (const [index, id] of outputIds.entries()) {
    const first = outputIds.indexOf(id);
    if (first !== index) {
      return cliMessages.sameOutput(
        request.inputs[first] ?? "",
        request.inputs[index] ?? "",
        outputs[index] ?? ""
      );
    }
    const input = inputIds.indexOf(id);
    const namedExplicitly =
      request.output !== null && request.inputs.length === 1 && input === index;
    if (input !== -1 && !namedExplicitly) {
      return cliMessages.outputIsInput(
        request.inputs[index] ?? "",
        outputs[index] ?? "",
        request.inputs[input] ?? ""
      );
    }
  }

  if (request.json !== null && request.json !== "-") {
    const jsonId = await fileIdentity(request.json);
    const input = inputIds.indexOf(jsonId);
    if (input !== -1) {
      return cliMessages.jsonIsInput(request.json, request.inputs[input] ?? "");
    }
    const output = outputIds.indexOf(jsonId);
    if (output !== -1) {
      return cliMessages.jsonIsOutput(request.json);
    }
  }
  return ok(undefined);
}
