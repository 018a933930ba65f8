/**
 * The fill Excel shows on a cell: its conditional formats evaluated as Excel evaluates them, else
 * the cell's own fill. Rules are taken in priority order (the first in the list wins for the fill,
 * as in Excel when several rules that set a fill are true); a rule applies to the cells of its
 * areas, and its formula's relative references are relative to the top-left cell of those areas
 * (the rule is moved to each cell as Excel fills it down and across). A rule whose formula is
 * TRUE, or a non-zero number, sets its fill; an error or text is not true.
 *
 * The formula language is the part of Excel's that band rules use: numbers, strings, TRUE/FALSE,
 * cell references ($ absolute or relative), comparisons (= <> < <= > >=), + - * /, and the
 * functions AND, OR, NOT, IF, ISNUMBER, ISBLANK, ISTEXT, ROUND. Anything else is not emulated and
 * fails loudly (a test must never take an unknown formula for "no fill").
 */
import { columnNumber } from "./addresses";
import { NotEmulatedError } from "./errors";
import { cellKey, type Area, type StoredScalar, type StoredSheet } from "./workbook";

/** An Excel error value (#VALUE!, #DIV/0!) inside the evaluation. */
class FormulaError {
  constructor(readonly code: string) {}
}

type Value = StoredScalar | null | FormulaError;

interface Token {
  readonly kind: "number" | "string" | "ref" | "name" | "op" | "punct";
  readonly text: string;
}

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|("(?:[^"]|"")*")|(\$?[A-Z]{1,3}\$?\d+)(?![A-Za-z0-9_(])|([A-Za-z_][A-Za-z0-9_.]*)|(<=|>=|<>|[=<>+\-*/&])|([(),]))/y;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < source.length) {
    if (/^\s*$/.test(source.slice(index))) break;
    TOKEN.lastIndex = index;
    const match = TOKEN.exec(source);
    if (match === null)
      throw new NotEmulatedError(`conditional-format formula at "${source.slice(index)}"`);
    index = TOKEN.lastIndex;
    if (match[1] !== undefined) tokens.push({ kind: "number", text: match[1] });
    else if (match[2] !== undefined)
      tokens.push({ kind: "string", text: match[2].slice(1, -1).replace(/""/g, '"') });
    else if (match[3] !== undefined) tokens.push({ kind: "ref", text: match[3] });
    else if (match[4] !== undefined) tokens.push({ kind: "name", text: match[4] });
    else if (match[5] !== undefined) tokens.push({ kind: "op", text: match[5] });
    else if (match[6] !== undefined) tokens.push({ kind: "punct", text: match[6] });
  }
  return tokens;
}

/** Where the formula is evaluated: the sheet, and how far the cell is from the rule's top-left. */
interface Place {
  readonly sheet: StoredSheet;
  readonly rowOffset: number;
  readonly columnOffset: number;
}

const isError = (value: Value): value is FormulaError => value instanceof FormulaError;

function truthy(value: Value): boolean | FormulaError {
  if (isError(value)) return value;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  if (value === null) return false;
  return new FormulaError("#VALUE!");
}

function numeric(value: Value): number | FormulaError {
  if (isError(value)) return value;
  if (value === null) return 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") return value;
  return new FormulaError("#VALUE!");
}

/** Excel's comparison: blank is 0 or "", numbers < text < logicals, text case-insensitive. */
function compare(a: Value, b: Value): number | FormulaError {
  if (isError(a)) return a;
  if (isError(b)) return b;
  const rank = (v: StoredScalar): number =>
    typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2;
  const left: StoredScalar = a ?? (typeof b === "string" ? "" : typeof b === "boolean" ? false : 0);
  const right: StoredScalar =
    b ?? (typeof left === "string" ? "" : typeof left === "boolean" ? false : 0);
  if (rank(left) !== rank(right)) return rank(left) - rank(right);
  if (typeof left === "string" && typeof right === "string")
    return left.toLowerCase().localeCompare(right.toLowerCase());
  return Number(left) - Number(right);
}

/** Excel's ROUND: half away from zero, on the decimal value shown. */
function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  const scaled = Math.abs(value) * factor;
  const rounded = Math.round(Number(scaled.toPrecision(15)));
  return (Math.sign(value) * rounded) / factor;
}

class Parser {
  private position = 0;
  constructor(
    private readonly tokens: readonly Token[],
    private readonly place: Place
  ) {}

  evaluate(): Value {
    const value = this.comparison();
    if (this.position < this.tokens.length)
      throw new NotEmulatedError(`conditional-format formula: "${this.peek()?.text ?? ""}"`);
    return value;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private take(text?: string): Token {
    const token = this.tokens[this.position];
    if (token === undefined || (text !== undefined && token.text !== text))
      throw new NotEmulatedError(`conditional-format formula: expected ${text ?? "more"}`);
    this.position++;
    return token;
  }

  private comparison(): Value {
    let left = this.additive();
    for (;;) {
      const op = this.peek();
      if (op?.kind !== "op" || !["=", "<>", "<", "<=", ">", ">="].includes(op.text)) return left;
      this.position++;
      const order = compare(left, this.additive());
      if (isError(order)) return order;
      left =
        op.text === "="
          ? order === 0
          : op.text === "<>"
            ? order !== 0
            : op.text === "<"
              ? order < 0
              : op.text === "<="
                ? order <= 0
                : op.text === ">"
                  ? order > 0
                  : order >= 0;
    }
  }

  private additive(): Value {
    let left = this.multiplicative();
    for (;;) {
      const op = this.peek();
      if (op?.kind !== "op" || (op.text !== "+" && op.text !== "-")) return left;
      this.position++;
      const a = numeric(left);
      const b = numeric(this.multiplicative());
      left = isError(a) ? a : isError(b) ? b : op.text === "+" ? a + b : a - b;
    }
  }

  private multiplicative(): Value {
    let left = this.unary();
    for (;;) {
      const op = this.peek();
      if (op?.kind !== "op" || (op.text !== "*" && op.text !== "/")) return left;
      this.position++;
      const a = numeric(left);
      const b = numeric(this.unary());
      if (isError(a)) left = a;
      else if (isError(b)) left = b;
      else if (op.text === "/" && b === 0) left = new FormulaError("#DIV/0!");
      else left = op.text === "*" ? a * b : a / b;
    }
  }

  private unary(): Value {
    const token = this.peek();
    if (token?.kind === "op" && token.text === "-") {
      this.position++;
      const value = numeric(this.unary());
      return isError(value) ? value : -value;
    }
    return this.primary();
  }

  private primary(): Value {
    const token = this.take();
    if (token.kind === "number") return Number(token.text);
    if (token.kind === "string") return token.text;
    if (token.kind === "ref") return this.cell(token.text);
    if (token.kind === "punct" && token.text === "(") {
      const value = this.comparison();
      this.take(")");
      return value;
    }
    if (token.kind === "name") {
      const name = token.text.toUpperCase();
      if (name === "TRUE" || name === "FALSE") {
        if (this.peek()?.text === "(") {
          this.take("(");
          this.take(")");
        }
        return name === "TRUE";
      }
      return this.call(name, this.arguments());
    }
    throw new NotEmulatedError(`conditional-format formula: "${token.text}"`);
  }

  /** The arguments of a call (evaluated in place: evaluation has no side effects). */
  private arguments(): Value[] {
    this.take("(");
    const args: Value[] = [];
    if (this.peek()?.text === ")") {
      this.take(")");
      return args;
    }
    for (;;) {
      args.push(this.comparison());
      if (this.peek()?.text === ",") this.take(",");
      else break;
    }
    this.take(")");
    return args;
  }

  private call(name: string, args: readonly Value[]): Value {
    const arg = (index: number): Value => args[index] ?? null;
    switch (name) {
      case "AND":
      case "OR": {
        let result = name === "AND";
        for (const each of args) {
          const value = truthy(each);
          if (isError(value)) return value;
          result = name === "AND" ? result && value : result || value;
        }
        return result;
      }
      case "NOT": {
        const value = truthy(arg(0));
        return isError(value) ? value : !value;
      }
      case "IF": {
        const test = truthy(arg(0));
        if (isError(test)) return test;
        return test ? arg(1) : args.length > 2 ? arg(2) : false;
      }
      case "ISNUMBER":
        return typeof arg(0) === "number";
      case "ISTEXT":
        return typeof arg(0) === "string";
      case "ISBLANK":
        return arg(0) === null;
      case "ROUND": {
        const value = numeric(arg(0));
        const digits = numeric(arg(1));
        if (isError(value)) return value;
        if (isError(digits)) return digits;
        return round(value, Math.trunc(digits));
      }
      default:
        throw new NotEmulatedError(`conditional-format function ${name}`);
    }
  }

  /** A reference moved to the evaluated cell unless absolute ($). */
  private cell(reference: string): Value {
    const match = /^(\$?)([A-Z]{1,3})(\$?)(\d+)$/.exec(reference);
    if (match === null) throw new NotEmulatedError(`reference ${reference}`);
    const column = columnNumber(match[2] ?? "") + (match[1] === "$" ? 0 : this.place.columnOffset);
    const row = Number(match[4]) - 1 + (match[3] === "$" ? 0 : this.place.rowOffset);
    const stored = this.place.sheet.cells[cellKey(row, column)];
    const value = stored?.value;
    if (typeof value === "string" && /^#[A-Z0-9/]+[!?]?$|^#N\/A$/.test(value))
      return new FormulaError(value);
    return value ?? null;
  }
}

/** The top-left cell of a rule's areas: the cell its relative references are written for. */
function ruleOrigin(areas: readonly Area[]): { row: number; column: number } {
  return {
    row: Math.min(...areas.map((area) => area.top)),
    column: Math.min(...areas.map((area) => area.left)),
  };
}

const inArea = (area: Area, row: number, column: number): boolean =>
  row >= area.top && row <= area.bottom && column >= area.left && column <= area.right;

/** Whether a custom rule's formula is true at a cell (0-based row and column). */
export function ruleIsTrue(
  sheet: StoredSheet,
  rule: { readonly formula: string; readonly areas: readonly Area[] },
  row: number,
  column: number
): boolean {
  const origin = ruleOrigin(rule.areas);
  const place = { sheet, rowOffset: row - origin.row, columnOffset: column - origin.column };
  const value = new Parser(tokenize(rule.formula.replace(/^=/, "")), place).evaluate();
  const result = truthy(value);
  return result === true;
}

/** The fill (#RRGGBB) Excel shows on a cell (0-based), or null for none. */
export function shownFill(sheet: StoredSheet, row: number, column: number): string | null {
  for (const rule of sheet.conditionalFormats) {
    if (!rule.areas.some((area) => inArea(area, row, column))) continue;
    if (rule.fill !== null && ruleIsTrue(sheet, rule, row, column)) return rule.fill.toUpperCase();
  }
  return sheet.cells[cellKey(row, column)]?.fill?.toUpperCase() ?? null;
}
