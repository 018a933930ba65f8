/**
 * Command line: time `perf-kpi recompute` on a generated 10,000-row plan (read, recompute, write,
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

const TARGET_ROWS = 10_000;
const RUNS = 5;

/**
 * One strategic objective with 2 KPIs (one a meta-KPI) and 2 operational objectives with 3 KPIs each
 * (one N.V.): 11 rows. Published figures are filled in and correct, as in a plan kept up to date,
 * so the audit has little to say and the timing is that of an ordinary run.
 */
async function writePlan(file: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Piano 2024");
  sheet.getCell("A1").value = "Piano della performance 2024 (generato per il benchmark)";
  sheet.getRow(3).values = [
    "Obiettivo",
    "Indicatore",
    "Peso",
    null,
    "Target",
    "Consuntivo",
    "Performance KPI",
    "Performance Obiettivo",
  ];
  let row = 4;
  const objective = (title: string, performance: number): void => {
    const line = sheet.getRow(row++);
    line.values = [title, null, null, null, null, null, null, performance];
    line.getCell(8).numFmt = "0.00%";
  };
  const kpi = (name: string, weight: number, target: number, actual: number | string): void => {
    const performance = typeof actual === "number" ? Math.min(1, actual / target) : null;
    const line = sheet.getRow(row++);
    line.values = [null, name, weight, ">=", target, actual, performance];
    line.getCell(3).numFmt = "0%";
    for (const column of [5, 6, 7]) line.getCell(column).numFmt = "0.00%";
  };
  for (let group = 1; row + 11 <= TARGET_ROWS + 3; group++) {
    const children = [1, 2].map((child) => {
      const first = ((group + child) % 7) / 6;
      return { child, first, performance: (0.4 * Math.min(1, first / 0.8) + 0.3 * 0.8) / 0.7 };
    });
    const meta = (children[0].performance + children[1].performance) / 2;
    const second = (group % 10) / 10;
    objective(
      `A.${group} - Obiettivo strategico ${group}`,
      0.5 * Math.min(1, meta) + 0.5 * Math.min(1, second / 0.6)
    );
    kpi(
      `Media ponderata di performance degli obiettivi operativi associati all'obiettivo strategico A.${group}`,
      0.5,
      1,
      meta
    );
    kpi(`Indicatore strategico ${group}`, 0.5, 0.6, second);
    for (const { child, first, performance } of children) {
      objective(`A.${group}.${child} - Obiettivo operativo ${group}.${child}`, performance);
      kpi(`Indicatore ${group}.${child}.1`, 0.4, 0.8, first);
      kpi(`Indicatore ${group}.${child}.2`, 0.3, 0.5, "N.V.");
      kpi(`Indicatore ${group}.${child}.3`, 0.3, 0.25, 0.2);
    }
  }
  await workbook.xlsx.writeFile(file);
  return row - 4;
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
      asOf: serialFromYmd(2025, 1, 31),
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
    const rows = await writePlan(input);
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
    console.log(`plan rows                         ${rows}`);
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
