/**
 * Temporary files the command line has open, so that an interrupted run (Ctrl-C, SIGTERM, SIGHUP)
 * leaves none behind. Each write registers its temporary file and forgets it once renamed or
 * removed; the signal handler removes whatever is still registered, then dies of the same signal
 * (so a shell or a batch runner sees "killed by SIGINT", exit status 130, as with any other tool).
 */
import { rmSync } from "fs";

const live = new Set<string>();

/** Registers a temporary file; the returned function forgets it. */
export function trackTemporary(file: string): () => void {
  live.add(file);
  return () => {
    live.delete(file);
  };
}

/** The temporary files registered now (for tests). */
export function liveTemporaries(): readonly string[] {
  return [...live];
}

/** Removes every registered temporary file, synchronously (it runs inside a signal handler). */
export function removeTemporaries(): void {
  for (const file of live) {
    try {
      rmSync(file, { force: true });
    } catch {
      // Nothing more can be done for this one while dying; the others are still removed.
    }
  }
  live.clear();
}

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/** Installs the handlers once, for the process that runs bin/perf-kpi.js. */
export function installSignalCleanup(target: NodeJS.Process = process): void {
  for (const signal of SIGNALS) {
    const handler = (): void => {
      removeTemporaries();
      for (const other of SIGNALS) target.removeAllListeners(other);
      target.kill(target.pid, signal);
    };
    target.once(signal, handler);
  }
}
