/**
 * Which column was used for which role, and how it was decided (header words, values, the
 * person's mapping): the summary of the pane and the command line always says it.
 */
import { columnLetter } from "./a1";
import { ALL_ROLES } from "./column-roles";
import type { DetectedLayout } from "./detect-layout";
import type { ColumnUse } from "./sheet-types";

export function columnsUsed(layout: DetectedLayout): ColumnUse[] {
  const inferred = new Set(layout.inferred.map((i) => i.role));
  const mapped = new Set(layout.mapped);
  const uses: ColumnUse[] = [];
  for (const role of ALL_ROLES) {
    const column = layout.columns[role];
    if (column === undefined) continue;
    uses.push({
      role,
      column: columnLetter(column),
      header: layout.headers[role] ?? "",
      source: mapped.has(role) ? "mapping" : inferred.has(role) ? "values" : "header",
    });
  }
  return uses.sort((a, b) => a.column.length - b.column.length || (a.column < b.column ? -1 : 1));
}
