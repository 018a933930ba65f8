/**
 * The audit of the scoring schemes and of OIV validation (domain.md §9–§10):
 * - VALIDATED_OVERRIDE: a validated figure counts instead of the computed one (both figures and
 *   the reason are given); OVERRIDE_WITHOUT_REASON when no reason is written beside it;
 * - THRESHOLD_MISSING: the threshold method with no threshold on the row (scored proportionally);
 * - SCHEME_INVALID: a threshold or excellence value on the wrong side of the target, a bad
 *   tolerance (the KPI is not evaluated);
 * - SCHEME_CELL_UNREADABLE: a method, threshold, tolerance, aggregation or validated cell that
 *   cannot be read (treated as blank);
 * - LEGEND_FILL_UNREADABLE: a swatch of a typed legend whose fill is no single colour;
 * - LEGEND_GAP / LEGEND_OVERLAP: a legend typed in the sheet whose bands leave values out or
 *   overlap (legend-from-sheet.ts), with the values concerned.
 */
import type { LegendProblem } from "../scoring/legend-bands";
import { objectiveName } from "./build-tree";
import { roleName, type ColumnRole } from "./column-roles";
import type { Override, TreeOutcome } from "./compute-tree";
import type { DetectedLayout } from "./detect-layout";
import { percentText, type Bilingual } from "./format-text";
import { makeFinding, performanceShown } from "./make-finding";
import { findingMessages, sheetWords } from "./sheet-messages";
import type { Finding } from "./sheet-types";

function overrideFindings(
  layout: DetectedLayout,
  row: number,
  what: Bilingual,
  override: Override
): Finding[] {
  const validated = percentText(override.validated);
  const computed = performanceShown(override.computed);
  const reason = override.reason;
  const findings: Finding[] = [
    makeFinding(
      "VALIDATED_OVERRIDE",
      row,
      layout.columns.validated,
      findingMessages.validatedOverride(what, validated, computed, reason),
      override.validated,
      override.computed
    ),
  ];
  if (reason === null) {
    findings.push(
      makeFinding(
        "OVERRIDE_WITHOUT_REASON",
        row,
        layout.columns.reason ?? layout.columns.validated,
        findingMessages.overrideWithoutReason(what, validated, computed),
        override.validated,
        override.computed
      )
    );
  }
  return findings;
}

export function schemeFindings(layout: DetectedLayout, outcome: TreeOutcome): Finding[] {
  const findings: Finding[] = [];
  const column = (role: ColumnRole): number | undefined => layout.columns[role];
  for (const kpi of outcome.kpis.values()) {
    const row = kpi.row.row;
    const name = kpi.row.kpi?.indicator ?? "";
    const what = sheetWords.kpiNamed(name);
    for (const { role, error } of kpi.scheme.errors) {
      findings.push(
        makeFinding(
          "SCHEME_CELL_UNREADABLE",
          row,
          column(role),
          findingMessages.schemeCellUnreadable(roleName(role), error.text),
          null,
          null
        )
      );
    }
    if (kpi.schemeError !== null) {
      findings.push(
        makeFinding(
          "SCHEME_INVALID",
          row,
          column("threshold") ?? column("excellence") ?? column("tolerance"),
          findingMessages.schemeInvalid(what, kpi.schemeError.text),
          null,
          null
        )
      );
    }
    if (kpi.schemeOutcome?.fallback === "thresholdMissing") {
      findings.push(
        makeFinding(
          "THRESHOLD_MISSING",
          row,
          column("threshold") ?? column("method"),
          findingMessages.thresholdMissing(what),
          null,
          null
        )
      );
    }
    if (kpi.override !== null) findings.push(...overrideFindings(layout, row, what, kpi.override));
  }
  for (const objective of outcome.objectives.values()) {
    const row = objective.node.row;
    if (row === null) continue;
    const name = objectiveName(objective.node);
    if (objective.override !== null)
      findings.push(
        ...overrideFindings(layout, row, sheetWords.objectiveNamed(name), objective.override)
      );
  }
  return findings;
}

/** A typed legend's gaps and overlaps, on the legend's first line (0-based row and column). */
export function legendFindings(
  at: { readonly row: number; readonly column: number },
  problems: readonly LegendProblem[],
  unreadableFills: readonly { readonly row: number; readonly column: number }[] = []
): Finding[] {
  const fills = unreadableFills.map((cell) =>
    makeFinding(
      "LEGEND_FILL_UNREADABLE",
      cell.row,
      cell.column,
      findingMessages.legendFillUnreadable,
      null,
      null
    )
  );
  const gaps = problems.map((problem) =>
    makeFinding(
      problem.kind === "gap" ? "LEGEND_GAP" : "LEGEND_OVERLAP",
      at.row,
      at.column,
      problem.text,
      null,
      null
    )
  );
  return [...fills, ...gaps];
}
