/**
 * What the command line must never do, each case through main() as a user would run it: overwrite
 * an input or the workbook output with the JSON report, take an input for an output, read a zip
 * that is not a workbook as one, inflate a zip bomb, read a sheet larger than the task pane would,
 * or leave a temporary file behind when it is interrupted.
 */
import { spawn } from "child_process";
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { main } from "../../src/cli/main";
import { ExitCode } from "../../src/cli/exit-codes";
import { MAX_SHEET_CELLS } from "../../src/core/sheet/limits";
import { MAX_INFLATED_BYTES } from "../../src/cli/xlsx/read-package";
import { collectingIo, FIXTURES, makeTempDir } from "../support/doubles/cli-io";

jest.setTimeout(60_000);

const ALBERO = path.join(FIXTURES, "albero-2024.xlsx");
const ALBERO_ARGS = ["--method", "binary", "--plan-year", "2024", "--as-of", "2026-01-31"];

async function run(argv: string[]) {
  const io = collectingIo();
  const code = await main(argv, io);
  return { code, stdout: io.stdout.text, stderr: io.stderr.text };
}

/** Every file of a directory with its bytes, to show that a refused run changed nothing. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(dir).sort())
    files.set(name, readFileSync(path.join(dir, name)).toString("base64"));
  return files;
}

async function withDir(prefix: string, body: (dir: string) => Promise<void>): Promise<void> {
  const { dir, cleanup } = makeTempDir(prefix);
  try {
    await body(dir);
  } finally {
    cleanup();
  }
}

describe("the JSON report never overwrites an input or the workbook output", () => {
  it.each<[string, (dir: string) => string[]]>([
    [
      "--json naming the input",
      (dir) => [path.join(dir, "piano.xlsx"), "--json", path.join(dir, "piano.xlsx")],
    ],
    [
      "--json naming the input, with --check (which writes no workbook)",
      (dir) => [path.join(dir, "piano.xlsx"), "--check", "--json", path.join(dir, "piano.xlsx")],
    ],
    [
      "--json and -o naming the same file",
      (dir) => [
        path.join(dir, "piano.xlsx"),
        "-o",
        path.join(dir, "x"),
        "--json",
        path.join(dir, "x"),
      ],
    ],
    [
      "--json naming the default output",
      (dir) => [path.join(dir, "piano.xlsx"), "--json", path.join(dir, "piano.ricalcolato.xlsx")],
    ],
    [
      "--json naming the input through another spelling of its path",
      (dir) => [
        path.join(dir, "piano.xlsx"),
        "--json",
        path.join(dir, ".", "sub", "..", "piano.xlsx"),
      ],
    ],
  ])("%s: refused with exit 2 before any work, nothing changed", async (_, args) => {
    await withDir("json", async (dir) => {
      copyFileSync(ALBERO, path.join(dir, "piano.xlsx"));
      writeFileSync(path.join(dir, "x"), "x");
      const before = snapshot(dir);
      const result = await run(["recompute", ...args(dir), ...ALBERO_ARGS]);
      expect(result.code).toBe(ExitCode.usage);
      expect(result.stderr).toMatch(/--json .*(file in ingresso|file di uscita)/);
      expect(result.stderr).toMatch(/Nessun file è stato scritto/);
      expect(snapshot(dir)).toEqual(before);
    });
  });

  it("refuses --json naming a hard link of the input", async () => {
    await withDir("json-link", async (dir) => {
      copyFileSync(ALBERO, path.join(dir, "piano.xlsx"));
      const { linkSync } = await import("fs");
      linkSync(path.join(dir, "piano.xlsx"), path.join(dir, "report.json"));
      const before = snapshot(dir);
      const result = await run([
        "recompute",
        path.join(dir, "piano.xlsx"),
        "--check",
        "--json",
        path.join(dir, "report.json"),
      ]);
      expect(result.code).toBe(ExitCode.usage);
      expect(snapshot(dir)).toEqual(before);
    });
  });
});

describe("no output may be an input unless -o names it", () => {
  it("refuses a.xlsx with a.ricalcolato.xlsx (the first's default output is the second) before any work", async () => {
    await withDir("collide", async (dir) => {
      copyFileSync(ALBERO, path.join(dir, "a.xlsx"));
      copyFileSync(ALBERO, path.join(dir, "a.ricalcolato.xlsx"));
      const before = snapshot(dir);
      const result = await run([
        "recompute",
        path.join(dir, "a.xlsx"),
        path.join(dir, "a.ricalcolato.xlsx"),
        ...ALBERO_ARGS,
      ]);
      expect(result.code).toBe(ExitCode.usage);
      expect(result.stderr).toMatch(/che è un file in ingresso: non viene sovrascritto/);
      expect(result.stderr).toMatch(/which is an input file/);
      expect(result.stdout).toBe(""); // no summary: nothing was computed
      expect(snapshot(dir)).toEqual(before);
    });
  });

  it("refuses an -o directory where an output would land on an input", async () => {
    await withDir("collide-dir", async (dir) => {
      copyFileSync(ALBERO, path.join(dir, "b.xlsx"));
      copyFileSync(ALBERO, path.join(dir, "b.ricalcolato.xlsx"));
      copyFileSync(ALBERO, path.join(dir, "c.xlsx"));
      const before = snapshot(dir);
      const result = await run([
        "recompute",
        path.join(dir, "c.xlsx"),
        path.join(dir, "b.xlsx"),
        path.join(dir, "b.ricalcolato.xlsx"),
        "-o",
        dir,
        ...ALBERO_ARGS,
      ]);
      expect(result.code).toBe(ExitCode.usage);
      expect(snapshot(dir)).toEqual(before);
    });
  });

  it("refuses two inputs with the same output (the same file twice, or x/a.xlsx and y/a.xlsx into one -o)", async () => {
    await withDir("twice", async (dir) => {
      copyFileSync(ALBERO, path.join(dir, "a.xlsx"));
      const same = await run(["recompute", path.join(dir, "a.xlsx"), path.join(dir, "a.xlsx")]);
      expect(same.code).toBe(ExitCode.usage);
      expect(same.stderr).toMatch(/darebbero lo stesso file di uscita/);
      const { mkdirSync } = await import("fs");
      mkdirSync(path.join(dir, "x"));
      mkdirSync(path.join(dir, "y"));
      copyFileSync(ALBERO, path.join(dir, "x", "a.xlsx"));
      copyFileSync(ALBERO, path.join(dir, "y", "a.xlsx"));
      const clash = await run([
        "recompute",
        path.join(dir, "x", "a.xlsx"),
        path.join(dir, "y", "a.xlsx"),
        "-o",
        path.join(dir, "out"),
      ]);
      expect(clash.code).toBe(ExitCode.usage);
      expect(readdirSync(path.join(dir, "out"))).toEqual([]);
    });
  });

  it("overwrites the input when -o names it, keeping its mode", async () => {
    await withDir("explicit", async (dir) => {
      const input = path.join(dir, "piano.xlsx");
      copyFileSync(ALBERO, input);
      const { chmodSync } = await import("fs");
      chmodSync(input, 0o600);
      const result = await run(["recompute", input, "-o", input, ...ALBERO_ARGS]);
      expect(result.code).toBe(ExitCode.ok);
      expect(readFileSync(input).equals(readFileSync(ALBERO))).toBe(false);
      expect(statSync(input).mode & 0o777).toBe(0o600);
      expect(readdirSync(dir)).toEqual(["piano.xlsx"]);
    });
  });
});

describe("a zip that is not a workbook is unreadable input (exit 3), not 'no header' (4)", () => {
  it.each<[string, Record<string, Uint8Array>, RegExp, RegExp]>([
    [
      "an OpenDocument spreadsheet (.ods)",
      {
        mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"),
        "content.xml": strToU8("<office:document-content/>"),
        "META-INF/manifest.xml": strToU8("<manifest:manifest/>"),
      },
      /OpenDocument \(\.ods\)/,
      /OpenDocument spreadsheet/,
    ],
    [
      "a zip of other files",
      { "leggimi.txt": strToU8("ciao"), "dati/piano.csv": strToU8("Obiettivo;Peso\n") },
      /archivio zip ma non una cartella di lavoro/,
      /zip archive but not an Excel workbook/,
    ],
    [
      "a Word document",
      {
        "[Content_Types].xml": strToU8(
          '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
        ),
        "word/document.xml": strToU8("<w:document/>"),
      },
      /archivio zip ma non una cartella di lavoro/,
      /not an Excel workbook/,
    ],
  ])("%s", async (_, parts, italian, english) => {
    await withDir("notxlsx", async (dir) => {
      const file = path.join(dir, "piano.xlsx");
      writeFileSync(file, zipSync(parts));
      const before = snapshot(dir);
      const result = await run(["recompute", file]);
      expect(result.code).toBe(ExitCode.unreadableInput);
      const [first, second] = result.stderr.split("\n");
      expect(first).toMatch(italian);
      expect(second).toMatch(english);
      expect(snapshot(dir)).toEqual(before);
    });
  });
});

describe("size guards", () => {
  it("stops inflating a zip bomb at the limit, whatever size the zip declares, with a clear message", async () => {
    await withDir("bomb", async (dir) => {
      // A 1 MB zip whose sheet inflates past the limit (MAX_INFLATED_BYTES + 1 MB of spaces).
      const sheet = new Uint8Array(MAX_INFLATED_BYTES + 1024 * 1024).fill(0x20);
      const zip = Buffer.from(
        zipSync(
          {
            "[Content_Types].xml": strToU8(
              '<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'
            ),
            "xl/worksheets/sheet1.xml": sheet,
          },
          { level: 1 }
        )
      );
      // Lie in both headers: the sheet claims 100 bytes. The guard counts what really comes out.
      const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), 0);
      const sheetCentral = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), central + 4);
      zip.writeUInt32LE(100, sheetCentral + 24);
      const file = path.join(dir, "bomba.xlsx");
      writeFileSync(file, zip);
      const started = Date.now();
      const result = await run(["recompute", file]);
      expect(result.code).toBe(ExitCode.unreadableInput);
      expect(result.stderr).toMatch(/"bomba\.xlsx" è troppo grande: decompresso supera 200 MB/);
      expect(result.stderr).toMatch(/zip bomb/);
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(readdirSync(dir)).toEqual(["bomba.xlsx"]);
    });
  });

  it("reads a sheet of exactly the limit's used cells (the same limit as the task pane)", async () => {
    await withDir("edge", async (dir) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("Piano");
      sheet.getCell(1, 1).value = "Obiettivo";
      // 1,500 rows × 1,000 columns = 1,500,000 used cells: at the limit, read (then no header).
      sheet.getCell(1500, 1000).value = 1;
      const file = path.join(dir, "limite.xlsx");
      await workbook.xlsx.writeFile(file);
      const result = await run(["recompute", file]);
      expect(result.stderr).not.toMatch(/troppo grande/);
      expect(result.code).toBe(ExitCode.layoutNotFound);
    });
  });

  it("refuses a sheet with more used cells than the task pane reads, naming both figures", async () => {
    await withDir("cells", async (dir) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("Piano");
      sheet.getCell(1, 1).value = "Obiettivo";
      // 1,501 rows × 1,000 columns = 1,501,000 used cells, above MAX_SHEET_CELLS (1,500,000).
      sheet.getCell(1501, 1000).value = 1;
      const file = path.join(dir, "grande.xlsx");
      await workbook.xlsx.writeFile(file);
      const result = await run(["recompute", file]);
      expect(MAX_SHEET_CELLS).toBe(1_500_000);
      expect(result.code).toBe(ExitCode.unreadableInput);
      expect(result.stderr).toMatch(
        /troppo grande \(1\.501\.000 celle usate, al massimo 1\.500\.000/
      );
      expect(result.stderr).toMatch(/1,501,000 used cells, at most 1,500,000/);
      expect(readdirSync(dir)).toEqual(["grande.xlsx"]);
    });
  });
});

describe("signals", () => {
  it.each([["1"], ["2"]])(
    "SIGTERM mid-batch with --jobs %s: the process dies of it, no temporary file is left, written outputs are whole",
    async (jobs) => {
      await withDir("signal", async (dir) => {
        const inputs: string[] = [];
        for (let i = 0; i < 20; i++) {
          const input = path.join(dir, `piano-${String(i).padStart(2, "0")}.xlsx`);
          copyFileSync(ALBERO, input);
          inputs.push(input);
        }
        const bin = path.join(__dirname, "..", "..", "bin", "perf-kpi.js");
        const child = spawn(
          process.execPath,
          [
            bin,
            "recompute",
            ...inputs,
            "-o",
            path.join(dir, "out"),
            "--jobs",
            jobs,
            ...ALBERO_ARGS,
          ],
          {
            env: { ...process.env, PERF_KPI_FROM_SOURCE: "1" },
            stdio: ["ignore", "ignore", "pipe"],
          }
        );
        let stderr = "";
        const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
          (resolve) => child.on("exit", (code, signal) => resolve({ code, signal }))
        );
        child.stderr.on("data", (chunk: Buffer) => {
          stderr += chunk.toString();
          if (stderr.includes("[4/20]") && !child.killed) child.kill("SIGTERM");
        });
        const { signal } = await ended;
        expect(signal).toBe("SIGTERM");
        const left = readdirSync(path.join(dir, "out"));
        expect(left.filter((name) => name.endsWith(".tmp"))).toEqual([]);
        expect(left.length).toBeLessThan(20);
        for (const name of left) {
          const workbook = new ExcelJS.Workbook();
          await workbook.xlsx.readFile(path.join(dir, "out", name));
          expect(workbook.getWorksheet("Verifica")).toBeDefined();
        }
      });
    },
    120_000
  );

  it("SIGINT while a temporary file is open: the handler removes it, then the process dies of SIGINT", async () => {
    await withDir("sigint", async (dir) => {
      const temporary = path.join(dir, ".out.xlsx.tmp");
      const module = path.join(__dirname, "..", "..", "src", "cli", "temp-files.ts");
      // A process that, like a write in progress, holds a registered temporary file when the signal comes.
      const script = `
        const { trackTemporary, installSignalCleanup } = require(${JSON.stringify(module)});
        require("fs").writeFileSync(${JSON.stringify(temporary)}, "half a workbook");
        trackTemporary(${JSON.stringify(temporary)});
        installSignalCleanup();
        process.stdout.write("ready\\n");
        setTimeout(() => process.exit(0), 20000);`;
      const child = spawn(
        process.execPath,
        ["-r", "ts-node/register/transpile-only", "-e", script],
        {
          stdio: ["ignore", "pipe", "inherit"],
        }
      );
      const ended = new Promise<NodeJS.Signals | null>((resolve) =>
        child.on("exit", (_code, signal) => resolve(signal))
      );
      child.stdout.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes("ready")) child.kill("SIGINT");
      });
      expect(await ended).toBe("SIGINT");
      expect(readdirSync(dir)).toEqual([]);
    });
  });
});

describe("a protected plan sheet", () => {
  it("is not written, as the task pane would not (exit 5, nothing written); --check still reads it", async () => {
    await withDir("protected", async (dir) => {
      const { unzipSync, zipSync, strFromU8, strToU8 } = await import("fflate");
      const parts = unzipSync(new Uint8Array(readFileSync(ALBERO)));
      const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"] ?? new Uint8Array());
      parts["xl/worksheets/sheet1.xml"] = strToU8(
        sheet.replace(
          "</sheetData>",
          '</sheetData><sheetProtection sheet="1" objects="1" scenarios="1"/>'
        )
      );
      const file = path.join(dir, "protetto.xlsx");
      writeFileSync(file, zipSync(parts));
      const result = await run(["recompute", file, ...ALBERO_ARGS]);
      expect(result.code).toBe(ExitCode.cannotWrite);
      expect(result.stderr).toMatch(
        /il foglio "Albero 2024" è protetto: nessun file è stato scritto/
      );
      expect(readdirSync(dir)).toEqual(["protetto.xlsx"]);
      const check = await run(["recompute", file, "--check", ...ALBERO_ARGS]);
      expect(check.code).toBe(ExitCode.findings);
    });
  });
});
