/**
 * Task-pane bench: the Excel host adapter on generated plans of 10,000 and 100,000 KPIs, through
 * the real Office.js client library answered by the Excel emulator on the web profile (5 MB
 * request and response limits, measured on the serialised messages). Prints, for a recompute and
 * its undo: the syncs, the requests the library sent (its own release of kept ranges included),
 * the largest request and response in bytes, the read bands and write batches, and the add-in's
 * time (total minus the time the emulator spent answering, which stands for Excel's own work).
 */
import { performance } from "perf_hooks";
import { ExcelHost, type RecomputeStep } from "../src/taskpane/excel-host";
import { ExcelEmulator, WEB } from "../test/support/excel-emulator";
import { generatedPlan } from "../test/support/excel-emulator/generated-plan";

const SETTINGS = { method: "proportional", planYear: 2024, asOf: 46053 } as const;
const MB = 1024 * 1024;

async function timedRecompute(kpis: number): Promise<void> {
  const plan = generatedPlan(kpis, WEB);
  const emulator = new ExcelEmulator(plan.state).install();
  const counters = () => emulator.state.counters;
  const host = new ExcelHost();
  const marks: Partial<Record<RecomputeStep | "end", number>> = {};
  const start = performance.now();
  const result = await host.recompute(SETTINGS, (step) => {
    marks[step] = performance.now();
  });
  marks.end = performance.now();
  if (!result.ok) throw new Error(result.error.text.en);
  const recomputeRequests = counters().syncs;
  const hostMs = counters().hostMs.reduce((sum, t) => sum + t, 0);
  const requestMax = Math.max(...counters().requestBytes);
  const responseMax = Math.max(...counters().responseBytes);
  const ms = (from: number | undefined, to: number | undefined): string =>
    from === undefined || to === undefined ? "-" : `${(to - from).toFixed(0)} ms`;
  emulator.resetCounters();
  const undoStart = performance.now();
  const undone = await host.undo();
  const undoMs = performance.now() - undoStart;
  const undoHostMs = counters().hostMs.reduce((sum, t) => sum + t, 0);
  console.log(
    [
      `${plan.kpis.toLocaleString("en-US")} KPIs, ${plan.rows.toLocaleString("en-US")} rows, web profile`,
      `  recompute ${ms(start, marks.end)}: add-in ${((marks.end ?? 0) - start - hostMs).toFixed(0)} ms, emulated Excel ${hostMs.toFixed(0)} ms`,
      `    read ${ms(marks.read, marks.compute)}, compute ${ms(marks.compute, marks.write)}, write ${ms(marks.write, marks.end)}`,
      `  syncs ${result.value.syncs} (read bands ${result.value.readBands}, write batches ${result.value.writeBatches}), requests sent by the library ${recomputeRequests}`,
      `  largest request ${(requestMax / MB).toFixed(2)} MB, largest response ${(responseMax / MB).toFixed(2)} MB (limit 5.00 MB), cells written ${result.value.cellsWritten.toLocaleString("en-US")}`,
      undone.ok
        ? `  undo ${undoMs.toFixed(0)} ms (add-in ${(undoMs - undoHostMs).toFixed(0)} ms), ${undone.value.syncs} syncs, largest request ${(Math.max(...counters().requestBytes) / MB).toFixed(2)} MB, largest response ${(Math.max(...counters().responseBytes) / MB).toFixed(2)} MB`
        : `  undo failed: ${undone.error.text.en} ${JSON.stringify(counters().requestBytes)} ${JSON.stringify(counters().responseBytes)}`,
      emulator.notEmulated.length === 0 ? "" : `  NOT EMULATED: ${emulator.notEmulated.join("; ")}`,
    ]
      .filter((line) => line !== "")
      .join("\n")
  );
}

export async function run(): Promise<void> {
  await timedRecompute(1000); // warm-up of the JIT, printed for scale
  await timedRecompute(10000);
  await timedRecompute(100000);
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
