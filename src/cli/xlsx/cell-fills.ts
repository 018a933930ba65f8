/**
 * The fill of each cell style of a workbook (styles.xml: cellXfs → fillId → fills), for the
 * swatches of a typed legend: a solid fill with an RGB colour gives "#RRGGBB", no fill (or the
 * style has none) null, anything else (an indexed or theme colour, a hatch, a gradient) is a
 * colour the legend cannot use ("unreadable").
 */
import { attribute, findElement, findElements } from "./xml-text";

export type StyleFill = { readonly fill: string | null; readonly unreadable?: boolean };

const NONE: StyleFill = Object.freeze({ fill: null });
const UNREADABLE: StyleFill = Object.freeze({ fill: null, unreadable: true });

function fillOf(xml: string): StyleFill {
  if (findElement(xml, "gradientFill") !== null) return UNREADABLE;
  const pattern = findElement(xml, "patternFill");
  if (pattern === null) return NONE;
  const type = attribute(pattern.startTag, "patternType") ?? "none";
  if (type === "none") return NONE;
  if (type !== "solid") return UNREADABLE;
  const inner = xml.slice(pattern.contentStart, pattern.contentEnd);
  const fg = findElement(inner, "fgColor");
  const rgb = fg === null ? null : attribute(fg.startTag, "rgb");
  if (rgb === null || !/^[0-9A-Fa-f]{8}$/.test(rgb)) return UNREADABLE;
  return { fill: `#${rgb.slice(2).toUpperCase()}` };
}

/** The fill of each cellXfs entry, by style index. */
export function styleFills(stylesXml: string): StyleFill[] {
  const fillsSpan = findElement(stylesXml, "fills");
  const fills =
    fillsSpan === null
      ? []
      : findElements(stylesXml, "fill", fillsSpan.contentStart, fillsSpan.contentEnd).map((fill) =>
          fillOf(stylesXml.slice(fill.start, fill.end))
        );
  const xfsSpan = findElement(stylesXml, "cellXfs");
  if (xfsSpan === null) return [];
  return findElements(stylesXml, "xf", xfsSpan.contentStart, xfsSpan.contentEnd).map(
    (xf) => fills[Number(attribute(xf.startTag, "fillId") ?? 0)] ?? NONE
  );
}
