/**
 * Command line: time `perf-kpi recompute` on the shared generated 10,000-KPI plan (read, recompute,
 * write, in process) against the floor of unzipping and re-zipping every part of the same file (what
 * any writer that keeps the package must at least do); then the same run stage by stage, so that
 * every millisecond of it is accounted for; the peak memory of the command as a process on the 10,000
 * and the 100,000-KPI plan; and the throughput of a batch. Figures are printed, never asserted.
 * Every figure is the median of RUNS runs after WARM_UP untimed ones (the JIT warms up alike on
 * every side). The machine's load average is printed with them: figures from a busy machine are
 * slower and noisier.
 */
import { execFile, spawnSync } from "child_process";
import { copyFileSync, existsSync, promises as fs, mkdtempSync, readFileSync, rmSync } from "fs";
import { availableParallelism, loadavg, tmpdir } from "os";
import { promisify } from "util";
import * as path from "path";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { main } from "../src/cli/main";
import { MAX_SHEET_CELLS } from "../src/core/sheet";
import { classifyInput } from "../src/cli/classify-input";
import { writeWorkbookBytes } from "../src/cli/write-output";
import { isAuditGrid } from "../src/cli/xlsx/audit-part";
import { editedEntries } from "../src/cli/xlsx/edit-workbook";
import { packageKind, readPackage } from "../src/cli/xlsx/read-package";
import { savedSettings } from "../src/cli/xlsx/workbook-settings";
import { readWorksheet, workbookPackage, worksheets } from "../src/cli/xlsx/workbook-package";
import { writePackage } from "../src/cli/xlsx/write-package";
import { recomputeSheet } from "../src/core/sheet/recompute-sheet";
import { serialFromYmd } from "../src/core/excel-date";
import { generatePlanGrid } from "../test/support/builders/generated-plan";

const KPIS = 10_000;
const LARGE_KPIS = 100_000;
const WARM_UP = 2;
const RUNS = 7;
const BATCH = 20;
const AS_OF = serialFromYmd(2025, 1, 31);
const AS_OF_TEXT = "2025-01-31";

const execFileAsync = promisify(execFile);
const silent = { write: (): boolean => true };

interface PlanFile {
  readonly file: string;
  readonly kpis: number;
  readonly rows: number;
}

/**
 * The shared generated plan (test/support/builders/generated-plan.ts) as an .xlsx file written by
 * ExcelJS. With `published`, the derived cells hold the figures the sheet model computes, as in a
 * plan kept up to date: the audit has little to say and the timing is that of an ordinary run.
 * Without, they are blank: every derived cell is a finding (about 11,000 on 10,000 KPIs), the
 * heaviest Verifica sheet.
 */
export async function writePlan(dir: string, kpis: number, published: boolean): Promise<PlanFile> {
  const grid = generatePlanGrid(kpis);
  const cells = new Map<string, { value: unknown; numberFormat: string }>();
  grid.values.forEach((line, row) =>
    line.forEach((value, column) => {
      const numberFormat = grid.numberFormats[row]?.[column] ?? "General";
      if (value !== null) cells.set(`${row}:${column}`, { value, numberFormat });
    })
  );
  if (published) {
    const recomputed = recomputeSheet(
      {
        name: "Piano 2024",
        origin: { row: 0, column: 0 },
        values: grid.values,
        numberFormats: grid.numberFormats,
      },
      { asOf: AS_OF }
    );
    if (!recomputed.ok) throw new Error("the sheet model refused the generated plan");
    // Derived cells may lie beyond a row's last value (an objective row's performance column).
    for (const write of recomputed.value.plan.cells)
      cells.set(`${write.row}:${write.column}`, {
        value: write.value,
        numberFormat: write.numberFormat ?? "General",
      });
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Piano 2024");
  for (const [key, { value, numberFormat }] of cells) {
    if (value === null) continue;
    const [row, column] = key.split(":").map(Number);
    const cell = sheet.getCell((row ?? 0) + 1, (column ?? 0) + 1);
    cell.value = value as ExcelJS.CellValue;
    if (numberFormat !== "General") cell.numFmt = numberFormat;
  }
  const file = path.join(dir, `piano-${kpis}${published ? "" : "-vuoto"}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return { file, kpis: grid.kpis, rows: grid.values.length };
}

function elapsed(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Wall time and this process's CPU time (ms): CPU time is less disturbed by other jobs on the machine. */
interface Timing {
  readonly wall: number;
  readonly cpu: number;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

async function medianOf(action: () => Promise<void> | void): Promise<Timing> {
  for (let i = 0; i < WARM_UP; i++) await action();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    await action();
    walls.push(elapsed(start));
    cpus.push(cpuMs(cpuStart));
  }
  return { wall: median(walls), cpu: median(cpus) };
}

const STAGES = [
  "read file",
  "unzip",
  "package index",
  "read sheet",
  "sheet model",
  "edit parts",
  "zip",
  "write file",
] as const;
type Stage = (typeof STAGES)[number];

/**
 * One run of what `perf-kpi recompute IN -o OUT` does (src/cli/main.ts, recompute-workbook.ts,
 * edit-workbook.ts), the same calls in the same order, each stage timed.
 */
async function stagedRun(input: string, output: string): Promise<Record<Stage, Timing>> {
  const times = {} as Record<Stage, Timing>;
  let start = process.hrtime.bigint();
  let cpuStart = process.cpuUsage();
  const stage = (name: Stage): void => {
    times[name] = { wall: elapsed(start), cpu: cpuMs(cpuStart) };
    start = process.hrtime.bigint();
    cpuStart = process.cpuUsage();
  };
  const bytes = await fs.readFile(input);
  stage("read file");
  if (classifyInput(bytes) !== "zip") throw new Error("not a zip");
  const parts = readPackage(bytes);
  if (!parts.ok) throw new Error("cannot read the plan");
  stage("unzip");
  const kind = packageKind(parts.parts);
  const pkg = workbookPackage(parts.parts, kind === "macroWorkbook");
  if (pkg === null) throw new Error("no workbook part");
  const saved = savedSettings(pkg);
  stage("package index");
  const sheet = worksheets(pkg)[0];
  if (sheet === undefined) throw new Error("no sheet");
  const read = readWorksheet(pkg, sheet);
  if (isAuditGrid(read.input.values)) throw new Error("the plan reads as an audit sheet");
  stage("read sheet");
  const result = recomputeSheet(read.input, { ...saved.settings, asOf: AS_OF });
  if (!result.ok) throw new Error("the sheet model refused the plan");
  stage("sheet model");
  const findings = result.value.findings.map((finding) => ({ sheet: sheet.name, finding }));
  const entries = editedEntries(pkg, [{ sheet, plan: result.value.plan }], findings);
  stage("edit parts");
  const zipped = writePackage(entries);
  stage("zip");
  // The JSON report's rows are built only with --json (recompute-file.ts): not in this run.
  const written = await writeWorkbookBytes(zipped, output);
  if (!written.ok) throw new Error("cannot write the output");
  stage("write file");
  return times;
}

async function stageMedians(input: string, output: string): Promise<Record<Stage, Timing>> {
  for (let i = 0; i < WARM_UP; i++) await stagedRun(input, output);
  const runs: Record<Stage, Timing>[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await stagedRun(input, output));
  const medians = {} as Record<Stage, Timing>;
  for (const name of STAGES)
    medians[name] = {
      wall: median(runs.map((run) => run[name].wall)),
      cpu: median(runs.map((run) => run[name].cpu)),
    };
  return medians;
}

const load = (): string =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(" ");

/** Floor and command line on one plan, and the command line by stage. */
async function compare(dir: string, plan: PlanFile, label: string): Promise<void> {
  const bytes = new Uint8Array(readFileSync(plan.file));
  const output = path.join(dir, "out.xlsx");
  const argv = ["recompute", plan.file, "-o", output, "--as-of", AS_OF_TEXT];
  // The floor: the same unzip and zip the command line uses, deflating every part anew (a fresh
  // view of each part's bytes, so the zip does not reuse a part's compressed bytes from the input).
  const floorMs = await medianOf(() => {
    const parts = readPackage(bytes);
    if (!parts.ok) throw new Error("cannot read the plan");
    writePackage([...parts.parts].map(([name, data]) => [name, data.subarray(0)] as const));
  });
  const cliMs = await medianOf(async () => {
    const code = await main(argv, { stdout: silent, stderr: silent });
    if (code !== 0) throw new Error(`perf-kpi exited with ${code}`);
  });
  const stages = await stageMedians(plan.file, output);
  const sheetXml = unzipSync(bytes)["xl/worksheets/sheet1.xml"]?.length ?? 0;
  const outputBytes = readFileSync(output).length;
  const sum = (of: keyof Timing): number =>
    STAGES.reduce((total, name) => total + stages[name][of], 0);
  const both = (timing: Timing): string =>
    `${timing.wall.toFixed(0)} ms (CPU ${timing.cpu.toFixed(0)} ms)`;
  console.log(`-- ${label} --`);
  console.log(
    `plan rows, KPIs, sizes            ${plan.rows}, ${plan.kpis}; ${(bytes.length / 1024).toFixed(0)} KB zipped, sheet XML ${(sheetXml / 1048576).toFixed(1)} MB; output ${(outputBytes / 1024).toFixed(0)} KB`
  );
  console.log(`unzip + re-zip every part (floor) ${both(floorMs)}`);
  console.log(`perf-kpi recompute, in process    ${both(cliMs)}`);
  console.log(
    `ratio                             ${(cliMs.wall / floorMs.wall).toFixed(2)}x (CPU ${(cliMs.cpu / floorMs.cpu).toFixed(2)}x; aim ≤ 5x)`
  );
  console.log(
    `by stage (ms, medians; CPU)       ${STAGES.map((name) => `${name} ${stages[name].wall.toFixed(1)} (${stages[name].cpu.toFixed(1)})`).join(", ")}`
  );
  console.log(
    `stages' sum vs the whole run      ${sum("wall").toFixed(0)} ms of ${cliMs.wall.toFixed(0)} ms (CPU ${sum("cpu").toFixed(0)} of ${cliMs.cpu.toFixed(0)}); the rest is main() outside these stages: options, output checks, summary`
  );
}

/**
 * The command as its own process on a plan (the compiled CLI in build/, as bin/perf-kpi.js runs it):
 * wall time from start to exit and peak resident memory (getrusage's maxRSS).
 */
function asProcess(plan: PlanFile, output: string): string {
  const compiled = path.join(__dirname, "..", "build", "src", "cli", "main.js");
  if (!existsSync(compiled))
    return "not measured: build the command line first (npm run build:cli)";
  const args = ["recompute", plan.file, "-o", output, "--as-of", AS_OF_TEXT];
  const script = [
    `const cli = require(${JSON.stringify(compiled)});`,
    `const quiet = { write: () => true };`,
    `cli.main(${JSON.stringify(args)}, { stdout: quiet, stderr: quiet }).then((code) => {`,
    `  process.stdout.write(JSON.stringify({ code, rss: process.resourceUsage().maxRSS }));`,
    `});`,
  ].join("\n");
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  const ms = elapsed(start);
  const { code, rss } = JSON.parse(child.stdout || "{}") as { code?: number; rss?: number };
  const outcome = code === 0 ? "exit 0" : `exit ${String(code)}`;
  return `${outcome}, ${ms.toFixed(0)} ms as a process, peak RSS ${((rss ?? 0) / 1024).toFixed(0)} MB`;
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "perf-kpi-bench-"));
  try {
    console.log(`load average (1, 5, 15 min)       ${load()} at the start`);
    const plan = await writePlan(dir, KPIS, true);
    await compare(dir, plan, "10,000 KPIs, published figures up to date (an ordinary run)");
    const blank = await writePlan(dir, KPIS, false);
    await compare(
      dir,
      blank,
      "10,000 KPIs, published figures blank (every derived cell a finding)"
    );
    console.log(`-- the command as a process --`);
    console.log(`${KPIS} KPIs                        ${asProcess(plan, path.join(dir, "p.xlsx"))}`);
    const large = await writePlan(dir, LARGE_KPIS, true);
    console.log(
      `${LARGE_KPIS} KPIs (sheet limit ${MAX_SHEET_CELLS.toLocaleString("en-US")} used cells)  ${asProcess(large, path.join(dir, "p.xlsx"))}`
    );
    await batch(dir, plan.file);
    console.log(`load average (1, 5, 15 min)       ${load()} at the end`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Throughput on BATCH copies of the plan through bin/perf-kpi.js (the compiled CLI when built, as a
 * user runs it), with --jobs 1 (in process) and with the default (one worker thread per core).
 */
async function batch(dir: string, input: string): Promise<void> {
  const inputs: string[] = [];
  for (let i = 0; i < BATCH; i++) {
    const copy = path.join(dir, `lotto-${i}.xlsx`);
    copyFileSync(input, copy);
    inputs.push(copy);
  }
  const bin = path.join(__dirname, "..", "bin", "perf-kpi.js");
  for (const jobs of [["--jobs", "1"], []]) {
    const out = path.join(dir, `lotto-out-${jobs.length}`);
    const start = process.hrtime.bigint();
    await execFileAsync(
      process.execPath,
      [bin, "recompute", ...inputs, "-o", out, "--as-of", AS_OF_TEXT, ...jobs],
      { maxBuffer: 16 * 1024 * 1024 }
    );
    const ms = elapsed(start);
    const label = jobs.length === 0 ? `default --jobs (${availableParallelism()})` : "--jobs 1";
    console.log(
      `batch of ${BATCH} plans, ${label.padEnd(20)} ${ms.toFixed(0)} ms: ${((BATCH * 1000) / ms).toFixed(1)} files/s`
    );
  }
}
