/** A1 addresses as Excel writes and reads them: "B2", "A1:C3", "A:A", "2:2", "'My sheet'!B2". */
import { MAX_COLUMN, MAX_ROW, type Area } from "./workbook";
import { EmulatorError } from "./errors";

export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters.toUpperCase()) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n - 1;
}

export function areaAddress(area: Area): string {
  const start = `${columnName(area.left)}${area.top + 1}`;
  const end = `${columnName(area.right)}${area.bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}

/** The sheet name as Excel puts it in an address: quoted unless it is a plain word. */
export function quotedSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function sheetAddress(sheetName: string, area: Area): string {
  return `${quotedSheetName(sheetName)}!${areaAddress(area)}`;
}

/** Splits "'Sheet'!A1:B2" into the sheet name (or null) and the local part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

export function parseArea(address: string): Area {
  const local = splitSheet(address).local.replace(/\$/g, "").trim();
  const parts = local.split(":");
  if (parts.length > 2) throw EmulatorError.invalidArgument(`address "${address}"`);
  const one = (part: string, isEnd: boolean): { row: number; column: number } => {
    const match = /^([A-Za-z]{0,3})(\d*)$/.exec(part);
    if (match === null || (match[1] === "" && match[2] === ""))
      throw EmulatorError.invalidArgument(`address "${address}"`);
    const column = match[1] === "" ? (isEnd ? MAX_COLUMN : 0) : columnNumber(match[1]);
    const row = match[2] === "" ? (isEnd ? MAX_ROW : 0) : Number(match[2]) - 1;
    if (row < 0 || row > MAX_ROW || column > MAX_COLUMN)
      throw EmulatorError.invalidArgument(`address "${address}"`);
    return { row, column };
  };
  const start = one(parts[0] ?? "", false);
  const end = parts.length > 1 ? one(parts[1] ?? "", true) : start;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

/** "A1:B2, D1:D4" (RangeAreas, conditional formats over several ranges) into areas. */
export function parseAreas(addresses: string): Area[] {
  return addresses
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map(parseArea);
}
