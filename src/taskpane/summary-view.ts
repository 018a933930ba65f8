/** The summary shown after each run: counts of KPIs, objectives, bands, not evaluated, findings. */
import type { SheetSummary } from "../core/sheet";
import { element } from "./dom";
import type { Translator } from "./i18n";

export interface RunFigures {
  readonly cellsWritten: number;
  readonly syncs: number;
}

export function summaryView(
  summary: SheetSummary,
  figures: RunFigures | null,
  t: Translator
): HTMLElement {
  const rows: [string, number, string][] = [
    [t("kpis"), summary.kpis, "kpis"],
    [t("objectives"), summary.objectives, "objectives"],
    [t("green"), summary.byBand.green, "green"],
    [t("yellow"), summary.byBand.yellow, "yellow"],
    [t("red"), summary.byBand.red, "red"],
    [t("notEvaluated"), summary.notEvaluated, "not-evaluated"],
    [t("findings"), summary.findings, "findings"],
  ];
  if (figures !== null) {
    rows.push([t("cellsWritten"), figures.cellsWritten, "cells-written"]);
    rows.push([t("syncs"), figures.syncs, "syncs"]);
  }
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
