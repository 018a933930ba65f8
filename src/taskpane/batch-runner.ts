/**
 * The one loop that writes to Excel, used by recompute, rollback and undo: queued writes packed
 * into batches under the request budget, each batch one context.sync() with calculation and
 * screen updating suspended. A failed batch stops the loop and says how many batches landed
 * before it (Excel does not undo them: the caller rolls back with this same runner).
 */
import { packBatches } from "./write-blocks";

/** A write to queue on the context, with its estimated request size (request-costs.ts). */
export interface QueuedWrite {
  readonly bytes: number;
  /** Cells this write changes (for the summary). */
  readonly cells: number;
  readonly queue: (context: Excel.RequestContext) => void;
}

export type BatchRun =
  | { readonly ok: true; readonly syncs: number; readonly batches: number }
  | {
      readonly ok: false;
      readonly error: unknown;
      readonly syncs: number;
      /** Batches that landed before the failure. */
      readonly landed: number;
    };

export interface BatchOptions {
  /** Queued at the start of the last batch (e.g. using up the undo snapshot with the restore). */
  readonly withLastBatch?: (context: Excel.RequestContext) => void;
}

export async function runBatches(
  context: Excel.RequestContext,
  writes: readonly QueuedWrite[],
  budget: number,
  options: BatchOptions = {}
): Promise<BatchRun> {
  const batches = packBatches(writes, (write) => write.bytes, budget);
  if (batches.length === 0 && options.withLastBatch !== undefined) batches.push([]);
  let landed = 0;
  for (const [index, batch] of batches.entries()) {
    context.application.suspendApiCalculationUntilNextSync();
    context.application.suspendScreenUpdatingUntilNextSync();
    if (index === batches.length - 1) options.withLastBatch?.(context);
    for (const write of batch) write.queue(context);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per batch, each under Excel on the web's payload limit
      await context.sync();
    } catch (error) {
      return { ok: false, error, syncs: landed + 1, landed };
    }
    landed++;
  }
  return { ok: true, syncs: landed, batches: batches.length };
}
