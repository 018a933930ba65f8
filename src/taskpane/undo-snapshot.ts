/**
 * The undo snapshot of one recompute: what every written cell held before (formula or constant,
 * number format), the legend swatches' fills, and our band rules before and after the run.
 * It is kept IN THE WORKBOOK, as JSON split over the cells of a very hidden sheet, so it survives
 * closing the pane and travels with the file. A sheet rather than document settings: settings are
 * one small property bag saved whole on every saveAsync, while a snapshot of a 10,000-KPI plan is
 * about a megabyte; a cell holds up to 32,767 characters and a sheet has a million rows.
 * Pure: encoding and decoding only.
 */
import type { CellScalar } from "../core";
import { constantEntry, type BlockEntry, type WriteBlock } from "./write-blocks";

export const UNDO_SHEET_NAME = "PerfKpiUndo";
/** Characters of JSON per cell (Excel's limit is 32,767). */
export const SNAPSHOT_CHUNK_CHARS = 32000;

export interface SnapshotRule {
  /** A1 address of the rule's range, without sheet name. */
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
  readonly version: 1;
  readonly sheetName: string;
  /** ISO time of the recompute. */
  readonly takenAt: string;
  /** The previous content of every block written, with number formats (never null). */
  readonly blocks: readonly WriteBlock[];
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

export function encodeSnapshot(
  snapshot: UndoSnapshot,
  chunkChars: number = SNAPSHOT_CHUNK_CHARS
): string[] {
  const json = JSON.stringify(snapshot);
  const size = Math.max(1, Math.min(chunkChars, SNAPSHOT_CHUNK_CHARS));
  const chunks: string[] = [];
  for (let start = 0; start < json.length; start += size) {
    chunks.push(json.slice(start, start + size));
  }
  return chunks;
}

/** The snapshot from the cells of column A of the undo sheet; null when there is none or it is damaged. */
export function decodeSnapshot(cells: readonly CellScalar[]): UndoSnapshot | null {
  const json = cells.map((cell) => (typeof cell === "string" ? cell : "")).join("");
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
    record.version === 1 &&
    typeof record.sheetName === "string" &&
    typeof record.takenAt === "string" &&
    Array.isArray(record.blocks) &&
    Array.isArray(record.fills) &&
    Array.isArray(record.previousRules) &&
    Array.isArray(record.addedRuleFormulas)
  );
}
