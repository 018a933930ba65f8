/**
 * Evaluates the formulas the add-in writes: calls of the custom functions the runtime has
 * associated (=PIANO.PERF_KPI(E5,F5,D5,"binario",2024,DATE(2026,1,31))), with cell and range
 * references, text, numbers, TRUE/FALSE, empty arguments, and the built-ins DATE, TODAY, IF and
 * ISBLANK (the pane passes a cell that may be blank as IF(ISBLANK(F5),"",F5)).
 * Arguments are passed as the profile's Excel passes them (a blank cell: null on the web, 0 on
 * desktop). A result that is a CustomFunctions.Error shows its code (#VALUE!). Anything else in a
 * formula is not emulated and fails loudly.
 */
import { parseArea } from "./addresses";
import { dateSerial } from "./cell-input";
import { NotEmulatedError } from "./errors";
import { cellKey, type StoredScalar, type StoredSheet } from "./workbook";
import type { EmulatorSession, FormulaEvaluator } from "./session";

/** A blank cell, until it is passed to a custom function (as the profile passes blanks). */
const BLANK = Symbol("blank");
type Value = StoredScalar | typeof BLANK;
type Argument = Value | null | Value[][];

interface Token {
  readonly kind: "name" | "ref" | "string" | "number" | "punct";
  readonly text: string;
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const pattern =
    /\s*(?:("(?:[^"]|"")*")|(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?![A-Za-z0-9_.(])|([A-Za-z_][A-Za-z0-9_.]*)|(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([(),]))/y;
  let index = 0;
  while (index < source.length) {
    pattern.lastIndex = index;
    const match = pattern.exec(source);
    if (match === null) throw new NotEmulatedError(`formula syntax at "${source.slice(index)}"`);
    index = pattern.lastIndex;
    if (match[1] !== undefined)
      tokens.push({ kind: "string", text: match[1].slice(1, -1).replace(/""/g, '"') });
    else if (match[2] !== undefined) tokens.push({ kind: "ref", text: match[2] });
    else if (match[3] !== undefined) tokens.push({ kind: "name", text: match[3] });
    else if (match[4] !== undefined) tokens.push({ kind: "number", text: match[4] });
    else if (match[5] !== undefined) tokens.push({ kind: "punct", text: match[5] });
    if (/^\s*$/.test(source.slice(index))) break;
  }
  return tokens;
}

/** A clock for TODAY(): the emulator's date, so tests can move time. */
export interface Clock {
  today(): number;
}

export const systemClock: Clock = {
  today: () => {
    const now = new Date();
    return dateSerial(now.getFullYear(), now.getMonth() + 1, now.getDate()) ?? 0;
  },
};

export function customFunctionEvaluator(
  functions: () => Record<string, (...args: unknown[]) => unknown>,
  namespace: string,
  clock: Clock = systemClock
): FormulaEvaluator {
  return (session, sheet, _row, _column, formula) => {
    // Other formulas (the user's own) keep the result Excel cached for them.
    if (!formula.toUpperCase().includes(`${namespace.toUpperCase()}.`)) return undefined;
    const tokens = tokenize(formula.slice(1));
    let position = 0;
    const peek = (): Token | undefined => tokens[position];
    const expect = (text: string): void => {
      const token = tokens[position++];
      if (token?.text !== text) throw new NotEmulatedError(`formula ${formula}: expected ${text}`);
    };
    const blank = session.state.profile.blankArgument;
    const cellValue = (target: StoredSheet, row: number, column: number): Value =>
      target.cells[cellKey(row, column)]?.value ?? BLANK;
    const passed = (arg: Argument | undefined): unknown => {
      if (arg === undefined || arg === null) return null; // an omitted argument arrives as null
      if (arg === BLANK) return blank;
      if (Array.isArray(arg))
        return arg.map((row) => row.map((cell) => (cell === BLANK ? blank : cell)));
      return arg;
    };

    const expression = (): Argument => {
      const token = tokens[position++];
      if (token === undefined) throw new NotEmulatedError(`formula ${formula}: unexpected end`);
      switch (token.kind) {
        case "string":
          return token.text;
        case "number":
          return Number(token.text);
        case "ref": {
          const area = parseArea(token.text);
          if (area.top === area.bottom && area.left === area.right)
            return cellValue(sheet, area.top, area.left);
          const rows: Value[][] = [];
          for (let r = area.top; r <= area.bottom; r++) {
            const line: Value[] = [];
            for (let c = area.left; c <= area.right; c++) line.push(cellValue(sheet, r, c));
            rows.push(line);
          }
          return rows;
        }
        case "name": {
          const upper = token.text.toUpperCase();
          if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
          expect("(");
          const args: (Argument | undefined)[] = [];
          if (peek()?.text !== ")") {
            for (;;) {
              const next = peek();
              args.push(next?.text === "," || next?.text === ")" ? undefined : expression());
              if (peek()?.text === ",") {
                position++;
                continue;
              }
              break;
            }
          }
          expect(")");
          return call(session, upper, args);
        }
        default:
          throw new NotEmulatedError(`formula ${formula}: unexpected ${token.text}`);
      }
    };

    const call = (
      _session: EmulatorSession,
      name: string,
      args: (Argument | undefined)[]
    ): Argument => {
      if (name === "TODAY" && args.length === 0) return clock.today();
      if (name === "ISBLANK" && args.length === 1) return args[0] === BLANK;
      if (name === "IF" && (args.length === 2 || args.length === 3)) {
        const test = args[0];
        const truthy = test === true || (typeof test === "number" && test !== 0);
        return (truthy ? args[1] : args[2]) ?? (truthy ? 0 : false);
      }
      if (name === "DATE" && args.length === 3) {
        const [y, m, d] = args.map(Number) as [number, number, number];
        return dateSerial(y, m, d) ?? "#VALUE!";
      }
      const prefix = `${namespace.toUpperCase()}.`;
      if (!name.startsWith(prefix)) throw new NotEmulatedError(`function ${name} in ${formula}`);
      const implementation = functions()[name.slice(prefix.length)];
      if (implementation === undefined) return "#NAME?";
      // An omitted argument arrives as null, as Excel passes it.
      const result = implementation(...args.map(passed));
      return resultValue(result);
    };

    const value = expression();
    if (position !== tokens.length) throw new NotEmulatedError(`formula ${formula}: trailing text`);
    if (Array.isArray(value)) throw new NotEmulatedError(`formula ${formula} returning an array`);
    return value === BLANK || value === null ? 0 : value;
  };
}

function resultValue(result: unknown): StoredScalar {
  if (typeof result === "number" || typeof result === "string" || typeof result === "boolean")
    return result;
  if (typeof result === "object" && result !== null && "code" in result) {
    const code = (result as { code: unknown }).code;
    return typeof code === "string" ? code : "#VALUE!";
  }
  if (result === null || result === undefined) return 0;
  throw new NotEmulatedError(`custom function result ${JSON.stringify(result)}`);
}
