/**
 * Test helper: xlsx packages built from the parts Excel writes, byte for byte as given, so a spec
 * controls exactly what is in the file (a shared formula, an inline string, a hyperlinked number,
 * parts the command line does not know) and can compare every part of the output with the input.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readPackage } from "../../../src/cli/xlsx/read-package";
import { workbookPackage, type WorkbookPackage } from "../../../src/cli/xlsx/workbook-package";

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface SheetSpec {
  readonly name: string;
  /** Inner XML of <worksheet> (sheetData and the rest), or a whole part when it starts with "<?xml". */
  readonly xml: string;
  readonly state?: "hidden" | "veryHidden";
  /** Extra parts of this sheet's relationships: [type suffix, target]. */
  readonly rels?: readonly (readonly [string, string])[];
}

export interface PackageSpec {
  readonly sheets: readonly SheetSpec[];
  readonly sharedStrings?: readonly string[];
  /** Inner XML of <styleSheet>; a default with a percent and a date style when omitted. */
  readonly styles?: string;
  /** Extra inner XML of <workbook> after </sheets> (definedNames, calcPr…). */
  readonly workbookExtra?: string;
  /** Attributes of <workbookPr>. */
  readonly workbookPr?: string;
  /** Before <sheets>: workbookProtection, bookViews… */
  readonly workbookBefore?: string;
  /** Parts added as they are: name → text. */
  readonly extraParts?: Readonly<Record<string, string>>;
  /** Extra [Content_Types].xml entries. */
  readonly extraTypes?: string;
  /** Extra relationships of the workbook: [Id, full type, target]. */
  readonly workbookRels?: readonly (readonly [string, string, string])[];
  /** Extra package relationships (_rels/.rels): [Id, full type, target]. */
  readonly rootRels?: readonly (readonly [string, string, string])[];
  /** The workbook part's content type (the macro-enabled one for .xlsm). */
  readonly mainContentType?: string;
}

export const DEFAULT_STYLES =
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>';

const HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function packageParts(spec: PackageSpec): Record<string, Uint8Array> {
  const parts: Record<string, string> = {};
  const main =
    spec.mainContentType ??
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${main}"/>`,
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
    ...spec.sheets.map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
    ),
    ...(spec.sharedStrings
      ? [
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
        ]
      : []),
  ];
  parts["[Content_Types].xml"] =
    `${HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `${overrides.join("")}${spec.extraTypes ?? ""}</Types>`;
  parts["_rels/.rels"] =
    `${HEADER}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    (spec.rootRels ?? [])
      .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
      .join("") +
    "</Relationships>";
  const sheetRels = spec.sheets.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
  );
  const n = spec.sheets.length;
  parts["xl/_rels/workbook.xml.rels"] =
    `${HEADER}<Relationships xmlns="${PKG_REL}">${sheetRels.join("")}` +
    `<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
    (spec.sharedStrings
      ? `<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`
      : "") +
    (spec.workbookRels ?? [])
      .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
      .join("") +
    "</Relationships>";
  const sheets = spec.sheets
    .map(
      (sheet, i) =>
        `<sheet name="${escape(sheet.name)}" sheetId="${i + 1}"${sheet.state ? ` state="${sheet.state}"` : ""} r:id="rId${i + 1}"/>`
    )
    .join("");
  parts["xl/workbook.xml"] =
    `${HEADER}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr ${spec.workbookPr ?? 'defaultThemeVersion="166925"'}/>` +
    `${spec.workbookBefore ?? '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>'}` +
    `<sheets>${sheets}</sheets>${spec.workbookExtra ?? '<calcPr calcId="191029"/>'}</workbook>`;
  parts["xl/styles.xml"] =
    `${HEADER}<styleSheet xmlns="${MAIN}">${spec.styles ?? DEFAULT_STYLES}</styleSheet>`;
  spec.sheets.forEach((sheet, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = sheet.xml.startsWith("<?xml")
      ? sheet.xml
      : `${HEADER}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${sheet.xml}</worksheet>`;
    if (sheet.rels && sheet.rels.length > 0)
      parts[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] =
        `${HEADER}<Relationships xmlns="${PKG_REL}">` +
        sheet.rels
          .map(
            ([type, target], k) =>
              `<Relationship Id="rId${k + 1}" Type="${type.startsWith("http") ? type : `${REL}/${type}`}" Target="${target}"/>`
          )
          .join("") +
        "</Relationships>";
  });
  if (spec.sharedStrings) {
    const items = spec.sharedStrings.map((s) =>
      s.startsWith("<") ? `<si>${s}</si>` : `<si><t>${escape(s)}</t></si>`
    );
    parts["xl/sharedStrings.xml"] =
      `${HEADER}<sst xmlns="${MAIN}" count="${items.length}" uniqueCount="${items.length}">${items.join("")}</sst>`;
  }
  for (const [name, text] of Object.entries(spec.extraParts ?? {})) parts[name] = text;
  const bytes: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(parts)) bytes[name] = strToU8(text);
  return bytes;
}

export function buildXlsx(spec: PackageSpec): Uint8Array {
  return zipSync(packageParts(spec));
}

export function openBuilt(bytes: Uint8Array): WorkbookPackage {
  const read = readPackage(bytes);
  if (!read.ok) throw new Error(`cannot read the built package: ${read.reason}`);
  const pkg = workbookPackage(read.parts, false);
  if (pkg === null) throw new Error("no workbook part");
  return pkg;
}

/** Every part of a package as text (binary parts as base64), by name. */
export function partsOf(bytes: Uint8Array): Map<string, string> {
  const parts = unzipSync(bytes);
  return new Map(
    Object.entries(parts).map(([name, data]) => [
      name,
      /\.(xml|rels|vml)$/.test(name) || name === "[Content_Types].xml"
        ? strFromU8(data)
        : Buffer.from(data).toString("base64"),
    ])
  );
}
