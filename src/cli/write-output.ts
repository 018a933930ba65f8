/**
 * Where outputs go and how they are written: never half a file, never a lost attribute of the file
 * replaced. Each output is written to a temporary file in the target's own directory, flushed to
 * disk (fsync), then put in place:
 *
 * - a new target, or one with a single link: the temporary file takes the target's permission bits
 *   and is renamed over it (atomic: a reader sees the old file or the new one, never a mixture),
 *   then the directory is flushed so the rename itself survives a crash;
 * - a target with several hard links: renaming would detach this name from the others (they
 *   would keep the old content), so the complete, flushed temporary file's bytes are copied into
 *   the existing inode instead and flushed, which keeps every link, the owner and the mode. Only
 *   then is the temporary file removed: until the copy is done a complete copy exists on disk.
 *
 * A target that is a symbolic link is written through it (the link stays a link). Temporary files
 * are registered so a signal handler removes them (temp-files.ts).
 */
import { constants as fsConstants, promises as fs, type Stats } from "fs";
import * as path from "path";
import { ok } from "../core";
import type { CliResult } from "./cli-error";
import { cliMessages } from "./messages";
import { trackTemporary } from "./temp-files";

export const OUTPUT_SUFFIX = ".ricalcolato.xlsx";
const MACRO_OUTPUT_SUFFIX = ".ricalcolato.xlsm";

/** "piani/piano-2024.xlsx" → "piano-2024.ricalcolato.xlsx"; a macro workbook stays .xlsm. */
export function defaultOutputName(input: string): string {
  const base = path.basename(input);
  if (/\.xlsm$/i.test(base)) return `${base.replace(/\.xlsm$/i, "")}${MACRO_OUTPUT_SUFFIX}`;
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
 * Clashes (two outputs alike, an output that is an input) are refused by check-outputs.ts.
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
    return cliMessages.outputNotADirectory(output);
  }
  return ok(inputs.map((input) => path.join(output, defaultOutputName(input))));
}

function temporaryPath(target: string): string {
  const random = Math.random().toString(36).slice(2, 10);
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${random}.tmp`);
}

async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await fs.stat(file);
  } catch {
    return null;
  }
}

/** The file a path names, through symbolic links (the path itself when it does not exist yet). */
async function realTarget(target: string): Promise<string> {
  try {
    return await fs.realpath(target);
  } catch {
    return target;
  }
}

async function syncDirectory(directory: string): Promise<void> {
  let handle: fs.FileHandle | null = null;
  try {
    handle = await fs.open(directory, fsConstants.O_RDONLY);
    await handle.sync();
  } catch {
    // Some file systems refuse to fsync a directory (EINVAL): the rename itself is done.
  } finally {
    await handle?.close();
  }
}

async function writeAndSync(
  file: string,
  bytes: Uint8Array,
  flags: string,
  mode?: number
): Promise<void> {
  const handle = await fs.open(file, flags, mode);
  try {
    await handle.writeFile(bytes);
    await handle.truncate(bytes.byteLength); // "r+" would keep a longer old content's tail
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function writeAtomically(target: string, bytes: Uint8Array): Promise<CliResult<string>> {
  const destination = await realTarget(target);
  const temporary = temporaryPath(destination);
  const forget = trackTemporary(temporary);
  try {
    const existing = await statOrNull(destination);
    const mode = existing === null ? 0o666 : existing.mode & 0o7777;
    await writeAndSync(temporary, bytes, "wx", mode);
    if (existing !== null && existing.nlink > 1) {
      await writeAndSync(destination, bytes, "r+");
      await fs.rm(temporary, { force: true });
    } else {
      // open() applied the umask: give the file exactly the replaced file's permission bits.
      if (existing !== null) await fs.chmod(temporary, mode);
      await fs.rename(temporary, destination);
      await syncDirectory(path.dirname(destination));
    }
    return ok(target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    const detail = error instanceof Error ? error.message : String(error);
    return cliMessages.cannotWrite(target, detail);
  } finally {
    forget();
  }
}

export function writeWorkbookBytes(bytes: Uint8Array, target: string): Promise<CliResult<string>> {
  return writeAtomically(target, bytes);
}

export function writeTextFile(target: string, text: string): Promise<CliResult<string>> {
  return writeAtomically(target, Buffer.from(text, "utf8"));
}
