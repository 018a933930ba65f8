/**
 * The workbook behind the Excel emulator: sheets of cells (value or cached formula result, formula,
 * number format, fill), conditional formats (one rule over one or several areas), protection of
 * sheets and of the workbook structure, visibility, names, the selection, document settings, the
 * state of the grid (cell edit mode) and the platform profile. Plain data, serialisable, so a test
 * seeds it from an .xlsx file and reads it back (or saves it as .xlsx, see xlsx.ts).
 */
import type { PlatformProfile } from "./profiles";

export type StoredScalar = number | string | boolean;

export interface StoredCell {
  /** Constant, or the cached result of a formula; absent when blank. */
  value?: StoredScalar;
  formula?: string;
  numberFormat?: string;
  /** #RRGGBB */
  fill?: string;
}

/** A 0-based rectangle of cells, bounds included. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface StoredConditionalFormat {
  id: string;
  type: "Custom";
  /** The areas the rule applies to: Excel keeps one rule over several ranges ("A1:A5, C1:C5"). */
  areas: Area[];
  formula: string;
  fill: string | null;
}

export interface StoredSheet {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  /** Key "row,column" (0-based). */
  cells: Record<string, StoredCell>;
  /** In priority order: the first one wins (a new rule goes first, as in Excel). */
  conditionalFormats: StoredConditionalFormat[];
  /**
   * Merged areas (Home › Merge & Center), in the order the file lists them. Only the top-left
   * cell of a merge holds a value: the others read as blank, as in Excel. Absent: none.
   */
  merges?: Area[];
}

/** A defined name of the workbook (Formulas › Name Manager), referring to one area of a sheet. */
export interface StoredName {
  name: string;
  sheetId: string;
  area: Area;
  visible: boolean;
  comment: string;
}

export interface Counters {
  /** Requests that reached the host (each context.sync() with pending actions is one). */
  syncs: number;
  /** Bytes of every request body as the client library serialised it, in order. */
  requestBytes: number[];
  /** Bytes of every response body the emulator returned, in order. */
  responseBytes: number[];
  /** Milliseconds the emulator spent answering each request (a bench leaves it out). */
  hostMs: number[];
  suspendCalculation: number;
  suspendScreenUpdating: number;
  conditionalFormatsAdded: number;
  /** Reads of cell content (values, formulas, number formats, cell properties): counted per request. */
  cellReads: number;
  /**
   * The request log: per request, in order, the names of its actions ("GetUsedRange", "Values=",
   * "Query", "_RemoveReference"), so a test counts a run's requests from what Excel received.
   */
  requestActions: string[][];
}

export interface WorkbookState {
  sheets: StoredSheet[];
  activeSheetId: string;
  selection: { sheetId: string } & Area;
  names: StoredName[];
  /** Review › Protect Workbook (structure): no sheet can be added, deleted, renamed, hidden or shown. */
  structureProtected: boolean;
  /** Office.context.document.settings, as saved (JSON values). */
  settings: Record<string, unknown>;
  displayLanguage: string;
  /** Office.context.officeTheme's colours ("#RRGGBB"); absent: the host gives no theme. */
  officeTheme?: {
    bodyBackgroundColor: string;
    bodyForegroundColor: string;
    controlBackgroundColor: string;
    controlForegroundColor: string;
    isDarkTheme: boolean;
  };
  /** API sets the host claims, e.g. { ExcelApi: "1.12" }. */
  apiSets: Record<string, string>;
  /** While true Excel rejects every batch (the user is typing in a cell). */
  cellEditMode: boolean;
  /** Request numbers (1-based, as counted) during which the user is editing a cell. */
  cellEditModeAtSyncs: number[];
  profile: PlatformProfile;
  counters: Counters;
  nextId: number;
}

export const MAX_ROW = 1048575;
export const MAX_COLUMN = 16383;

export function cellKey(row: number, column: number): string {
  return `${row},${column}`;
}

export function parseCellKey(key: string): { row: number; column: number } {
  const comma = key.indexOf(",");
  return { row: Number(key.slice(0, comma)), column: Number(key.slice(comma + 1)) };
}

export function emptyCounters(): Counters {
  return {
    syncs: 0,
    requestBytes: [],
    responseBytes: [],
    hostMs: [],
    suspendCalculation: 0,
    suspendScreenUpdating: 0,
    conditionalFormatsAdded: 0,
    cellReads: 0,
    requestActions: [],
  };
}

export function emptyWorkbook(profile: PlatformProfile): WorkbookState {
  return {
    sheets: [],
    activeSheetId: "",
    selection: { sheetId: "", top: 0, left: 0, bottom: 0, right: 0 },
    names: [],
    structureProtected: false,
    settings: {},
    displayLanguage: "it-IT",
    // Microsoft 365 and Excel 2024 (ExcelApi 1.17); a test lowers it to play Excel 2019 (1.8).
    apiSets: { ExcelApi: "1.17" },
    cellEditMode: false,
    cellEditModeAtSyncs: [],
    profile,
    counters: emptyCounters(),
    nextId: 1,
  };
}

/** A GUID-shaped id, as Excel gives worksheets and conditional formats. */
export function newId(state: WorkbookState): string {
  const n = (state.nextId++).toString(16).toUpperCase().padStart(12, "0");
  return `{00000000-0001-0000-0000-${n}}`;
}

/** Adds a visible sheet (the first one becomes active) and returns it. */
export function addSheet(state: WorkbookState, name: string): StoredSheet {
  const sheet: StoredSheet = {
    id: newId(state),
    name,
    visibility: "Visible",
    protected: false,
    cells: {},
    conditionalFormats: [],
  };
  state.sheets.push(sheet);
  if (state.activeSheetId === "") {
    state.activeSheetId = sheet.id;
    state.selection = { sheetId: sheet.id, top: 0, left: 0, bottom: 0, right: 0 };
  }
  return sheet;
}

export function sheetByName(state: WorkbookState, name: string): StoredSheet | undefined {
  return state.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
}

export function sheetById(state: WorkbookState, id: string): StoredSheet | undefined {
  return state.sheets.find((sheet) => sheet.id === id);
}

export function activeSheet(state: WorkbookState): StoredSheet {
  const sheet = sheetById(state, state.activeSheetId);
  if (sheet === undefined) throw new Error("emulator: the workbook has no active sheet");
  return sheet;
}

export const intersects = (a: Area, b: Area): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** Whether a cell counts for the used range: with a value or formula, or (unless valuesOnly) formatted. */
export function cellIsUsed(cell: StoredCell, valuesOnly: boolean): boolean {
  if (cell.value !== undefined || cell.formula !== undefined) return true;
  if (valuesOnly) return false;
  return (cell.numberFormat ?? "General") !== "General" || cell.fill !== undefined;
}

/** The used range of a sheet, as Excel computes it (formatted cells count unless valuesOnly). */
export function usedArea(sheet: StoredSheet, valuesOnly: boolean): Area | null {
  let area: Area | null = null;
  for (const [key, cell] of Object.entries(sheet.cells)) {
    if (!cellIsUsed(cell, valuesOnly)) continue;
    const { row, column } = parseCellKey(key);
    if (area === null) area = { top: row, left: column, bottom: row, right: column };
    else {
      area.top = Math.min(area.top, row);
      area.left = Math.min(area.left, column);
      area.bottom = Math.max(area.bottom, row);
      area.right = Math.max(area.right, column);
    }
  }
  return area;
}

/**
 * Inserts whole rows above `at` (0-based), as Home › Insert › Insert Sheet Rows does: cells,
 * conditional formats and names below move down. Formulas are not rewritten (the emulator's
 * formulas in tests do not point across the insertion).
 */
export function insertRows(state: WorkbookState, sheet: StoredSheet, at: number, count: number) {
  const moved: Record<string, StoredCell> = {};
  for (const [key, cell] of Object.entries(sheet.cells)) {
    const { row, column } = parseCellKey(key);
    moved[cellKey(row >= at ? row + count : row, column)] = cell;
  }
  sheet.cells = moved;
  const shift = (area: Area): void => {
    if (area.top >= at) area.top += count;
    if (area.bottom >= at) area.bottom += count;
  };
  for (const cf of sheet.conditionalFormats) cf.areas.forEach(shift);
  for (const name of state.names) if (name.sheetId === sheet.id) shift(name.area);
}

/** What a conditional format looks like to a person (formula, fill, areas), without its id. */
export function conditionalFormatLooks(
  sheet: Pick<StoredSheet, "conditionalFormats">
): { formula: string; fill: string | null; areas: Area[] }[] {
  return sheet.conditionalFormats.map(({ formula, fill, areas }) => ({
    formula,
    fill,
    areas: areas.map((area) => ({ ...area })),
  }));
}
