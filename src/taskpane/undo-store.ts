/**
 * Where the undo snapshot lives in the workbook: column A of the very hidden sheet PerfKpiUndo
 * (one text cell per piece, see undo-snapshot.ts), plus a hidden name on the written area's
 * top-left cell so undo finds the table after rows were inserted or deleted above it. Queues the
 * writes that store, read and use up a snapshot; the batch runner sends them.
 */
import type { CellScalar } from "../core";
import type { QueuedWrite } from "./batch-runner";
import { SMALL_OPERATION_BYTES } from "./request-costs";
import {
  decodeSnapshot,
  encodeSnapshot,
  SNAPSHOT_CHUNK_CHARS,
  UNDO_ANCHOR_NAME,
  UNDO_SHEET_NAME,
  type UndoSnapshot,
} from "./undo-snapshot";
import { jsonBytes, packBatches } from "./write-blocks";

/**
 * The writes that store a snapshot (creating the undo sheet on first use) and move the anchor
 * name to the written area. `sheet` is the recomputed sheet; the anchor name is replaced.
 */
export function snapshotWrites(
  snapshot: UndoSnapshot,
  state: { undoSheetExists: boolean; anchorExists: boolean },
  sheet: Excel.Worksheet,
  budget: number
): QueuedWrite[] {
  // A piece and its group stay well under one batch, so a snapshot never makes a request too large.
  const pieces = encodeSnapshot(snapshot, Math.floor(budget / 4));
  const groups = packBatches(pieces, (piece) => jsonBytes(piece) + 16, Math.floor(budget / 2));
  let offset = 0;
  const writes: QueuedWrite[] = groups.map((group, index): QueuedWrite => {
    const top = offset;
    offset += group.length;
    return {
      bytes: jsonBytes(group) * 2 + SMALL_OPERATION_BYTES * 2,
      cells: 0,
      queue: (context) => {
        const worksheets = context.workbook.worksheets;
        let target: Excel.Worksheet;
        if (index === 0 && !state.undoSheetExists) {
          target = worksheets.add(UNDO_SHEET_NAME);
          target.visibility = Excel.SheetVisibility.veryHidden;
        } else {
          target = worksheets.getItem(UNDO_SHEET_NAME);
          if (index === 0) target.getRange().clear();
        }
        const range = target.getRangeByIndexes(top, 0, group.length, 1);
        range.numberFormat = group.map(() => ["@"]);
        range.values = group.map((piece) => [piece]);
        range.untrack();
      },
    };
  });
  writes.push({
    bytes: SMALL_OPERATION_BYTES * 2,
    cells: 0,
    queue: (context) => {
      const names = context.workbook.names;
      if (state.anchorExists) names.getItem(UNDO_ANCHOR_NAME).delete();
      const anchor = sheet.getRangeByIndexes(snapshot.anchor.row, snapshot.anchor.column, 1, 1);
      const name = names.add(UNDO_ANCHOR_NAME, anchor, "Perf KPI: undo");
      name.visible = false;
    },
  });
  return writes;
}

/** Uses the snapshot up: its cells cleared and its anchor name removed (with the last restore batch). */
export function queueSnapshotUsedUp(context: Excel.RequestContext, anchorExists: boolean): void {
  context.workbook.worksheets.getItem(UNDO_SHEET_NAME).getRange().clear();
  if (anchorExists) context.workbook.names.getItem(UNDO_ANCHOR_NAME).delete();
}

/** The stored snapshot and where its anchor is now, read in as many requests as its size needs. */
export interface StoredSnapshot {
  readonly snapshot: UndoSnapshot | null;
  /** Where the anchor is now (sheet id, 0-based cell), or null when the name is gone. */
  readonly anchor: { sheetId: string; row: number; column: number } | null;
  readonly undoSheetExists: boolean;
  readonly syncs: number;
}

/**
 * Reads the snapshot: one request for the undo sheet's size and the anchor, then the pieces in
 * groups whose response stays under the budget (a piece is at most a quarter of it, see
 * snapshotWrites; JSON escaping can add half again).
 */
export async function readStoredSnapshot(
  context: Excel.RequestContext,
  budget: number
): Promise<StoredSnapshot> {
  const undoSheet = context.workbook.worksheets.getItemOrNullObject(UNDO_SHEET_NAME);
  const stored = undoSheet.getUsedRangeOrNullObject(true);
  stored.load("rowIndex,rowCount");
  const name = context.workbook.names.getItemOrNullObject(UNDO_ANCHOR_NAME);
  const anchorRange = name.getRangeOrNullObject();
  anchorRange.load("rowIndex,columnIndex,worksheet/id");
  await context.sync();
  let syncs = 1;
  const anchor =
    name.isNullObject || anchorRange.isNullObject
      ? null
      : {
          sheetId: anchorRange.worksheet.id,
          row: anchorRange.rowIndex,
          column: anchorRange.columnIndex,
        };
  if (undoSheet.isNullObject || stored.isNullObject)
    return { snapshot: null, anchor, undoSheetExists: !undoSheet.isNullObject, syncs };
  const pieceBytes = Math.min(budget / 4, SNAPSHOT_CHUNK_CHARS) * 2.5 + 64;
  const perRequest = Math.max(1, Math.floor(budget / pieceBytes));
  const cells: CellScalar[] = [];
  for (let top = 0; top < stored.rowCount; top += perRequest) {
    const count = Math.min(perRequest, stored.rowCount - top);
    const range = undoSheet.getRangeByIndexes(stored.rowIndex + top, 0, count, 1);
    range.load("values");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the snapshot in pieces, each response under the payload limit
    await context.sync();
    syncs++;
    const values = range.values as CellScalar[][] | null;
    if (values === null) return { snapshot: null, anchor, undoSheetExists: true, syncs };
    cells.push(...values.map((row) => row[0] ?? null));
  }
  return { snapshot: decodeSnapshot(cells), anchor, undoSheetExists: true, syncs };
}
