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
import type { Finding, FindingCode } from "./sheet-types";

const WEIGHT_SUM_TOLERANCE = 0.01 + 1e-9;

/** What each derived cell is, and the Italian participle that agrees with it. */
const ROLE_LABEL: Readonly<
  Record<DerivedCell["role"], Bilingual & { readonly published: string }>
> = {
  kpiPerformance: { it: "Performance KPI", en: "KPI performance", published: "pubblicata" },
  objectivePerformance: {
    it: "Performance obiettivo",
    en: "Objective performance",
    published: "pubblicata",
  },
  metaActual: {
    it: "Consuntivo del meta-indicatore",
    en: "Meta-KPI actual",
    published: "pubblicato",
  },
};

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
          {
            it: `${label.it}: la cella contiene una formula dell'utente (${formula}), che non viene sovrascritta; valore calcolato ${computed.it}.`,
            en: `${label.en}: the cell holds the user's own formula (${formula}), which is not overwritten; computed value ${computed.en}.`,
          },
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
          ? { it: "vuota", en: "blank" }
          : { it: `"${published.text}"`, en: `"${published.text}"` };
    findings.push(
      makeFinding(
        "PUBLISHED_MISMATCH",
        cell.row,
        cell.column,
        {
          it: `${label.it} ${label.published} ${shown.it}, ma secondo le regole è ${computed.it}.`,
          en: `${label.en} published as ${shown.en}, but by the rules it is ${computed.en}.`,
        },
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
        {
          it: `Il codice ${node.code} compare più volte (la prima alla riga ${firstRow}): ogni riga è contata come un obiettivo a sé.`,
          en: `Code ${node.code} appears more than once (first in row ${firstRow}): each row counts as an objective of its own.`,
        },
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
        {
          it: `L'obiettivo ${child.code} non ha il padre ${missingCode} nel foglio: ${missingCode} è ricostruito dai suoi figli (${performanceShown(performance).it}).`,
          en: `Objective ${child.code} has no parent ${missingCode} in the sheet: ${missingCode} is rebuilt from its children (${performanceShown(performance).en}).`,
        },
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
      objective.basis === "kpis"
        ? { it: "degli indicatori", en: "of its KPIs" }
        : { it: "degli obiettivi figli", en: "of its child objectives" };
    findings.push(
      makeFinding(
        "WEIGHTS_NOT_100",
        node.row,
        layout.columns.weight,
        {
          it: `I pesi ${what.it} di ${objectiveName(node)} sommano a ${percentText(sum).it}, non a 100%: sono usati come pesi relativi.`,
          en: `The weights ${what.en} of ${objectiveName(node)} add up to ${percentText(sum).en}, not 100%: they are used as relative weights.`,
        },
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
        {
          it: `Colonna ${columnLetter(inferred.column)} letta come ${name.it} dai suoi valori: ${inferred.reason.it}. Se non è così, indicare le colonne (abbinamento delle colonne).`,
          en: `Column ${columnLetter(inferred.column)} read as ${name.en} from its values: ${inferred.reason.en}. If that is wrong, assign the columns (column mapping).`,
        },
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
        {
          it: `Periodo di monitoraggio scelto in automatico: «${period.header}» (l'ultimo con valori; fine ${end.it}, data di valutazione delle scadenze se non indicata). Altri periodi: ${period.others.map((o) => `«${o}»`).join(", ")}.`,
          en: `Monitoring period chosen by default: "${period.header}" (the latest with values; it ends ${end.en}, the evaluation date for deadlines unless one is set). Other periods: ${period.others.map((o) => `"${o}"`).join(", ")}.`,
        },
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
          {
            it: "Indicatore sopra il primo obiettivo: è calcolato ma non appartiene a nessun obiettivo e non conta in nessuna media.",
            en: "KPI above the first objective: it is scored but belongs to no objective and counts in no roll-up.",
          },
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
        makeFinding(
          "ZERO_WEIGHT",
          r,
          columns.weight,
          {
            it: "Indicatore con peso 0%: non conta nella performance dell'obiettivo.",
            en: "KPI weighted 0%: it does not count in the objective's performance.",
          },
          0,
          null
        )
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
          {
            it: `Target rivisto: vale l'ultimo valore (${targetText(target).it}); valori precedenti: ${earlier.map((e) => e.it).join(", ")}.`,
            en: `Revised target: the last value counts (${targetText(target).en}); earlier values: ${earlier.map((e) => e.en).join(", ")}.`,
          },
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
          {
            it: `Unità diverse: target ${t.it} (${target.unit === "percent" ? "percentuale" : "numero"}) e consuntivo ${a.it} (${actual.unit === "percent" ? "percentuale" : "numero"}). Il confronto usa i valori così come sono: verificare l'unità.`,
            en: `Units disagree: target ${t.en} (${target.unit === "percent" ? "percentage" : "number"}) and actual ${a.en} (${actual.unit === "percent" ? "percentage" : "number"}). The values are compared as they are: check the unit.`,
          },
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
          {
            it: `Consuntivo vuoto e scadenza ${deadline.it} superata: l'indicatore conta come non raggiunto (0%).`,
            en: `Blank actual and deadline ${deadline.en} passed: the KPI counts as not achieved (0%).`,
          },
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
        {
          it: `Denominatore 0 (numeratore ${unitValueText(ratio.numerator, "number").it}): il rapporto non si calcola, l'indicatore non è valutabile.`,
          en: `Denominator 0 (numerator ${unitValueText(ratio.numerator, "number").en}): the ratio cannot be computed, the KPI is not evaluated.`,
        },
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
      {
        it: `Consuntivo scritto ${shown.it}, ma numeratore / denominatore (${unitValueText(ratio.numerator, "number").it} / ${unitValueText(ratio.denominator, "number").it}) fa ${computed.it}: è usato il rapporto.`,
        en: `Written actual ${shown.en}, but numerator / denominator (${unitValueText(ratio.numerator, "number").en} / ${unitValueText(ratio.denominator, "number").en}) gives ${computed.en}: the ratio is used.`,
      },
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
