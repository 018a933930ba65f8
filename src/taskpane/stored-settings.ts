/**
 * Settings as stored in the workbook (Office document settings, key SETTINGS_KEY): the JSON
 * object of the core's settings model, holding only what the user changed. The command line
 * reads the same object from the workbook's xl/webextensions part, and `--settings FILE` takes it
 * as a file. Reading checks every field; unknown or invalid fields are dropped and defaults apply.
 */
import { type JsonValue, type Settings, settingsFromJsonValue, settingsToJsonValue } from "../core";

export const SETTINGS_KEY = "perfKpi.settings";

export function settingsFromStored(raw: unknown): Partial<Settings> {
  return settingsFromJsonValue(raw).settings;
}

export function settingsToStored(settings: Partial<Settings>): { [key: string]: JsonValue } {
  return settingsToJsonValue(settings);
}
