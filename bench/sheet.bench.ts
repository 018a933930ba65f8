/**
 * Sheet model benchmark: recomputeSheet on a 10,000-KPI plan generated in memory (no I/O).
 * 10 areas × 10 strategic objectives × 10 operational objectives × 10 KPIs, each strategic
 * objective with a meta-KPI; numbers, percentages and dates mixed. Prints the median time.
 */
import { recomputeSheet } from "../src/core/sheet/recompute-sheet";
import type { SheetInput } from "../src/core/sheet/sheet-types";
import type { CellScalar } from "../src/core/types";

const HEADER = [
  "Obiettivo",
  "Indicatore",
  "Peso",
  null,
  "Target",
  "Consuntivo",
  "Performance KPI",
  "Performance Obiettivo",
];
const PERCENT = "0.00%";
const DATE = "dd/mm/yyyy";

/** A deterministic pseudo-random sequence, so every run measures the same sheet. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

export function generatePlan(
  kpisPerObjective = 10,
  fanOut = 10
): { input: SheetInput; kpis: number } {
  const random = sequence(42);
  const values: CellScalar[][] = [["Albero performance 2024"], HEADER];
  const formats: string[][] = [["General"], HEADER.map(() => "General")];
  let kpis = 0;
  const push = (row: CellScalar[], format: string[]): void => {
    values.push(row);
    formats.push(format);
  };
  const kpiRow = (indicator: string, weight: number): void => {
    kpis++;
    const kind = random();
    if (kind < 0.3) {
      push(
        [null, indicator, weight, "<=", 45_500, 45_490 + Math.floor(random() * 30), null, null],
        ["General", "General", "0%", "General", DATE, DATE, PERCENT, "General"]
      );
    } else if (kind < 0.6) {
      push(
        [null, indicator, weight, ">=", 0.5, random(), null, null],
        ["General", "General", "0%", "General", PERCENT, PERCENT, PERCENT, "General"]
      );
    } else {
      push(
        [null, indicator, weight, ">=", 20, Math.floor(random() * 30), null, null],
        ["General", "General", "0%", "General", "0", "0", PERCENT, "General"]
      );
    }
  };
  const areas = "ABCDEFGHIJ".slice(0, fanOut);
  for (const area of areas) {
    push([`${area} - Area ${area}`], ["General"]);
    for (let s = 1; s <= fanOut; s++) {
      const strategic = `${area}.${s}`;
      push([`${strategic} - Obiettivo strategico`], ["General"]);
      kpis++;
      push(
        [
          null,
          `Media ponderata di performance degli obiettivi operativi associati all'obiettivo strategico ${strategic}`,
          1,
          ">=",
          1,
          null,
          null,
          null,
        ],
        ["General", "General", "0%", "General", PERCENT, PERCENT, PERCENT, "General"]
      );
      for (let o = 1; o <= fanOut; o++) {
        push([`${strategic}.${o} - Obiettivo operativo`], ["General"]);
        for (let k = 1; k <= kpisPerObjective; k++)
          kpiRow(`Indicatore ${strategic}.${o}.${k}`, 1 / kpisPerObjective);
      }
    }
  }
  return {
    input: { name: "Bench", origin: { row: 0, column: 0 }, values, numberFormats: formats },
    kpis,
  };
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
    if (!result.ok) throw new Error(result.error.message);
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
