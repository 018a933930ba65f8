/**
 * Defaults completed by a partial set of settings (from the workbook, the pane, the command line).
 * Undefined fields keep the default; a legend may be given in part (only its colours, say); the
 * date ladder is sorted by days late, as scoring expects. Values are taken as given: check them
 * first with the readers of setting-fields.ts (parseSettingsJson, settingFromText).
 */
import type { LegendSettings, Settings } from "../types";
import { DEFAULT_LEGEND, DEFAULT_SETTINGS } from "./defaults";

export function resolveSettings(partial?: Partial<Settings>): Settings {
  if (partial === undefined) return DEFAULT_SETTINGS;
  const legend: Partial<LegendSettings> = partial.legend ?? {};
  const colors: Partial<LegendSettings["colors"]> = legend.colors ?? {};
  const defined = Object.fromEntries(
    Object.entries(partial).filter(([, value]) => value !== undefined)
  ) as Partial<Settings>;
  return {
    ...DEFAULT_SETTINGS,
    ...defined,
    dateLadder: [...(partial.dateLadder ?? DEFAULT_SETTINGS.dateLadder)].sort(
      (a, b) => a.maxDaysLate - b.maxDaysLate
    ),
    legend: {
      greenAbove: legend.greenAbove ?? DEFAULT_LEGEND.greenAbove,
      yellowFrom: legend.yellowFrom ?? DEFAULT_LEGEND.yellowFrom,
      colors: {
        green: colors.green ?? DEFAULT_LEGEND.colors.green,
        yellow: colors.yellow ?? DEFAULT_LEGEND.colors.yellow,
        red: colors.red ?? DEFAULT_LEGEND.colors.red,
      },
    },
  };
}
