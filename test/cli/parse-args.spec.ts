import { availableParallelism } from "os";
import fc from "fast-check";
import { ExitCode } from "../../src/cli/exit-codes";
import { parseCommandLine, type RecomputeOptions } from "../../src/cli/parse-args";
import { serialFromYmd } from "../../src/core/excel-date";
import type { Bilingual } from "../../src/core";

function options(argv: string[]): RecomputeOptions {
  const parsed = parseCommandLine(argv);
  if (!parsed.ok) throw new Error(parsed.error.text.en);
  if (parsed.value.kind !== "recompute") throw new Error("expected recompute");
  return parsed.value.options;
}

function usageError(argv: string[]): Bilingual {
  const parsed = parseCommandLine(argv);
  if (parsed.ok) throw new Error(`expected a usage error for ${argv.join(" ")}`);
  expect(parsed.error.exitCode).toBe(ExitCode.usage);
  return parsed.error.text;
}

describe("parseCommandLine", () => {
  it("reads a full recompute command", () => {
    expect(
      options([
        "recompute",
        "a.xlsx",
        "b.xlsx",
        "-o",
        "uscite",
        "--json",
        "r.json",
        "--sheet",
        "Piano 2021",
        "--sheet",
        "Albero",
        "--method",
        "binary",
        "--plan-year",
        "2024",
        "--as-of",
        "2026-01-31",
        "--write-mode",
        "formule",
        "--jobs",
        "3",
      ])
    ).toEqual({
      inputs: ["a.xlsx", "b.xlsx"],
      output: "uscite",
      json: "r.json",
      sheets: ["Piano 2021", "Albero"],
      method: "binary",
      planYear: 2024,
      asOf: 46053,
      writeMode: "formulas",
      check: false,
      settingsFile: null,
      settings: {},
      mapping: null,
      jobs: 3,
    });
  });

  it("leaves every setting to the sheet model when no option is given", () => {
    expect(options(["recompute", "piano.xlsx"])).toEqual({
      inputs: ["piano.xlsx"],
      output: null,
      json: null,
      sheets: [],
      method: null,
      planYear: null,
      asOf: null,
      writeMode: null,
      check: false,
      settingsFile: null,
      settings: {},
      mapping: null,
      // --jobs by default: one worker per core the machine offers.
      jobs: Math.min(64, availableParallelism()),
    });
  });

  it.each([["0"], ["-2"], ["2.5"], ["tanti"], ["65"]])("refuses --jobs %s (exit 2)", (raw) => {
    const parsed = parseCommandLine(["recompute", "a.xlsx", `--jobs=${raw}`]);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.exitCode).toBe(ExitCode.usage);
    expect(parsed.error.text.it).toContain("--jobs");
    expect(parsed.error.text.en).toContain("from 1 to 64");
  });

  it("accepts -j 1 (in process)", () => {
    expect(options(["recompute", "a.xlsx", "-j", "1"]).jobs).toBe(1);
  });

  it.each([
    ["proporzionale", "proportional"],
    ["Proportional", "proportional"],
    ["binario", "binary"],
    ["BINARY", "binary"],
  ])("accepts --method %s", (word, method) => {
    expect(options(["recompute", "p.xlsx", "--method", word]).method).toBe(method);
  });

  it("accepts the Italian command name and --check", () => {
    expect(options(["ricalcola", "p.xlsx", "--check"]).check).toBe(true);
  });

  it.each([[[]], [["--help"]], [["-h"]], [["recompute", "--help"]]])(
    "shows the help for %j",
    (argv) => {
      const parsed = parseCommandLine(argv);
      expect(parsed.ok && parsed.value.kind).toBe("help");
    }
  );

  it.each<[string, string[], RegExp]>([
    ["an unknown option", ["recompute", "p.xlsx", "--colori"], /opzione non valida/],
    ["an unknown command", ["ricomputa", "p.xlsx"], /comando sconosciuto/],
    ["no input", ["recompute"], /almeno un file/],
    [
      "an unknown method",
      ["recompute", "p.xlsx", "--method", "lineare"],
      /--method "lineare" non valido/,
    ],
    [
      "a two-digit plan year",
      ["recompute", "p.xlsx", "--plan-year", "24"],
      /--plan-year "24" non valido/,
    ],
    ["a plan year with words", ["recompute", "p.xlsx", "--plan-year", "2024a"], /--plan-year/],
    [
      "an Italian-style --as-of",
      ["recompute", "p.xlsx", "--as-of", "31/01/2026"],
      /--as-of "31\/01\/2026" non valido/,
    ],
    ["an impossible --as-of", ["recompute", "p.xlsx", "--as-of", "2025-02-29"], /AAAA-MM-GG/],
    ["a bad write mode", ["recompute", "p.xlsx", "--write-mode", "colori"], /--write-mode/],
    ["a missing option value", ["recompute", "p.xlsx", "--as-of"], /opzione non valida/],
    [
      "-o with --check",
      ["recompute", "p.xlsx", "--check", "-o", "x.xlsx"],
      /--check non scrive la cartella di lavoro/,
    ],
  ])("refuses %s with exit code 2", (_, argv, message) => {
    const error = usageError(argv);
    expect(error.it).toMatch(message);
    expect(error.en).not.toBe(error.it);
  });

  it("reads every valid --as-of date as the Excel serial of that day", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1901-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z") }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const [year, month, day] = iso.split("-").map(Number);
          expect(options(["recompute", "p.xlsx", "--as-of", iso]).asOf).toBe(
            serialFromYmd(year, month, day)
          );
        }
      )
    );
  });
});
