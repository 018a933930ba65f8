/**
 * Sheet model benchmark: recomputeSheet on the shared generated 10,000-KPI plan
 * (test/helpers/generated-plan.ts), in memory (no I/O). Prints the median time.
 */
import { recomputeSheet } from "../src/core/sheet/recompute-sheet";
import type { SheetInput } from "../src/core/sheet/sheet-types";
import { generatePlanGrid } from "../test/support/builders/generated-plan";

function generatePlan(kpiCount = 10_000): { input: SheetInput; kpis: number } {
  const { values, numberFormats, kpis } = generatePlanGrid(kpiCount);
  return { input: { name: "Bench", origin: { row: 0, column: 0 }, values, numberFormats }, kpis };
}

export async function run(): Promise<void> {
  const { input, kpis } = generatePlan();
  const settings = { method: "proportional", planYear: 2024, asOf: 46053 } as const;
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let rows = 0;
  recomputeSheet(input, settings); // warm-up: the first run includes compiling the code
  for (let i = 0; i < 7; i++) {
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    const result = recomputeSheet(input, settings);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    const cpu = process.cpuUsage(cpuStart);
    // CPU time of this process: less disturbed than wall time when other jobs share the machine.
    cpuTimes.push((cpu.user + cpu.system) / 1000);
    if (!result.ok) throw new Error(result.error.text.it);
    rows = result.value.rows.length;
    await Promise.resolve();
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const cpuMedian = cpuTimes[Math.floor(cpuTimes.length / 2)];
  console.log(
    `recomputeSheet: ${kpis} KPIs, ${input.values.length} rows, ${rows} report rows — median ${median.toFixed(1)} ms ` +
      `(min ${times[0].toFixed(1)}, max ${times[times.length - 1].toFixed(1)}, ${times.length} runs; ` +
      `median CPU time ${cpuMedian.toFixed(1)} ms)`
  );
}
