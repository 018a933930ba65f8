/**
 * The OOXML validator every test runs on the workbooks it writes: `validate-ooxml.sh` beside this
 * file (with the schemas it needs in `schemas/`, see `schemas/README.md`), or the script that
 * `$OOXML_VALIDATOR` names. It needs bash, python3 and xmllint; when one is missing the run fails
 * with a message saying what to install (`npm run setup` installs them on Debian and Ubuntu). It
 * never skips.
 */
import { execFile, spawnSync } from "child_process";
import { existsSync } from "fs";
import * as path from "path";

/** The script the tests run: `$OOXML_VALIDATOR`, else the repository's copy. */
export function validatorScript(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env.OOXML_VALIDATOR;
  return chosen !== undefined && chosen !== "" ? chosen : path.join(__dirname, "validate-ooxml.sh");
}

/** What the validator needs and how to get it, Italian first. */
const PREREQUISITES: readonly { command: string; probe: string[]; install: string }[] = [
  {
    command: "bash",
    probe: ["--version"],
    install:
      "installate bash / install bash (Debian/Ubuntu: apt-get install bash; Windows: Git for Windows o WSL / or WSL)",
  },
  {
    command: "python3",
    probe: ["--version"],
    install:
      "installate Python 3 / install Python 3 (Debian/Ubuntu: apt-get install python3, lo fa npm run setup / npm run setup does it; macOS: xcode-select --install o / or brew install python; Windows: winget install Python.Python.3.12)",
  },
  {
    command: "xmllint",
    probe: ["--version"],
    install:
      "installate xmllint / install xmllint (Debian/Ubuntu: apt-get install libxml2-utils, lo fa npm run setup / npm run setup does it; macOS: incluso nel sistema / part of the system, o / or brew install libxml2; Windows: xmllint di libxml2 nel PATH / libxml2's xmllint on the PATH)",
  },
];

/**
 * Why the validator cannot run here, or undefined when it can: a missing script (with the
 * variable that named it) or a missing program, with what to install.
 */
export function validatorProblem(
  env: NodeJS.ProcessEnv = process.env,
  runs: (command: string, args: string[]) => boolean = (command, args) =>
    spawnSync(command, args, { stdio: "ignore", env }).status === 0
): string | undefined {
  const script = validatorScript(env);
  if (!existsSync(script))
    return env.OOXML_VALIDATOR !== undefined && env.OOXML_VALIDATOR !== ""
      ? `OOXML_VALIDATOR=${script}: il file non esiste / the file does not exist.`
      : `${script}: manca il validatore del repository / the repository's validator is missing (git checkout test/support/tools).`;
  const missing = PREREQUISITES.filter(({ command, probe }) => !runs(command, probe));
  if (missing.length === 0) return undefined;
  return `il validatore OOXML non può girare / the OOXML validator cannot run: manca / missing ${missing
    .map(({ command }) => command)
    .join(", ")}. ${missing.map(({ install }) => install).join("; ")}.`;
}

export interface ValidatorRun {
  /** 0 no errors (warnings allowed), 1 errors found. */
  code: 0 | 1;
  stdout: string;
  stderr: string;
}

/**
 * Runs the validator with `args` (options such as `-q`, `-b BASELINE`, then the files). Resolves
 * with its exit code and report when it ran (0 clean, 1 problems found); rejects when it cannot
 * run: a missing prerequisite (what to install), or its exit code 2 (usage or tool problem).
 */
export async function validateOoxml(
  args: readonly string[],
  timeout = 120_000
): Promise<ValidatorRun> {
  const problem = validatorProblem();
  if (problem !== undefined) throw new Error(problem);
  return new Promise((resolve, reject) => {
    execFile(
      "bash",
      [validatorScript(), ...args],
      { timeout, maxBuffer: 64 * 1024 * 1024, encoding: "utf8" },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : error.code;
        if (code === 0 || code === 1) resolve({ code, stdout, stderr });
        else
          reject(
            new Error(
              `validate-ooxml ${args.join(" ")}: ${error?.message ?? ""}\n${stderr}\n${stdout}`
            )
          );
      }
    );
  });
}
