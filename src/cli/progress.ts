/**
 * Progress over several input files, on stderr: a bar redrawn in place when stderr is a terminal,
 * one plain line per file otherwise (logs, CI). Nothing at all for a single file.
 */
import type { OutputStream } from "./output-stream";

export interface Progress {
  /** About to process file number `index` (0-based). */
  start(index: number, label: string): void;
  /** All files processed. */
  finish(): void;
}

const BAR_WIDTH = 24;

export function createProgress(stream: OutputStream, total: number): Progress {
  if (total < 2) return { start: () => undefined, finish: () => undefined };
  if (stream.isTTY !== true) {
    return {
      start: (index, label) => stream.write(`perf-kpi: [${index + 1}/${total}] ${label}\n`),
      finish: () => undefined,
    };
  }
  // A terminal of unknown size (columns 0 or missing, as under `script`) counts as 80 wide.
  const width = stream.columns !== undefined && stream.columns > 0 ? stream.columns : 80;
  return {
    start: (index, label) => stream.write(`\r${progressLine(index, total, label, width)}\x1b[K`),
    finish: () => stream.write(`\r${progressLine(total, total, "", width)}\x1b[K\n`),
  };
}

/** "[#########---------------]  3/8 piano.xlsx", cut to the terminal width. */
export function progressLine(done: number, total: number, label: string, width: number): string {
  const filled = Math.round((done / total) * BAR_WIDTH);
  const bar = `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}]`;
  const counter = `${String(done).padStart(String(total).length)}/${total}`;
  return `${bar} ${counter} ${label}`.slice(0, Math.max(0, width - 1)).trimEnd();
}
