/**
 * The undo snapshot of one recompute: what every written cell held before (formula or constant,
 * number format) and what the recompute wrote there (so undo can leave alone a cell someone
 * changed since), the legend swatches' fills, our band rules before and after the run, and where
 * the written area was (the sheet's id, which a rename keeps, and a hidden name that follows rows
 * inserted or deleted above it).
 * It is kept IN THE WORKBOOK, as JSON split over the cells of a very hidden sheet, so it survives
 * closing the pane and travels with the file. A sheet rather than document settings: settings are
 * one small property bag saved whole on every saveAsync, while a snapshot of a 10,000-KPI plan is
 * about a megabyte; a cell holds up to 32,767 characters and a sheet has a million rows.
 * Pure: encoding and decoding only.
 */
import type { CellScalar } from "../core";
import { constantEntry, type BlockEntry, type WriteBlock } from "./write-blocks";

export const UNDO_SHEET_NAME = "PerfKpiUndo";
/** A hidden workbook name on the written area's top-left cell: Excel moves it with the rows. */
export const UNDO_ANCHOR_NAME = "PerfKpiUndoAnchor";
/** Characters of JSON per cell (Excel's limit is 32,767). */
export const SNAPSHOT_CHUNK_CHARS = 32000;

export interface SnapshotRule {
  /** A1 address of the rule's ranges, without sheet name ("A4:H40" or "A4:H9, A12:H40"). */
  readonly address: string;
  readonly formula: string;
  readonly fill: string;
}

export interface SnapshotFill {
  readonly row: number;
  readonly column: number;
  /** #RRGGBB, or null for no fill. */
  readonly color: string | null;
}

export interface UndoSnapshot {
  readonly version: 2;
  /** The worksheet's id (a rename keeps it) and its name at the recompute (for messages). */
  readonly sheetId: string;
  readonly sheetName: string;
  /** The written area's top-left cell at the recompute (0-based), where the anchor name was put. */
  readonly anchor: { readonly row: number; readonly column: number };
  /** ISO time of the recompute. */
  readonly takenAt: string;
  /** The previous content of every block written, with number formats (never null). */
  readonly blocks: readonly WriteBlock[];
  /** What the recompute wrote, block by block (same areas as `blocks`). */
  readonly written: readonly WriteBlock[];
  readonly fills: readonly SnapshotFill[];
  /** Our band rules as they were before the recompute (put back by undo). */
  readonly previousRules: readonly SnapshotRule[];
  /** The formulas of the rules the recompute added (removed by undo). */
  readonly addedRuleFormulas: readonly string[];
}

/** What a read of the sheet gives for one cell, used to rebuild it exactly. */
export interface PreviousCell {
  readonly value: CellScalar;
  readonly formula: string | number | boolean | null;
  readonly numberFormat: string;
}

/** The entry that puts a cell back: its formula if it had one, else its constant. */
export function previousEntry(cell: PreviousCell): BlockEntry {
  if (typeof cell.formula === "string" && cell.formula.startsWith("=")) return cell.formula;
  return constantEntry(cell.value === null ? "" : cell.value);
}

/** The snapshot block for one write block: the same area, its previous content. */
export function previousBlock(
  block: WriteBlock,
  cellAt: (row: number, column: number) => PreviousCell
): WriteBlock {
  const entries: BlockEntry[][] = [];
  const numberFormats: string[][] = [];
  block.entries.forEach((row, r) => {
    entries.push(row.map((_, c) => previousEntry(cellAt(block.top + r, block.left + c))));
    numberFormats.push(row.map((_, c) => cellAt(block.top + r, block.left + c).numberFormat));
  });
  return {
    top: block.top,
    left: block.left,
    entries,
    hasFormulas: entries.some((row) =>
      row.some((entry) => typeof entry === "string" && entry.startsWith("="))
    ),
    numberFormats,
  };
}

/**
 * Each piece goes into a text cell as "'~" + piece: Excel takes a leading apostrophe as its text
 * prefix and drops it, so a piece that itself starts with "'" (or "=", or digits) would lose it or
 * change type; with the prefix and the "~" marker every piece comes back exactly, whether Excel
 * drops the apostrophe or keeps it. Pieces never split a surrogate pair.
 */
const PIECE_MARK = "~";

export function encodeSnapshot(
  snapshot: UndoSnapshot,
  chunkChars: number = SNAPSHOT_CHUNK_CHARS
): string[] {
  const json = JSON.stringify(snapshot);
  const size = Math.max(2, Math.min(chunkChars, SNAPSHOT_CHUNK_CHARS) - 2);
  const chunks: string[] = [];
  for (let start = 0; start < json.length;) {
    let end = Math.min(json.length, start + size);
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end--;
    chunks.push(`'${PIECE_MARK}${json.slice(start, end)}`);
    start = end;
  }
  return chunks;
}

/** One piece as read back from its cell, without the prefix and the marker; null if damaged. */
function pieceOf(cell: CellScalar): string | null {
  if (typeof cell !== "string") return null;
  const text = cell.startsWith("'") ? cell.slice(1) : cell;
  return text.startsWith(PIECE_MARK) ? text.slice(PIECE_MARK.length) : null;
}

/** The snapshot from the cells of column A of the undo sheet; null when there is none or it is damaged. */
export function decodeSnapshot(cells: readonly CellScalar[]): UndoSnapshot | null {
  const pieces = cells.filter((cell) => cell !== null && cell !== "").map(pieceOf);
  if (pieces.some((piece) => piece === null)) return null;
  const json = pieces.join("");
  if (json.trim() === "") return null;
  try {
    const parsed: unknown = JSON.parse(json);
    return isSnapshot(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function isSnapshot(value: unknown): value is UndoSnapshot {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    record.version === 2 &&
    typeof record.sheetId === "string" &&
    typeof record.sheetName === "string" &&
    typeof record.anchor === "object" &&
    record.anchor !== null &&
    Array.isArray(record.written) &&
    typeof record.takenAt === "string" &&
    Array.isArray(record.blocks) &&
    Array.isArray(record.fills) &&
    Array.isArray(record.previousRules) &&
    Array.isArray(record.addedRuleFormulas)
  );
}
