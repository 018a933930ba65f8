/**
 * Numbers written as text, Italian or English style. A comma is the decimal separator; a dot
 * followed by exactly three digits is a thousands separator; where both appear, the last one is
 * the decimal separator. So "1.587,10" and "1,587.10" are 1587.1, "0,9973" is 0.9973, "1.587" is
 * 1587 but "0.500" is 0.5 (a thousands group never follows a lone 0) and "3.2793" is 3.2793.
 * A space (normal, no-break, thin) between groups of three digits separates thousands too:
 * "1 000" is 1000; spaces between digits otherwise ("1 0") make the text no number. U+2212 is a minus.
 */

/** Spaces that may separate thousands or surround a sign: normal, tab, no-break, figure, thin, narrow. */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 0xa0 ||
    code === 0x2007 ||
    code === 0x2009 ||
    code === 0x202f
  );
}

/** Digits grouped by spaces in threes, with an optional decimal part: "1 000", "12 345,67". */
const SPACE_GROUPED =
  /^[\s\u00a0\u2007\u2009\u202f]*[+\-\u2212\u2013]?[\s\u00a0\u2007\u2009\u202f]*\d{1,3}(?:[ \u00a0\u2007\u2009\u202f]\d{3})+(?:[.,]\d+)?[\s\u00a0\u2007\u2009\u202f]*$/;

/** Plus, hyphen-minus, Unicode minus, en dash (as typed for a minus by word processors). */
function signOf(code: number): "" | "-" | null {
  if (code === 43) return "";
  return code === 45 || code === 0x2212 || code === 0x2013 ? "-" : null;
}

/**
 * The number in `text` as a JavaScript numeric literal ("-1587.10"), or null when the text is not
 * exactly one number. Kept as text so that percentages can shift the decimal point exactly.
 * A hand-written scanner rather than regexes: sheets parse every cell once per recompute.
 */
export function numberLiteralFromText(text: string): string | null {
  // Scan: an optional sign first, then digits, dots and commas; spaces are skipped anywhere.
  let sign: "" | "-" = "";
  let body = "";
  let digits = 0;
  let separators = 0;
  let seenSign = false;
  let spaceAfterDigit = false;
  let spaceBetweenDigits = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      if (spaceAfterDigit) spaceBetweenDigits = true;
      spaceAfterDigit = false;
      digits++;
      body += text[i];
    } else if (code === 46 || code === 44) {
      spaceAfterDigit = false;
      separators++;
      body += text[i];
    } else if (isSpace(code)) {
      if (body !== "" && /\d$/.test(body)) spaceAfterDigit = true;
      continue;
    } else {
      const s = signOf(code);
      if (s === null || seenSign || body !== "") return null;
      seenSign = true;
      sign = s;
    }
  }
  if (digits === 0) return null;
  if (spaceBetweenDigits && !SPACE_GROUPED.test(text)) return null;
  if (separators === 0) return `${sign}${body}`;
  const lastDot = body.lastIndexOf(".");
  const lastComma = body.lastIndexOf(",");
  let integerPart: string;
  let fraction: string;
  if (lastDot >= 0 && lastComma >= 0) {
    // Both separators: the last one is the decimal point, the other groups thousands.
    const decimalAt = Math.max(lastDot, lastComma);
    const groupSeparator = decimalAt === lastDot ? "," : ".";
    const grouped = body.slice(0, decimalAt);
    fraction = body.slice(decimalAt + 1);
    if (grouped.includes(body.charAt(decimalAt)) || /[.,]/.test(fraction)) return null;
    const integer = ungroup(grouped, groupSeparator);
    if (integer === null) return null;
    integerPart = integer;
  } else if (lastComma >= 0) {
    const commas = body.split(",").length - 1;
    if (commas === 1) {
      const [integer = "", decimals = ""] = body.split(",");
      integerPart = integer;
      fraction = decimals;
    } else {
      // "1,234,567": English thousands groups (a decimal comma can appear only once).
      const integer = ungroup(body, ",");
      if (integer === null) return null;
      integerPart = integer;
      fraction = "";
    }
  } else if (lastDot >= 0) {
    const groups = body.split(".");
    const thousands = ungroup(body, ".");
    if (thousands !== null) {
      integerPart = thousands;
      fraction = "";
    } else if (groups.length === 2) {
      const [integer = "", decimals = ""] = groups;
      integerPart = integer;
      fraction = decimals;
    } else {
      return null;
    }
  } else {
    integerPart = body;
    fraction = "";
  }
  if (integerPart === "" && fraction === "") return null;
  const integerDigits = integerPart === "" ? "0" : integerPart;
  return fraction === "" ? `${sign}${integerDigits}` : `${sign}${integerDigits}.${fraction}`;
}

/** "1.234.567" with separator "." gives "1234567"; null unless every group after the first has 3 digits. */
function ungroup(text: string, separator: string): string | null {
  const [first = "", ...rest] = text.split(separator);
  if (rest.length === 0) return null;
  for (const group of rest) if (group.length !== 3 || !/^\d{3}$/.test(group)) return null;
  if (!/^[1-9]\d{0,2}$/.test(first)) return null;
  return first + rest.join("");
}

/** The number written in `text` (no % sign), or null when it is not exactly one number. */
export function parseNumberText(text: string): number | null {
  const literal = numberLiteralFromText(text);
  if (literal === null) return null;
  const value = Number(literal);
  return Number.isFinite(value) ? value : null;
}

/** "15,00%" gives 0.15, "0,035%" gives 0.00035 (the decimal point is shifted exactly, not divided). */
export function parsePercentText(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed.endsWith("%")) return null;
  const literal = numberLiteralFromText(trimmed.slice(0, -1));
  if (literal === null) return null;
  const value = Number(`${literal}e-2`);
  return Number.isFinite(value) ? value : null;
}

/** Italian text of a number: "1.587,1", "-0,035". Full precision (the shortest round-tripping digits). */
export function formatNumberIt(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const plain = toPlainDecimal(Math.abs(value));
  const [integer = "", fraction] = plain.split(".");
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const sign = value < 0 ? "-" : "";
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped},${fraction}`;
}

/** A non-negative number written without exponent ("1e-7" becomes "0.0000001"). */
function toPlainDecimal(value: number): string {
  const text = String(value);
  const exponentAt = text.indexOf("e");
  if (exponentAt < 0) return text;
  const mantissa = text.slice(0, exponentAt);
  const exponent = Number(text.slice(exponentAt + 1));
  const [whole = "", part = ""] = mantissa.split(".");
  const digits = whole + part;
  const pointAt = whole.length + exponent;
  if (pointAt <= 0) return `0.${"0".repeat(-pointAt)}${digits}`;
  if (pointAt >= digits.length) return digits + "0".repeat(pointAt - digits.length);
  return `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
}
