/**
 * The audit (domain.md §8): what in the sheet does not add up or needs a look. Each finding
 * names the 1-based row and the column letter, in Italian and English, with the published and
 * computed figures when there are some.
 *
 * Decisions:
 * - PUBLISHED_MISMATCH compares every derived cell (KPI performance, objective performance,
 *   meta-KPI actual) with the computed figure, beyond 0,005% (PUBLISHED_TOLERANCE); a blank cell
 *   where a number is computed counts (2024, A.6), and so does a number where nothing can be
 *   evaluated. A cell holding the user's own formula gives USER_FORMULA_KEPT as well.
 * - MISSING_PARENT is reported for a missing objective (2021: B.2.1); a missing area (2021: B,
 *   whose heading row has no code) is only listed among the virtual objectives, because areas are
 *   commonly written as uncoded section headings.
 * - WEIGHTS_NOT_100 allows 1% (three weights of 33% are the usual way to write thirds).
 */
import type { PerfError } from "../types";
import { columnLetter } from "./a1";
import { objectiveName, type PlanTree } from "./build-tree";
import type { ChosenPeriod } from "./choose-columns";
import { roleName } from "./column-roles";
import type { KpiOutcome, TreeOutcome } from "./compute-tree";
import type { DetectedLayout } from "./detect-layout";
import type { DerivedCell } from "./derived-cells";
import { percentText, targetText, unitValueText, type Bilingual } from "./format-text";
import { isOurFormula } from "./our-formula";
import { publishedDiffers, publishedForFinding, readPublished } from "./published-value";
import type { SheetGrid } from "./sheet-grid";
import { makeFinding, performanceShown } from "./make-finding";
import { findingMessages, sheetWords } from "./sheet-messages";
import type { Finding, FindingCode } from "./sheet-types";

const WEIGHT_SUM_TOLERANCE = 0.01 + 1e-9;

/** What each derived cell is, and the Italian participle that agrees with it. */
const ROLE_LABEL: Readonly<
  Record<DerivedCell["role"], Bilingual & { readonly published: string }>
> = sheetWords.derivedCell;

/** Findings about derived cells: published figures that differ, and user formulas that are kept. */
export function derivedCellFindings(grid: SheetGrid, cells: readonly DerivedCell[]): Finding[] {
  const findings: Finding[] = [];
  for (const cell of cells) {
    const published = readPublished(grid.value(cell.row, cell.column));
    if (!publishedDiffers(published, cell.computed) && grid.formula(cell.row, cell.column) === null)
      continue;
    const label = ROLE_LABEL[cell.role];
    const computed = performanceShown(cell.computed);
    const formula = grid.formula(cell.row, cell.column);
    if (formula !== null && !isOurFormula(formula)) {
      findings.push(
        makeFinding(
          "USER_FORMULA_KEPT",
          cell.row,
          cell.column,
          findingMessages.userFormulaKept(label, formula, computed),
          publishedForFinding(published),
          cell.computed
        )
      );
    }
    if (!publishedDiffers(published, cell.computed)) continue;
    const shown: Bilingual =
      published.kind === "number"
        ? percentText(published.value)
        : published.kind === "blank"
          ? sheetWords.blank
          : sheetWords.quoted(published.text);
    findings.push(
      makeFinding(
        "PUBLISHED_MISMATCH",
        cell.row,
        cell.column,
        findingMessages.publishedMismatch(label, shown, computed),
        publishedForFinding(published),
        cell.computed
      )
    );
  }
  return findings;
}

/** Findings about the tree: duplicate codes, missing parents, weights. */
export function treeFindings(
  layout: DetectedLayout,
  tree: PlanTree,
  outcome: TreeOutcome
): Finding[] {
  const findings: Finding[] = [];
  const codeColumn = layout.objectiveCodeColumn ?? layout.columns.objective;
  for (const { node, first } of tree.duplicates) {
    if (node.row === null) continue;
    const firstRow = first.row === null ? "?" : String(first.row + 1);
    findings.push(
      makeFinding(
        "DUPLICATE_CODE",
        node.row,
        codeColumn,
        findingMessages.duplicateCode(node.code, firstRow),
        node.code,
        null
      )
    );
  }
  for (const { child, missingCode } of tree.missingParents) {
    if (child.row === null) continue;
    const virtual = tree.virtual.find((v) => v.code === missingCode);
    const performance =
      virtual === undefined ? null : (outcome.objectives.get(virtual)?.performance ?? null);
    findings.push(
      makeFinding(
        "MISSING_PARENT",
        child.row,
        codeColumn,
        findingMessages.missingParent(child.code, missingCode, performanceShown(performance)),
        null,
        missingCode
      )
    );
  }
  for (const objective of outcome.objectives.values()) {
    const { node, rollup } = objective;
    if (node.row === null || rollup === null || rollup.writtenWeightSum === null) continue;
    const sum = rollup.writtenWeightSum;
    if (Math.abs(sum - 1) <= WEIGHT_SUM_TOLERANCE) continue;
    const what: Bilingual =
      objective.basis === "kpis" ? sheetWords.ofKpis : sheetWords.ofChildObjectives;
    findings.push(
      makeFinding(
        "WEIGHTS_NOT_100",
        node.row,
        layout.columns.weight,
        findingMessages.weightsNot100(what, objectiveName(node), percentText(sum)),
        sum,
        1
      )
    );
  }
  return findings;
}

/**
 * Findings about what was guessed or left out while reading the sheet: roles decided from the
 * values of a column, a monitoring period taken by default, KPIs above the first objective.
 */
export function readingFindings(
  layout: DetectedLayout,
  tree: PlanTree,
  period: ChosenPeriod | null
): Finding[] {
  const findings: Finding[] = [];
  const headerRow = layout.headerRows[0] ?? layout.firstDataRow - 1;
  for (const inferred of layout.inferred) {
    if (!inferred.audit) continue;
    const name = roleName(inferred.role);
    findings.push(
      makeFinding(
        "COLUMN_ROLE_INFERRED",
        headerRow,
        inferred.column,
        findingMessages.columnRoleInferred(columnLetter(inferred.column), name, inferred.reason),
        null,
        inferred.role
      )
    );
  }
  if (period !== null && period.byDefault) {
    const end = unitValueText(period.end, "date");
    findings.push(
      makeFinding(
        "PERIOD_BY_DEFAULT",
        headerRow,
        period.column,
        findingMessages.periodByDefault(period.header, end, period.others),
        null,
        period.header
      )
    );
  }
  if (tree.objectives.length > 0) {
    for (const row of tree.orphanKpis) {
      findings.push(
        makeFinding(
          "KPI_WITHOUT_OBJECTIVE",
          row.row,
          layout.columns.indicator,
          findingMessages.kpiWithoutObjective,
          null,
          null
        )
      );
    }
  }
  return findings;
}

/** Findings about KPI rows: unreadable cells, units, zero weights, missed deadlines, revised targets. */
export function kpiFindings(layout: DetectedLayout, outcome: TreeOutcome): Finding[] {
  const findings: Finding[] = [];
  const { columns } = layout;
  for (const kpi of outcome.kpis.values()) {
    const { cells, row } = kpi;
    const r = row.row;
    if (!cells.target.ok) {
      findings.push(
        unreadable("TARGET_UNREADABLE", r, columns.target, cells.target.error, cells.rawTarget)
      );
    }
    if (kpi.meta === null && !cells.actual.ok) {
      findings.push(
        unreadable("VALUE_UNREADABLE", r, columns.actual, cells.actual.error, cells.rawActual)
      );
    }
    if (cells.weightError !== null) {
      findings.push(unreadable("VALUE_UNREADABLE", r, columns.weight, cells.weightError, null));
    }
    if (cells.weight === 0) {
      findings.push(
        makeFinding("ZERO_WEIGHT", r, columns.weight, findingMessages.zeroWeight, 0, null)
      );
    }
    if (!cells.target.ok) continue;
    const target = cells.target.value;
    if (target.revisedFrom !== undefined && target.revisedFrom.length > 0) {
      const earlier = target.revisedFrom.map((v) => unitValueText(v, target.unit));
      findings.push(
        makeFinding(
          "REVISED_TARGET",
          r,
          columns.target,
          findingMessages.revisedTarget(targetText(target), earlier),
          target.revisedFrom[target.revisedFrom.length - 1] ?? null,
          target.value
        )
      );
    }
    if (kpi.meta === null && cells.ratio !== null) findings.push(...ratioFindings(layout, kpi));
    if (kpi.meta !== null || !cells.actual.ok) continue;
    const actual = cells.actual.value;
    if (actual.kind === "number" && target.unit !== "date" && actual.unit !== target.unit) {
      const t = targetText(target);
      const a = unitValueText(actual.value, actual.unit);
      findings.push(
        makeFinding(
          "UNIT_MISMATCH",
          r,
          columns.actual,
          findingMessages.unitMismatch(t, target.unit, a, actual.unit),
          actual.value,
          target.value
        )
      );
    }
    const score = kpi.score;
    if (
      actual.kind === "blank" &&
      score !== null &&
      score.evaluated &&
      score.rule === "dateMissedDeadline"
    ) {
      const deadline = unitValueText(target.value, "date");
      findings.push(
        makeFinding(
          "BLANK_ACTUAL_NOT_ACHIEVED",
          r,
          columns.actual,
          findingMessages.blankActualNotAchieved(deadline),
          null,
          0
        )
      );
    }
  }
  return findings;
}

/** Relative difference beyond which a written actual disagrees with numerator / denominator. */
const RATIO_TOLERANCE = 1e-4;

function ratioFindings(layout: DetectedLayout, kpi: KpiOutcome): Finding[] {
  const ratio = kpi.cells.ratio;
  if (ratio === null) return [];
  const r = kpi.row.row;
  const { columns } = layout;
  if (ratio.value === null) {
    return [
      makeFinding(
        "DENOMINATOR_ZERO",
        r,
        columns.denominator,
        findingMessages.denominatorZero(unitValueText(ratio.numerator, "number")),
        ratio.denominator,
        null
      ),
    ];
  }
  const written = ratio.written;
  if (written === null) return [];
  const scale = Math.max(Math.abs(ratio.value), Math.abs(written));
  if (scale === 0 || Math.abs(written - ratio.value) <= RATIO_TOLERANCE * scale) return [];
  const computed = unitValueText(ratio.value, "number");
  const shown = unitValueText(written, "number");
  return [
    makeFinding(
      "RATIO_MISMATCH",
      r,
      columns.actual,
      findingMessages.ratioMismatch(
        shown,
        unitValueText(ratio.numerator, "number"),
        unitValueText(ratio.denominator, "number"),
        computed
      ),
      written,
      ratio.value
    ),
  ];
}

function unreadable(
  code: FindingCode,
  row: number,
  column: number | undefined,
  error: PerfError,
  raw: unknown
): Finding {
  const published = typeof raw === "string" || typeof raw === "number" ? raw : null;
  return makeFinding(code, row, column, error.text, published, null);
}

/** Findings in sheet order: by row, then column, then code. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const byColumn = (a: string, b: string): number =>
    a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  return [...findings].sort(
    (a, b) =>
      a.row - b.row ||
      byColumn(a.column, b.column) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}
