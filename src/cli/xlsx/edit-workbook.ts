/**
 * Writing the recomputed workbook: each plan sheet edited surgically (edit-sheet.ts), the styles the
 * edits need appended, the Verifica sheet written (replacing ours from an earlier run, or added with
 * its relationship, content type and print titles), and every other part copied unchanged. The
 * calculation chain, a cache Excel rebuilds, is dropped when a formula cell was replaced, since a
 * chain naming a cell that no longer holds a formula makes Excel repair the file.
 */
import type { WritePlan } from "../../core/sheet";
import {
  AUDIT_HEADERS,
  AUDIT_SHEET_NAME,
  auditSheetXml,
  FALLBACK_AUDIT_SHEET_NAME,
  isAuditGrid,
  keptColumns,
  type SheetFinding,
} from "./audit-part";
import { editSheet } from "./edit-sheet";
import { partText, readRelationships, resolveTarget, type SheetEntry } from "./package-index";
import {
  FILTER_DATABASE,
  type LocalName,
  printTitleRows,
  quotedSheetName,
  withLocalNames,
} from "./local-names";
import { MINIMAL_STYLES, StyleEditor } from "./styles";
import { readWorksheet, type WorkbookPackage } from "./workbook-package";
import { writePackage } from "./write-package";
import { attribute, bytesOf, escapeAttribute, findElement, findElements, splice } from "./xml-text";
import { columnLetter } from "../../core/sheet";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_TYPE = `${REL_NS}/`;
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

export interface SheetEdit {
  readonly sheet: SheetEntry;
  readonly plan: WritePlan;
  /** The plan's header rows (1-based), repeated on every printed page unless the user set others. */
  readonly titleRows?: { readonly first: number; readonly last: number };
}

/** The text parts changed so far (encoded once at the end). */
type Changes = Map<string, string | null>;

function current(pkg: WorkbookPackage, changes: Changes, part: string): string | null {
  if (changes.has(part)) return changes.get(part) ?? null;
  return partText(pkg.parts, part);
}

/** The audit sheet already in the workbook (ours, from an earlier run), or where ours goes. */
function auditTarget(pkg: WorkbookPackage): { name: string; existing: SheetEntry | null } {
  for (const name of [AUDIT_SHEET_NAME, FALLBACK_AUDIT_SHEET_NAME]) {
    const sheet = pkg.index.sheets.find((candidate) => candidate.name === name);
    if (sheet === undefined) return { name, existing: null };
    if (sheet.part !== null && isAuditGrid(readWorksheet(pkg, sheet).input.values))
      return { name, existing: sheet };
  }
  return { name: `${FALLBACK_AUDIT_SHEET_NAME} 2`, existing: null };
}

function unusedPartName(pkg: WorkbookPackage): string {
  for (let n = 1; ; n++) {
    const name = `xl/worksheets/sheet${n}.xml`;
    if (!pkg.parts.has(name)) return name;
  }
}

function unusedRelationshipId(relsXml: string): string {
  const ids = new Set(readRelationships(relsXml).map((rel) => rel.id));
  for (let n = ids.size + 1; ; n++) if (!ids.has(`rId${n}`)) return `rId${n}`;
}

function addRelationship(
  relsXml: string | null,
  type: string,
  target: string
): { xml: string; id: string } {
  const xml =
    relsXml ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const id = unusedRelationshipId(xml);
  const element = `<Relationship Id="${id}" Type="${REL_TYPE}${type}" Target="${escapeAttribute(target)}"/>`;
  const close = xml.lastIndexOf("</Relationships>");
  return { xml: splice(xml, close, close, element), id };
}

function addOverride(typesXml: string, part: string, contentType: string): string {
  const close = typesXml.lastIndexOf("</Types>");
  return splice(
    typesXml,
    close,
    close,
    `<Override PartName="/${part}" ContentType="${contentType}"/>`
  );
}

/** The prefix workbook.xml binds to the relationships namespace (adding `r` when none is). */
function relationshipPrefix(workbookXml: string): { xml: string; prefix: string } {
  const root = findElement(workbookXml, "workbook");
  const match = new RegExp(`xmlns:([A-Za-z0-9_]+)="${REL_NS.replace(/[./]/g, "\\$&")}"`).exec(
    root?.startTag ?? ""
  );
  if (match?.[1] !== undefined) return { xml: workbookXml, prefix: match[1] };
  if (root === null) return { xml: workbookXml, prefix: "r" };
  const tag = root.startTag.replace(/^<workbook/, `<workbook xmlns:r="${REL_NS}"`);
  return {
    xml: splice(workbookXml, root.start, root.start + root.startTag.length, tag),
    prefix: "r",
  };
}

/** The audit sheet's local names: print titles (its header row) and the filter range. */
function auditNames(localSheetId: number, sheetName: string, lastRow: number): LocalName[] {
  const range = `$A$1:$${columnLetter(AUDIT_HEADERS.length - 1)}$${lastRow}`;
  return [
    {
      name: FILTER_DATABASE,
      localSheetId,
      reference: `${quotedSheetName(sheetName)}!${range}`,
      hidden: true,
      keepExisting: false,
    },
    printTitleRows(sheetName, localSheetId, { first: 1, last: 1 }, false),
  ];
}

function dropCalcChain(pkg: WorkbookPackage, changes: Changes): void {
  const rel = pkg.index.relationships.find(
    (candidate) => candidate.type === `${REL_TYPE}calcChain`
  );
  if (rel === undefined) return;
  const part = resolveTarget(pkg.index.workbookPart, rel.target);
  changes.set(part, null);
  const rels = current(pkg, changes, pkg.index.workbookRelsPart);
  const span =
    rels === null
      ? []
      : findElements(rels, "Relationship").filter((s) => attribute(s.startTag, "Id") === rel.id);
  if (rels !== null && span[0] !== undefined)
    changes.set(pkg.index.workbookRelsPart, splice(rels, span[0].start, span[0].end, ""));
  const types = current(pkg, changes, "[Content_Types].xml");
  if (types !== null) {
    const override = findElements(types, "Override").find(
      (s) => attribute(s.startTag, "PartName") === `/${part}`
    );
    if (override !== undefined)
      changes.set("[Content_Types].xml", splice(types, override.start, override.end, ""));
  }
}

export function editWorkbook(
  pkg: WorkbookPackage,
  edits: readonly SheetEdit[],
  findings: readonly SheetFinding[]
): Uint8Array {
  return writePackage(editedEntries(pkg, edits, findings));
}

/** The parts of the output package in order, edited ones encoded (editWorkbook without the zip). */
export function editedEntries(
  pkg: WorkbookPackage,
  edits: readonly SheetEdit[],
  findings: readonly SheetFinding[]
): [string, Uint8Array][] {
  const changes: Changes = new Map();
  const stylesPart = pkg.index.stylesPart ?? "xl/styles.xml";
  const styles = new StyleEditor(partText(pkg.parts, stylesPart) ?? MINIMAL_STYLES);
  let formulasReplaced = false;

  for (const edit of edits) {
    if (edit.sheet.part === null) continue;
    const xml = current(pkg, changes, edit.sheet.part) ?? "";
    const edited = editSheet(xml, edit.plan, styles);
    formulasReplaced ||= edited.replacedFormulas;
    changes.set(edit.sheet.part, edited.xml);
  }

  const target = auditTarget(pkg);
  const previous =
    target.existing === null ? null : readWorksheet(pkg, target.existing).input.values;
  const auditXml = auditSheetXml(findings, keptColumns(previous), styles);
  let workbookXml = current(pkg, changes, pkg.index.workbookPart) ?? "";
  let localSheetId: number;
  if (target.existing !== null && target.existing.part !== null) {
    changes.set(target.existing.part, auditXml);
    formulasReplaced = true; // its links were formulas
    localSheetId = pkg.index.sheets.indexOf(target.existing);
  } else {
    const part = unusedPartName(pkg);
    changes.set(part, auditXml);
    const rels = addRelationship(
      current(pkg, changes, pkg.index.workbookRelsPart),
      "worksheet",
      relativeTarget(pkg.index.workbookPart, part)
    );
    changes.set(pkg.index.workbookRelsPart, rels.xml);
    const types = current(pkg, changes, "[Content_Types].xml") ?? "";
    changes.set("[Content_Types].xml", addOverride(types, part, WORKSHEET_TYPE));
    const prefixed = relationshipPrefix(workbookXml);
    workbookXml = prefixed.xml;
    const sheets = findElement(workbookXml, "sheets");
    const sheetId = Math.max(0, ...pkg.index.sheets.map((sheet) => sheet.sheetId)) + 1;
    const element = `<sheet name="${escapeAttribute(target.name)}" sheetId="${sheetId}" ${prefixed.prefix}:id="${rels.id}"/>`;
    if (sheets !== null) {
      const close = sheets.startTag.endsWith("/>") ? -1 : sheets.contentEnd;
      workbookXml =
        close === -1
          ? splice(workbookXml, sheets.start, sheets.end, `<sheets>${element}</sheets>`)
          : splice(workbookXml, close, close, element);
    }
    localSheetId = pkg.index.sheets.length;
  }
  const planTitles = edits.flatMap((edit) =>
    edit.titleRows === undefined
      ? []
      : [
          printTitleRows(
            edit.sheet.name,
            pkg.index.sheets.indexOf(edit.sheet),
            edit.titleRows,
            true
          ),
        ]
  );
  workbookXml = withLocalNames(workbookXml, [
    ...planTitles,
    ...auditNames(localSheetId, target.name, Math.max(2, findings.length + 1)),
  ]);
  changes.set(pkg.index.workbookPart, workbookXml);

  if (formulasReplaced) dropCalcChain(pkg, changes);
  if (styles.changed) {
    changes.set(stylesPart, styles.toXml());
    if (pkg.index.stylesPart === null) {
      const rels = addRelationship(
        current(pkg, changes, pkg.index.workbookRelsPart),
        "styles",
        "styles.xml"
      );
      changes.set(pkg.index.workbookRelsPart, rels.xml);
      changes.set(
        "[Content_Types].xml",
        addOverride(current(pkg, changes, "[Content_Types].xml") ?? "", stylesPart, STYLES_TYPE)
      );
    }
  }
  return outputEntries(pkg, changes);
}

/** "xl/workbook.xml" and "xl/worksheets/sheet3.xml" → "worksheets/sheet3.xml". */
function relativeTarget(from: string, part: string): string {
  const folder = from.includes("/") ? from.slice(0, from.lastIndexOf("/") + 1) : "";
  return part.startsWith(folder) ? part.slice(folder.length) : `/${part}`;
}

function outputEntries(pkg: WorkbookPackage, changes: Changes): [string, Uint8Array][] {
  const entries: [string, Uint8Array][] = [];
  for (const [name, bytes] of pkg.parts) {
    if (!changes.has(name)) {
      entries.push([name, bytes]);
      continue;
    }
    const text = changes.get(name);
    if (text !== null && text !== undefined) entries.push([name, bytesOf(text)]);
  }
  for (const [name, text] of changes)
    if (!pkg.parts.has(name) && text !== null) entries.push([name, bytesOf(text)]);
  return entries;
}
