/**
 * Where a new child element of a worksheet goes. Excel rejects a worksheet whose children are out
 * of schema order, so an element we add must land before every existing child that follows it.
 */
import { findElement } from "./xml-text";

/** The children of a worksheet in schema order (CT_Worksheet, ECMA-376 Part 1 §18.3.1.99). */
const WORKSHEET_CHILDREN: readonly string[] = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** The offset at which a new `element` goes: before the first existing child that follows it. */
export function worksheetInsertionPoint(xml: string, element: string): number {
  const later = WORKSHEET_CHILDREN.slice(WORKSHEET_CHILDREN.indexOf(element) + 1);
  let best = -1;
  for (const name of later) {
    const span = findElement(xml, name);
    if (span !== null && (best === -1 || span.start < best)) best = span.start;
  }
  if (best !== -1) return best;
  const close = xml.lastIndexOf("</worksheet>");
  return close === -1 ? xml.length : close;
}
