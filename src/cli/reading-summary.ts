/**
 * What the command line says about how each sheet was read: the column used for each role (and
 * whether header words, values or the --mapping decided it), and the hidden sheets it skipped.
 */
import { roleName } from "../core/sheet";
import { cliMessages } from "./messages";
import type { SummaryLine } from "./summary-table";

const SOURCE = {
  header: { it: "intestazione", en: "header" },
  values: { it: "dai valori", en: "from values" },
  mapping: { it: "abbinamento", en: "mapping" },
} as const;

export function renderColumnsUsed(lines: readonly SummaryLine[]): string {
  let text = "";
  for (const line of lines) {
    text += cliMessages.columnsUsedTitle(line.file, line.sheet);
    for (const use of line.summary.columns) {
      const name = roleName(use.role);
      const header = use.header === "" ? "" : ` «${use.header}»`;
      const source = SOURCE[use.source];
      text += `  ${use.column.padEnd(3)} ${name.it} / ${name.en}${header} (${source.it} / ${source.en})\n`;
    }
  }
  return text;
}

export function renderHiddenSkipped(
  skipped: readonly { file: string; sheet: string; state: "hidden" | "veryHidden" }[]
): string {
  return skipped
    .map(({ file, sheet, state }) =>
      cliMessages.hiddenSheetSkipped(file, sheet, state === "veryHidden")
    )
    .join("");
}
