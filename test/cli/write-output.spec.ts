import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { ExitCode } from "../../src/cli/exit-codes";
import {
  defaultOutputName,
  resolveOutputs,
  writeTextFile,
  writeWorkbookFile,
} from "../../src/cli/write-output";
import { makeTempDir } from "./cli-test-helpers";

describe("defaultOutputName", () => {
  it.each([
    ["piani/piano-2024.xlsx", "piano-2024.ricalcolato.xlsx"],
    ["Relazione 2021.XLSX", "Relazione 2021.ricalcolato.xlsx"],
    ["senza-estensione", "senza-estensione.ricalcolato.xlsx"],
  ])("%s → %s", (input, expected) => {
    expect(defaultOutputName(input)).toBe(expected);
  });
});

describe("resolveOutputs", () => {
  it("puts outputs beside their inputs without -o, never on the input itself", async () => {
    const outputs = await resolveOutputs(["a/piano.xlsx", "b/piano.xlsx"], null);
    expect(outputs.ok && outputs.value).toEqual([
      path.join("a", "piano.ricalcolato.xlsx"),
      path.join("b", "piano.ricalcolato.xlsx"),
    ]);
  });

  it("takes -o as the file for one input, or as a directory when it is one", async () => {
    const { dir, cleanup } = makeTempDir("resolve");
    try {
      const asFile = await resolveOutputs(["piano.xlsx"], path.join(dir, "fuori.xlsx"));
      expect(asFile.ok && asFile.value).toEqual([path.join(dir, "fuori.xlsx")]);
      const asDir = await resolveOutputs(["x/piano.xlsx"], dir);
      expect(asDir.ok && asDir.value).toEqual([path.join(dir, "piano.ricalcolato.xlsx")]);
    } finally {
      cleanup();
    }
  });

  it("creates the -o directory for several inputs and refuses two inputs with the same name", async () => {
    const { dir, cleanup } = makeTempDir("resolve");
    try {
      const target = path.join(dir, "uscite");
      const outputs = await resolveOutputs(["a.xlsx", "b.xlsx"], target);
      expect(outputs.ok && outputs.value).toEqual([
        path.join(target, "a.ricalcolato.xlsx"),
        path.join(target, "b.ricalcolato.xlsx"),
      ]);
      expect(existsSync(target)).toBe(true);
      const clash = await resolveOutputs(["x/a.xlsx", "y/a.xlsx"], target);
      expect(!clash.ok && clash.error.exitCode).toBe(ExitCode.usage);
      writeFileSync(path.join(dir, "file.txt"), "x");
      const notDir = await resolveOutputs(["a.xlsx", "b.xlsx"], path.join(dir, "file.txt"));
      expect(!notDir.ok && notDir.error.message).toMatch(/deve essere una cartella/);
    } finally {
      cleanup();
    }
  });
});

describe("writing outputs", () => {
  it("writes a workbook and a text file whole, leaving no temporary file", async () => {
    const { dir, cleanup } = makeTempDir("write");
    try {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet("Piano").getCell("A1").value = "Obiettivo";
      const saved = await writeWorkbookFile(workbook, path.join(dir, "out.xlsx"));
      expect(saved.ok).toBe(true);
      await writeTextFile(path.join(dir, "r.json"), "{}\n");
      expect(readdirSync(dir).sort()).toEqual(["out.xlsx", "r.json"]);
      expect(readFileSync(path.join(dir, "r.json"), "utf8")).toBe("{}\n");
    } finally {
      cleanup();
    }
  });

  it("reports a write failure with exit code 5 and removes the temporary file", async () => {
    const { dir, cleanup } = makeTempDir("write");
    try {
      mkdirSync(path.join(dir, "out.xlsx")); // a directory where the file should go: rename fails
      const saved = await writeTextFile(path.join(dir, "out.xlsx"), "x");
      expect(!saved.ok && saved.error.exitCode).toBe(ExitCode.cannotWrite);
      expect(readdirSync(dir)).toEqual(["out.xlsx"]);
      const missingDir = await writeTextFile(path.join(dir, "manca", "r.json"), "x");
      expect(!missingDir.ok && missingDir.error.message).toMatch(/impossibile scrivere/);
    } finally {
      cleanup();
    }
  });
});
