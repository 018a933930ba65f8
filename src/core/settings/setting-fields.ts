/**
 * Every setting defined once: its label (Italian, English), its command-line option, how it is
 * read from text (a command-line option, a task-pane field) and from the JSON the pane saves in
 * the workbook, and how it is written back. Ranges live here and nowhere else: the task pane,
 * the custom functions and the command line all check a value through these readers.
 *
 * Text conventions, the same on the command line and in the pane:
 * - percentages: "80%", "80", "80,5" — a number without % is percentage points (120 is 120%);
 * - dates: day first, "31/12/2024", or "2024-12-31";
 * - yes/no: "sì", "si", "no", "vero", "falso", "yes", "true", "false", "1", "0";
 * - lists: items separated by ";" (or new lines).
 * Blank text gives the default (null where the default is "detect" or "today").
 */
import { formatDateIt, ymdFromSerial } from "../excel-date";
import { parseDateText } from "../parse-date";
import { formatNumberIt, numberLiteralFromText, parseNumberText } from "../parse-number";
import {
  legendProblems,
  MAX_LEGEND_BANDS,
  MIN_LEGEND_BANDS,
  type LegendBand,
} from "../scoring/legend-bands";
import { readLegendLine } from "../scoring/read-legend-text";
import { parseRollupMethod, type RollupMethod } from "../scoring/rollup-variants";
import { validateStepScale, type ScoreStep } from "../scoring/step-scale";
import {
  formatColumnMapping,
  parseColumnMapping,
  validateColumnMapping,
  type ColumnMapping,
} from "../sheet/column-mapping";
import { percentText } from "../sheet/format-text";
import {
  ok,
  type DateLadderStep,
  type LegendSettings,
  type Method,
  type MissingActualPolicy,
  type Result,
  type Settings,
  type WriteMode,
} from "../types";
import { DEFAULT_LEGEND } from "./defaults";
import { METHOD_WORDS, parseMethod } from "./parse-method";
import { settingMessages, type SettingLabel } from "./setting-messages";

export type SettingKey = keyof Settings;

/** What JSON can hold. */
export type JsonValue =
  null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export interface SettingField<K extends SettingKey> {
  readonly key: K;
  readonly label: SettingLabel;
  /** The command-line option, without the dashes. */
  readonly option: string;
  /** What the option takes, for the help text. */
  readonly syntax: string;
  readonly fromText: (text: string) => Result<Settings[K]>;
  readonly fromJson: (raw: unknown) => Result<Settings[K]>;
  readonly toJson: (value: Settings[K]) => JsonValue;
  /** Italian text, as fromText reads it back (the pane's fields, the "Regole" block). */
  readonly toText: (value: Settings[K]) => string;
}

// ---------------------------------------------------------------- ranges

export const PLAN_YEAR_RANGE = { min: 1990, max: 2100 } as const;
/** 1/1/1900 to 31/12/9999, as Excel's serials go. */
export const SERIAL_RANGE = { min: 1, max: 2_958_465 } as const;
export const CEILING_RANGE = { min: 1, max: 5 } as const;
export const EARLY_DAYS_RANGE = { min: 1, max: 366 } as const;
export const LADDER_DAYS_RANGE = { min: 0, max: 3660 } as const;

const HEX_COLOUR = /^#[0-9A-Fa-f]{6}$/;

// ---------------------------------------------------------------- small readers

const isBlankText = (text: string): boolean => text.trim() === "";

/** "80%", "80", "80,5" → 0.8, 0.8, 0.805; null when not a number. The point is shifted exactly. */
export function percentFromText(text: string): number | null {
  const trimmed = text.trim();
  const body = trimmed.endsWith("%") ? trimmed.slice(0, -1) : trimmed;
  const literal = numberLiteralFromText(body);
  if (literal === null) return null;
  const value = Number(`${literal}e-2`);
  return Number.isFinite(value) ? value : null;
}

/** A fraction as the form shows it: 0.805 → "80,5%" (full precision, Italian decimals). */
export function percentToText(fraction: number): string {
  return `${formatNumberIt(Math.round(fraction * 1e8) / 1e6)}%`;
}

function yesNo(text: string): boolean | null {
  const word = text.trim().toLowerCase();
  if (["sì", "si", "s", "vero", "yes", "y", "true", "1"].includes(word)) return true;
  if (["no", "n", "falso", "false", "0"].includes(word)) return false;
  return null;
}

const listItems = (text: string): string[] =>
  text
    .split(/[;\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== "");

const isRecord = (raw: unknown): raw is Record<string, unknown> =>
  typeof raw === "object" && raw !== null && !Array.isArray(raw);

function inRange(value: number, range: { min: number; max: number }): boolean {
  return Number.isFinite(value) && value >= range.min && value <= range.max;
}

// ---------------------------------------------------------------- the fields

const LABELS = {
  method: { it: "Metodo di calcolo", en: "Scoring method" },
  planYear: { it: "Anno del piano", en: "Plan year" },
  asOf: { it: "Data di valutazione", en: "Evaluation date" },
  period: { it: "Periodo di monitoraggio", en: "Monitoring period" },
  dateLadder: { it: "Scala dei ritardi", en: "Lateness ladder" },
  capAtOne: { it: "Limite al 100%", en: "Cap at 100%" },
  ceiling: { it: "Tetto con eccellenza", en: "Ceiling with excellence" },
  stepScale: { it: "Scala a scaglioni", en: "Step scale" },
  rollup: { it: "Aggregazione degli obiettivi", en: "Objective roll-up" },
  childWeight: { it: "Peso degli obiettivi figli", en: "Weight of child objectives" },
  missingActual: { it: "Consuntivo mancante", en: "Missing actual" },
  earlyDays: { it: "Giorni di anticipo", en: "Days early" },
  legend: { it: "Legenda (soglie e colori)", en: "Legend (thresholds and colours)" },
  legendBands: { it: "Fasce della legenda", en: "Legend bands" },
  legendFromSheet: { it: "Legenda scritta nel foglio", en: "Legend typed in the sheet" },
  useValidated: { it: "Valori validati dall'OIV", en: "Figures validated by the OIV" },
  writeMode: { it: "Cosa scrivere", en: "What to write" },
  mapping: { it: "Colonne indicate", en: "Column mapping" },
} as const satisfies Record<SettingKey, SettingLabel>;

const invalid = (key: SettingKey, raw: unknown, it: string, en: string): Result<never> =>
  settingMessages.invalid(LABELS[key], raw, it, en);

// method ---------------------------------------------------------------------------------
const METHOD_EXPECTED = [
  'usare "proporzionale", "binario", "soglia" o "scaglioni"',
  'use "proportional", "binary", "threshold" or "steps"',
] as const;

function methodFrom(raw: unknown): Result<Method> {
  if (typeof raw !== "string") return invalid("method", raw, ...METHOD_EXPECTED);
  const read = parseMethod(raw);
  if (!read.ok || read.value === null) return invalid("method", raw, ...METHOD_EXPECTED);
  return ok(read.value);
}

// plan year --------------------------------------------------------------------------------
const YEAR_EXPECTED = [
  `scrivere l'anno con quattro cifre, dal ${PLAN_YEAR_RANGE.min} al ${PLAN_YEAR_RANGE.max} (ad esempio 2024), o lasciare vuoto per rilevarlo dal foglio`,
  `write the year with four digits, from ${PLAN_YEAR_RANGE.min} to ${PLAN_YEAR_RANGE.max} (e.g. 2024), or leave it blank to detect it from the sheet`,
] as const;

/** The one check of a plan year: an integer from 1990 to 2100. */
export function readPlanYear(raw: unknown): Result<number | null> {
  if (raw === null || raw === undefined) return ok(null);
  const year =
    typeof raw === "number"
      ? raw
      : typeof raw === "string"
        ? isBlankText(raw)
          ? null
          : Number(raw.trim())
        : Number.NaN;
  if (year === null) return ok(null);
  if (Number.isInteger(year) && inRange(year, PLAN_YEAR_RANGE)) return ok(year);
  return invalid("planYear", raw, ...YEAR_EXPECTED);
}

// evaluation date --------------------------------------------------------------------------
const DATE_EXPECTED = [
  "scrivere una data come 31/12/2024 (o 2024-12-31), o lasciare vuoto per oggi",
  "write a date as 31/12/2024 (or 2024-12-31), or leave it blank for today",
] as const;

/** A date setting: a serial, a text date (day first, or ISO), or blank (null). */
export function readDateSetting(raw: unknown): Result<number | null> {
  if (raw === null || raw === undefined) return ok(null);
  if (typeof raw === "number") {
    return Number.isInteger(raw) && inRange(raw, SERIAL_RANGE)
      ? ok(raw)
      : invalid("asOf", raw, ...DATE_EXPECTED);
  }
  if (typeof raw !== "string") return invalid("asOf", raw, ...DATE_EXPECTED);
  if (isBlankText(raw)) return ok(null);
  const serial = parseDateText(raw.trim(), null);
  return serial === null || !inRange(serial, SERIAL_RANGE)
    ? invalid("asOf", raw, ...DATE_EXPECTED)
    : ok(serial);
}

/** A serial as the JSON stores it: "2024-12-31". */
export function isoDate(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
}

// date ladder ------------------------------------------------------------------------------
const LADDER_EXPECTED = [
  'scrivere "giorni di ritardo: performance" separati da ";", ad esempio "30: 90%; 61: 85%"',
  'write "days late: performance" separated by ";", for example "30: 90%; 61: 85%"',
] as const;

function checkLadder(steps: readonly DateLadderStep[], raw: unknown): Result<DateLadderStep[]> {
  const seen = new Set<number>();
  for (const step of steps) {
    if (!Number.isInteger(step.maxDaysLate) || !inRange(step.maxDaysLate, LADDER_DAYS_RANGE))
      return invalid("dateLadder", raw, ...LADDER_EXPECTED);
    if (!(step.performance >= 0 && step.performance <= 1))
      return invalid(
        "dateLadder",
        raw,
        "ogni performance va da 0% a 100%",
        "every performance goes from 0% to 100%"
      );
    if (seen.has(step.maxDaysLate))
      return invalid(
        "dateLadder",
        raw,
        `i giorni ${step.maxDaysLate} compaiono due volte`,
        `${step.maxDaysLate} days appear twice`
      );
    seen.add(step.maxDaysLate);
  }
  return ok([...steps].sort((a, b) => a.maxDaysLate - b.maxDaysLate));
}

function ladderFromText(text: string): Result<DateLadderStep[]> {
  const steps: DateLadderStep[] = [];
  for (const item of listItems(text.replace(/,\s*(?=\d+\s*:)/g, ";"))) {
    const match = /^(\d+)\s*(?:gg|giorni|days)?\s*[:→]\s*(.+)$/.exec(item);
    const performance = match === null ? null : percentFromText(match[2] ?? "");
    if (match === null || performance === null)
      return invalid("dateLadder", text, ...LADDER_EXPECTED);
    steps.push({ maxDaysLate: Number(match[1]), performance });
  }
  return checkLadder(steps, text);
}

function ladderFromJson(raw: unknown): Result<DateLadderStep[]> {
  if (!Array.isArray(raw)) return invalid("dateLadder", JSON.stringify(raw), ...LADDER_EXPECTED);
  const steps: DateLadderStep[] = [];
  for (const item of raw as unknown[]) {
    if (
      !isRecord(item) ||
      typeof item.maxDaysLate !== "number" ||
      typeof item.performance !== "number"
    )
      return invalid("dateLadder", JSON.stringify(raw), ...LADDER_EXPECTED);
    steps.push({ maxDaysLate: item.maxDaysLate, performance: item.performance });
  }
  return checkLadder(steps, JSON.stringify(raw));
}

// booleans ---------------------------------------------------------------------------------
function booleanField(key: SettingKey): Pick<SettingField<never>, never> & {
  fromText: (text: string) => Result<boolean>;
  fromJson: (raw: unknown) => Result<boolean>;
  toJson: (value: boolean) => JsonValue;
  toText: (value: boolean) => string;
} {
  const expected = ['scrivere "sì" o "no"', 'write "yes" or "no" (sì/no)'] as const;
  return {
    fromText: (text) => {
      const value = yesNo(text);
      return value === null ? invalid(key, text, ...expected) : ok(value);
    },
    fromJson: (raw) => (typeof raw === "boolean" ? ok(raw) : invalid(key, raw, ...expected)),
    toJson: (value) => value,
    toText: (value) => (value ? "sì" : "no"),
  };
}

// percentages ------------------------------------------------------------------------------
function fractionIn(
  key: SettingKey,
  range: { min: number; max: number },
  raw: unknown,
  value: number | null
): Result<number> {
  if (value === null || !inRange(value, range)) {
    return invalid(
      key,
      raw,
      `scrivere una percentuale da ${percentText(range.min).it} a ${percentText(range.max).it}`,
      `write a percentage from ${percentText(range.min).en} to ${percentText(range.max).en}`
    );
  }
  return ok(value);
}

function percentField(key: SettingKey, range: { min: number; max: number }) {
  return {
    fromText: (text: string): Result<number> => fractionIn(key, range, text, percentFromText(text)),
    fromJson: (raw: unknown): Result<number> =>
      fractionIn(key, range, raw, typeof raw === "number" ? raw : null),
    toJson: (value: number): JsonValue => value,
    toText: (value: number): string => percentToText(value),
  };
}

// step scale ------------------------------------------------------------------------------
const STEPS_EXPECTED = [
  'scrivere "rapporto minimo: punteggio" separati da ";", ad esempio "100%: 100%; 90%: 80%; 75%: 50%" (un intervallo: "90%-99,99%: 80%")',
  'write "lowest ratio: score" separated by ";", for example "100%: 100%; 90%: 80%; 75%: 50%" (a range: "90%-99,99%: 80%")',
] as const;

function checkSteps(steps: readonly ScoreStep[]): Result<ScoreStep[]> {
  const checked = validateStepScale(steps);
  if (!checked.ok)
    return settingMessages.because(LABELS.stepScale, checked.error.text.it, checked.error.text.en);
  return ok([...checked.value]);
}

function stepsFromText(text: string): Result<ScoreStep[]> {
  const steps: ScoreStep[] = [];
  const PERCENT = String.raw`(\d[\d.,]*\s*%?)`;
  const range = new RegExp(
    String.raw`^(?:≥|>=)?\s*${PERCENT}\s*(?:[-–—]|a|to)\s*${PERCENT}\s*[:→]\s*${PERCENT}$`
  );
  const single = new RegExp(String.raw`^(?:≥|>=)?\s*${PERCENT}\s*[:→]\s*${PERCENT}$`);
  for (const item of listItems(text)) {
    const both = range.exec(item);
    const one = both === null ? single.exec(item) : null;
    const from = percentFromText((both ?? one)?.[1] ?? "");
    const to = both === null ? null : percentFromText(both[2] ?? "");
    const score = percentFromText((both === null ? one?.[2] : both[3]) ?? "");
    if (from === null || score === null || (both !== null && to === null))
      return invalid("stepScale", text, ...STEPS_EXPECTED);
    steps.push(to === null ? { from, score } : { from, to, score });
  }
  return checkSteps(steps);
}

function stepsFromJson(raw: unknown): Result<ScoreStep[]> {
  if (!Array.isArray(raw)) return invalid("stepScale", JSON.stringify(raw), ...STEPS_EXPECTED);
  const steps: ScoreStep[] = [];
  for (const item of raw as unknown[]) {
    if (!isRecord(item) || typeof item.from !== "number" || typeof item.score !== "number")
      return invalid("stepScale", JSON.stringify(raw), ...STEPS_EXPECTED);
    const to = typeof item.to === "number" ? item.to : null;
    steps.push(
      to === null
        ? { from: item.from, score: item.score }
        : { from: item.from, to, score: item.score }
    );
  }
  return checkSteps(steps);
}

const stepsToText = (steps: readonly ScoreStep[]): string =>
  steps
    .map((step) =>
      step.to === null || step.to === undefined
        ? `${percentToText(step.from)}: ${percentToText(step.score)}`
        : `${percentToText(step.from)}-${percentToText(step.to)}: ${percentToText(step.score)}`
    )
    .join("; ");

// roll-up, missing actual, write mode -----------------------------------------------------
const ROLLUP_WORDS: Readonly<Record<RollupMethod, string>> = {
  weightedMean: "media",
  minimum: "minimo",
  allMet: "tutti",
};
const ROLLUP_EXPECTED = [
  'usare "media" (ponderata), "minimo" o "tutti"',
  'use "media" (weighted mean), "minimo" (minimum) or "tutti" (all met)',
] as const;

function rollupFrom(raw: unknown): Result<RollupMethod> {
  if (raw === "weightedMean" || raw === "minimum" || raw === "allMet") return ok(raw);
  if (typeof raw !== "string") return invalid("rollup", raw, ...ROLLUP_EXPECTED);
  const read = parseRollupMethod(raw);
  return read.ok && read.value !== null
    ? ok(read.value)
    : invalid("rollup", raw, ...ROLLUP_EXPECTED);
}

const MISSING_EXPECTED = [
  'usare "non valutato" oppure "zero" (0 dopo la fine del periodo)',
  'use "not evaluated" or "zero" (0 after the end of the period)',
] as const;

function missingFrom(raw: unknown): Result<MissingActualPolicy> {
  if (typeof raw !== "string") return invalid("missingActual", raw, ...MISSING_EXPECTED);
  const word = raw
    .trim()
    .toLowerCase()
    .replace(/[\s._-]+/g, "");
  if (["notevaluated", "nonvalutato", "nv", "nonvalutabile"].includes(word))
    return ok("notEvaluated");
  if (["zero", "0", "0%"].includes(word)) return ok("zero");
  return invalid("missingActual", raw, ...MISSING_EXPECTED);
}

const WRITE_EXPECTED = ['usare "valori" o "formule"', 'use "values" or "formulas"'] as const;

function writeModeFrom(raw: unknown): Result<WriteMode> {
  if (typeof raw !== "string") return invalid("writeMode", raw, ...WRITE_EXPECTED);
  const word = raw.trim().toLowerCase();
  if (word === "values" || word === "valori") return ok("values");
  if (word === "formulas" || word === "formule") return ok("formulas");
  return invalid("writeMode", raw, ...WRITE_EXPECTED);
}

// legend -----------------------------------------------------------------------------------
const LEGEND_EXPECTED = [
  'soglie da 0% in su con la gialla non sopra la verde, colori come "#C6EFCE"',
  'thresholds from 0% up with the yellow one not above the green one, colours like "#C6EFCE"',
] as const;

function checkLegend(legend: LegendSettings, raw: unknown): Result<LegendSettings> {
  const { greenAbove, yellowFrom, colors } = legend;
  const colours = [colors.green, colors.yellow, colors.red];
  if (
    !(greenAbove >= 0) ||
    !(yellowFrom >= 0) ||
    !Number.isFinite(greenAbove) ||
    !(yellowFrom <= greenAbove) ||
    !colours.every((c) => HEX_COLOUR.test(c))
  )
    return invalid("legend", raw, ...LEGEND_EXPECTED);
  return ok({
    greenAbove,
    yellowFrom,
    colors: {
      green: colors.green.toUpperCase(),
      yellow: colors.yellow.toUpperCase(),
      red: colors.red.toUpperCase(),
    },
  });
}

function legendFromJson(raw: unknown): Result<LegendSettings> {
  const text = JSON.stringify(raw);
  if (!isRecord(raw)) return invalid("legend", text, ...LEGEND_EXPECTED);
  const colors: Record<string, unknown> = isRecord(raw.colors) ? raw.colors : {};
  const colour = (name: "green" | "yellow" | "red"): string =>
    typeof colors[name] === "string" ? colors[name] : DEFAULT_LEGEND.colors[name];
  const number = (value: unknown, fallback: number): number =>
    value === undefined ? fallback : typeof value === "number" ? value : Number.NaN;
  return checkLegend(
    {
      greenAbove: number(raw.greenAbove, DEFAULT_LEGEND.greenAbove),
      yellowFrom: number(raw.yellowFrom, DEFAULT_LEGEND.yellowFrom),
      colors: { green: colour("green"), yellow: colour("yellow"), red: colour("red") },
    },
    text
  );
}

/** "80%; 60%" or "80%; 60%; #C6EFCE #FFEB9C #FFC7CE": the green and yellow thresholds, then colours. */
function legendFromText(text: string): Result<LegendSettings> {
  const colours = text.match(/#[0-9A-Fa-f]{6}/g) ?? [];
  const numbers = listItems(text.replace(/#[0-9A-Fa-f]{6}/g, ""));
  if (numbers.length !== 2 || (colours.length !== 0 && colours.length !== 3))
    return invalid("legend", text, ...LEGEND_EXPECTED);
  const greenAbove = percentFromText(numbers[0] ?? "");
  const yellowFrom = percentFromText(numbers[1] ?? "");
  if (greenAbove === null || yellowFrom === null)
    return invalid("legend", text, ...LEGEND_EXPECTED);
  const [green, yellow, red] = colours.length === 3 ? colours : [];
  return checkLegend(
    {
      greenAbove,
      yellowFrom,
      colors: {
        green: green ?? DEFAULT_LEGEND.colors.green,
        yellow: yellow ?? DEFAULT_LEGEND.colors.yellow,
        red: red ?? DEFAULT_LEGEND.colors.red,
      },
    },
    text
  );
}

const BANDS_EXPECTED = [
  `da ${MIN_LEGEND_BANDS} a ${MAX_LEGEND_BANDS} fasce separate da ";", ciascuna con la regola e il colore, ad esempio "> 80% #C6EFCE; 60%-80% #FFEB9C; < 60% #FFC7CE"`,
  `${MIN_LEGEND_BANDS} to ${MAX_LEGEND_BANDS} bands separated by ";", each with its rule and colour, for example "> 80% #C6EFCE; 60%-80% #FFEB9C; < 60% #FFC7CE"`,
] as const;

/**
 * 2 to 5 bands, each with a colour. Gaps and overlaps are checked over 0%–100% here (the widest
 * range every legend must cover); validateSettings checks up to the ceiling when the cap is lifted.
 */
function checkBands(bands: readonly LegendBand[], raw: unknown): Result<LegendBand[] | null> {
  if (bands.length < MIN_LEGEND_BANDS || bands.length > MAX_LEGEND_BANDS)
    return invalid("legendBands", raw, ...BANDS_EXPECTED);
  if (!bands.every((band) => HEX_COLOUR.test(band.fill)))
    return invalid("legendBands", raw, ...BANDS_EXPECTED);
  const problem = legendProblems(bands, 1)[0];
  if (problem !== undefined)
    return settingMessages.because(LABELS.legendBands, problem.text.it, problem.text.en);
  return ok(bands.map((band) => ({ ...band, fill: band.fill.toUpperCase() })));
}

function bandsFromText(text: string): Result<LegendBand[] | null> {
  if (isBlankText(text)) return ok(null);
  const bands: LegendBand[] = [];
  for (const item of listItems(text)) {
    const fill = /#[0-9A-Fa-f]{6}/.exec(item)?.[0];
    const words = item.replace(/#[0-9A-Fa-f]{6}/, "").trim();
    const range = readLegendLine(words);
    if (fill === undefined || range === null)
      return invalid("legendBands", text, ...BANDS_EXPECTED);
    bands.push({ ...range, fill, label: words });
  }
  return checkBands(bands, text);
}

function bandsFromJson(raw: unknown): Result<LegendBand[] | null> {
  if (raw === null) return ok(null);
  const text = JSON.stringify(raw);
  if (!Array.isArray(raw)) return invalid("legendBands", text, ...BANDS_EXPECTED);
  const bands: LegendBand[] = [];
  for (const item of raw as unknown[]) {
    if (!isRecord(item) || typeof item.fill !== "string")
      return invalid("legendBands", text, ...BANDS_EXPECTED);
    const bound = (value: unknown): number | null | undefined =>
      value === null || value === undefined
        ? null
        : typeof value === "number" && Number.isFinite(value)
          ? value
          : undefined;
    const min = bound(item.min);
    const max = bound(item.max);
    if (min === undefined || max === undefined)
      return invalid("legendBands", text, ...BANDS_EXPECTED);
    bands.push({
      min,
      minInclusive: item.minInclusive !== false,
      max,
      maxInclusive: item.maxInclusive !== false,
      fill: item.fill,
      ...(typeof item.label === "string" ? { label: item.label } : {}),
    });
  }
  return checkBands(bands, text);
}

/** A band's rule as the legend writes it: "> 80,00%", "60,00% – 80,00%", "< 60,00%". */
export function bandRuleText(band: LegendBand): string {
  const low = band.min === null ? null : percentText(band.min).it;
  const high = band.max === null ? null : percentText(band.max).it;
  if (low !== null && high !== null) {
    if (band.minInclusive && band.maxInclusive) return `${low}-${high}`;
    return `${band.minInclusive ? "≥" : ">"} ${low} e ${band.maxInclusive ? "≤" : "<"} ${high}`;
  }
  if (low !== null) return `${band.minInclusive ? "≥" : ">"} ${low}`;
  if (high !== null) return `${band.maxInclusive ? "≤" : "<"} ${high}`;
  return "tutte";
}

// column mapping ---------------------------------------------------------------------------
// The layout modules define the mapping and check it (column-mapping.ts); the model wraps their
// messages with the setting's name.

function mappingFrom(read: Result<ColumnMapping>): Result<ColumnMapping | null> {
  if (!read.ok)
    return settingMessages.because(LABELS.mapping, read.error.text.it, read.error.text.en);
  const { headerRow, columns } = read.value;
  return headerRow === null && Object.keys(columns).length === 0 ? ok(null) : ok(read.value);
}

const mappingFromText = (text: string): Result<ColumnMapping | null> =>
  isBlankText(text) ? ok(null) : mappingFrom(parseColumnMapping(text));

const mappingFromJson = (raw: unknown): Result<ColumnMapping | null> =>
  raw === null ? ok(null) : mappingFrom(validateColumnMapping(raw));

// ---------------------------------------------------------------- the table

type Fields = { readonly [K in SettingKey]: SettingField<K> };

const integerIn = (key: SettingKey, range: { min: number; max: number }) => {
  const expected = [
    `scrivere un numero intero da ${range.min} a ${range.max}`,
    `write a whole number from ${range.min} to ${range.max}`,
  ] as const;
  const check = (raw: unknown, value: number): Result<number> =>
    Number.isInteger(value) && inRange(value, range) ? ok(value) : invalid(key, raw, ...expected);
  return {
    fromText: (text: string): Result<number> =>
      check(text, parseNumberText(text.trim()) ?? Number.NaN),
    fromJson: (raw: unknown): Result<number> =>
      check(raw, typeof raw === "number" ? raw : Number.NaN),
    toJson: (value: number): JsonValue => value,
    toText: (value: number): string => String(value),
  };
};

export const SETTING_FIELDS: Fields = {
  method: {
    key: "method",
    label: LABELS.method,
    option: "method",
    syntax: "proporzionale|binario|soglia|scaglioni",
    fromText: methodFrom,
    fromJson: methodFrom,
    toJson: (value) => value,
    toText: (value) => METHOD_WORDS[value].it,
  },
  planYear: {
    key: "planYear",
    label: LABELS.planYear,
    option: "plan-year",
    syntax: "AAAA",
    fromText: readPlanYear,
    fromJson: readPlanYear,
    toJson: (value) => value,
    toText: (value) => (value === null ? "" : String(value)),
  },
  asOf: {
    key: "asOf",
    label: LABELS.asOf,
    option: "as-of",
    syntax: "GG/MM/AAAA|AAAA-MM-GG",
    fromText: readDateSetting,
    fromJson: readDateSetting,
    toJson: (value) => (value === null ? null : isoDate(value)),
    toText: (value) => (value === null ? "" : formatDateIt(value)),
  },
  period: {
    key: "period",
    label: LABELS.period,
    option: "period",
    syntax: "INTESTAZIONE",
    fromText: (text) => ok(isBlankText(text) ? null : text.trim()),
    fromJson: (raw) =>
      raw === null
        ? ok(null)
        : typeof raw === "string"
          ? ok(isBlankText(raw) ? null : raw.trim())
          : invalid(
              "period",
              raw,
              "scrivere l'intestazione della colonna del periodo",
              "write the header of the period's column"
            ),
    toJson: (value) => value,
    toText: (value) => value ?? "",
  },
  dateLadder: {
    key: "dateLadder",
    label: LABELS.dateLadder,
    option: "date-ladder",
    syntax: '"30: 90%; 61: 85%"',
    fromText: ladderFromText,
    fromJson: ladderFromJson,
    toJson: (value) =>
      value.map((step) => ({ maxDaysLate: step.maxDaysLate, performance: step.performance })),
    toText: (value) =>
      value.map((step) => `${step.maxDaysLate}: ${percentToText(step.performance)}`).join("; "),
  },
  capAtOne: {
    key: "capAtOne",
    label: LABELS.capAtOne,
    option: "cap",
    syntax: "sì|no",
    ...booleanField("capAtOne"),
  },
  ceiling: {
    key: "ceiling",
    label: LABELS.ceiling,
    option: "ceiling",
    syntax: "120%",
    ...percentField("ceiling", CEILING_RANGE),
  },
  stepScale: {
    key: "stepScale",
    label: LABELS.stepScale,
    option: "step-scale",
    syntax: '"100%: 100%; 90%: 80%; 75%: 50%"',
    fromText: stepsFromText,
    fromJson: stepsFromJson,
    toJson: (value) =>
      value.map((step): JsonValue =>
        step.to === null || step.to === undefined
          ? { from: step.from, score: step.score }
          : { from: step.from, to: step.to, score: step.score }
      ),
    toText: stepsToText,
  },
  rollup: {
    key: "rollup",
    label: LABELS.rollup,
    option: "rollup",
    syntax: "media|minimo|tutti",
    fromText: rollupFrom,
    fromJson: rollupFrom,
    toJson: (value) => value,
    toText: (value) => ROLLUP_WORDS[value],
  },
  childWeight: {
    key: "childWeight",
    label: LABELS.childWeight,
    option: "child-weight",
    syntax: "0%-100%",
    ...percentField("childWeight", { min: 0, max: 1 }),
  },
  missingActual: {
    key: "missingActual",
    label: LABELS.missingActual,
    option: "missing-actual",
    syntax: "nv|zero",
    fromText: missingFrom,
    fromJson: missingFrom,
    toJson: (value) => value,
    toText: (value) => (value === "zero" ? "zero" : "non valutato"),
  },
  earlyDays: {
    key: "earlyDays",
    label: LABELS.earlyDays,
    option: "early-days",
    syntax: "GIORNI",
    ...integerIn("earlyDays", EARLY_DAYS_RANGE),
  },
  legend: {
    key: "legend",
    label: LABELS.legend,
    option: "legend",
    syntax: '"80%; 60%[; #C6EFCE #FFEB9C #FFC7CE]"',
    fromText: legendFromText,
    fromJson: legendFromJson,
    toJson: (value) => ({
      greenAbove: value.greenAbove,
      yellowFrom: value.yellowFrom,
      colors: { ...value.colors },
    }),
    toText: (value) =>
      `${percentToText(value.greenAbove)}; ${percentToText(value.yellowFrom)}; ${value.colors.green} ${value.colors.yellow} ${value.colors.red}`,
  },
  legendBands: {
    key: "legendBands",
    label: LABELS.legendBands,
    option: "legend-bands",
    syntax: '"> 80% #C6EFCE; 60%-80% #FFEB9C; < 60% #FFC7CE"',
    fromText: bandsFromText,
    fromJson: bandsFromJson,
    toJson: (value) =>
      value === null
        ? null
        : value.map((band) => ({
            min: band.min,
            minInclusive: band.minInclusive,
            max: band.max,
            maxInclusive: band.maxInclusive,
            fill: band.fill,
            ...(band.label === undefined ? {} : { label: band.label }),
          })),
    toText: (value) =>
      value === null ? "" : value.map((band) => `${bandRuleText(band)} ${band.fill}`).join("; "),
  },
  legendFromSheet: {
    key: "legendFromSheet",
    label: LABELS.legendFromSheet,
    option: "legend-from-sheet",
    syntax: "sì|no",
    ...booleanField("legendFromSheet"),
  },
  useValidated: {
    key: "useValidated",
    label: LABELS.useValidated,
    option: "use-validated",
    syntax: "sì|no",
    ...booleanField("useValidated"),
  },
  writeMode: {
    key: "writeMode",
    label: LABELS.writeMode,
    option: "write-mode",
    syntax: "valori|formule",
    fromText: writeModeFrom,
    fromJson: writeModeFrom,
    toJson: (value) => value,
    toText: (value) => (value === "formulas" ? "formule" : "valori"),
  },
  mapping: {
    key: "mapping",
    label: LABELS.mapping,
    option: "mapping",
    syntax: '"target=G,actual=H,header=3"',
    fromText: mappingFromText,
    fromJson: mappingFromJson,
    toJson: (value) =>
      value === null ? null : { headerRow: value.headerRow, columns: { ...value.columns } },
    toText: (value) => (value === null ? "" : formatColumnMapping(value)),
  },
};

export const SETTING_KEYS = Object.keys(SETTING_FIELDS) as SettingKey[];
