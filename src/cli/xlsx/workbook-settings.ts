/**
 * The settings the task pane saved in the workbook. Office keeps an add-in's document settings
 * (Office.context.document.settings) in a web-extension part, `xl/webextensions/webextension*.xml`,
 * one `<we:property name="KEY" value="…"/>` per key, the value being the JSON text of what was set
 * (so an object set by the pane is a JSON object; a JSON string holding JSON is read too). The
 * command line reads them so that it colours a file as the pane does; it never writes them, and
 * the part goes to the output unchanged like every part it does not edit.
 */
import { type Settings, settingsFromJsonValue } from "../../core";
import type { WorkbookPackage } from "./workbook-package";
import { attribute, utf8 } from "./xml-text";

/** The key the task pane saves its settings under (src/taskpane/stored-settings.ts). */
export const SAVED_SETTINGS_KEY = "perfKpi.settings";

export interface SavedSettings {
  readonly settings: Partial<Settings>;
  /** The part they were read from, or null when the workbook holds none. */
  readonly part: string | null;
}

function parsedValue(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "string" ? (JSON.parse(value) as unknown) : value;
  } catch {
    return null;
  }
}

export function savedSettings(pkg: WorkbookPackage): SavedSettings {
  for (const [name, bytes] of pkg.parts) {
    if (!/^xl\/webextensions\/webextension[^/]*\.xml$/.test(name)) continue;
    const xml = utf8(bytes);
    for (const match of xml.matchAll(/<(?:[A-Za-z0-9_]+:)?property(?=[\s/>])[^>]*>/g)) {
      if (attribute(match[0], "name") !== SAVED_SETTINGS_KEY) continue;
      const value = parsedValue(attribute(match[0], "value") ?? "");
      if (value === null) continue;
      return { settings: settingsFromJsonValue(value).settings, part: name };
    }
  }
  return { settings: {}, part: null };
}
