/**
 * Print setup of the plan sheet for reviewers, who print it: landscape, fitted to one page wide
 * (any number of pages tall). Excel reads fitToWidth only when the sheet's `fitToPage` flag is set:
 * without it a plan printed over 8 to 68 pages and page 1 showed only columns A–B. Everything else
 * of the user's page setup (paper, margins, scale, header and footer) stays.
 */
import { worksheetInsertionPoint } from "./worksheet-order";
import { findElement, splice, withAttribute } from "./xml-text";

function withFitToPage(xml: string): string {
  const sheetPr = findElement(xml, "sheetPr");
  if (sheetPr === null) {
    const root = findElement(xml, "worksheet");
    if (root === null) return xml;
    const at = root.start + root.startTag.length;
    return splice(xml, at, at, '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  }
  const inner = xml.slice(sheetPr.contentStart, sheetPr.contentEnd);
  const pageSetUpPr = findElement(inner, "pageSetUpPr");
  if (pageSetUpPr !== null) {
    const start = sheetPr.contentStart + pageSetUpPr.start;
    const tag = withAttribute(pageSetUpPr.startTag, "fitToPage", "1");
    return splice(xml, start, start + pageSetUpPr.startTag.length, tag);
  }
  // pageSetUpPr is the last child of sheetPr.
  if (sheetPr.startTag.endsWith("/>")) {
    const open = `${sheetPr.startTag.slice(0, -2)}>`;
    return splice(xml, sheetPr.start, sheetPr.end, `${open}<pageSetUpPr fitToPage="1"/></sheetPr>`);
  }
  return splice(xml, sheetPr.contentEnd, sheetPr.contentEnd, '<pageSetUpPr fitToPage="1"/>');
}

function withLandscapeOnePageWide(xml: string): string {
  const setup = findElement(xml, "pageSetup");
  if (setup === null) {
    const at = worksheetInsertionPoint(xml, "pageSetup");
    return splice(
      xml,
      at,
      at,
      '<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
    );
  }
  let tag = withAttribute(setup.startTag, "orientation", "landscape");
  tag = withAttribute(tag, "fitToWidth", "1");
  tag = withAttribute(tag, "fitToHeight", "0");
  return splice(xml, setup.start, setup.start + setup.startTag.length, tag);
}

export function withPrintSetup(xml: string): string {
  return withLandscapeOnePageWide(withFitToPage(xml));
}
