/**
 * The repository's OOXML validator: found in the repository (or where $OOXML_VALIDATOR says),
 * validating against the vendored schemas, and failing with what to install when a program it
 * needs is missing, never skipping.
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { FIXTURES, makeTempDir } from "../doubles/cli-io";
import { validateOoxml, validatorProblem, validatorScript } from "./validator";

jest.setTimeout(60_000);
const ALBERO = path.join(FIXTURES, "albero-2024.xlsx");

describe("where the validator is", () => {
  it("is the repository's copy unless OOXML_VALIDATOR names another", () => {
    expect(validatorScript({})).toBe(path.join(__dirname, "validate-ooxml.sh"));
    expect(existsSync(validatorScript({}))).toBe(true);
    expect(validatorScript({ OOXML_VALIDATOR: "/opt/other/validate-ooxml.sh" })).toBe(
      "/opt/other/validate-ooxml.sh"
    );
  });

  it("says which variable named a script that does not exist", () => {
    expect(validatorProblem({ OOXML_VALIDATOR: "/nowhere/validate-ooxml.sh" }, () => true)).toBe(
      "OOXML_VALIDATOR=/nowhere/validate-ooxml.sh: il file non esiste / the file does not exist."
    );
  });
});

describe("what it needs", () => {
  const without =
    (...absent: string[]) =>
    (command: string): boolean =>
      !absent.includes(command);

  it("runs when bash, python3 and xmllint are there", () => {
    expect(validatorProblem({}, without())).toBeUndefined();
  });

  it("names xmllint and its Debian package when xmllint is missing", () => {
    const problem = validatorProblem({}, without("xmllint")) ?? "";
    expect(problem).toMatch(/^il validatore OOXML non può girare .* manca \/ missing xmllint\. /);
    expect(problem).toContain("apt-get install libxml2-utils");
    expect(problem).not.toContain("python3");
  });

  it("names every missing program, python3 first", () => {
    const problem = validatorProblem({}, without("xmllint", "python3")) ?? "";
    expect(problem).toContain("manca / missing python3, xmllint.");
    expect(problem).toContain("apt-get install python3");
    expect(problem).toContain("apt-get install libxml2-utils");
  });

  it("rejects, rather than skipping, when it cannot run", async () => {
    const saved = process.env.OOXML_VALIDATOR;
    process.env.OOXML_VALIDATOR = "/nowhere/validate-ooxml.sh";
    try {
      await expect(validateOoxml([ALBERO])).rejects.toThrow(
        "OOXML_VALIDATOR=/nowhere/validate-ooxml.sh: il file non esiste"
      );
    } finally {
      if (saved === undefined) delete process.env.OOXML_VALIDATOR;
      else process.env.OOXML_VALIDATOR = saved;
    }
  });
});

describe("the repository's copy", () => {
  it("validates a clean workbook against the vendored schemas", async () => {
    const { code, stdout, stderr } = await validateOoxml([ALBERO]);
    expect(stderr).not.toMatch(/XSD validation skipped/);
    expect(stdout).toContain("xl/worksheets/sheet1.xml (sml.xsd)");
    expect(stdout).toContain("xl/theme/theme1.xml (dml-main.xsd)");
    expect(stdout).toContain("docProps/core.xml (opc-coreProperties.xsd)");
    expect(stdout).toMatch(/OK: 0 schema error\(s\), 0 Excel-rule error\(s\), 0 warning\(s\)/);
    expect(code).toBe(0);
  });

  it("fails a sheet the schema forbids (an element sml.xsd does not have)", async () => {
    const { dir, cleanup } = makeTempDir("validator");
    try {
      const parts = unzipSync(new Uint8Array(readFileSync(ALBERO)));
      const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"] ?? new Uint8Array());
      expect(sheet).toContain("</sheetData>");
      parts["xl/worksheets/sheet1.xml"] = strToU8(
        sheet.replace("</sheetData>", "</sheetData><notInTheSchema/>")
      );
      const broken = path.join(dir, "broken.xlsx");
      writeFileSync(broken, zipSync(parts));
      const { code, stdout } = await validateOoxml(["-q", broken]);
      expect(stdout).toMatch(/SCHEMA {2}xl\/worksheets\/sheet1\.xml:\d+ .*notInTheSchema/);
      expect(code).toBe(1);
    } finally {
      cleanup();
    }
  });
});
