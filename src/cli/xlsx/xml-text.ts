/**
 * The little XML text handling the workbook editor needs: escaping what it writes, decoding what it
 * reads, and reading or changing one attribute of a start tag without touching the others (so every
 * attribute the editor does not know is kept byte for byte).
 */

export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;");
}

const NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

export function decodeText(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number(entity.slice(1)));
    return NAMED[entity] ?? whole;
  });
}

const attributePatterns = new Map<string, RegExp>();

function attributePattern(name: string): RegExp {
  let pattern = attributePatterns.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  return pattern;
}

/** The decoded value of an attribute in a start tag (`<c r="A1" s="3">`), or null. */
export function attribute(tag: string, name: string): string | null {
  const match = attributePattern(name).exec(tag);
  if (match === null) return null;
  return decodeText(match[1] ?? match[2] ?? "");
}

/** The start tag with one attribute set (replaced in place, or added before the tag's end). */
export function withAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  const encoded = `"${escapeAttribute(value)}"`;
  if (pattern.test(tag)) return tag.replace(pattern, (_, head: string) => `${head}${encoded}`);
  const end = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}=${encoded}${tag.slice(end)}`;
}

/** The start tag without an attribute. */
export function withoutAttribute(tag: string, name: string): string {
  return tag.replace(
    new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"[^"]*"|'[^']*')`),
    ""
  );
}

/**
 * The first element `<name …>…</name>` or `<name …/>` at or after `from`: its start, end and start
 * tag. Names are matched whole (`<c` does not match `<cols`).
 */
export interface ElementSpan {
  readonly start: number;
  readonly end: number;
  readonly startTag: string;
  /** Offset just after the start tag; equal to end for an empty element. */
  readonly contentStart: number;
  /** Offset of the end tag; equal to end for an empty element. */
  readonly contentEnd: number;
}

/** The characters of a regular expression's `\s`. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** What may follow an element name in a start tag: a space, `/` or `>` (`<c` is not `<cols`). */
export function endsName(code: number): boolean {
  return code === 0x3e || code === 0x2f || isSpace(code);
}

/** The first `<name` followed by a space, `/` or `>` at or after `from` (indexOf: no pattern to run). */
function openAt(xml: string, name: string, from: number): number {
  const open = `<${name}`;
  for (let at = from; ;) {
    const found = xml.indexOf(open, at);
    if (found === -1 || endsName(xml.charCodeAt(found + open.length))) return found;
    at = found + 1;
  }
}

export function findElement(xml: string, name: string, from = 0): ElementSpan | null {
  const start = openAt(xml, name, Math.max(0, from));
  if (start === -1) return null;
  const tagEnd = xml.indexOf(">", start);
  if (tagEnd === -1) return null;
  const startTag = xml.slice(start, tagEnd + 1);
  if (startTag.endsWith("/>"))
    return { start, end: tagEnd + 1, startTag, contentStart: tagEnd + 1, contentEnd: tagEnd + 1 };
  const closing = `</${name}>`;
  // Nested elements of the same name do not occur in the parts this editor reads.
  const contentEnd = xml.indexOf(closing, tagEnd + 1);
  if (contentEnd === -1) return null;
  return {
    start,
    end: contentEnd + closing.length,
    startTag,
    contentStart: tagEnd + 1,
    contentEnd,
  };
}

export function findElements(xml: string, name: string, from = 0, to = xml.length): ElementSpan[] {
  const found: ElementSpan[] = [];
  let cursor = from;
  for (;;) {
    const span = findElement(xml, name, cursor);
    if (span === null || span.start >= to) return found;
    found.push(span);
    cursor = span.end;
  }
}

/** Replaces [start, end) of a text. */
export function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/**
 * The text of each part decoded so far, by its bytes: the reader, the protection check and the
 * editor all ask for the plan sheet's text, and decoding megabytes of XML three times (and keeping
 * three copies until the next garbage collection) cost more than the reading itself. Parts are never
 * changed in place (an edited part is new bytes), so the text stays true for as long as its bytes live.
 */
const decoded = new WeakMap<Uint8Array, string>();

export function utf8(bytes: Uint8Array): string {
  let text = decoded.get(bytes);
  if (text === undefined) {
    text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
    decoded.set(bytes, text);
  }
  return text;
}

/** The UTF-8 bytes of a text (a Buffer: a Uint8Array, without a second copy). */
export function bytesOf(text: string): Uint8Array {
  return Buffer.from(text, "utf8");
}
