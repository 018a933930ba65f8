/** Shared by the CLI specs: string-collecting streams and temporary directories. */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import type { CliIo, OutputStream } from "../../../src/cli/output-stream";

export interface CollectingStream extends OutputStream {
  text: string;
}

export function collectingStream(isTTY = false): CollectingStream {
  const stream = {
    text: "",
    isTTY,
    columns: 100,
    write(chunk: string): boolean {
      stream.text += chunk;
      return true;
    },
  };
  return stream;
}

export function collectingIo(): CliIo & { stdout: CollectingStream; stderr: CollectingStream } {
  return { stdout: collectingStream(), stderr: collectingStream() };
}

export function makeTempDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), `perf-kpi-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const FIXTURES = path.join(__dirname, "..", "..", "fixtures");
