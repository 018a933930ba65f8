/**
 * `--jobs N`: several files recomputed in worker threads give exactly what one at a time gives
 * (every part of every output, the JSON report, the summary), a file's failure stops no other, the
 * exit code is the worst of the files', and the output names are checked for the whole batch
 * before any work. Here main() runs under ts-jest, so each worker loads the TypeScript sources
 * through ts-node (worker-pool.ts); the compiled path is tested on the built CLI in
 * test/e2e/cli-jobs.e2e.ts.
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import * as workerPool from "../../src/cli/worker-pool";
import { ExitCode } from "../../src/cli/exit-codes";
import { collectingIo, FIXTURES, makeTempDir } from "../support/doubles/cli-io";
import { partsOf } from "../support/builders/xlsx-package";

jest.setTimeout(120_000);

const ARGS = ["--plan-year", "2024", "--as-of", "2026-01-31"];

/** A batch: three plans, one file that is not a workbook, a fourth plan. */
function batchIn(dir: string): string[] {
  const names = ["a.xlsx", "b.xlsx", "rotto.xlsx", "c.xlsx", "d.xlsx"];
  copyFileSync(path.join(FIXTURES, "albero-2024.xlsx"), path.join(dir, "a.xlsx"));
  copyFileSync(path.join(FIXTURES, "relazione-2021.xlsx"), path.join(dir, "b.xlsx"));
  writeFileSync(path.join(dir, "rotto.xlsx"), "non è uno zip");
  copyFileSync(path.join(FIXTURES, "albero-2024.xlsx"), path.join(dir, "c.xlsx"));
  copyFileSync(path.join(FIXTURES, "relazione-2021.xlsx"), path.join(dir, "d.xlsx"));
  return names.map((name) => path.join(dir, name));
}

async function runBatch(dir: string, inputs: string[], jobs: string) {
  const out = path.join(dir, `out-${jobs}`);
  const json = path.join(dir, `report-${jobs}.json`);
  const io = collectingIo();
  const code = await main(
    ["recompute", ...inputs, "-o", out, "--json", json, "--jobs", jobs, ...ARGS],
    io
  );
  const outputs = new Map(
    readdirSync(out)
      .sort()
      .map((name) => [name, partsOf(new Uint8Array(readFileSync(path.join(out, name))))])
  );
  return { code, io, out, outputs, report: readFileSync(json, "utf8") };
}

describe("--jobs", () => {
  afterEach(() => jest.restoreAllMocks());

  it("gives with 2 workers exactly what --jobs 1 gives: every output part, the report, the summary", async () => {
    const { dir, cleanup } = makeTempDir("jobs");
    try {
      const inputs = batchIn(dir);
      const pool = jest.spyOn(workerPool, "runInWorkers");
      const serial = await runBatch(dir, inputs, "1");
      expect(pool).not.toHaveBeenCalled(); // --jobs 1: in process
      const parallel = await runBatch(dir, inputs, "2");
      expect(pool).toHaveBeenCalledTimes(1);
      expect(pool.mock.calls[0]?.[1]).toBe(2);
      pool.mockRestore();
      // rotto.xlsx is not a zip: exit 3 (unreadable input), the worst of the five files.
      expect(serial.code).toBe(ExitCode.unreadableInput);
      expect(parallel.code).toBe(ExitCode.unreadableInput);
      // The other four are written all the same.
      expect([...parallel.outputs.keys()]).toEqual([
        "a.ricalcolato.xlsx",
        "b.ricalcolato.xlsx",
        "c.ricalcolato.xlsx",
        "d.ricalcolato.xlsx",
      ]);
      expect(parallel.outputs).toEqual(serial.outputs);
      expect(parallel.report).toBe(serial.report);
      // The summary lists the files in the order given, whichever worker finished first.
      const stdout = (text: string): string => text.split(path.join(dir, "out-")).join("OUT/");
      expect(stdout(parallel.io.stdout.text).replace(/OUT\/2/g, "OUT/1")).toBe(
        stdout(serial.io.stdout.text)
      );
      expect(parallel.io.stderr.text).toContain('"rotto.xlsx" non è un file .xlsx');
      expect(parallel.io.stderr.text).toContain('"rotto.xlsx" is not an .xlsx file');
      // A progress line per file, as the files finish: [1/5] … [5/5].
      for (let done = 1; done <= 5; done++)
        expect(parallel.io.stderr.text).toContain(`perf-kpi: [${done}/5] `);
    } finally {
      cleanup();
    }
  });

  it("checks every output name up front: a clash refuses the whole batch (exit 2), no file written", async () => {
    const { dir, cleanup } = makeTempDir("jobs-clash");
    try {
      copyFileSync(path.join(FIXTURES, "albero-2024.xlsx"), path.join(dir, "a.xlsx"));
      // a.xlsx's default output, a.ricalcolato.xlsx, is another input of the batch.
      copyFileSync(path.join(FIXTURES, "albero-2024.xlsx"), path.join(dir, "a.ricalcolato.xlsx"));
      copyFileSync(path.join(FIXTURES, "relazione-2021.xlsx"), path.join(dir, "b.xlsx"));
      const before = readdirSync(dir).sort();
      const io = collectingIo();
      const code = await main(
        [
          "recompute",
          path.join(dir, "b.xlsx"),
          path.join(dir, "a.xlsx"),
          path.join(dir, "a.ricalcolato.xlsx"),
          "--jobs",
          "3",
          ...ARGS,
        ],
        io
      );
      expect(code).toBe(ExitCode.usage);
      expect(readdirSync(dir).sort()).toEqual(before);
      expect(io.stderr.text).not.toContain("[1/3]"); // refused before any file was started
    } finally {
      cleanup();
    }
  });

  it("with a single file runs in process, whatever --jobs says", async () => {
    const { dir, cleanup } = makeTempDir("jobs-one");
    try {
      const input = path.join(dir, "a.xlsx");
      copyFileSync(path.join(FIXTURES, "albero-2024.xlsx"), input);
      const io = collectingIo();
      const pool = jest.spyOn(workerPool, "runInWorkers");
      const code = await main(["recompute", input, "--jobs", "8", ...ARGS], io);
      expect(pool).not.toHaveBeenCalled();
      pool.mockRestore();
      expect(code).toBe(ExitCode.ok);
      expect(readdirSync(dir).sort()).toEqual(["a.ricalcolato.xlsx", "a.xlsx"]);
    } finally {
      cleanup();
    }
  });
});
