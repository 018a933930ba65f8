/**
 * Comparing an output package with its input part by part, for the round trips on workbooks made
 * by other writers: what the command line may change (the plan sheet's derived cells and its colour
 * rules, its print setup, the styles it appends to, the audit sheet it adds with its relationship,
 * content type and names) is taken out, and everything else must be identical byte for byte.
 */
import { unzipSync } from "fflate";

export function partsOfZip(bytes: Uint8Array): Map<string, Buffer> {
  return new Map(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, Buffer.from(data)]));
}

/** Every `<c r="…">` of a sheet's XML by reference, as written. */
export function cellsByRef(sheetXml: string): Map<string, string> {
  const cells = new Map<string, string>();
  for (const match of sheetXml.matchAll(/<c\b[^>]*?\br="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g))
    cells.set(match[1] ?? "", match[0]);
  return cells;
}

/**
 * A worksheet without what the command line sets on a plan sheet: the cells (compared one by one
 * apart), the used-range hint, the colour rules, and the print setup attributes it writes
 * (landscape, one page wide, fitToPage); what remains is the user's and must not change.
 */
export function outsideTheCells(sheetXml: string): string {
  return sheetXml
    .replace(/<sheetData\b[\s\S]*?<\/sheetData>|<sheetData\/>/, "")
    .replace(/<dimension\b[^>]*\/>/, "")
    .replace(/<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>/g, "")
    .replace(/\s(orientation|fitToWidth|fitToHeight|fitToPage)="[^"]*"/g, "")
    .replace(/<pageSetUpPr\s*\/>/g, "")
    .replace(/<sheetPr\s*\/>|<sheetPr><\/sheetPr>/g, "")
    .replace(/<pageSetup\s*\/>/g, "");
}

/** workbook.xml without the audit sheet and the names the command line sets. */
export function workbookWithoutOurs(workbookXml: string, auditSheet: string): string {
  return workbookXml
    .replace(new RegExp(`<sheet name="${auditSheet}" sheetId="\\d+" [a-z0-9]+:id="rId\\d+"/>`), "")
    .replace(
      /<definedName name="_xlnm\.(Print_Titles|_FilterDatabase)"[^>]*>[^<]*<\/definedName>/g,
      ""
    )
    .replace(/<definedNames><\/definedNames>/, "");
}

/** A relationships or content-types part without the elements naming `target`. */
export function withoutEntriesFor(xml: string, target: string): string {
  return xml.replace(
    new RegExp(
      `<(Relationship|Override)\\b[^>]*"/?${target.replace(/[./]/g, "\\$&")}"[^>]*/>`,
      "g"
    ),
    ""
  );
}
