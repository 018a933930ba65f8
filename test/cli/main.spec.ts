/**
 * The command line end to end, in-process through main(argv, io), and once as a real child process
 * through bin/perf-kpi.js: golden figures on both fixtures, the output workbook, idempotency,
 * --check, several files, and every bad input with its exit code, message and no leftover file.
 */
import { execFile } from "child_process";
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { promisify } from "util";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { ExitCode } from "../../src/cli/exit-codes";
import type { JsonReport } from "../../src/cli/report-json";
import { DEFAULT_DATE_LADDER } from "../../src/core/settings";
import { collectingIo, FIXTURES, makeTempDir } from "../support/doubles/cli-io";

jest.setTimeout(60_000);

interface ExpectedFixture {
  settings: { method: string; planYear: number; asOf: number; dateLadder?: [number, number][] };
  rows: {
    row: number;
    kind: string;
    code?: string;
    kpiCode?: string;
    kpi?: number | null;
    objective?: number | null;
    metaActual?: number | null;
    band: string | null;
  }[];
}

const FIXTURE_ARGS: Record<string, string[]> = {
  "albero-2024": ["--method", "binary", "--plan-year", "2024", "--as-of", "2026-01-31"],
  "relazione-2021": ["--method", "proportional", "--plan-year", "2021", "--as-of", "2026-01-31"],
};

/** The audit findings domain.md §8 lists for each fixture: row, and the codes accepted for it. */
const SEED_FINDINGS: Record<string, [number, string[]][]> = {
  "relazione-2021": [
    [45, ["PUBLISHED_MISMATCH"]], // KPI144: 80,50% computed, 80,10% published
    [22, ["PUBLISHED_MISMATCH"]], // KP132 meta-KPI published 100%
    [28, ["PUBLISHED_MISMATCH"]], // KP1376 meta-KPI published 100%
    [131, ["PUBLISHED_MISMATCH"]], // C.1.2.9: 88,75% computed, 85,00% published
    [131, ["WEIGHTS_NOT_100"]], // C.1.2.9: weights add up to 80%
    [88, ["PUBLISHED_MISMATCH"]], // KPI267: 82,25% computed, 84,42% published
    [79, ["MISSING_PARENT"]], // B.2.1.3 without B.2.1
  ],
  "albero-2024": [
    [80, ["UNIT_MISMATCH"]], // target 1,00% against actual 0,69
    [47, ["BLANK_ACTUAL_NOT_ACHIEVED", "PUBLISHED_MISMATCH"]], // A.6: deadline passed, published blank
    [30, ["ZERO_WEIGHT"]], // A.4.1: weight 0% and N.V.
  ],
};

const readExpected = (fixture: string): ExpectedFixture =>
  JSON.parse(
    readFileSync(path.join(FIXTURES, `${fixture}.expected.json`), "utf8")
  ) as ExpectedFixture;

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

async function recompute(argv: string[]) {
  const io = collectingIo();
  const code = await main(argv, io);
  return { code, stdout: io.stdout.text, stderr: io.stderr.text };
}

/** Every cell of a sheet as address → JSON of its formula, value (a formula's cached result) and number format. */
function cellMap(sheet: ExcelJS.Worksheet): Map<string, string> {
  const cells = new Map<string, string>();
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      const isFormula = cell.type === ExcelJS.ValueType.Formula;
      cells.set(
        cell.address,
        JSON.stringify([
          isFormula ? cell.formula : null,
          isFormula ? cell.result : cell.value,
          cell.numFmt ?? null,
        ])
      );
    })
  );
  return cells;
}

type StoredFormatting = { ref: string; rules: { formulae?: string[] }[] };
const formattings = (sheet: ExcelJS.Worksheet): StoredFormatting[] =>
  (sheet as unknown as { conditionalFormattings: StoredFormatting[] }).conditionalFormattings;

describe("perf-kpi recompute on the fixtures (golden)", () => {
  it("uses the default date ladder the 2021 fixture was computed with", () => {
    const ladder = readExpected("relazione-2021").settings.dateLadder;
    expect(DEFAULT_DATE_LADDER.map((step) => [step.maxDaysLate, step.performance])).toEqual(ladder);
  });

  it.each(Object.keys(FIXTURE_ARGS))(
    "%s: JSON rows equal the expected figures and the findings hold every seed item",
    async (fixture) => {
      const { dir, cleanup } = makeTempDir("golden");
      try {
        const json = path.join(dir, "report.json");
        const input = path.join(FIXTURES, `${fixture}.xlsx`);
        const result = await recompute([
          "recompute",
          input,
          "-o",
          path.join(dir, "out.xlsx"),
          "--json",
          json,
          ...FIXTURE_ARGS[fixture],
        ]);
        expect(result.stderr).toBe("");
        expect(result.code).toBe(ExitCode.ok);

        const expected = readExpected(fixture);
        const report = JSON.parse(readFileSync(json, "utf8")) as JsonReport;
        expect(report.sheets).toHaveLength(1);
        const [sheet] = report.sheets;
        expect(sheet.file).toBe(input);
        expect(sheet.settings).toEqual({
          method: expected.settings.method,
          planYear: expected.settings.planYear,
          asOf: "2026-01-31",
        });

        expect(sheet.rows.map((row) => [row.row, row.kind])).toEqual(
          expected.rows.map((row) => [row.row, row.kind])
        );
        const close = (actual: number | null, wanted: number | null | undefined): boolean =>
          (wanted ?? null) === null
            ? actual === null
            : actual !== null && Math.abs(actual - (wanted as number)) <= 1e-4;
        const differences = sheet.rows.flatMap((row, index) => {
          const want = expected.rows[index];
          const wrong: string[] = [];
          if (!close(row.kpi, want.kpi)) wrong.push(`kpi ${row.kpi} ≠ ${want.kpi}`);
          if (!close(row.objective, want.objective))
            wrong.push(`objective ${row.objective} ≠ ${want.objective}`);
          if (!close(row.metaActual, want.metaActual))
            wrong.push(`metaActual ${row.metaActual} ≠ ${want.metaActual}`);
          if (row.band !== want.band) wrong.push(`band ${row.band} ≠ ${want.band}`);
          if (row.kind !== "kpi" && row.code !== want.code)
            wrong.push(`code ${row.code} ≠ ${want.code}`);
          if (want.kpiCode !== undefined && row.kpiCode !== want.kpiCode)
            wrong.push(`kpiCode ${row.kpiCode} ≠ ${want.kpiCode}`);
          return wrong.length > 0 ? [`row ${row.row}: ${wrong.join(", ")}`] : [];
        });
        expect(differences).toEqual([]);

        const missing = SEED_FINDINGS[fixture].filter(
          ([row, codes]) =>
            !sheet.findings.some((finding) => finding.row === row && codes.includes(finding.code))
        );
        expect(missing).toEqual([]);
        for (const finding of sheet.findings) {
          expect(Object.keys(finding)).toEqual([
            "row",
            "column",
            "code",
            "message",
            "messageEn",
            "published",
            "computed",
          ]);
          expect(finding.column).toMatch(/^[A-Z]+$/);
        }
      } finally {
        cleanup();
      }
    }
  );
});

describe("the output workbook", () => {
  it("holds the computed values, band rules, legend and Verifica sheet, and keeps everything else", async () => {
    const { dir, cleanup } = makeTempDir("output");
    try {
      // A copy of the 2021 fixture with an extra sheet and a style to keep.
      const input = path.join(dir, "piano.xlsx");
      const source = await readWorkbook(path.join(FIXTURES, "relazione-2021.xlsx"));
      source.addWorksheet("Note del revisore").getCell("B2").value = "Da rivedere a marzo";
      source.worksheets[0].getCell("A1").font = { bold: true, size: 16 };
      await source.xlsx.writeFile(input);

      const result = await recompute(["recompute", input, ...FIXTURE_ARGS["relazione-2021"]]);
      expect(result.code).toBe(ExitCode.ok);
      const output = path.join(dir, "piano.ricalcolato.xlsx");
      expect(result.stdout).toContain(`Scritto / written: ${output}`);
      expect(readdirSync(dir).sort()).toEqual(["piano.ricalcolato.xlsx", "piano.xlsx"]);

      const before = await readWorkbook(input);
      const after = await readWorkbook(output);
      expect(after.worksheets.map((ws) => ws.name)).toEqual([
        "Piano 2021",
        "Note del revisore",
        "Verifica",
      ]);
      const plan = after.getWorksheet("Piano 2021") as ExcelJS.Worksheet;
      const original = before.getWorksheet("Piano 2021") as ExcelJS.Worksheet;

      expect(plan.getCell("I45").value).toBeCloseTo(0.805, 9); // KPI144
      expect(plan.getCell("I45").numFmt).toMatch(/%/);
      expect(plan.getCell("A1").font).toMatchObject({ bold: true, size: 16 });
      expect(plan.columns.map((column) => column.width)).toEqual(
        original.columns.map((column) => column.width)
      );
      expect(plan.model.merges).toEqual(expect.arrayContaining(["F3:G3"]));
      expect(after.getWorksheet("Note del revisore")?.getCell("B2").value).toBe(
        "Da rivedere a marzo"
      );

      // Input cells never change: only the performance columns, the actuals of meta-KPIs (their
      // actual is the roll-up of the child objectives) and the legend block may differ.
      const report = JSON.parse(
        (
          await recompute([
            "recompute",
            input,
            "--check",
            "--json",
            "-",
            ...FIXTURE_ARGS["relazione-2021"],
          ])
        ).stdout
      ) as JsonReport;
      const metaActualCells = report.sheets[0].rows
        .filter((row) => row.metaActual !== null)
        .map((row) => `H${row.row}`);
      expect(metaActualCells).toContain("H28");
      const derived = (address: string): boolean =>
        /^[IJ]\d+$/.test(address) || metaActualCells.includes(address);
      const originalCells = cellMap(original);
      const afterCells = cellMap(plan);
      const changed = [...originalCells].filter(
        ([address, value]) => !derived(address) && afterCells.get(address) !== value
      );
      expect(changed).toEqual([]);
      // New cells outside the performance columns belong to the legend block, below the table.
      const added = [...afterCells.keys()].filter(
        (address) => !derived(address) && !originalCells.has(address)
      );
      expect(added.length).toBeGreaterThan(0);
      for (const address of added)
        expect(Number(/\d+$/.exec(address)?.[0])).toBeGreaterThan(original.rowCount);
      expect(added.some((address) => /Legenda/.test(plan.getCell(address).text))).toBe(true);

      const rules = formattings(plan);
      expect(rules).toHaveLength(1);
      expect(rules[0].rules).toHaveLength(3);

      const audit = after.getWorksheet("Verifica") as ExcelJS.Worksheet;
      expect(audit.actualRowCount).toBe(report.sheets[0].findings.length + 1);
      const link = audit.getCell("B2").value as ExcelJS.CellFormulaValue;
      expect(link.formula).toMatch(/^HYPERLINK\("#'Piano 2021'!/);
    } finally {
      cleanup();
    }
  });

  it("keeps data validations, notes, defined names, frozen panes, the print area, user formulas and tables", async () => {
    const { dir, cleanup } = makeTempDir("keep");
    try {
      const input = path.join(dir, "piano.xlsx");
      const source = await readWorkbook(path.join(FIXTURES, "albero-2024.xlsx"));
      const sheet = source.worksheets[0];
      sheet.getCell("C6").dataValidation = {
        type: "decimal",
        operator: "between",
        formulae: [0, 1],
        allowBlank: true,
      };
      sheet.getCell("B6").note = "Nota del revisore";
      source.definedNames.add("'Albero 2024'!$A$3:$H$148", "Piano");
      sheet.views = [{ state: "frozen", ySplit: 3 }];
      sheet.pageSetup.printArea = "A1:H148";
      sheet.getCell("A2").value = { formula: "COUNTA(B4:B148)", result: 99 };
      source.addWorksheet("Tabella").addTable({
        name: "Pesi",
        ref: "A1",
        headerRow: true,
        columns: [{ name: "Area" }, { name: "Peso" }],
        rows: [
          ["A", 0.5],
          ["B", 0.5],
        ],
      });
      await source.xlsx.writeFile(input);

      expect((await recompute(["recompute", input, ...FIXTURE_ARGS["albero-2024"]])).code).toBe(
        ExitCode.ok
      );
      const after = await readWorkbook(path.join(dir, "piano.ricalcolato.xlsx"));
      const plan = after.worksheets[0];
      expect(plan.getCell("C6").dataValidation).toMatchObject({
        type: "decimal",
        formulae: [0, 1],
      });
      expect(plan.getCell("B6").note).toBe("Nota del revisore");
      // The user's name is kept; the Verifica sheet's filter range is named as Excel names it.
      expect(after.definedNames.model).toEqual([
        { name: "Piano", ranges: ["'Albero 2024'!$A$3:$H$148"] },
        { name: "_xlnm._FilterDatabase", ranges: ["Verifica!$A$1:$G$17"] },
      ]);
      expect(plan.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
      expect(plan.pageSetup.printArea).toBe("A1:H148");
      expect(plan.getCell("A2").value).toEqual({ formula: "COUNTA(B4:B148)", result: 99 });
      const table = after.getWorksheet("Tabella") as ExcelJS.Worksheet;
      expect(Object.keys((table as unknown as { tables: Record<string, unknown> }).tables)).toEqual(
        ["Pesi"]
      );
      expect(after.worksheets.map((ws) => ws.name)).toEqual(["Albero 2024", "Tabella", "Verifica"]);
    } finally {
      cleanup();
    }
  });

  it.each([
    ["albero-2024", "values"],
    ["relazione-2021", "values"],
    ["albero-2024", "formulas"],
    ["relazione-2021", "formulas"],
  ])(
    "%s, %s mode: recomputing its own output changes no value and adds no second set of rules, legend or Verifica",
    async (fixture, mode) => {
      const { dir, cleanup } = makeTempDir("idempotent");
      try {
        const first = path.join(dir, "first.xlsx");
        const second = path.join(dir, "second.xlsx");
        const args = [...FIXTURE_ARGS[fixture], "--write-mode", mode];
        const input = path.join(FIXTURES, `${fixture}.xlsx`);
        expect((await recompute(["recompute", input, "-o", first, ...args])).code).toBe(0);
        expect((await recompute(["recompute", first, "-o", second, ...args])).code).toBe(0);
        const [once, twice] = [await readWorkbook(first), await readWorkbook(second)];
        expect(twice.worksheets.map((ws) => ws.name)).toEqual(once.worksheets.map((ws) => ws.name));
        const [planOnce, planTwice] = [once.worksheets[0], twice.worksheets[0]];
        expect(cellMap(planTwice)).toEqual(cellMap(planOnce));
        expect(formattings(planTwice)).toEqual(formattings(planOnce));
        expect(formattings(planTwice)).toHaveLength(1);
        // Stored as Excel stores an add-in's JavaScript functions (office-js #5611), never bare.
        if (mode === "formulas") {
          const stored = [...cellMap(planOnce).values()];
          expect(stored.some((cell) => cell.includes("_xldudf_PIANO_PERF_KPI("))).toBe(true);
          expect(stored.some((cell) => /(?<!_xldudf_)PIANO\.PERF_/.test(cell))).toBe(false);
        }
      } finally {
        cleanup();
      }
    }
  );
});

describe("--check and --json", () => {
  it("--check writes nothing and exits 1 when the audit finds something", async () => {
    const { dir, cleanup } = makeTempDir("check");
    try {
      const input = path.join(dir, "relazione.xlsx");
      copyFileSync(path.join(FIXTURES, "relazione-2021.xlsx"), input);
      const result = await recompute([
        "recompute",
        input,
        "--check",
        ...FIXTURE_ARGS["relazione-2021"],
      ]);
      expect(result.code).toBe(ExitCode.findings);
      expect(result.stdout).toMatch(/Rilievi trovati \/ findings: \d+/);
      expect(readdirSync(dir)).toEqual(["relazione.xlsx"]);
    } finally {
      cleanup();
    }
  });

  it("--check exits 0 on a plan whose published figures add up", async () => {
    const { dir, cleanup } = makeTempDir("check");
    try {
      const input = path.join(dir, "pulito.xlsx");
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("Piano 2025");
      sheet.getRow(1).values = [
        "Obiettivo",
        "Indicatore",
        "Peso",
        null,
        "Target",
        "Consuntivo",
        "Performance KPI",
        "Performance Obiettivo",
      ];
      sheet.getRow(2).values = ["A.1 - Semplificazione", null, null, null, null, null, null, 0.9];
      sheet.getRow(3).values = [null, "Pratiche evase", 0.5, ">=", 10, 12, 1];
      sheet.getRow(4).values = [null, "Servizi online", 0.5, ">=", 10, 8, 0.8];
      for (const row of [2, 3, 4]) {
        sheet.getCell(row, 3).numFmt = "0%";
        sheet.getCell(row, 7).numFmt = "0.00%";
        sheet.getCell(row, 8).numFmt = "0.00%";
      }
      await workbook.xlsx.writeFile(input);
      const result = await recompute([
        "recompute",
        input,
        "--check",
        "--plan-year",
        "2025",
        "--as-of",
        "2026-01-31",
      ]);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(ExitCode.ok);
      expect(readdirSync(dir)).toEqual(["pulito.xlsx"]);
    } finally {
      cleanup();
    }
  });

  it("--json - writes the report alone on stdout and moves the summary to stderr", async () => {
    const result = await recompute([
      "recompute",
      path.join(FIXTURES, "albero-2024.xlsx"),
      "--check",
      "--json",
      "-",
      ...FIXTURE_ARGS["albero-2024"],
    ]);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(Object.keys(report)).toEqual(["sheets"]);
    expect(Object.keys(report.sheets[0])).toEqual([
      "file",
      "name",
      "settings",
      "settingSources",
      "columns",
      "period",
      "rows",
      "findings",
    ]);
    expect(Object.keys(report.sheets[0].rows[0])).toEqual([
      "row",
      "kind",
      "code",
      "title",
      "kpiCode",
      "kpi",
      "objective",
      "metaActual",
      "band",
    ]);
    expect(result.stderr).toMatch(/^File\s+Foglio\s+KPI/m);
  });
});

describe("-o naming the input", () => {
  it("overwrites the input only when -o names it explicitly, and the result recomputes to itself", async () => {
    const { dir, cleanup } = makeTempDir("inplace");
    try {
      const input = path.join(dir, "piano.xlsx");
      copyFileSync(path.join(FIXTURES, "albero-2024.xlsx"), input);
      const original = readFileSync(input);
      expect(
        (await recompute(["recompute", input, "-o", input, ...FIXTURE_ARGS["albero-2024"]])).code
      ).toBe(ExitCode.ok);
      expect(readdirSync(dir)).toEqual(["piano.xlsx"]);
      expect(readFileSync(input).equals(original)).toBe(false);
      const workbook = await readWorkbook(input);
      expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Albero 2024", "Verifica"]);
    } finally {
      cleanup();
    }
  });
});

describe("several input files", () => {
  it("writes one output per input into the -o directory, prints progress lines and a summary table", async () => {
    const { dir, cleanup } = makeTempDir("multi");
    try {
      const out = path.join(dir, "uscite");
      const inputs = ["albero-2024.xlsx", "relazione-2021.xlsx"].map((name) =>
        path.join(FIXTURES, name)
      );
      // One at a time: the progress lines come in input order (workers: test/cli/jobs.spec.ts).
      const result = await recompute([
        "recompute",
        ...inputs,
        "-o",
        out,
        "--as-of",
        "2026-01-31",
        "--jobs",
        "1",
      ]);
      expect(result.code).toBe(ExitCode.ok);
      expect(readdirSync(out).sort()).toEqual([
        "albero-2024.ricalcolato.xlsx",
        "relazione-2021.ricalcolato.xlsx",
      ]);
      expect(result.stderr).toBe(
        "perf-kpi: [1/2] albero-2024.xlsx\nperf-kpi: [2/2] relazione-2021.xlsx\n"
      );
      const lines = result.stdout.split("\n");
      expect(lines[0].split(/\s{2,}/)).toEqual([
        "File",
        "Foglio",
        "KPI",
        "Obiettivi",
        "Verdi",
        "Gialli",
        "Rossi",
        "N.V.",
        "Rilievi",
      ]);
      expect(lines[3]).toMatch(/^albero-2024\.xlsx\s+Albero 2024(\s+\d+){7}$/);
      expect(lines[4]).toMatch(/^relazione-2021\.xlsx\s+Piano 2021(\s+\d+){7}$/);
    } finally {
      cleanup();
    }
  });

  it("goes on after a bad file and exits with its code", async () => {
    const { dir, cleanup } = makeTempDir("multi");
    try {
      const bad = path.join(dir, "rotto.xlsx");
      writeFileSync(bad, "non sono un file excel");
      const result = await recompute([
        "recompute",
        bad,
        path.join(FIXTURES, "albero-2024.xlsx"),
        "-o",
        dir,
      ]);
      expect(result.code).toBe(ExitCode.unreadableInput);
      expect(result.stderr).toMatch(/"rotto\.xlsx" non è un file \.xlsx/);
      expect(readdirSync(dir).sort()).toEqual(["albero-2024.ricalcolato.xlsx", "rotto.xlsx"]);
    } finally {
      cleanup();
    }
  });
});

describe("bad input: a clear message, a distinct exit code and no file left behind", () => {
  const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

  async function noLayoutWorkbook(file: string): Promise<void> {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Spese").getRow(1).values = ["Data", "Fornitore", "Importo"];
    await workbook.xlsx.writeFile(file);
  }

  it.each<[string, (dir: string) => Promise<string[]> | string[], number, RegExp, RegExp]>([
    [
      "a missing file",
      (dir) => [path.join(dir, "manca.xlsx")],
      ExitCode.unreadableInput,
      /non esiste/,
      /does not exist/,
    ],
    [
      "a file that is not an xlsx",
      (dir) => {
        writeFileSync(path.join(dir, "piano.xlsx"), "Obiettivo;Peso\nA.1;50%\n");
        return [path.join(dir, "piano.xlsx")];
      },
      ExitCode.unreadableInput,
      /non è un file \.xlsx/,
      /is not an \.xlsx file/,
    ],
    [
      "a password-protected workbook",
      (dir) => {
        writeFileSync(
          path.join(dir, "piano.xlsx"),
          Buffer.concat([OLE, Buffer.alloc(1000), Buffer.from("EncryptionInfo", "utf16le")])
        );
        return [path.join(dir, "piano.xlsx")];
      },
      ExitCode.unreadableInput,
      /protetto da password/,
      /password protected/,
    ],
    [
      "a corrupt zip",
      (dir) => {
        const good = readFileSync(path.join(FIXTURES, "albero-2024.xlsx"));
        writeFileSync(path.join(dir, "piano.xlsx"), good.subarray(0, Math.floor(good.length / 2)));
        return [path.join(dir, "piano.xlsx")];
      },
      ExitCode.unreadableInput,
      /danneggiato/,
      /corrupt/,
    ],
    [
      "a sheet with no recognisable layout",
      async (dir) => {
        await noLayoutWorkbook(path.join(dir, "spese.xlsx"));
        return [path.join(dir, "spese.xlsx")];
      },
      ExitCode.layoutNotFound,
      /nessun foglio con un'intestazione riconoscibile/,
      /no sheet with a recognisable header row/,
    ],
    [
      "a --sheet naming a sheet without the layout",
      async (dir) => {
        await noLayoutWorkbook(path.join(dir, "spese.xlsx"));
        return [path.join(dir, "spese.xlsx"), "--sheet", "Spese"];
      },
      ExitCode.layoutNotFound,
      /Spese/,
      /Spese/,
    ],
    [
      "an unknown --sheet",
      (dir) => {
        copyFileSync(path.join(FIXTURES, "albero-2024.xlsx"), path.join(dir, "piano.xlsx"));
        return [path.join(dir, "piano.xlsx"), "--sheet", "Piano 2030"];
      },
      ExitCode.usage,
      /il foglio non esiste .*"Albero 2024"/,
      /no such sheet/,
    ],
    [
      "an unknown option",
      (dir) => [path.join(dir, "piano.xlsx"), "--colore", "rosso"],
      ExitCode.usage,
      /opzione non valida/,
      /invalid option/,
    ],
    [
      "a bad --as-of",
      (dir) => [path.join(dir, "piano.xlsx"), "--as-of", "31/01/2026"],
      ExitCode.usage,
      /AAAA-MM-GG/,
      /YYYY-MM-DD/,
    ],
    [
      "a bad --plan-year",
      (dir) => [path.join(dir, "piano.xlsx"), "--plan-year", "duemila"],
      ExitCode.usage,
      /--plan-year/,
      /four digits/,
    ],
  ])("%s", async (_, setUp, exitCode, italian, english) => {
    const { dir, cleanup } = makeTempDir("bad");
    try {
      const args = await setUp(dir);
      const before = readdirSync(dir).sort();
      const result = await recompute(["recompute", ...args, "--json", path.join(dir, "r.json")]);
      expect(result.code).toBe(exitCode);
      const [first, second] = result.stderr.split("\n");
      expect(first).toMatch(italian);
      expect(second).toMatch(english);
      expect(readdirSync(dir).sort()).toEqual(before);
    } finally {
      cleanup();
    }
  });

  it("never leaves a temporary file when the output cannot be written", async () => {
    const { dir, cleanup } = makeTempDir("bad");
    try {
      const target = path.join(dir, "manca", "out.xlsx");
      const result = await recompute([
        "recompute",
        path.join(FIXTURES, "albero-2024.xlsx"),
        "-o",
        target,
      ]);
      expect(result.code).toBe(ExitCode.cannotWrite);
      expect(result.stderr).toMatch(/impossibile scrivere/);
      expect(existsSync(path.join(dir, "manca"))).toBe(false);
    } finally {
      cleanup();
    }
  });
});

describe("help", () => {
  it("prints the usage in Italian and English and exits 0", async () => {
    const result = await recompute(["--help"]);
    expect(result.code).toBe(ExitCode.ok);
    expect(result.stdout).toMatch(/^perf-kpi: ricalcola/);
    expect(result.stdout).toMatch(/Usage:\n {2}perf-kpi recompute/);
    expect(result.stdout).toMatch(/Codici di uscita/);
  });
});

describe("bin/perf-kpi.js as a real child process", () => {
  it("runs --check on a fixture and exits 1 with the summary on stdout", async () => {
    const run = promisify(execFile);
    const bin = path.join(__dirname, "..", "..", "bin", "perf-kpi.js");
    const args = [
      bin,
      "recompute",
      path.join(FIXTURES, "relazione-2021.xlsx"),
      "--check",
      ...FIXTURE_ARGS["relazione-2021"],
    ];
    const failure = await run(process.execPath, args, {
      env: { ...process.env, PERF_KPI_FROM_SOURCE: "1" },
    }).then(
      () => null,
      (error: { code: number; stdout: string }) => error
    );
    expect(failure?.code).toBe(ExitCode.findings);
    expect(failure?.stdout).toMatch(/relazione-2021\.xlsx\s+Piano 2021/);
  });
});
