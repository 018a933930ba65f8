/**
 * Sheet-local defined names in workbook.xml that the editor sets: the print titles (rows repeated
 * at the top of every printed page, `_xlnm.Print_Titles`) and the audit sheet's filter range
 * (`_xlnm._FilterDatabase`). Every other defined name, and every attribute of the ones we keep, is
 * copied as it is.
 */
import type { SheetLayout } from "../../core/sheet";
import { attribute, escapeText, findElement, findElements, splice } from "./xml-text";

export const PRINT_TITLES = "_xlnm.Print_Titles";
export const FILTER_DATABASE = "_xlnm._FilterDatabase";

/** One sheet-local name to set. */
export interface LocalName {
  readonly name: string;
  /** 0-based position of the sheet in <sheets> (what localSheetId counts). */
  readonly localSheetId: number;
  /** The reference, unescaped ("'Albero 2024'!$3:$3"). */
  readonly reference: string;
  readonly hidden?: boolean;
  /** Keep a name the user already has for that sheet instead of replacing it. */
  readonly keepExisting: boolean;
}

/** `'Piano 2021'`: a sheet name quoted for a reference, as Excel writes it. */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The print titles of rows `first`…`last` (1-based) of a sheet: `'Piano'!$3:$4`. */
export function printTitleRows(
  sheetName: string,
  localSheetId: number,
  rows: { readonly first: number; readonly last: number },
  keepExisting: boolean
): LocalName {
  return {
    name: PRINT_TITLES,
    localSheetId,
    reference: `${quotedSheetName(sheetName)}!$${rows.first}:$${rows.last}`,
    keepExisting,
  };
}

/**
 * The plan's header block (1-based rows): from its first header row to the row before the data, so
 * a header over sub-headers repeats whole on every printed page. Undefined without a header.
 */
export function planTitleRows(
  layout: SheetLayout
): { readonly first: number; readonly last: number } | undefined {
  const first = layout.headerRows[0];
  if (first === undefined) return undefined;
  return { first: first + 1, last: Math.max(first, layout.firstDataRow - 1) + 1 };
}

function nameXml(local: LocalName): string {
  const hidden = local.hidden === true ? ' hidden="1"' : "";
  return `<definedName name="${local.name}" localSheetId="${local.localSheetId}"${hidden}>${escapeText(local.reference)}</definedName>`;
}

/**
 * workbook.xml with each name set: an earlier one of the same name and sheet is replaced where it
 * stands (unless kept), a new one goes at the end of <definedNames>. Nothing else moves.
 */
export function withLocalNames(workbookXml: string, names: readonly LocalName[]): string {
  const key = (name: string | null, local: string | null): string => `${name}\u0000${local}`;
  let xml = workbookXml;
  for (const local of names) {
    const block = findElement(xml, "definedNames");
    if (block === null || block.startTag.endsWith("/>")) {
      const sheets = findElement(xml, "sheets");
      if (sheets === null) return xml;
      // After </sheets> and the elements that may follow it before definedNames.
      let at = sheets.end;
      for (const name of ["functionGroups", "externalReferences"]) {
        const span = findElement(xml, name);
        if (span !== null) at = Math.max(at, span.end);
      }
      const [from, to] = block === null ? [at, at] : [block.start, block.end];
      xml = splice(xml, from, to, `<definedNames>${nameXml(local)}</definedNames>`);
      continue;
    }
    const wanted = key(local.name, String(local.localSheetId));
    const same = findElements(xml, "definedName", block.contentStart, block.contentEnd).find(
      (span) =>
        key(attribute(span.startTag, "name"), attribute(span.startTag, "localSheetId")) === wanted
    );
    if (same === undefined) xml = splice(xml, block.contentEnd, block.contentEnd, nameXml(local));
    else if (!local.keepExisting) xml = splice(xml, same.start, same.end, nameXml(local));
  }
  return xml;
}
