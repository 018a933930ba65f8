/**
 * Command line: time `perf-kpi recompute` on the shared generated 10,000-KPI plan (read, recompute, write,
 * in-process) against the floor of reading and writing the same file with ExcelJS alone.
 * Figures are printed, never asserted. Median of a few runs.
 */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { applyPlan } from "../src/cli/apply-plan";
import { main } from "../src/cli/main";
import { sheetInputFromWorksheet } from "../src/cli/read-workbook";
import { serialFromYmd } from "../src/core/excel-date";
import { recomputeSheet } from "../src/core/sheet/recompute-sheet";
import { generatePlanGrid } from "../test/support/builders/generated-plan";

const KPIS = 10_000;
const RUNS = 5;
const AS_OF = serialFromYmd(2025, 1, 31);

/**
 * The shared generated plan (test/helpers/generated-plan.ts) as an .xlsx file. Published figures are
 * filled in by the sheet model and correct, as in a plan kept up to date, so the audit has little to
 * say and the timing is that of an ordinary run. Returns the KPIs and the rows of the sheet.
 */
async function writePlan(file: string): Promise<{ kpis: number; rows: number }> {
  const grid = generatePlanGrid(KPIS);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Piano 2024");
  grid.values.forEach((line, row) =>
    line.forEach((value, column) => {
      if (value === null) return;
      const cell = sheet.getCell(row + 1, column + 1);
      cell.value = value;
      const numberFormat = grid.numberFormats[row][column];
      if (numberFormat !== "General") cell.numFmt = numberFormat;
    })
  );
  const recomputed = recomputeSheet(sheetInputFromWorksheet(sheet), { asOf: AS_OF });
  if (!recomputed.ok) throw new Error("the sheet model refused the generated plan");
  applyPlan(sheet, recomputed.value.plan);
  await workbook.xlsx.writeFile(file);
  return { kpis: grid.kpis, rows: grid.values.length };
}

async function timed(action: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await action();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const silent = { write: (): boolean => true };

/** One run stage by stage, to show where the time goes (ms). */
async function stages(input: string, output: string): Promise<Record<string, number>> {
  const times: Record<string, number> = {};
  const workbook = new ExcelJS.Workbook();
  times.read = await timed(() => workbook.xlsx.readFile(input).then(() => undefined));
  let sheetInput: ReturnType<typeof sheetInputFromWorksheet> | null = null;
  times.toSheetInput = await timed(() => {
    sheetInput = sheetInputFromWorksheet(workbook.worksheets[0]);
    return Promise.resolve();
  });
  let result: ReturnType<typeof recomputeSheet> | null = null;
  times.sheetModel = await timed(() => {
    result = recomputeSheet(sheetInput as NonNullable<typeof sheetInput>, {
      asOf: AS_OF,
    });
    return Promise.resolve();
  });
  const recomputed = result as ReturnType<typeof recomputeSheet> | null;
  if (recomputed === null || !recomputed.ok)
    throw new Error("the sheet model refused the generated plan");
  times.applyPlan = await timed(() => {
    applyPlan(workbook.worksheets[0], recomputed.value.plan);
    return Promise.resolve();
  });
  times.write = await timed(() => workbook.xlsx.writeFile(output));
  return times;
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "perf-kpi-bench-"));
  try {
    const input = path.join(dir, "piano-10000.xlsx");
    const { kpis, rows } = await writePlan(input);
    const floor: number[] = [];
    const cli: number[] = [];
    const argv = ["recompute", input, "-o", path.join(dir, "out.xlsx"), "--as-of", "2025-01-31"];
    const floorRun = async (): Promise<void> => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(input);
      await workbook.xlsx.writeFile(path.join(dir, "floor.xlsx"));
    };
    const cliRun = async (): Promise<void> => {
      const code = await main(argv, { stdout: silent, stderr: silent });
      if (code !== 0) throw new Error(`perf-kpi exited with ${code}`);
    };
    // One untimed run of each first: the JIT warms up on both sides alike.
    await floorRun();
    await cliRun();
    for (let runIndex = 0; runIndex < RUNS; runIndex++) {
      floor.push(await timed(floorRun));
      cli.push(await timed(cliRun));
    }
    const floorMs = median(floor);
    const cliMs = median(cli);
    console.log(`plan rows, KPIs                   ${rows}, ${kpis}`);
    console.log(`ExcelJS read + write (floor)      ${floorMs.toFixed(0)} ms (median of ${RUNS})`);
    console.log(`perf-kpi recompute (read+write)   ${cliMs.toFixed(0)} ms (median of ${RUNS})`);
    console.log(`ratio                             ${(cliMs / floorMs).toFixed(2)}x (aim < 1.5x)`);
    const split = await stages(input, path.join(dir, "stages.xlsx"));
    console.log(
      `one run by stage (ms)             ${Object.entries(split)
        .map(([stage, ms]) => `${stage} ${ms.toFixed(0)}`)
        .join(", ")}`
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
