/**
 * Command line: time `perf-kpi recompute` on the shared generated 10,000-KPI plan (read, recompute,
 * write, in-process) against the floor of unzipping and re-zipping every part of the same file (what
 * any writer that keeps the package must at least do), and the stages of one run.
 * Figures are printed, never asserted. Median of a few runs.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { main } from "../src/cli/main";
import { recomputeSheet } from "../src/core/sheet/recompute-sheet";
import { readPackage } from "../src/cli/xlsx/read-package";
import { readWorksheet, workbookPackage, worksheets } from "../src/cli/xlsx/workbook-package";
import { editWorkbook } from "../src/cli/xlsx/edit-workbook";
import { writePackage } from "../src/cli/xlsx/write-package";
import { serialFromYmd } from "../src/core/excel-date";
import { generatePlanGrid } from "../test/support/builders/generated-plan";

const KPIS = 10_000;
const RUNS = 5;
const BATCH = 20;
const AS_OF = serialFromYmd(2025, 1, 31);
const AS_OF_TEXT = "2025-01-31";

const silent = { write: (): boolean => true };

/**
 * The shared generated plan (test/support/builders/generated-plan.ts) as an .xlsx file. Published figures are
 * filled in by the sheet model and correct, as in a plan kept up to date, so the audit has little to
 * say and the timing is that of an ordinary run. Returns the file, the KPIs and the rows of the sheet.
 */
async function writePlan(dir: string): Promise<{ file: string; kpis: number; rows: number }> {
  const grid = generatePlanGrid(KPIS);
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
  const published = new Map(
    recomputed.value.plan.cells.map((write) => [`${write.row}:${write.column}`, write])
  );
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Piano 2024");
  grid.values.forEach((line, row) =>
    line.forEach((value, column) => {
      const write = published.get(`${row}:${column}`);
      const shown = write === undefined ? value : write.value;
      if (shown === null) return;
      const cell = sheet.getCell(row + 1, column + 1);
      cell.value = shown;
      const numberFormat = write?.numberFormat ?? grid.numberFormats[row]?.[column] ?? "General";
      if (numberFormat !== "General") cell.numFmt = numberFormat;
    })
  );
  const file = path.join(dir, "piano-10000.xlsx");
  await workbook.xlsx.writeFile(file);
  return { file, kpis: grid.kpis, rows: grid.values.length };
}

function timed(action: () => void): number {
  const start = process.hrtime.bigint();
  action();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function timedAsync(action: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await action();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** One run stage by stage, to show where the time goes (ms). */
function stages(input: string): Record<string, number> {
  const times: Record<string, number> = {};
  const bytes = new Uint8Array(readFileSync(input));
  let parts: ReturnType<typeof readPackage> | null = null;
  times.unzip = timed(() => {
    parts = readPackage(bytes);
  });
  const unzipped = parts as ReturnType<typeof readPackage> | null;
  if (unzipped === null || !unzipped.ok) throw new Error("cannot read the plan");
  const pkg = workbookPackage(unzipped.parts, false);
  if (pkg === null) throw new Error("no workbook part");
  const sheet = worksheets(pkg)[0];
  if (sheet === undefined) throw new Error("no sheet");
  let read: ReturnType<typeof readWorksheet> | null = null;
  times.readSheet = timed(() => {
    read = readWorksheet(pkg, sheet);
  });
  const sheetInput = (read as ReturnType<typeof readWorksheet> | null)?.input;
  if (sheetInput === undefined) throw new Error("no sheet input");
  let result: ReturnType<typeof recomputeSheet> | null = null;
  times.sheetModel = timed(() => {
    result = recomputeSheet(sheetInput, { asOf: AS_OF });
  });
  const recomputed = result as ReturnType<typeof recomputeSheet> | null;
  if (recomputed === null || !recomputed.ok) throw new Error("the sheet model refused the plan");
  times.editAndZip = timed(() => {
    editWorkbook(pkg, [{ sheet, plan: recomputed.value.plan }], []);
  });
  return times;
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "perf-kpi-bench-"));
  try {
    const { file: input, kpis, rows } = await writePlan(dir);
    const bytes = new Uint8Array(readFileSync(input));
    const argv = ["recompute", input, "-o", path.join(dir, "out.xlsx"), "--as-of", AS_OF_TEXT];
    // The floor: the same unzip and zip the command line uses, on every part, changing nothing.
    const floorRun = (): void => {
      const parts = readPackage(bytes);
      if (!parts.ok) throw new Error("cannot read the plan");
      writePackage(parts.parts);
    };
    const cliRun = async (): Promise<void> => {
      const code = await main(argv, { stdout: silent, stderr: silent });
      if (code !== 0) throw new Error(`perf-kpi exited with ${code}`);
    };
    // One untimed run of each first: the JIT warms up on both sides alike.
    floorRun();
    await cliRun();
    const floor: number[] = [];
    const cli: number[] = [];
    for (let runIndex = 0; runIndex < RUNS; runIndex++) {
      floor.push(timed(floorRun));
      cli.push(await timedAsync(cliRun));
    }
    const floorMs = median(floor);
    const cliMs = median(cli);
    const sheetXml = unzipSync(bytes)["xl/worksheets/sheet1.xml"]?.length ?? 0;
    console.log(
      `plan rows, KPIs, sizes            ${rows}, ${kpis}; ${(bytes.length / 1024).toFixed(0)} KB zipped, sheet XML ${(sheetXml / 1048576).toFixed(1)} MB`
    );
    console.log(`unzip + re-zip every part (floor) ${floorMs.toFixed(0)} ms (median of ${RUNS})`);
    console.log(`perf-kpi recompute, in process    ${cliMs.toFixed(0)} ms (median of ${RUNS})`);
    console.log(`ratio                             ${(cliMs / floorMs).toFixed(2)}x (aim ≤ 5x)`);
    const split = stages(input);
    console.log(
      `one run by stage (ms)             ${Object.entries(split)
        .map(([stage, ms]) => `${stage} ${ms.toFixed(0)}`)
        .join(", ")}`
    );
    await batch(dir, input);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Throughput on BATCH copies of the plan, one process, with the default --jobs. */
async function batch(dir: string, input: string): Promise<void> {
  const inputs: string[] = [];
  for (let i = 0; i < BATCH; i++) {
    const copy = path.join(dir, `lotto-${i}.xlsx`);
    copyFileSync(input, copy);
    inputs.push(copy);
  }
  const out = path.join(dir, "lotto-out");
  const ms = await timedAsync(async () => {
    const code = await main(["recompute", ...inputs, "-o", out, "--as-of", AS_OF_TEXT], {
      stdout: silent,
      stderr: silent,
    });
    if (code !== 0) throw new Error(`perf-kpi exited with ${code}`);
  });
  console.log(
    `batch of ${BATCH} plans                ${ms.toFixed(0)} ms: ${((BATCH * 1000) / ms).toFixed(1)} files/s`
  );
}
