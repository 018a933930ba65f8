/**
 * The in-memory workbook behind the fake Excel host: sheets of cells (value, formula, number
 * format, fill), conditional formats, protection and visibility, the selection, document settings,
 * and counters of what the add-in asked for (syncs, request sizes). Plain data, serialisable, so a
 * test seeds it from an .xlsx file in Node and reads it back from the browser.
 */
export type StoredScalar = number | string | boolean;

export interface StoredCell {
  /** Constant, or the cached result of a formula; absent when blank. */
  value?: StoredScalar;
  formula?: string;
  numberFormat?: string;
  /** #RRGGBB */
  fill?: string;
}

export interface StoredConditionalFormat {
  id: string;
  type: "Custom";
  /** 0-based area. */
  top: number;
  left: number;
  bottom: number;
  right: number;
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
  conditionalFormats: StoredConditionalFormat[];
}

export interface WorkbookState {
  sheets: StoredSheet[];
  activeSheetId: string;
  selection: { sheetId: string; top: number; left: number; bottom: number; right: number };
  /** Office.context.document.settings, as saved (JSON values). */
  settings: Record<string, unknown>;
  displayLanguage: string;
  /** API sets the host claims, e.g. { ExcelApi: "1.12" }. */
  apiSets: Record<string, string>;
  /** When true every batch is rejected as Excel does while a cell is being edited. */
  cellEditMode: boolean;
  /** Sync numbers (1-based, as counted) during which the user is editing a cell: lets a test fail a later batch. */
  cellEditModeAtSyncs: number[];
  requestLimitBytes: number;
  responseLimitBytes: number;
  counters: {
    syncs: number;
    /** Estimated request size of every sync, in order. */
    requestBytes: number[];
    /** Milliseconds the fake itself spent carrying out each sync (so a bench can leave it out). */
    hostMs: number[];
    suspendCalculation: number;
    suspendScreenUpdating: number;
    conditionalFormatsAdded: number;
  };
  nextId: number;
}

export const FIVE_MB = 5 * 1024 * 1024;

export function cellKey(row: number, column: number): string {
  return `${row},${column}`;
}

export function emptyWorkbook(): WorkbookState {
  return {
    sheets: [],
    activeSheetId: "",
    selection: { sheetId: "", top: 0, left: 0, bottom: 0, right: 0 },
    settings: {},
    displayLanguage: "it-IT",
    apiSets: { ExcelApi: "1.12" },
    cellEditMode: false,
    cellEditModeAtSyncs: [],
    requestLimitBytes: FIVE_MB,
    responseLimitBytes: FIVE_MB,
    counters: {
      syncs: 0,
      requestBytes: [],
      hostMs: [],
      suspendCalculation: 0,
      suspendScreenUpdating: 0,
      conditionalFormatsAdded: 0,
    },
    nextId: 1,
  };
}

/** Adds a visible sheet (the first one becomes active) and returns it. */
export function addSheet(state: WorkbookState, name: string): StoredSheet {
  const sheet: StoredSheet = {
    id: `{sheet-${state.nextId++}}`,
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

/** What a conditional format looks like to a person (formula, fill, area), without its internal id or order. */
export function conditionalFormatLooks(
  sheet: Pick<StoredSheet, "conditionalFormats">
): Pick<StoredConditionalFormat, "formula" | "fill" | "top" | "left" | "bottom" | "right">[] {
  return sheet.conditionalFormats.map(({ formula, fill, top, left, bottom, right }) => ({
    formula,
    fill,
    top,
    left,
    bottom,
    right,
  }));
}
