/**
 * The shared-string table: each `<si>` as the plain text a cell shows. Rich text is the runs' texts
 * joined; phonetic guides (`<rPh>`, furigana) are not part of the text, as in Excel.
 */
import { decodeText, findElements } from "./xml-text";

/** The plain text of an `<si>` or `<is>` element's inner XML. */
export function stringItemText(inner: string): string {
  const visible = inner.includes("<rPh")
    ? inner.replace(/<rPh(?=[\s>])[\s\S]*?<\/rPh>/g, "")
    : inner;
  let text = "";
  for (const match of visible.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) text += match[1] ?? "";
  return decodeText(text);
}

export function readSharedStrings(xml: string | null): string[] {
  if (xml === null) return [];
  return findElements(xml, "si").map((span) =>
    stringItemText(xml.slice(span.contentStart, span.contentEnd))
  );
}
