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
import { cliFail, type CliResult } from "./cli-error";
import { ExitCode } from "./exit-codes";

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

const refuse = (message: string, messageEn: string): CliResult<never> =>
  cliFail(ExitCode.usage, message, messageEn);

export async function checkOutputs(request: OutputRequest): Promise<CliResult<void>> {
  const inputIds = await Promise.all(request.inputs.map(fileIdentity));
  const outputs = request.outputs ?? [];
  const outputIds = await Promise.all(outputs.map(fileIdentity));

  for (const [index, id] of outputIds.entries()) {
    const first = outputIds.indexOf(id);
    if (first !== index) {
      return refuse(
        `"${request.inputs[first]}" e "${request.inputs[index]}" darebbero lo stesso file di uscita "${outputs[index]}": indicarne uno solo o rinominarne uno. Nessun file è stato scritto.`,
        `"${request.inputs[first]}" and "${request.inputs[index]}" would give the same output file "${outputs[index]}": name only one or rename one. No file was written.`
      );
    }
    const input = inputIds.indexOf(id);
    const namedExplicitly =
      request.output !== null && request.inputs.length === 1 && input === index;
    if (input !== -1 && !namedExplicitly) {
      return refuse(
        `il file di uscita di "${request.inputs[index]}" sarebbe "${outputs[index]}", che è un file in ingresso: non viene sovrascritto. Usare -o per scegliere un'altra uscita (o -o "${request.inputs[input]}" con quel solo file per sovrascriverlo). Nessun file è stato scritto.`,
        `the output of "${request.inputs[index]}" would be "${outputs[index]}", which is an input file: it is not overwritten. Use -o to choose another output (or -o "${request.inputs[input]}" with that file alone to overwrite it). No file was written.`
      );
    }
  }

  if (request.json !== null && request.json !== "-") {
    const jsonId = await fileIdentity(request.json);
    const input = inputIds.indexOf(jsonId);
    if (input !== -1) {
      return refuse(
        `--json "${request.json}" è il file in ingresso "${request.inputs[input]}": il rapporto non lo sovrascrive. Scegliere un altro nome (ad esempio rapporto.json). Nessun file è stato scritto.`,
        `--json "${request.json}" is the input file "${request.inputs[input]}": the report does not overwrite it. Choose another name (e.g. report.json). No file was written.`
      );
    }
    const output = outputIds.indexOf(jsonId);
    if (output !== -1) {
      return refuse(
        `--json "${request.json}" è anche il file di uscita della cartella di lavoro: scegliere due nomi diversi. Nessun file è stato scritto.`,
        `--json "${request.json}" is also the workbook output file: choose two different names. No file was written.`
      );
    }
  }
  return ok(undefined);
}
