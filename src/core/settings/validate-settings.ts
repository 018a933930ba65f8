/**
 * Checks across settings, after each field has been read on its own (setting-fields.ts):
 * - legend bands must cover every performance the settings allow: up to 100% with the cap, up to
 *   the ceiling without it;
 * - the classic legend's thresholds must not lie above the ceiling (a band nothing can reach).
 * Returns one issue per problem, naming the setting to fix.
 */
import { legendProblems } from "../scoring/legend-bands";
import { percentText } from "../sheet/format-text";
import type { Settings } from "../types";
import { DEFAULT_SETTINGS } from "./defaults";
import { SETTING_FIELDS } from "./setting-fields";
import { settingMessages } from "./setting-messages";
import type { SettingIssue } from "./settings-json";

export function validateSettings(settings: Partial<Settings>): SettingIssue[] {
  const issues: SettingIssue[] = [];
  const capAtOne = settings.capAtOne ?? DEFAULT_SETTINGS.capAtOne;
  const ceiling = settings.ceiling ?? DEFAULT_SETTINGS.ceiling;
  const top = capAtOne ? 1 : ceiling;
  const bands = settings.legendBands;
  if (bands !== undefined && bands !== null && top > 1) {
    const problem = legendProblems(bands, top)[0];
    if (problem !== undefined) {
      const failed = settingMessages.because(
        SETTING_FIELDS.legendBands.label,
        `${problem.text.it} Senza il limite al 100% le performance arrivano a ${percentText(top).it}.`,
        `${problem.text.en} Without the cap at 100% performances reach ${percentText(top).en}.`
      );
      if (!failed.ok) issues.push({ ...failed.error, field: "legendBands" });
    }
  }
  const legend = settings.legend;
  if (legend !== undefined && legend.greenAbove >= top) {
    const failed = settingMessages.because(
      SETTING_FIELDS.legend.label,
      `la soglia del verde (${percentText(legend.greenAbove).it}) non è raggiungibile: le performance arrivano a ${percentText(top).it}.`,
      `the green threshold (${percentText(legend.greenAbove).en}) cannot be reached: performances go up to ${percentText(top).en}.`
    );
    if (!failed.ok) issues.push({ ...failed.error, field: "legend" });
  }
  return issues;
}
