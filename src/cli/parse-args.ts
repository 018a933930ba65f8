/**
 * The command line, read with node's util.parseArgs: `perf-kpi recompute <in.xlsx>… [options]`.
 * Every mistake becomes a CliError with exit code 2 (usage), in Italian and English.
 */
import { availableParallelism } from "os";
import { parseArgs } from "util";
import {
  type Method,
  ok,
  parseMethod,
  readPlanYear as planYearSetting,
  serialFromYmd,
  SETTING_FIELDS,
  type Settings,
  type WriteMode,
} from "../core";
import { parseColumnMapping, type ColumnMapping } from "../core/sheet";
import type { CliResult } from "./cli-error";
import { cliMessages } from "./messages";

export interface RecomputeOptions {
  readonly inputs: readonly string[];
  /** -o: a file (one input) or a directory (several inputs); null: beside each input. */
  readonly output: string | null;
  /** --json: a file path, "-" for stdout, null for none. */
  readonly json: string | null;
  /** --sheet (repeatable); empty: every recognised sheet. */
  readonly sheets: readonly string[];
  readonly method: Method | null;
  readonly planYear: number | null;
  /** --as-of as an Excel serial. */
  readonly asOf: number | null;
  readonly writeMode: WriteMode | null;
  readonly check: boolean;
  /** --settings: a JSON file of settings, as the task pane saves them; null: none. */
  readonly settingsFile: string | null;
  /** Every other setting given as an option (--ceiling 120%, --step-scale "…", …), read by the core's model. */
  readonly settings: Partial<Settings>;
  /** --mapping: role=letter pairs, or a JSON file to read (main reads it); null: none. */
  readonly mapping:
    | { readonly kind: "inline"; readonly mapping: ColumnMapping }
    | { readonly kind: "file"; readonly path: string }
    | null;
  /** --jobs: worker threads for several files (default: the cores); 1 runs them in process. */
  readonly jobs: number;
}

/**
 * Settings that have an option of their own here beyond the four above. The column mapping's
 * option (--mapping) is read with the layout options.
 */
const SETTING_OPTION_KEYS = [
  "period",
  "dateLadder",
  "capAtOne",
  "ceiling",
  "stepScale",
  "rollup",
  "childWeight",
  "missingActual",
  "earlyDays",
  "legend",
  "legendBands",
  "legendFromSheet",
  "useValidated",
] as const satisfies readonly (keyof Settings)[];

type SettingOptionKey = (typeof SETTING_OPTION_KEYS)[number];

export type Command =
  { readonly kind: "help" } | { readonly kind: "recompute"; readonly options: RecomputeOptions };

export function parseCommandLine(argv: readonly string[]): CliResult<Command> {
  let parsed: ReturnType<typeof parseWithNode>;
  try {
    parsed = parseWithNode(argv);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return cliMessages.invalidOption(detail);
  }
  const { values, positionals } = parsed;
  if (values.help === true || positionals.length === 0) return ok({ kind: "help" });

  const [command, ...inputs] = positionals;
  if (command !== "recompute" && command !== "ricalcola") {
    return cliMessages.unknownCommand(command ?? "");
  }
  if (inputs.length === 0) {
    return cliMessages.noInput();
  }

  const method = readMethod(values.method);
  if (!method.ok) return method;
  const planYear = readPlanYear(values["plan-year"]);
  if (!planYear.ok) return planYear;
  const asOf = readAsOf(values["as-of"]);
  if (!asOf.ok) return asOf;
  const writeMode = readWriteMode(values["write-mode"]);
  if (!writeMode.ok) return writeMode;
  const settings = readSettingOptions(values);
  if (!settings.ok) return settings;
  const mapping = readMapping(values.mapping);
  if (!mapping.ok) return mapping;
  const jobs = readJobs(values.jobs);
  if (!jobs.ok) return jobs;
  const check = values.check === true;
  if (check && values.output !== undefined) {
    return cliMessages.checkWithOutput();
  }

  return ok({
    kind: "recompute",
    options: {
      inputs,
      output: values.output ?? null,
      json: values.json ?? null,
      sheets: values.sheet ?? [],
      method: method.value,
      planYear: planYear.value,
      asOf: asOf.value,
      writeMode: writeMode.value,
      check,
      settingsFile: values.settings ?? null,
      settings: settings.value,
      mapping: mapping.value,
      jobs: jobs.value,
    },
  });
}

const SETTING_OPTIONS = Object.fromEntries(
  SETTING_OPTION_KEYS.map((key) => [SETTING_FIELDS[key].option, { type: "string" as const }])
) as Record<(typeof SETTING_FIELDS)[SettingOptionKey]["option"], { type: "string" }>;

function readSettingOptions(
  values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>
): CliResult<Partial<Settings>> {
  const settings: { -readonly [K in keyof Settings]?: Settings[K] } = {};
  for (const key of SETTING_OPTION_KEYS) {
    const field = SETTING_FIELDS[key];
    const raw = values[field.option];
    if (typeof raw !== "string") continue;
    const read = field.fromText(raw);
    if (!read.ok) return cliMessages.settingOptionInvalid(field.option, read.error);
    (settings as Record<string, unknown>)[key] = read.value;
  }
  return ok(settings);
}

function parseWithNode(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      output: { type: "string", short: "o" },
      json: { type: "string" },
      sheet: { type: "string", multiple: true },
      method: { type: "string" },
      "plan-year": { type: "string" },
      "as-of": { type: "string" },
      "write-mode": { type: "string" },
      check: { type: "boolean" },
      settings: { type: "string" },
      ...SETTING_OPTIONS,
      mapping: { type: "string" },
      jobs: { type: "string", short: "j" },
      help: { type: "boolean", short: "h" },
    },
  });
}

function readMethod(raw: string | undefined): CliResult<Method | null> {
  if (raw === undefined) return ok(null);
  const method = parseMethod(raw);
  if (!method.ok || method.value === null) {
    return cliMessages.methodInvalid(raw);
  }
  return ok(method.value);
}

function readPlanYear(raw: string | undefined): CliResult<number | null> {
  if (raw === undefined) return ok(null);
  if (!/^\d{4}$/.test(raw) || !planYearSetting(raw).ok) {
    return cliMessages.planYearInvalid(raw);
  }
  return ok(Number(raw));
}

function readAsOf(raw: string | undefined): CliResult<number | null> {
  if (raw === undefined) return ok(null);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const bad = cliMessages.asOfInvalid(raw);
  if (match === null) return bad;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (year < 1901 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return bad;
  return ok(serialFromYmd(year, month, day));
}

/** `target=G,actual=H,header=3` inline; anything without "=" is the path of a JSON file. */
function readMapping(raw: string | undefined): CliResult<RecomputeOptions["mapping"]> {
  if (raw === undefined) return ok(null);
  if (!raw.includes("=")) return ok({ kind: "file", path: raw });
  const parsed = parseColumnMapping(raw);
  if (!parsed.ok) return cliMessages.mappingInvalid(null, parsed.error);
  return ok({ kind: "inline", mapping: parsed.value });
}

function readWriteMode(raw: string | undefined): CliResult<WriteMode | null> {
  if (raw === undefined) return ok(null);
  const word = raw.trim().toLowerCase();
  if (word === "values" || word === "valori") return ok("values");
  if (word === "formulas" || word === "formule") return ok("formulas");
  return cliMessages.writeModeInvalid(raw);
}

/** At most this many workers: more only add memory (each holds a workbook) on any real machine. */
export const MAX_JOBS = 64;

function readJobs(raw: string | undefined): CliResult<number> {
  if (raw === undefined) return ok(Math.min(MAX_JOBS, availableParallelism()));
  if (!/^\d+$/.test(raw.trim())) return cliMessages.jobsInvalid(raw, MAX_JOBS);
  const jobs = Number(raw.trim());
  if (jobs < 1 || jobs > MAX_JOBS) return cliMessages.jobsInvalid(raw, MAX_JOBS);
  return ok(jobs);
}
