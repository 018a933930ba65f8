/**
 * Task-pane bench: the Excel host adapter and the sheet model on a generated 10,000-KPI plan,
 * against the in-memory Excel host in Node (the same fake the browser test serves as office.js).
 * Prints the time of a recompute (read, compute, write as the adapter reports its steps), the
 * add-in's share of it (total minus the time the fake host spent carrying out the syncs, which
 * stands for Excel's own work), the syncs, the write batches and the request sizes.
 */
import { performance } from "perf_hooks";
import { ExcelHost, type RecomputeStep } from "../src/taskpane/excel-host";
import { installFakeOffice } from "../test/e2e/fake-office/fake-office";
import { generatedPlan } from "../test/e2e/fake-office/generated-plan";

const SETTINGS = { method: "proportional", planYear: 2024, asOf: 46053 } as const;

async function timedRecompute(kpis: number, requestLimitBytes?: number): Promise<void> {
  const plan = generatedPlan(kpis);
  if (requestLimitBytes !== undefined) plan.state.requestLimitBytes = requestLimitBytes;
  installFakeOffice(globalThis as unknown as Record<string, unknown>, plan.state);
  const host = new ExcelHost(requestLimitBytes === undefined ? {} : { requestLimitBytes });
  const marks: Partial<Record<RecomputeStep | "end", number>> = {};
  const start = performance.now();
  const result = await host.recompute(SETTINGS, (step) => {
    marks[step] = performance.now();
  });
  marks.end = performance.now();
  if (!result.ok) throw new Error(result.error.messageEn);
  const ms = (from: number | undefined, to: number | undefined): string =>
    from === undefined || to === undefined ? "-" : `${(to - from).toFixed(0)} ms`;
  const undoStart = performance.now();
  const undone = await host.undo();
  const undoMs = performance.now() - undoStart;
  const maxRequest = Math.max(...plan.state.counters.requestBytes);
  const recomputeSyncs = result.value.syncs;
  const hostMs = plan.state.counters.hostMs.slice(0, recomputeSyncs).reduce((sum, t) => sum + t, 0);
  const addinMs = (marks.end ?? 0) - start - hostMs;
  console.log(
    [
      `${plan.kpis.toLocaleString("en-US")} KPIs, ${plan.rows.toLocaleString("en-US")} rows` +
        (requestLimitBytes === undefined
          ? ""
          : ` (request limit lowered to ${(requestLimitBytes / 1e6).toFixed(1)} MB)`),
      `  recompute total   ${ms(start, marks.end)} (add-in ${addinMs.toFixed(0)} ms, host ${hostMs} ms)`,
      `    read (1 sync)   ${ms(marks.read, marks.compute)}`,
      `    compute         ${ms(marks.compute, marks.write)}`,
      `    write           ${ms(marks.write, marks.end)}`,
      `  syncs ${result.value.syncs}, write batches ${result.value.writeBatches}, cells written ${result.value.cellsWritten.toLocaleString("en-US")}`,
      `  write payload ${(result.value.payloadBytes / 1e6).toFixed(2)} MB estimated, largest request ${(maxRequest / 1e6).toFixed(2)} MB`,
      `  undo ${undoMs.toFixed(0)} ms, ${undone.ok ? `${undone.value.syncs} syncs` : undone.error.messageEn}`,
    ].join("\n")
  );
}

export async function run(): Promise<void> {
  await timedRecompute(1000); // warm-up of the JIT, printed for scale
  await timedRecompute(10000);
  await timedRecompute(10000, 1024 * 1024);
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
