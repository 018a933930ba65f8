/**
 * Messages of the settings model: which setting is wrong, what it holds and what it accepts,
 * Italian first with the English beside it.
 */
import { quote } from "../messages";
import { fail, type Bilingual, type Result } from "../types";

/** A setting's name, as messages and the form show it. */
export type SettingLabel = Bilingual;

export const settingMessages = {
  invalid: (
    label: SettingLabel,
    raw: unknown,
    expectedIt: string,
    expectedEn: string
  ): Result<never> =>
    fail(
      "SETTING_INVALID",
      `Impostazione «${label.it}»: "${quote(raw)}" non valido, ${expectedIt}.`,
      `Setting "${label.en}": "${quote(raw)}" is not valid, ${expectedEn}.`
    ),
  because: (label: SettingLabel, reasonIt: string, reasonEn: string): Result<never> =>
    fail(
      "SETTING_INVALID",
      `Impostazione «${label.it}»: ${reasonIt}`,
      `Setting "${label.en}": ${reasonEn}`
    ),
  unknownSetting: (name: string): Result<never> =>
    fail(
      "SETTING_INVALID",
      `Impostazione sconosciuta "${quote(name)}": non è usata.`,
      `Unknown setting "${quote(name)}": it is ignored.`
    ),
  notAnObject: (): Result<never> =>
    fail(
      "SETTING_INVALID",
      'Le impostazioni devono essere un oggetto JSON, ad esempio {"method": "binario", "planYear": 2024}.',
      'Settings must be a JSON object, for example {"method": "binary", "planYear": 2024}.'
    ),
  notJson: (detail: string): Result<never> =>
    fail(
      "SETTING_INVALID",
      `Le impostazioni non sono JSON leggibile (${quote(detail)}).`,
      `The settings are not readable JSON (${quote(detail)}).`
    ),
  rollupUnknown: (raw: unknown): Result<never> =>
    fail(
      "METHOD_UNKNOWN",
      `Aggregazione "${quote(raw)}" sconosciuta: usare "media" (ponderata), "minimo" oppure "tutti".`,
      `Aggregation "${quote(raw)}" unknown: use "media" (weighted mean), "minimo" (minimum) or "tutti" (all met).`
    ),
} as const;
