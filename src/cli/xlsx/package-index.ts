/**
 * Where things are in a workbook package: the workbook part (from the package relationships), its
 * sheets in order with their names, states and parts (from workbook.xml and its relationships), and
 * the styles part. Paths are zip entry names ("xl/worksheets/sheet1.xml").
 */
import * as path from "path";
import type { PackageParts } from "./read-package";
import { attribute, decodeText, findElement, findElements, utf8 } from "./xml-text";

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relationshipId: string;
  /** "visible", "hidden" or "veryHidden". */
  readonly state: string;
  /** Zip entry name of the worksheet part; null for a chart sheet or a missing part. */
  readonly part: string | null;
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export interface PackageIndex {
  readonly workbookPart: string;
  readonly workbookRelsPart: string;
  readonly sheets: readonly SheetEntry[];
  readonly relationships: readonly Relationship[];
  readonly stylesPart: string | null;
  readonly sharedStringsPart: string | null;
  readonly date1904: boolean;
}

const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

/** The rels part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPartOf(part: string): string {
  return path.posix.join(path.posix.dirname(part), "_rels", `${path.posix.basename(part)}.rels`);
}

/** A relationship target resolved against its source part's folder. */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  return path.posix.normalize(path.posix.join(path.posix.dirname(sourcePart), target));
}

export function readRelationships(xml: string): Relationship[] {
  return findElements(xml, "Relationship").map((span) => ({
    id: attribute(span.startTag, "Id") ?? "",
    type: attribute(span.startTag, "Type") ?? "",
    target: attribute(span.startTag, "Target") ?? "",
    external: attribute(span.startTag, "TargetMode") === "External",
  }));
}

export function partText(parts: PackageParts, name: string): string | null {
  const bytes = parts.get(name);
  return bytes === undefined ? null : utf8(bytes);
}

export function indexPackage(parts: PackageParts): PackageIndex | null {
  const rootRels = partText(parts, "_rels/.rels");
  const officeDocument = rootRels
    ? readRelationships(rootRels).find((rel) => rel.type.endsWith("/officeDocument"))
    : undefined;
  const workbookPart = officeDocument
    ? resolveTarget("", officeDocument.target)
    : "xl/workbook.xml";
  const workbook = partText(parts, workbookPart);
  if (workbook === null) return null;
  const workbookRelsPart = relsPartOf(workbookPart);
  const relationships = readRelationships(partText(parts, workbookRelsPart) ?? "");
  const byId = new Map(relationships.map((rel) => [rel.id, rel]));
  const sheetsSpan = findElement(workbook, "sheets");
  const sheets: SheetEntry[] = (
    sheetsSpan === null ? [] : findElements(workbook, "sheet", sheetsSpan.start, sheetsSpan.end)
  ).map((span) => {
    const relationshipId = attribute(span.startTag, "r:id") ?? "";
    const rel = byId.get(relationshipId);
    const isWorksheet = rel !== undefined && rel.type === `${REL_TYPE}worksheet`;
    const part = isWorksheet ? resolveTarget(workbookPart, rel.target) : null;
    return {
      name: attribute(span.startTag, "name") ?? "",
      sheetId: Number(attribute(span.startTag, "sheetId") ?? 0),
      relationshipId,
      state: attribute(span.startTag, "state") ?? "visible",
      part: part !== null && parts.has(part) ? part : null,
    };
  });
  const partOfType = (type: string): string | null => {
    const rel = relationships.find((candidate) => candidate.type === `${REL_TYPE}${type}`);
    return rel === undefined ? null : resolveTarget(workbookPart, rel.target);
  };
  const workbookPr = findElement(workbook, "workbookPr");
  const date1904 =
    workbookPr !== null && /^(1|true)$/.test(attribute(workbookPr.startTag, "date1904") ?? "");
  return {
    workbookPart,
    workbookRelsPart,
    sheets,
    relationships,
    stylesPart: partOfType("styles"),
    sharedStringsPart: partOfType("sharedStrings"),
    date1904,
  };
}

export { decodeText };
