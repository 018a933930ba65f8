/**
 * Every setting on the command line: an option for each, read by the core's settings model, and
 * --settings FILE with the JSON the task pane saves (options win over the file).
 */
import { writeFileSync } from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import { ExitCode } from "../../src/cli/exit-codes";
import { parseCommandLine, type RecomputeOptions } from "../../src/cli/parse-args";
import type { JsonReport } from "../../src/cli/report-json";
import { collectingIo, FIXTURES, makeTempDir } from "../support/doubles/cli-io";

jest.setTimeout(60_000);

function options(argv: string[]): RecomputeOptions {
  const parsed = parseCommandLine(["recompute", "p.xlsx", ...argv]);
  if (!parsed.ok) throw new Error(parsed.error.text.en);
  if (parsed.value.kind !== "recompute") throw new Error("not a recompute command");
  return parsed.value.options;
}

describe("setting options", () => {
  it("reads every setting option through the settings model", () => {
    expect(
      options([
        "--ceiling",
        "150%",
        "--cap",
        "no",
        "--step-scale",
        "100%: 100%; 90%: 80%",
        "--rollup",
        "minimo",
        "--child-weight",
        "25",
        "--missing-actual",
        "zero",
        "--early-days",
        "15",
        "--date-ladder",
        "10: 95%",
        "--legend",
        "90%; 70%",
        "--legend-bands",
        "> 80% #C6EFCE; <= 80% #FFC7CE",
        "--legend-from-sheet",
        "no",
        "--use-validated",
        "no",
        "--period",
        "Consuntivo al 30/06/2024",
        "--settings",
        "s.json",
      ])
    ).toMatchObject({
      settingsFile: "s.json",
      settings: {
        ceiling: 1.5,
        capAtOne: false,
        stepScale: [
          { from: 1, score: 1 },
          { from: 0.9, score: 0.8 },
        ],
        rollup: "minimum",
        childWeight: 0.25,
        missingActual: "zero",
        earlyDays: 15,
        dateLadder: [{ maxDaysLate: 10, performance: 0.95 }],
        legend: { greenAbove: 0.9, yellowFrom: 0.7 },
        legendBands: [
          expect.objectContaining({ min: 0.8, minInclusive: false, fill: "#C6EFCE" }),
          expect.objectContaining({ max: 0.8, maxInclusive: true, fill: "#FFC7CE" }),
        ],
        legendFromSheet: false,
        useValidated: false,
        period: "Consuntivo al 30/06/2024",
      },
    });
  });

  it("accepts the new methods", () => {
    expect(options(["--method", "soglia"]).method).toBe("threshold");
    expect(options(["--method", "scaglioni"]).method).toBe("steps");
  });

  it.each([
    [["--ceiling", "90%"], "--ceiling: Impostazione «Tetto con eccellenza»"],
    [["--step-scale", "100%: 100%; 90%-95%: 80%"], "non cadono in nessuno scaglione"],
    [["--early-days", "tanti"], "--early-days"],
    [["--plan-year", "2150"], "dal 1990 al 2100"],
  ])("refuses %j with exit code 2 and the model's message", (argv, words) => {
    const parsed = parseCommandLine(["recompute", "p.xlsx", ...argv]);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.exitCode).toBe(ExitCode.usage);
      expect(parsed.error.text.it).toContain(words);
      expect(parsed.error.text.en).not.toBe(parsed.error.text.it);
    }
  });
});

describe("--settings FILE", () => {
  const albero = path.join(FIXTURES, "albero-2024.xlsx");

  async function run(settings: unknown, extra: string[] = []) {
    const { dir, cleanup } = makeTempDir("settings");
    try {
      const file = path.join(dir, "impostazioni.json");
      writeFileSync(file, typeof settings === "string" ? settings : JSON.stringify(settings));
      const io = collectingIo();
      const code = await main(
        ["recompute", albero, "--check", "--json", "-", "--settings", file, ...extra],
        io
      );
      return { code, io };
    } finally {
      cleanup();
    }
  }

  it("takes the JSON the pane saves, and gives what the same options give", async () => {
    const fromFile = await run({
      version: 1,
      method: "binary",
      planYear: 2024,
      asOf: "2026-01-31",
    });
    const io = collectingIo();
    const fromOptions = await main(
      [
        "recompute",
        albero,
        "--check",
        "--json",
        "-",
        "--method",
        "binario",
        "--plan-year",
        "2024",
        "--as-of",
        "2026-01-31",
      ],
      io
    );
    expect(fromFile.code).toBe(fromOptions);
    const a = JSON.parse(fromFile.io.stdout.text) as JsonReport;
    const b = JSON.parse(io.stdout.text) as JsonReport;
    expect(a.sheets[0]?.settings).toEqual({ method: "binary", planYear: 2024, asOf: "2026-01-31" });
    expect(a.sheets.map((s) => s.rows)).toEqual(b.sheets.map((s) => s.rows));
  });

  it("lets an option win over the file", async () => {
    const { io } = await run({ method: "binario", planYear: 2024, asOf: "2026-01-31" }, [
      "--method",
      "proporzionale",
    ]);
    const report = JSON.parse(io.stdout.text) as JsonReport;
    expect(report.sheets[0]?.settings.method).toBe("proportional");
  });

  it("refuses a file with a bad field, naming it (exit 2)", async () => {
    const { code, io } = await run({ method: "binario", planYear: 24 });
    expect(code).toBe(ExitCode.usage);
    expect(io.stderr.text).toContain("Anno del piano");
    expect(io.stderr.text).toContain("Plan year");
    expect(io.stdout.text).toBe("");
  });

  it("refuses a file that is not JSON, or that is missing (exit 2)", async () => {
    expect((await run("{method")).code).toBe(ExitCode.usage);
    const io = collectingIo();
    const code = await main(["recompute", albero, "--check", "--settings", "/nessuno/x.json"], io);
    expect(code).toBe(ExitCode.usage);
    expect(io.stderr.text).toContain("impossibile leggere");
  });
});
