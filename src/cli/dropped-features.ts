/**
 * Parts of an xlsx that ExcelJS reads past and does not write back (charts: exceljs/exceljs#141;
 * pivot tables, macros, slicers, threaded comments). The output workbook would silently lack them,
 * so the command line warns. Part names sit uncompressed in the zip's directory: a byte search finds them.
 */
import { cliMessages } from "./messages";

export interface DroppedFeature {
  readonly partPrefix: string;
  readonly it: string;
  readonly en: string;
}

const FEATURES: readonly DroppedFeature[] = [
  { partPrefix: "xl/charts/", it: "grafici", en: "charts" },
  { partPrefix: "xl/chartsheets/", it: "fogli grafico", en: "chart sheets" },
  { partPrefix: "xl/pivotTables/", it: "tabelle pivot", en: "pivot tables" },
  { partPrefix: "xl/vbaProject.bin", it: "macro VBA", en: "VBA macros" },
  { partPrefix: "xl/slicers/", it: "filtri dati (slicer)", en: "slicers" },
  { partPrefix: "xl/threadedComments/", it: "commenti in thread", en: "threaded comments" },
];

export function droppedFeatures(zipBytes: Buffer): DroppedFeature[] {
  return FEATURES.filter((feature) => zipBytes.includes(Buffer.from(feature.partPrefix, "latin1")));
}

/** The stderr warning for one input, or "" when nothing is lost. */
export function droppedFeaturesWarning(
  fileName: string,
  features: readonly DroppedFeature[]
): string {
  if (features.length === 0) return "";
  const it = features.map((feature) => feature.it).join(", ");
  const en = features.map((feature) => feature.en).join(", ");
  return cliMessages.droppedFeatures(fileName, it, en);
}
