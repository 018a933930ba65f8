/**
 * The JSON of the settings, as the task pane saves it in the workbook and as `perf-kpi
 * --settings FILE` reads it: one object holding only what the user changed, keyed by the
 * setting's name (`method`, `planYear`, `asOf` as "AAAA-MM-GG", `stepScale`, …), and a `version`.
 * Reading checks every field with the same readers as the pane's form and the command line.
 * A bad field is dropped with an issue (its default applies), so a damaged or older value never
 * reaches the engine and the rest of the settings still count; unknown fields give an issue too.
 */
import { fail, type PerfError, type Result, type Settings } from "../types";
import { SETTING_FIELDS, SETTING_KEYS, type JsonValue, type SettingKey } from "./setting-fields";
import { settingMessages } from "./setting-messages";
import { validateSettings } from "./validate-settings";

export const SETTINGS_JSON_VERSION = 1;

export interface SettingIssue extends PerfError {
  /** The setting concerned; null for the JSON as a whole or an unknown key. */
  readonly field: SettingKey | null;
}

export interface SettingsReading {
  readonly settings: Partial<Settings>;
  readonly issues: readonly SettingIssue[];
}

type Mutable<T> = { -readonly [K in keyof T]?: T[K] };

const isKey = (name: string): name is SettingKey =>
  Object.prototype.hasOwnProperty.call(SETTING_FIELDS, name);

function issue(field: SettingKey | null, result: Result<unknown>): SettingIssue[] {
  return result.ok ? [] : [{ ...result.error, field }];
}

function readField<K extends SettingKey>(
  key: K,
  raw: unknown,
  into: Mutable<Settings>
): Result<true> {
  const read = SETTING_FIELDS[key].fromJson(raw);
  if (!read.ok) return read;
  into[key] = read.value;
  return { ok: true, value: true };
}

/** The settings an object holds (already parsed JSON), with an issue for each field dropped. */
export function settingsFromJsonValue(raw: unknown): SettingsReading {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    return { settings: {}, issues: issue(null, settingMessages.notAnObject()) };
  const settings: Mutable<Settings> = {};
  const issues: SettingIssue[] = [];
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    if (name === "version") continue;
    if (!isKey(name)) {
      issues.push(...issue(null, settingMessages.unknownSetting(name)));
      continue;
    }
    issues.push(...issue(name, readField(name, value, settings)));
  }
  // Checks across fields (a legend up to the ceiling): the field named is dropped.
  for (const problem of validateSettings(settings)) {
    if (problem.field !== null) delete settings[problem.field];
    issues.push(problem);
  }
  return { settings, issues };
}

/** The settings a JSON text holds; text that is not JSON gives no settings and one issue. */
export function parseSettingsJson(text: string): SettingsReading {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { settings: {}, issues: issue(null, settingMessages.notJson(detail)) };
  }
  return settingsFromJsonValue(raw);
}

/** The object to save: only the settings given, each in its JSON form, and the version. */
export function settingsToJsonValue(settings: Partial<Settings>): { [key: string]: JsonValue } {
  const out: { [key: string]: JsonValue } = { version: SETTINGS_JSON_VERSION };
  for (const key of SETTING_KEYS) {
    const value = settings[key];
    if (value === undefined) continue;
    out[key] = (SETTING_FIELDS[key].toJson as (v: typeof value) => JsonValue)(value);
  }
  return out;
}

export function serialiseSettings(settings: Partial<Settings>): string {
  return JSON.stringify(settingsToJsonValue(settings), null, 2);
}

/** One setting from text (a command-line option, a pane field): its value or the message. */
export function settingFromText<K extends SettingKey>(key: K, text: string): Result<Settings[K]> {
  return SETTING_FIELDS[key].fromText(text);
}

export const settingError = (field: SettingKey | null, error: PerfError): SettingIssue => ({
  ...error,
  field,
});

/** The first issue as a failed Result (for callers that stop at the first problem). */
export function firstIssue(issues: readonly SettingIssue[]): Result<never> | null {
  const first = issues[0];
  return first === undefined ? null : fail(first.code, first.text.it, first.text.en);
}
