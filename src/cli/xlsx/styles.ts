/**
 * The styles part: reading the number format of each cell style (`cellXfs`), and adding the few
 * styles the editor needs, each derived from a cell's own style so that everything else about the
 * cell (font, border, alignment, protection) stays: a copy of its `<xf>` with another number
 * format or fill. New entries are appended (existing indexes never move) and reused when asked
 * twice; differential formats (`dxfs`) for the band rules are appended the same way.
 */
import {
  attribute,
  escapeAttribute,
  findElement,
  findElements,
  splice,
  withAttribute,
} from "./xml-text";

/** Excel's built-in number formats by id (ECMA-376 §18.8.30), as Office.js names them. */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "m/d/yyyy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yyyy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

const FIRST_CUSTOM_FORMAT_ID = 164;

/** The number format code of every cell style, by style index. */
export function cellFormats(xml: string | null): string[] {
  if (xml === null) return [];
  const custom = customFormats(xml);
  const cellXfs = findElement(xml, "cellXfs");
  if (cellXfs === null) return [];
  return findElements(xml, "xf", cellXfs.contentStart, cellXfs.contentEnd).map((span) => {
    const id = Number(attribute(span.startTag, "numFmtId") ?? 0);
    return custom.get(id) ?? BUILT_IN_FORMATS[id] ?? "General";
  });
}

function customFormats(xml: string): Map<number, string> {
  const formats = new Map<number, string>();
  const numFmts = findElement(xml, "numFmts");
  if (numFmts === null) return formats;
  for (const span of findElements(xml, "numFmt", numFmts.contentStart, numFmts.contentEnd))
    formats.set(
      Number(attribute(span.startTag, "numFmtId")),
      attribute(span.startTag, "formatCode") ?? ""
    );
  return formats;
}

/** "#C6EFCE" → "FFC6EFCE" (OOXML colours are ARGB). */
export function argbFromHex(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

const NO_FILL_XML = '<fill><patternFill patternType="none"/></fill>';

function solidFillXml(hex: string): string {
  const argb = argbFromHex(hex);
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor rgb="${argb}"/></patternFill></fill>`;
}

/** Parts of a new cell style; what is not given is copied from the base style. */
export interface StyleChange {
  readonly numberFormat?: string;
  /** A solid fill "#RRGGBB", or null for no fill. */
  readonly fill?: string | null;
  readonly font?: "bold" | "link";
  readonly wrap?: boolean;
}

const FONT_XML: Readonly<Record<"bold" | "link", string>> = {
  // Named fonts, so LibreOffice renders them as Excel does (a nameless font falls back to a serif face).
  bold: '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
  link: '<font><u/><sz val="11"/><color rgb="FF0563C1"/><name val="Calibri"/><family val="2"/></font>',
};

/** The children of the styleSheet in schema order (CT_Stylesheet), to insert a missing one in place. */
const STYLESHEET_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

export class StyleEditor {
  private readonly xfs: string[];
  private readonly dxfs: string[];
  private readonly fills: string[];
  private readonly fonts: string[];
  private readonly newXfs: string[] = [];
  private readonly newFills: string[] = [];
  private readonly newFonts: string[] = [];
  private readonly newDxfs: string[] = [];
  private readonly newFormats: { id: number; code: string }[] = [];
  private readonly formatIds = new Map<string, number>();
  private readonly derived = new Map<string, number>();
  private readonly fillIds = new Map<string, number>();
  private readonly fontIds = new Map<string, number>();
  private readonly dxfIds = new Map<string, number>();
  private readonly fillCount: number;
  private readonly fontCount: number;
  private readonly dxfCount: number;
  private nextFormatId: number;

  constructor(private readonly xml: string) {
    const cellXfs = findElement(xml, "cellXfs");
    this.xfs =
      cellXfs === null
        ? []
        : findElements(xml, "xf", cellXfs.contentStart, cellXfs.contentEnd).map((span) =>
            xml.slice(span.start, span.end)
          );
    this.dxfs = children(xml, "dxfs", "dxf");
    this.fills = children(xml, "fills", "fill");
    this.fonts = children(xml, "fonts", "font");
    this.fillCount = countChildren(xml, "fills", "fill");
    this.fontCount = countChildren(xml, "fonts", "font");
    this.dxfCount = countChildren(xml, "dxfs", "dxf");
    const custom = customFormats(xml);
    for (const [id, code] of custom) this.formatIds.set(code, id);
    for (const [id, code] of Object.entries(BUILT_IN_FORMATS))
      if (!this.formatIds.has(code)) this.formatIds.set(code, Number(id));
    this.nextFormatId = Math.max(FIRST_CUSTOM_FORMAT_ID - 1, ...custom.keys()) + 1;
  }

  get changed(): boolean {
    return this.newXfs.length > 0 || this.newDxfs.length > 0;
  }

  private formatId(code: string): number {
    const known = this.formatIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.newFormats.push({ id, code });
    this.formatIds.set(code, id);
    return id;
  }

  private fillId(hex: string | null): number {
    if (hex === null) return this.noFillId();
    const key = hex.toUpperCase();
    const known = this.fillIds.get(key) ?? indexOrUndefined(this.fills, solidFillXml(hex));
    if (known !== undefined) return known;
    const id = this.fillCount + this.newFills.length;
    this.newFills.push(solidFillXml(hex));
    this.fillIds.set(key, id);
    return id;
  }

  /** The fill of no fill: Excel's first fill by convention (patternType none), else one added. */
  private noFillId(): number {
    const known = this.fillIds.get("none");
    if (known !== undefined) return known;
    const first = this.fills[0];
    const id =
      first !== undefined &&
      /^<fill>\s*<patternFill(\s+patternType="none")?\s*\/>\s*<\/fill>$/.test(first)
        ? 0
        : this.fillCount + this.newFills.push(NO_FILL_XML) - 1;
    this.fillIds.set("none", id);
    return id;
  }

  private fontId(kind: "bold" | "link"): number {
    const known = this.fontIds.get(kind) ?? indexOrUndefined(this.fonts, FONT_XML[kind]);
    if (known !== undefined) return known;
    const id = this.fontCount + this.newFonts.length;
    this.newFonts.push(FONT_XML[kind]);
    this.fontIds.set(kind, id);
    return id;
  }

  /** The index of a cell style equal to `base` with the change applied (created once). */
  style(base: number, change: StyleChange): number {
    const key = `${base}|${change.numberFormat ?? ""}|${change.fill === null ? "none" : (change.fill ?? "")}|${change.font ?? ""}|${change.wrap === true ? 1 : 0}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    let xf =
      this.xfs[base] ??
      this.xfs[0] ??
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    let tag = xf.slice(0, xf.indexOf(">") + 1);
    const body = tag.endsWith("/>") ? "" : xf.slice(tag.length, xf.length - "</xf>".length);
    let inner = body;
    if (tag.endsWith("/>")) tag = `${tag.slice(0, -2)}>`;
    if (change.numberFormat !== undefined) {
      tag = withAttribute(tag, "numFmtId", String(this.formatId(change.numberFormat)));
      tag = withAttribute(tag, "applyNumberFormat", "1");
    }
    if (change.fill !== undefined) {
      tag = withAttribute(tag, "fillId", String(this.fillId(change.fill)));
      tag = withAttribute(tag, "applyFill", "1");
    }
    if (change.font !== undefined) {
      tag = withAttribute(tag, "fontId", String(this.fontId(change.font)));
      tag = withAttribute(tag, "applyFont", "1");
    }
    if (change.wrap === true) {
      tag = withAttribute(tag, "applyAlignment", "1");
      const alignment = findElement(inner, "alignment");
      if (alignment === null) inner = `<alignment wrapText="1" vertical="top"/>${inner}`;
      else {
        const aligned = withAttribute(
          withAttribute(alignment.startTag, "wrapText", "1"),
          "vertical",
          "top"
        );
        inner = splice(
          inner,
          alignment.start,
          alignment.start + alignment.startTag.length,
          aligned
        );
      }
    }
    xf = `${tag}${inner}</xf>`;
    // The same style already there (a re-run over our own output): reuse it, add nothing.
    const same = this.xfs.indexOf(xf);
    const sameEmpty = this.xfs.indexOf(`${tag.slice(0, -1)}/>`);
    const existing = same !== -1 ? same : inner === "" ? sameEmpty : -1;
    if (existing !== -1) {
      this.derived.set(key, existing);
      return existing;
    }
    const index = this.xfs.length + this.newXfs.length;
    this.newXfs.push(xf);
    this.derived.set(key, index);
    return index;
  }

  /** A differential format filling the cell (a band rule's style): its dxfId. */
  fillDxf(hex: string): number {
    const key = hex.toUpperCase();
    const known = this.dxfIds.get(key);
    if (known !== undefined) return known;
    // Excel reads a conditional fill's colour from bgColor, LibreOffice from fgColor: set both.
    const dxf = `<dxf>${solidFillXml(hex)}</dxf>`;
    const existing = this.dxfs.indexOf(dxf);
    if (existing !== -1) {
      this.dxfIds.set(key, existing);
      return existing;
    }
    const id = this.dxfCount + this.newDxfs.length;
    this.newDxfs.push(dxf);
    this.dxfIds.set(key, id);
    return id;
  }

  /** The styles part with every addition. */
  toXml(): string {
    let xml = this.xml;
    if (!this.changed && this.newFormats.length === 0) return xml;
    xml = appendChildren(
      xml,
      "numFmts",
      this.newFormats.map(
        ({ id, code }) => `<numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`
      )
    );
    xml = appendChildren(xml, "fonts", this.newFonts);
    xml = appendChildren(xml, "fills", this.newFills);
    xml = appendChildren(xml, "cellXfs", this.newXfs);
    xml = appendChildren(xml, "dxfs", this.newDxfs);
    return xml;
  }
}

/** The XML of each child of a collection element, in order. */
function children(xml: string, parent: string, child: string): string[] {
  const span = findElement(xml, parent);
  if (span === null) return [];
  return findElements(xml, child, span.contentStart, span.contentEnd).map((element) =>
    xml.slice(element.start, element.end)
  );
}

function indexOrUndefined(list: readonly string[], item: string): number | undefined {
  const index = list.indexOf(item);
  return index === -1 ? undefined : index;
}

function countChildren(xml: string, parent: string, child: string): number {
  const span = findElement(xml, parent);
  if (span === null) return 0;
  return findElements(xml, child, span.contentStart, span.contentEnd).length;
}

const CHILD_OF: Readonly<Record<string, string>> = { cellXfs: "xf", numFmts: "numFmt" };

/** Appends children to a collection element (creating it in schema order), updating its count. */
function appendChildren(xml: string, parent: string, children: readonly string[]): string {
  if (children.length === 0) return xml;
  const span = findElement(xml, parent);
  const child = CHILD_OF[parent] ?? parent.slice(0, -1);
  if (span === null) {
    const element = `<${parent} count="${children.length}">${children.join("")}</${parent}>`;
    return splice(xml, insertionPoint(xml, parent), insertionPoint(xml, parent), element);
  }
  const existing = findElements(xml, child, span.contentStart, span.contentEnd).length;
  const tag = withAttribute(
    span.startTag.endsWith("/>") ? `${span.startTag.slice(0, -2)}>` : span.startTag,
    "count",
    String(existing + children.length)
  );
  const content = span.startTag.endsWith("/>") ? "" : xml.slice(span.contentStart, span.contentEnd);
  return splice(xml, span.start, span.end, `${tag}${content}${children.join("")}</${parent}>`);
}

/** Where a missing styleSheet child goes: before the first later sibling that exists. */
function insertionPoint(xml: string, parent: string): number {
  const later = STYLESHEET_ORDER.slice(STYLESHEET_ORDER.indexOf(parent) + 1);
  for (const name of later) {
    const span = findElement(xml, name);
    if (span !== null) return span.start;
  }
  const close = xml.lastIndexOf("</styleSheet>");
  return close === -1 ? xml.length : close;
}
