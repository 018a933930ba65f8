/**
 * Turning the sheet model's cell writes into rectangular blocks that Office.js writes in one
 * assignment each (a column run of consecutive rows → one range.values / numberFormat / formulas),
 * and splitting blocks by rows so that one request stays under the host's payload limit.
 * Pure: no Office.js here, so the batching is tested without a host.
 */
import type { CellWrite } from "../core/sheet";

/** What one cell of a block receives: a constant or a formula text ("=…"). */
export type BlockEntry = string | number | boolean;

export interface WriteBlock {
  /** 0-based sheet row/column of the block's top-left cell. */
  readonly top: number;
  readonly left: number;
  /** One entry per cell, rows × columns. */
  readonly entries: readonly (readonly BlockEntry[])[];
  /** True when at least one entry is a formula: the block is then assigned through range.formulas. */
  readonly hasFormulas: boolean;
  /** Number formats; null entries leave the cell's own format (Office.js skips null in set arrays). */
  readonly numberFormats: readonly (readonly (string | null)[])[] | null;
}

/**
 * A text constant as Excel must receive it so it stays text: a leading apostrophe keeps "0,69" or
 * "-5" from being read as a number and "=x" from becoming a formula (Excel drops the apostrophe).
 */
export function textConstant(text: string): string {
  return /^[=+\-@'\d.,]/.test(text) || /^\s/.test(text) ? `'${text}` : text;
}

/** A computed value as a cell entry: null empties the cell (Office.js would skip a null). */
export function constantEntry(value: number | string | boolean | null): BlockEntry {
  if (value === null) return "";
  return typeof value === "string" ? textConstant(value) : value;
}

/** Groups writes into column runs of consecutive rows (each run one block, one column wide). */
export function blocksFromWrites(writes: readonly CellWrite[]): WriteBlock[] {
  const byColumn = new Map<number, CellWrite[]>();
  for (const write of writes) {
    const list = byColumn.get(write.column) ?? [];
    list.push(write);
    byColumn.set(write.column, list);
  }
  const blocks: WriteBlock[] = [];
  for (const column of [...byColumn.keys()].sort((a, b) => a - b)) {
    const cells = (byColumn.get(column) ?? []).sort((a, b) => a.row - b.row);
    let run: CellWrite[] = [];
    const flush = (): void => {
      const first = run[0];
      if (first !== undefined) blocks.push(blockFromRun(first, run));
      run = [];
    };
    for (const cell of cells) {
      const last = run[run.length - 1];
      if (last !== undefined && cell.row === last.row) {
        run[run.length - 1] = cell; // a later write of the same cell wins
        continue;
      }
      if (last !== undefined && cell.row !== last.row + 1) flush();
      run.push(cell);
    }
    flush();
  }
  return blocks;
}

/** `first` is `run[0]`: the block's top-left cell. */
function blockFromRun(first: CellWrite, run: readonly CellWrite[]): WriteBlock {
  const hasFormulas = run.some((cell) => cell.formula !== null);
  const hasFormats = run.some((cell) => cell.numberFormat !== null);
  return {
    top: first.row,
    left: first.column,
    entries: run.map((cell) => [cell.formula ?? constantEntry(cell.value)]),
    hasFormulas,
    numberFormats: hasFormats ? run.map((cell) => [cell.numberFormat]) : null,
  };
}

/** Fixed cost of one range assignment in a request (address, object path, property name). */
const OPERATION_OVERHEAD_BYTES = 160;

/** Estimated size in bytes of the request that writes this block (UTF-8 of its JSON, plus overhead). */
export function blockPayloadBytes(block: WriteBlock): number {
  const formatBytes =
    block.numberFormats === null ? 0 : jsonBytes(block.numberFormats) + OPERATION_OVERHEAD_BYTES;
  return jsonBytes(block.entries) + OPERATION_OVERHEAD_BYTES + formatBytes;
}

export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  // UTF-8 length without allocating a buffer: count code units above 0x7f as 2-3 bytes.
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) bytes += code > 0x7ff ? 2 : 1;
  }
  return bytes;
}

/** Splits a block by rows into pieces whose estimated payload is at most maxBytes each. */
export function splitBlock(block: WriteBlock, maxBytes: number): WriteBlock[] {
  const total = blockPayloadBytes(block);
  if (total <= maxBytes || block.entries.length <= 1) return [block];
  const pieces = Math.ceil(total / maxBytes) + 1;
  const rowsPerPiece = Math.max(1, Math.floor(block.entries.length / pieces));
  const out: WriteBlock[] = [];
  for (let start = 0; start < block.entries.length; start += rowsPerPiece) {
    const entries = block.entries.slice(start, start + rowsPerPiece);
    out.push({
      top: block.top + start,
      left: block.left,
      entries,
      hasFormulas: entries.some((row) => row.some(isFormulaEntry)),
      numberFormats:
        block.numberFormats === null
          ? null
          : block.numberFormats.slice(start, start + rowsPerPiece),
    });
  }
  return out.flatMap((piece) => splitBlock(piece, maxBytes));
}

export function isFormulaEntry(entry: BlockEntry): boolean {
  return typeof entry === "string" && entry.startsWith("=");
}

/** Packs sized items, in order, into batches of at most maxBytes (an item alone may not exceed it). */
export function packBatches<T>(
  items: readonly T[],
  sizeOf: (item: T) => number,
  maxBytes: number
): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (current.length > 0 && used + size > maxBytes) {
      batches.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
