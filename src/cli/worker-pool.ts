/**
 * `--jobs N`: files recomputed in N worker threads, each taking the next file when it is done
 * with one. Outcomes come back to the main thread in the order they finish (the caller writes the
 * outputs and draws the progress). A file whose worker dies (an exception outside recomputeFile,
 * out of memory) fails alone with exit 70; a fresh worker takes the remaining files.
 *
 * The worker's code: beside this file when compiled (build/src/cli/recompute-worker.js, as
 * bin/perf-kpi.js runs it); when this file is TypeScript (ts-node, ts-jest) the worker registers
 * ts-node with tsconfig.cli.json first and loads recompute-worker.ts, so no separate build is needed.
 */
import * as path from "path";
import { Worker } from "worker_threads";
import { internalFailure, type FileJob, type FileOutcome } from "./recompute-file";

export interface JobRequest {
  readonly id: number;
  readonly job: FileJob;
}

export interface JobReply {
  readonly id: number;
  readonly outcome: FileOutcome;
}

function startWorker(): Worker {
  if (path.extname(__filename) === ".js")
    return new Worker(path.join(__dirname, "recompute-worker.js"));
  const root = path.join(__dirname, "..", "..");
  const bootstrap = [
    `require(${JSON.stringify(require.resolve("ts-node"))}).register({`,
    `  transpileOnly: true,`,
    `  project: ${JSON.stringify(path.join(root, "tsconfig.cli.json"))},`,
    `});`,
    `require(${JSON.stringify(path.join(__dirname, "recompute-worker.ts"))});`,
  ].join("\n");
  return new Worker(bootstrap, { eval: true });
}

/**
 * Runs every job on `count` workers; `onOutcome(index, outcome)` is called (and awaited) as each
 * finishes, index being the job's position. Resolves once every job has its outcome and every
 * worker has stopped.
 */
export async function runInWorkers(
  jobs: readonly FileJob[],
  count: number,
  onOutcome: (index: number, outcome: FileOutcome) => Promise<void>
): Promise<void> {
  let next = 0;
  let pending = Promise.resolve();
  // Outcomes are handed on one at a time, in the order they arrive.
  const deliver = (index: number, outcome: FileOutcome): void => {
    pending = pending.then(() => onOutcome(index, outcome));
  };

  const lane = (): Promise<void> =>
    new Promise<void>((resolve) => {
      let worker: Worker | null = null;
      let current: number | null = null;
      const feed = (): void => {
        if (next >= jobs.length) {
          const finished = worker;
          worker = null;
          current = null;
          if (finished === null) resolve();
          else void finished.terminate().then(() => resolve());
          return;
        }
        if (worker === null) worker = attach(startWorker());
        current = next++;
        worker.postMessage({ id: current, job: jobs[current]! } satisfies JobRequest);
      };
      const attach = (started: Worker): Worker => {
        started.on("message", (reply: JobReply) => {
          if (reply.id !== current) return;
          deliver(reply.id, reply.outcome);
          feed();
        });
        const lost = (error: unknown): void => {
          if (worker !== started) return; // already replaced, or terminated by us
          worker = null;
          if (current !== null) deliver(current, internalFailure(jobs[current]!.input, error));
          current = null;
          void started.terminate();
          feed();
        };
        started.on("error", lost);
        started.on("exit", (code) => lost(new Error(`worker exited with code ${code}`)));
        return started;
      };
      feed();
    });

  const lanes = Array.from({ length: Math.max(1, Math.min(count, jobs.length)) }, lane);
  await Promise.all(lanes);
  await pending;
}
