/**
 * The settings form's model, pure (no DOM): what the fields hold as text, and how that text
 * becomes settings. There is no parser here: every field goes through the core's reader of its
 * setting (SETTING_FIELDS[key].fromText, the same one the command line's options use) and the
 * settings read go through the core's checks across fields (validateSettings); a field that
 * cannot be read carries the core's message, which names the setting by its label.
 *
 * The two tables (step scale, legend bands) and the legend's thresholds and colours are several
 * inputs for one setting: their cells are joined into the setting's text form ("100%: 100%;
 * 90%: 80%", "> 80% #C6EFCE; …") and read by the same reader.
 *
 * What is saved: the settings that differ from the defaults, plus every setting the workbook
 * already held (with the value in the form); so a form opened and saved again does not start
 * overriding what the sheet says (a legend typed in the sheet counts only while no legend
 * setting is given).
 */
import {
  bandRuleText,
  percentToText,
  DEFAULT_SETTINGS,
  resolveSettings,
  SETTING_FIELDS,
  settingError,
  validateSettings,
  type LegendBand,
  type ScoreStep,
  type SettingIssue,
  type SettingKey,
  type Settings,
} from "../core";

/** Every setting the form edits: all of them but the column mapping, which has its own form. */
export type FormKey = Exclude<SettingKey, "mapping">;

/** Settings edited in a field of their own, as the text their reader takes. */
export type TextKey = Exclude<FormKey, "stepScale" | "legendBands" | "legend">;

export interface StepRow {
  /** Lowest ratio of the step ("90%"). */
  readonly from: string;
  /** Highest ratio, optional ("99,99%"); blank for "and above". */
  readonly to: string;
  readonly score: string;
}

export interface BandRow {
  /** The band's rule as a legend line says it ("> 80%", "60%-80%", "< 60%"). */
  readonly rule: string;
  /** #RRGGBB */
  readonly fill: string;
}

export interface LegendFields {
  readonly greenAbove: string;
  readonly yellowFrom: string;
  readonly green: string;
  readonly yellow: string;
  readonly red: string;
}

export interface FormValues {
  readonly text: Readonly<Record<TextKey, string>>;
  readonly legend: LegendFields;
  readonly steps: readonly StepRow[];
  readonly bands: readonly BandRow[];
}

export const TEXT_KEYS: readonly TextKey[] = [
  "method",
  "planYear",
  "asOf",
  "writeMode",
  "capAtOne",
  "ceiling",
  "dateLadder",
  "missingActual",
  "earlyDays",
  "rollup",
  "childWeight",
  "legendFromSheet",
  "period",
  "useValidated",
];

export const FORM_KEYS: readonly FormKey[] = [...TEXT_KEYS, "stepScale", "legend", "legendBands"];

export interface FormReading {
  /** What to save: the settings that differ from the defaults or that the workbook held as they are. */
  readonly settings: Partial<Settings>;
  /** One issue per setting that cannot be used, with the core's message; empty when all is well. */
  readonly issues: readonly SettingIssue[];
}

const isBlank = (text: string): boolean => text.trim() === "";

/** The step rows as the step-scale reader takes them; rows left wholly blank are skipped. */
export function stepsText(rows: readonly StepRow[]): string {
  return rows
    .filter((row) => !(isBlank(row.from) && isBlank(row.to) && isBlank(row.score)))
    .map((row) =>
      isBlank(row.to)
        ? `${row.from.trim()}: ${row.score.trim()}`
        : `${row.from.trim()}-${row.to.trim()}: ${row.score.trim()}`
    )
    .join("; ");
}

/** The band rows as the legend-bands reader takes them; no rows is no bands of one's own. */
export function bandsText(rows: readonly BandRow[]): string {
  return rows
    .filter((row) => !isBlank(row.rule))
    .map((row) => `${row.rule.trim()} ${row.fill.trim()}`)
    .join("; ");
}

export function legendText(fields: LegendFields): string {
  return `${fields.greenAbove.trim()}; ${fields.yellowFrom.trim()}; ${fields.green} ${fields.yellow} ${fields.red}`;
}

function textOf(values: FormValues, key: FormKey): string {
  if (key === "stepScale") return stepsText(values.steps);
  if (key === "legendBands") return bandsText(values.bands);
  if (key === "legend") return legendText(values.legend);
  return values.text[key];
}

type Mutable<T> = { -readonly [K in keyof T]?: T[K] };

function jsonOf<K extends SettingKey>(key: K, value: Settings[K]): string {
  return JSON.stringify(SETTING_FIELDS[key].toJson(value));
}

/**
 * The form's text → settings, through the core's readers and checks. `stored` is what the
 * workbook held (it decides which fields equal to a default are still saved).
 */
export function readForm(values: FormValues, stored: Partial<Settings>): FormReading {
  const read: Mutable<Settings> = {};
  const issues: SettingIssue[] = [];
  for (const key of FORM_KEYS) {
    const result = SETTING_FIELDS[key].fromText(textOf(values, key));
    if (result.ok) (read as Record<FormKey, unknown>)[key] = result.value;
    else issues.push(settingError(key, result.error));
  }
  for (const problem of validateSettings(read)) {
    if (problem.field !== null) delete read[problem.field];
    issues.push(problem);
  }
  const settings: Mutable<Settings> = {};
  for (const key of FORM_KEYS) {
    const value = read[key];
    if (value === undefined) continue;
    const differs = jsonOf(key, value as never) !== jsonOf(key, DEFAULT_SETTINGS[key] as never);
    if (stored[key] !== undefined || differs) (settings as Record<FormKey, unknown>)[key] = value;
  }
  return { settings, issues };
}

function stepRow(step: ScoreStep): StepRow {
  return {
    from: percentToText(step.from),
    to: step.to === null || step.to === undefined ? "" : percentToText(step.to),
    score: percentToText(step.score),
  };
}

function bandRow(band: LegendBand): BandRow {
  return { rule: band.label ?? bandRuleText(band), fill: band.fill };
}

/** Settings (saved ones over the defaults) → the form's text. */
export function formValues(saved: Partial<Settings>): FormValues {
  const settings = resolveSettings(saved);
  const text = {} as Record<TextKey, string>;
  for (const key of TEXT_KEYS) {
    const value = settings[key];
    text[key] =
      typeof value === "string"
        ? value // the choices: the setting's own word, which its reader takes
        : (SETTING_FIELDS[key].toText as (v: typeof value) => string)(value);
  }
  const legend = settings.legend;
  return {
    text,
    legend: {
      greenAbove: percentToText(legend.greenAbove),
      yellowFrom: percentToText(legend.yellowFrom),
      green: legend.colors.green,
      yellow: legend.colors.yellow,
      red: legend.colors.red,
    },
    steps: settings.stepScale.map(stepRow),
    bands: (settings.legendBands ?? []).map(bandRow),
  };
}

/** The classic three bands of the legend fields, as rows: where a new band table starts. */
export function classicBandRows(fields: LegendFields): BandRow[] {
  return [
    { rule: `> ${fields.greenAbove.trim()}`, fill: fields.green },
    { rule: `${fields.yellowFrom.trim()}-${fields.greenAbove.trim()}`, fill: fields.yellow },
    { rule: `< ${fields.yellowFrom.trim()}`, fill: fields.red },
  ];
}
