/**
 * `--jobs` from the compiled command line (build/src/cli, made by `npm run build`), as a user runs
 * it: the workers load build/src/cli/recompute-worker.js, no TypeScript involved. The outputs of
 * two workers are those of one at a time, part for part, and the exit code is the worst file's.
 * (Under ts-jest, with the workers loading the sources through ts-node: test/cli/jobs.spec.ts.)
 */
import { execFile } from "child_process";
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { partsOf } from "../support/builders/xlsx-package";

const ROOT = path.join(__dirname, "..", "..");
const COMPILED = path.join(ROOT, "build", "src", "cli");
const FIXTURES = path.join(ROOT, "test", "fixtures");

/** Runs the compiled main() in a fresh node (the way bin/perf-kpi.js does once built). */
function compiledCli(args: string[]): Promise<{ code: number; stderr: string }> {
  const script = `require(${JSON.stringify(path.join(COMPILED, "main.js"))})
    .main(process.argv.slice(1), { stdout: process.stdout, stderr: process.stderr })
    .then((code) => { process.exitCode = code; });`;
  return new Promise((resolve) => {
    execFile(process.execPath, ["-e", script, ...args], (error, _stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
      resolve({ code, stderr });
    });
  });
}

describe("--jobs on the compiled command line", () => {
  let work: string;
  beforeAll(() => {
    if (!existsSync(path.join(COMPILED, "recompute-worker.js")))
      throw new Error(
        "build/src/cli/recompute-worker.js manca: eseguire `npm run build` / missing: run `npm run build`"
      );
    work = mkdtempSync(path.join(tmpdir(), "perf-kpi-jobs-"));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("writes with 2 workers what 1 writes, and exits with the worst file's code", async () => {
    const inputs = ["a", "b", "c", "d"].map((name, i) => {
      const file = path.join(work, `${name}.xlsx`);
      copyFileSync(
        path.join(FIXTURES, i % 2 === 0 ? "albero-2024.xlsx" : "relazione-2021.xlsx"),
        file
      );
      return file;
    });
    const broken = path.join(work, "vuoto.xlsx");
    writeFileSync(broken, "");
    const args = ["--plan-year", "2024", "--as-of", "2026-01-31"];
    const outputs = async (jobs: string) => {
      const out = path.join(work, `out-${jobs}`);
      const run = await compiledCli([
        "recompute",
        ...inputs,
        broken,
        "-o",
        out,
        "--jobs",
        jobs,
        ...args,
      ]);
      const parts = readdirSync(out)
        .sort()
        .map(
          (name) => [name, partsOf(new Uint8Array(readFileSync(path.join(out, name))))] as const
        );
      return { ...run, parts };
    };
    const serial = await outputs("1");
    const parallel = await outputs("2");
    // An empty file is not a workbook: exit 3 for it, the four plans written.
    expect(parallel.code).toBe(3);
    expect(serial.code).toBe(3);
    expect(parallel.parts.map(([name]) => name)).toEqual([
      "a.ricalcolato.xlsx",
      "b.ricalcolato.xlsx",
      "c.ricalcolato.xlsx",
      "d.ricalcolato.xlsx",
    ]);
    expect(parallel.parts).toEqual(serial.parts);
    expect(parallel.stderr).toContain("perf-kpi: [5/5] ");
    expect(parallel.stderr).not.toContain("errore interno");
  });
});
