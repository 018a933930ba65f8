import {
  chmodSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  promises as fsPromises,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "fs";
import * as path from "path";
import { ExitCode } from "../../src/cli/exit-codes";
import {
  defaultOutputName,
  resolveOutputs,
  writeTextFile,
  writeWorkbookBytes,
} from "../../src/cli/write-output";
import { makeTempDir } from "../support/doubles/cli-io";

describe("defaultOutputName", () => {
  it.each([
    ["piani/piano-2024.xlsx", "piano-2024.ricalcolato.xlsx"],
    ["Relazione 2021.XLSX", "Relazione 2021.ricalcolato.xlsx"],
    ["senza-estensione", "senza-estensione.ricalcolato.xlsx"],
    ["macro/Piano.xlsm", "Piano.ricalcolato.xlsm"],
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

  it("creates the -o directory for several inputs, refusing a file there", async () => {
    const { dir, cleanup } = makeTempDir("resolve");
    try {
      const target = path.join(dir, "uscite");
      const outputs = await resolveOutputs(["a.xlsx", "b.xlsx"], target);
      expect(outputs.ok && outputs.value).toEqual([
        path.join(target, "a.ricalcolato.xlsx"),
        path.join(target, "b.ricalcolato.xlsx"),
      ]);
      expect(existsSync(target)).toBe(true);
      writeFileSync(path.join(dir, "file.txt"), "x");
      const notDir = await resolveOutputs(["a.xlsx", "b.xlsx"], path.join(dir, "file.txt"));
      expect(!notDir.ok && notDir.error.text.it).toMatch(/deve essere una cartella/);
    } finally {
      cleanup();
    }
  });
});

describe("writing outputs", () => {
  it("writes a workbook and a text file whole, leaving no temporary file", async () => {
    const { dir, cleanup } = makeTempDir("write");
    try {
      const saved = await writeWorkbookBytes(Buffer.from("PK zip"), path.join(dir, "out.xlsx"));
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
      expect(!missingDir.ok && missingDir.error.text.it).toMatch(/impossibile scrivere/);
    } finally {
      cleanup();
    }
  });
});

describe("overwriting an existing file", () => {
  it("keeps the replaced file's permission bits (0640 stays 0640, not the umask's 0644)", async () => {
    const { dir, cleanup } = makeTempDir("mode");
    try {
      const target = path.join(dir, "out.xlsx");
      writeFileSync(target, "old");
      chmodSync(target, 0o640);
      expect((await writeWorkbookBytes(Buffer.from("new"), target)).ok).toBe(true);
      expect(statSync(target).mode & 0o777).toBe(0o640);
      expect(readFileSync(target, "utf8")).toBe("new");
    } finally {
      cleanup();
    }
  });

  it("keeps hard links: every name of the file sees the new content, the inode is the same", async () => {
    const { dir, cleanup } = makeTempDir("links");
    try {
      const target = path.join(dir, "out.xlsx");
      const other = path.join(dir, "altro-nome.xlsx");
      writeFileSync(target, "old content, longer than the new one");
      linkSync(target, other);
      const inode = statSync(target).ino;
      expect((await writeWorkbookBytes(Buffer.from("new"), target)).ok).toBe(true);
      expect(readFileSync(other, "utf8")).toBe("new");
      expect(statSync(target).ino).toBe(inode);
      expect(statSync(target).nlink).toBe(2);
      expect(readdirSync(dir).sort()).toEqual(["altro-nome.xlsx", "out.xlsx"]);
    } finally {
      cleanup();
    }
  });

  it("writes through a symbolic link, which stays a link", async () => {
    const { dir, cleanup } = makeTempDir("symlink");
    try {
      const real = path.join(dir, "vero.xlsx");
      const link = path.join(dir, "link.xlsx");
      writeFileSync(real, "old");
      symlinkSync(real, link);
      expect((await writeWorkbookBytes(Buffer.from("new"), link)).ok).toBe(true);
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      expect(readFileSync(real, "utf8")).toBe("new");
    } finally {
      cleanup();
    }
  });

  it("flushes the temporary file to disk (fsync) before renaming it over the target", async () => {
    const { dir, cleanup } = makeTempDir("fsync");
    const probe = await fsPromises.open(path.join(dir, "probe"), "w");
    const handlePrototype = Object.getPrototypeOf(probe) as { sync: () => Promise<void> };
    await probe.close();
    const sync = jest.spyOn(handlePrototype, "sync");
    const rename = jest.spyOn(fsPromises, "rename");
    try {
      expect((await writeWorkbookBytes(Buffer.from("x"), path.join(dir, "out.xlsx"))).ok).toBe(
        true
      );
      expect(sync).toHaveBeenCalled();
      expect(rename).toHaveBeenCalledTimes(1);
      expect(sync.mock.invocationCallOrder[0]).toBeLessThan(rename.mock.invocationCallOrder[0]);
    } finally {
      sync.mockRestore();
      rename.mockRestore();
      cleanup();
    }
  });
});
