/**
 * Reading the active sheet for the sheet model, without ever asking Excel for more than it can
 * answer:
 *   1. one small request: the sheet (name, id, protection), the workbook's structure protection,
 *      the used range's size (formatted cells count, as Excel counts them), the undo sheet, the
 *      types of the conditional formats, and the merged areas of the used range (ExcelApi 1.13,
 *      Range.getMergedAreasOrNullObject: a merged header gives its role to every column it spans).
 *      The size check runs here, before any cell is read. Without ExcelApi 1.13 the merges are
 *      unknown: the input says so (mergesUnread) and the audit names the columns a merge could hide.
 *   2. the used range in bands of rows, one request each: values, number formats, formulas. The
 *      first band is sized from a conservative guess of bytes per cell; each later one from the
 *      bytes per cell measured on what came back, so every response stays under Excel on the
 *      web's 5 MB limit. A band Excel refuses as too large, or answers with `values: null` (Excel
 *      desktop on very large ranges), is read again in halves; a single row that still fails is
 *      reported with a clear message.
 */
import type { CellScalar } from "../core";
import { legendFillCells, MAX_SHEET_CELLS, type CellArea, type SheetInput } from "../core/sheet";
import { queueLegendFills } from "./legend-fills";
import { hostErrors, hostFail, officeErrorCode, type HostResult } from "./host-errors";
import { batchBudget, PAYLOAD_LIMIT_BYTES } from "./request-costs";
import { UNDO_SHEET_NAME } from "./undo-snapshot";
import { jsonBytes } from "./write-blocks";
import { sheetConditionalFormats } from "./host-writes";
import { ok } from "../core";

/** Bytes per cell assumed for the first band (values, number format and formula of a filled cell). */
const FIRST_GUESS_BYTES_PER_CELL = 64;
/** Margin on the measured bytes per cell: later bands may hold longer text than earlier ones. */
const MEASURED_MARGIN = 1.5;
/** The API set of Range.getMergedAreasOrNullObject. */
const MERGES_API = { name: "ExcelApi", version: "1.13" } as const;
/**
 * Most merged areas read (about 60 bytes each in the response: 1.2 MB at most, well under the
 * web's 5 MB with the rest of the first request). A plan's merges are its headers and titles;
 * beyond this many, the first ones (the sheet's top rows, where headers are) are kept.
 */
export const MAX_MERGED_AREAS = 20_000;

export interface SheetRead {
  readonly sheet: Excel.Worksheet;
  readonly sheetId: string;
  readonly name: string;
  readonly input: SheetInput;
  readonly usedCells: number;
  readonly undoSheet: Excel.Worksheet;
  readonly formats: Excel.ConditionalFormatCollection;
  readonly structureProtected: boolean;
  /** context.sync() calls made by the read. */
  readonly syncs: number;
  /** Bands of rows read (1 for a sheet whose cells fit one response). */
  readonly bands: number;
}

export interface ReaderOptions {
  /** Response limit in bytes (tests lower it to read in several bands). */
  readonly responseLimitBytes?: number;
  /** Read the fills of a typed legend's swatches (one more small request when there is one). */
  readonly legendFills?: boolean;
}

export async function readActiveSheet(
  context: Excel.RequestContext,
  options: ReaderOptions = {}
): Promise<HostResult<SheetRead>> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name,id,protection/protected");
  const structure = context.workbook.protection;
  structure.load("protected");
  const used = sheet.getUsedRangeOrNullObject();
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const undoSheet = context.workbook.worksheets.getItemOrNullObject(UNDO_SHEET_NAME);
  const formats = sheetConditionalFormats(sheet);
  formats.load("items/type");
  const merged = queueMergedAreas(used);
  await context.sync();
  let syncs = 1;
  if (sheet.protection.protected) return hostFail(hostErrors.protectedSheet(sheet.name));
  if (used.isNullObject) return hostFail(hostErrors.empty(sheet.name));
  const usedCells = used.rowCount * used.columnCount;
  if (usedCells > MAX_SHEET_CELLS) return hostFail(hostErrors.tooLarge(usedCells));

  const budget = batchBudget(options.responseLimitBytes ?? PAYLOAD_LIMIT_BYTES);
  const area = {
    top: used.rowIndex,
    left: used.columnIndex,
    bottom: used.rowIndex + used.rowCount - 1,
    right: used.columnIndex + used.columnCount - 1,
  };
  const read = await readArea(context, sheet, area, budget, ["values", "numberFormat", "formulas"]);
  syncs += read.syncs;
  if (!read.ok) return hostFail(hostErrors.unreadableRows(sheet.name, read.failedRow + 1));
  const [values = [], numberFormat = [], formulaGrid = []] = read.grids;
  const bands = read.bands;
  const read0: SheetInput = {
    name: sheet.name,
    origin: { row: used.rowIndex, column: used.columnIndex },
    values: values.map((row) => row.map(cellScalar)),
    numberFormats: numberFormat.map((row) =>
      row.map((f) => (typeof f === "string" ? f : "General"))
    ),
    formulas: formulaGrid.map((row) =>
      row.map((f) => (typeof f === "string" && f.startsWith("=") ? f : null))
    ),
    ...(merged === null ? { mergesUnread: true } : { merges: mergedAreasOf(merged) }),
  };
  // A legend typed in the sheet: the fills of its swatches, in one more small request.
  const asked = options.legendFills === true ? legendFillCells(read0) : [];
  let input = read0;
  if (asked.length > 0) {
    const fills = queueLegendFills(sheet, asked);
    await context.sync();
    syncs++;
    input = { ...read0, fills: fills.result() };
  }
  return ok({
    sheet,
    sheetId: sheet.id,
    name: sheet.name,
    input,
    usedCells,
    undoSheet,
    formats,
    structureProtected: structure.protected,
    syncs,
    bands,
  });
}

/**
 * Queues the merged areas of the used range (whose top-left cell lies in it, as Excel answers),
 * each area's position and size; null when this Excel lacks ExcelApi 1.13.
 */
function queueMergedAreas(used: Excel.Range): Excel.RangeAreas | null {
  if (!Office.context.requirements.isSetSupported(MERGES_API.name, MERGES_API.version)) return null;
  const merged = used.getMergedAreasOrNullObject();
  merged.load("areaCount");
  merged.areas.load({
    select: "rowIndex,columnIndex,rowCount,columnCount",
    top: MAX_MERGED_AREAS,
  });
  return merged;
}

/** The merged areas read, in sheet coordinates (none: a null object). */
function mergedAreasOf(merged: Excel.RangeAreas): CellArea[] {
  if (merged.isNullObject) return [];
  return merged.areas.items.map((area) => ({
    top: area.rowIndex,
    left: area.columnIndex,
    bottom: area.rowIndex + area.rowCount - 1,
    right: area.columnIndex + area.columnCount - 1,
  }));
}

type GridProperty = "values" | "numberFormat" | "formulas";

export type AreaRead =
  | {
      readonly ok: true;
      readonly grids: unknown[][][];
      readonly syncs: number;
      readonly bands: number;
    }
  | { readonly ok: false; readonly failedRow: number; readonly syncs: number };

/**
 * Reads properties of an area in bands of rows, one request each, every response under the
 * budget: the first band from a conservative guess of bytes per cell, the next ones from what was
 * measured. A band refused as too large, or answered with null (desktop), is read again in halves.
 */
export async function readArea(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  area: { top: number; left: number; bottom: number; right: number },
  budget: number,
  properties: readonly GridProperty[]
): Promise<AreaRead> {
  const columns = area.right - area.left + 1;
  const totalRows = area.bottom - area.top + 1;
  const rowsFor = (bytesPerCell: number): number =>
    Math.max(1, Math.floor(budget / (columns * bytesPerCell)));
  let rows = rowsFor((FIRST_GUESS_BYTES_PER_CELL * properties.length) / 3);
  const grids: unknown[][][] = properties.map(() => []);
  let syncs = 0;
  let bands = 0;
  for (let top = 0; top < totalRows;) {
    const count = Math.min(rows, totalRows - top);
    const range = sheet.getRangeByIndexes(area.top + top, area.left, count, columns);
    // eslint-disable-next-line office-addins/no-empty-load -- the properties asked for, named by the caller
    range.load(properties.join(","));
    let band: unknown[][][] | null = null;
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one band per request, each response under the payload limit
      await context.sync();
      const read = properties.map(
        // eslint-disable-next-line office-addins/load-object-before-read -- loaded just above, by name
        (property): unknown[][] | null => range[property]
      );
      band = read.every((grid): grid is unknown[][] => Array.isArray(grid)) ? read : null;
    } catch (error) {
      if (officeErrorCode(error) !== "ResponsePayloadSizeLimitExceeded") throw error;
    } finally {
      syncs++;
    }
    if (band === null) {
      // Too large for one response, or values: null: the same rows again, in halves.
      if (count === 1) return { ok: false, failedRow: area.top + top, syncs };
      rows = Math.max(1, Math.floor(count / 2));
      continue;
    }
    let bytes = 0;
    band.forEach((grid, index) => {
      grids[index]?.push(...grid);
      bytes += jsonBytes(grid);
    });
    bands++;
    top += count;
    rows = rowsFor(Math.max((bytes / (count * columns)) * MEASURED_MARGIN, 4));
  }
  return { ok: true, grids, syncs, bands };
}

export function cellScalar(value: unknown): CellScalar {
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return value === "" ? null : value;
  return null;
}
