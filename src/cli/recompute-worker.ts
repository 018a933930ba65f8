/**
 * The body of a --jobs worker thread: recomputes the files the main thread sends, one at a time,
 * and posts each outcome back (worker-pool.ts). It writes nothing to disk: the main thread writes
 * the outputs, so every temporary file is the main thread's and its signal handlers remove them.
 */
import { parentPort } from "worker_threads";
import { internalFailure, recomputeFile, type FileJob } from "./recompute-file";
import type { JobReply, JobRequest } from "./worker-pool";

const port = parentPort;
if (port !== null) {
  port.on("message", (request: JobRequest) => {
    const reply = (outcome: JobReply["outcome"]): void =>
      port.postMessage({ id: request.id, outcome } satisfies JobReply);
    const job: FileJob = request.job;
    recomputeFile(job).then(reply, (error: unknown) => reply(internalFailure(job.input, error)));
  });
}
