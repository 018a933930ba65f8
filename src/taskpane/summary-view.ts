/**
 * The summary at the top of the results screen: KPIs and objectives computed, rows by band, not
 * evaluated, findings. What only support cares about (cells written, calls to Excel) is a
 * separate view that the pane puts under the collapsed "Dettagli tecnici".
 */
import type { SheetSummary } from "../core/sheet";
import { element } from "./dom";
import type { Translator } from "./i18n";

export interface RunFigures {
  readonly cellsWritten: number;
  readonly syncs: number;
}

function definitionList(rows: readonly [string, number, string][], t: Translator): HTMLElement {
  const number = new Intl.NumberFormat(t.language === "it" ? "it-IT" : "en-GB");
  return element(
    "dl",
    { class: "summary" },
    rows.flatMap(([label, value, key]) => [
      element("dt", { class: `swatch-label ${key}` }, [label]),
      element("dd", { "data-summary": key }, [number.format(value)]),
    ])
  );
}

export function summaryView(summary: SheetSummary, t: Translator): HTMLElement {
  return definitionList(
    [
      [t("kpis"), summary.kpis, "kpis"],
      [t("objectives"), summary.objectives, "objectives"],
      [t("green"), summary.byBand.green, "green"],
      [t("yellow"), summary.byBand.yellow, "yellow"],
      [t("red"), summary.byBand.red, "red"],
      [t("notEvaluated"), summary.notEvaluated, "not-evaluated"],
      [t("findings"), summary.findings, "findings"],
    ],
    t
  );
}

/** For support: how the last run talked to Excel. */
export function technicalView(figures: RunFigures, t: Translator): HTMLElement {
  return element("div", {}, [
    element("p", { class: "muted" }, [t("technicalHint")]),
    definitionList(
      [
        [t("cellsWritten"), figures.cellsWritten, "cells-written"],
        [t("syncs"), figures.syncs, "syncs"],
      ],
      t
    ),
  ]);
}
