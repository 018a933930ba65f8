/**
 * Custom-function throughput: PERF_KPI with numbers and with Italian text targets, PERF_ROLLUP
 * over a 1,000-cell range, against a bare-arithmetic loop as the baseline of this machine.
 * Each case warms up first (so V8 has optimised it), then runs in batches for a fixed time;
 * every result feeds a checksum that is printed, so no call can be optimised away.
 * Figures are printed, never asserted.
 */
import { perfKpi, perfRollup } from "../src/functions/functions";

const WARM_UP_MS = 300;
const MEASURE_MS = 1000;

interface Measure {
  readonly name: string;
  readonly callsPerSecond: number;
  readonly cellsPerCall: number;
}

/** Runs `batch` (which makes `callsPerBatch` calls and returns a checksum) for about `ms` milliseconds. */
function timeIt(
  batch: () => number,
  callsPerBatch: number,
  ms: number
): { callsPerSecond: number; sink: number } {
  let sink = 0;
  let calls = 0;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(ms) * 1_000_000n;
  let now = start;
  while (now < deadline) {
    sink += batch();
    calls += callsPerBatch;
    now = process.hrtime.bigint();
  }
  const seconds = Number(now - start) / 1e9;
  return { callsPerSecond: calls / seconds, sink };
}

function measure(
  name: string,
  batch: () => number,
  callsPerBatch: number,
  cellsPerCall = 1
): Measure {
  let sink = timeIt(batch, callsPerBatch, WARM_UP_MS).sink;
  const timed = timeIt(batch, callsPerBatch, MEASURE_MS);
  sink += timed.sink;
  checksum += sink;
  return { name, callsPerSecond: timed.callsPerSecond, cellsPerCall };
}

let checksum = 0;

/** Number of a result: a performance, or a marker for "N.V." / errors (they must not happen here). */
function valueOf(result: unknown): number {
  return typeof result === "number" ? result : -1e9;
}

const BATCH = 10_000;

/** Arguments vary per call (an index into prepared arrays), as in a sheet. */
const numericTargets = Array.from({ length: 1024 }, (_, i) => 0.05 + (i % 97) / 100);
const numericActuals = Array.from({ length: 1024 }, (_, i) => ((i * 37) % 113) / 100);
const textTargets = [
  "≥ 15,00%",
  ">= 15,00%",
  "≥ 70,00%",
  "≤ 0,00",
  ">= 2",
  "≥ 1,00",
  "> 10%",
  "= 100%",
];

function baseline(): number {
  let sum = 0;
  for (let i = 0; i < BATCH; i++) {
    const t = numericTargets[i & 1023];
    const a = numericActuals[i & 1023];
    const p = a >= t ? 1 : a / t;
    sum += p < 0 ? 0 : p;
  }
  return sum;
}

function numericKpi(): number {
  let sum = 0;
  for (let i = 0; i < BATCH; i++)
    sum += valueOf(perfKpi(numericTargets[i & 1023], numericActuals[i & 1023]));
  return sum;
}

function textKpi(): number {
  let sum = 0;
  for (let i = 0; i < BATCH; i++)
    sum += valueOf(perfKpi(textTargets[i & 7], numericActuals[i & 1023]));
  return sum;
}

/** Excel marshals a new string for every call: build each target text anew (two halves joined). */
const textHalves = textTargets.map((text) => [text.slice(0, 3), text.slice(3)] as const);

function freshTextKpi(): number {
  let sum = 0;
  for (let i = 0; i < BATCH; i++) {
    const [head, tail] = textHalves[i & 7];
    sum += valueOf(perfKpi(head + tail, numericActuals[i & 1023]));
  }
  return sum;
}

const ROLLUP_CELLS = 1000;
/** A 1,000-row column as Excel passes it: performances with a few N.V. and blanks, weights as numbers. */
const performances = Array.from({ length: ROLLUP_CELLS }, (_, i) => [
  i % 50 === 0 ? "N.V." : i % 77 === 0 ? null : (i % 100) / 100,
]);
const weights = Array.from({ length: ROLLUP_CELLS }, (_, i) => [((i % 5) + 1) / 100]);
const ROLLUP_BATCH = 20;

function rollup(): number {
  let sum = 0;
  for (let i = 0; i < ROLLUP_BATCH; i++) sum += valueOf(perfRollup(performances, weights));
  return sum;
}

function format(value: number): string {
  return Math.round(value).toLocaleString("it-IT").padStart(14);
}

export async function run(): Promise<void> {
  checksum = 0;
  const base = measure("baseline: bare arithmetic (≥ rule inline)", baseline, BATCH);
  const rows = [
    base,
    measure("PERF_KPI, numeric arguments", numericKpi, BATCH),
    measure('PERF_KPI, Italian text targets ("≥ 15,00%")', textKpi, BATCH),
    measure("PERF_KPI, text targets built anew per call", freshTextKpi, BATCH),
    measure("PERF_ROLLUP, 1.000-cell ranges", rollup, ROLLUP_BATCH, ROLLUP_CELLS),
  ];
  console.log(
    `${"case".padEnd(46)} ${"calls/s".padStart(14)} ${"cells/s".padStart(14)}  vs baseline`
  );
  for (const row of rows) {
    const cells = row.callsPerSecond * row.cellsPerCall;
    const ratio = (row.callsPerSecond * row.cellsPerCall) / base.callsPerSecond;
    console.log(
      `${row.name.padEnd(46)} ${format(row.callsPerSecond)} ${format(cells)}  ${ratio.toFixed(3)}×`
    );
  }
  console.log(
    `(checksum ${checksum.toFixed(3)}; ratios compare cells per second with the baseline's iterations per second)`
  );
  return Promise.resolve();
}
