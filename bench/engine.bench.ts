/**
 * Engine throughput: scoreKpi on the numeric and date paths (the custom functions' hot path),
 * the text parsers (what a sheet recompute pays once per cell), rollUp over 1,000 items and
 * classify. Each case warms up, then runs for a fixed time; results feed a printed checksum so
 * no call can be optimised away. Figures are printed, never asserted.
 */
import { classify } from "../src/core/classify";
import { parseTarget } from "../src/core/parse-target";
import { parseValue } from "../src/core/parse-value";
import { rollUp } from "../src/core/rollup";
import { scoreKpi, type KpiInput } from "../src/core/score-kpi";
import { DEFAULT_DATE_LADDER, DEFAULT_LEGEND } from "../src/core/settings";
import type { ParsedValue, RollupItem, Target } from "../src/core/types";

const WARM_UP_MS = 300;
const MEASURE_MS = 1000;
const BATCH = 10_000;

let checksum = 0;

function callsPerSecond(batch: () => number, ms: number): number {
  let calls = 0;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(ms) * 1_000_000n;
  let now = start;
  while (now < deadline) {
    checksum += batch();
    calls += BATCH;
    now = process.hrtime.bigint();
  }
  return calls / (Number(now - start) / 1e9);
}

function measure(name: string, batch: () => number): { name: string; rate: number } {
  callsPerSecond(batch, WARM_UP_MS);
  return { name, rate: callsPerSecond(batch, MEASURE_MS) };
}

const percentTarget: Target = {
  operator: ">=",
  value: 0.7,
  unit: "percent",
  operatorImplied: false,
};
const dateTarget: Target = { operator: "<=", value: 44500, unit: "date", operatorImplied: false };
const actuals: ParsedValue[] = Array.from({ length: BATCH }, (_, i) => ({
  kind: "number",
  value: (i % 1000) / 1000,
  unit: "percent",
}));
const dates: ParsedValue[] = Array.from({ length: BATCH }, (_, i) => ({
  kind: "date",
  serial: 44450 + (i % 120),
}));

function scoreBatch(target: Target, values: readonly ParsedValue[]): number {
  let sum = 0;
  for (let i = 0; i < BATCH; i++) {
    const input: KpiInput = {
      target,
      actual: values[i],
      method: "proportional",
      asOf: 46053,
      dateLadder: DEFAULT_DATE_LADDER,
      capAtOne: true,
    };
    const score = scoreKpi(input);
    if (score.evaluated) sum += score.performance;
  }
  return sum;
}

const targetTexts = [
  "≥ 15,00%",
  "entro il 31/12/2023",
  ">=90% del personale individuato",
  "2022 >= 0,18% (orientativamente 120 imprese) 2023 >= 0,21% (140) 2024 >= 0,23% (150)",
];
const valueTexts = ["37,50%", "1.587,10", "31/12/2021", "N.V."];

function parseTargetBatch(): number {
  let sum = 0;
  for (let i = 0; i < BATCH; i++) {
    const result = parseTarget(targetTexts[i & 3], { planYear: 2023 });
    if (result.ok) sum += result.value.value;
  }
  return sum;
}

function parseValueBatch(): number {
  let sum = 0;
  for (let i = 0; i < BATCH; i++) {
    const result = parseValue(valueTexts[i & 3]);
    if (result.ok && result.value.kind === "number") sum += result.value.value;
  }
  return sum;
}

const items: RollupItem[] = Array.from({ length: 1000 }, (_, i) => ({
  performance: i % 7 === 0 ? null : (i % 100) / 100,
  weight: (i % 10) / 10,
}));

function rollUpBatch(): number {
  let sum = 0;
  for (let i = 0; i < BATCH / 1000; i++) sum += rollUp(items).performance ?? 0;
  return sum;
}

function classifyBatch(): number {
  let sum = 0;
  for (let i = 0; i < BATCH; i++)
    sum += classify((i % 1000) / 1000, DEFAULT_LEGEND) === "green" ? 1 : 0;
  return sum;
}

export function run(): Promise<void> {
  const rows = [
    measure("scoreKpi, numeric target (calls/s)", () => scoreBatch(percentTarget, actuals)),
    measure("scoreKpi, date target (calls/s)", () => scoreBatch(dateTarget, dates)),
    measure("parseTarget, Italian text (calls/s)", parseTargetBatch),
    measure("parseValue, Italian text (calls/s)", parseValueBatch),
    // each batch call of rollUpBatch rolls up 10 × 1,000 items: report items per second
    measure("rollUp, 1,000 items (items/s)", rollUpBatch),
    measure("classify (calls/s)", classifyBatch),
  ];
  for (const { name, rate } of rows)
    console.log(`${name.padEnd(42)} ${(rate / 1e6).toFixed(2).padStart(8)} M`);
  console.log(`checksum ${checksum.toFixed(3)}`);
  return Promise.resolve();
}
