/**
 * The operations the front queues on Excel: derived-cell blocks, band rules, legend fills, rule
 * deletions, and the reads that go with them (custom rule details, swatch fills). Each write
 * carries its request-size estimate (request-costs.ts) for the batch runner. Also the pure steps
 * of undo: what a cell held at the read, and which written cells still hold what was written.
 */
import {
  columnIndex,
  columnLetter,
  rangeAddress,
  type BandRule,
  type CellArea,
  type SheetInput,
} from "../core/sheet";
import type { QueuedWrite } from "./batch-runner";
import { blockWriteBytes, DELETE_RULE_BYTES, FILL_BYTES, ruleWriteBytes } from "./request-costs";
import type { PreviousCell, SnapshotFill, SnapshotRule, UndoSnapshot } from "./undo-snapshot";
import { isFormulaEntry, type BlockEntry, type WriteBlock } from "./write-blocks";

export interface LoadedRule {
  readonly format: Excel.ConditionalFormat;
  /** Every range the rule applies to (Excel may split one rule over several). */
  readonly ranges: Excel.RangeAreas;
}

/** Every conditional format of a sheet (those touching its whole grid). */
export function sheetConditionalFormats(sheet: Excel.Worksheet): Excel.ConditionalFormatCollection {
  return sheet.getRange().conditionalFormats;
}

/** Loads formula, fill and ranges of every custom conditional format (needs one sync). */
export function queueCustomRuleDetails(formats: Excel.ConditionalFormatCollection): LoadedRule[] {
  return formats.items
    .filter((format) => format.type === Excel.ConditionalFormatType.custom)
    .map((format) => {
      format.load("custom/rule/formula,custom/format/fill/color");
      const ranges = format.getRanges();
      ranges.load("address");
      return { format, ranges };
    });
}

/** "'Albero 2024'!A4:H9,'Albero 2024'!A12:H40" → "A4:H9, A12:H40" */
export function localAddress(address: string): string {
  return address
    .split(",")
    .map((part) => part.replace(/^.*!/, "").trim())
    .join(", ");
}

export function snapshotRule(rule: LoadedRule): SnapshotRule {
  return {
    address: localAddress(rule.ranges.address),
    formula: rule.format.custom.rule.formula,
    fill: rule.format.custom.format.fill.color,
  };
}

/** The legend swatches' fills before the write (for undo), read in the details request. */
export function queueSwatchFills(
  sheet: Excel.Worksheet,
  swatches: readonly { row: number; column: number }[]
): { result(): SnapshotFill[] } {
  const area = areaOfCells(swatches);
  const props =
    area === null
      ? null
      : rangeOf(sheet, area).getCellProperties({
          format: { fill: { color: true, pattern: true } },
        });
  return {
    result: () =>
      swatches.map((swatch) => {
        const fill =
          area === null
            ? undefined
            : props?.value[swatch.row - area.top]?.[swatch.column - area.left]?.format?.fill;
        const none = fill === undefined || fill.pattern === "None" || fill.color === undefined;
        return {
          row: swatch.row,
          column: swatch.column,
          color: none ? null : (fill.color ?? null),
        };
      }),
  };
}

/** What a cell held at the read: inside the used range from the read, outside it blank. */
export function previousCellReader(
  input: SheetInput
): (row: number, column: number) => PreviousCell {
  return (row, column) => {
    const r = row - input.origin.row;
    const c = column - input.origin.column;
    const value = r >= 0 && c >= 0 ? input.values[r]?.[c] : undefined;
    if (value === undefined) return { value: null, formula: null, numberFormat: "General" };
    return {
      value,
      formula: input.formulas?.[r]?.[c] ?? null,
      numberFormat: input.numberFormats?.[r]?.[c] ?? "General",
    };
  };
}

/** The written area's top-left cell: where the undo anchor name goes. */
export function anchorOf(blocks: readonly WriteBlock[]): { row: number; column: number } {
  if (blocks.length === 0) return { row: 0, column: 0 };
  return {
    row: Math.min(...blocks.map((block) => block.top)),
    column: Math.min(...blocks.map((block) => block.left)),
  };
}

export function rangeOf(sheet: Excel.Worksheet, area: CellArea): Excel.Range {
  return sheet.getRangeByIndexes(
    area.top,
    area.left,
    area.bottom - area.top + 1,
    area.right - area.left + 1
  );
}

function areaOfCells(cells: readonly { row: number; column: number }[]): CellArea | null {
  if (cells.length === 0) return null;
  const rows = cells.map((cell) => cell.row);
  const columns = cells.map((cell) => cell.column);
  return {
    top: Math.min(...rows),
    left: Math.min(...columns),
    bottom: Math.max(...rows),
    right: Math.max(...columns),
  };
}

/** One block into its range: number formats first (a value lands already shown right), then content. */
export function blockWrite(sheet: Excel.Worksheet, block: WriteBlock): QueuedWrite {
  const rows = block.entries.length;
  const columns = block.entries[0]?.length ?? 0;
  return {
    bytes: blockWriteBytes(block),
    cells: rows * columns,
    queue: () => {
      const range = sheet.getRangeByIndexes(block.top, block.left, rows, columns);
      if (block.numberFormats !== null) range.numberFormat = block.numberFormats as string[][];
      // null entries (cells undo leaves alone) leave their cell unchanged, as Excel documents.
      if (block.hasFormulas) range.formulas = block.entries as (string | number | boolean)[][];
      else range.values = block.entries as (string | number | boolean)[][];
      // Not kept past this request: Excel.run would otherwise release every range in one last request.
      range.untrack();
    },
  };
}

export function deleteRuleWrite(rule: LoadedRule): QueuedWrite {
  return { bytes: DELETE_RULE_BYTES, cells: 0, queue: () => rule.format.delete() };
}

export function bandRuleWrites(
  sheet: Excel.Worksheet,
  bandFormat: { area: CellArea; rules: readonly BandRule[] } | null
): QueuedWrite[] {
  if (bandFormat === null) return [];
  const { top, left, bottom, right } = bandFormat.area;
  const address = rangeAddress(top, left, bottom, right);
  return bandFormat.rules.map((rule) => ruleWrite(sheet, address, rule.formula, rule.fill));
}

/**
 * Past every priority Excel has on the sheet: Office.js clamps a priority beyond the bounds to the
 * last place ("Priorities greater than the bounds will get and set to the maximum priority").
 */
export const LAST_PRIORITY = 1_000_000;

/**
 * One custom rule over one or several ranges ("A4:H9, A12:H40"), placed after every rule already
 * there, as the command line writes it (priority after the highest in the sheet): a rule of the
 * user's own still wins, and our rules keep the plan's order (the first of the plan first). Excel
 * would otherwise put each new rule first (test/contract/writers.spec.ts).
 */
export function ruleWrite(
  sheet: Excel.Worksheet,
  address: string,
  formula: string,
  fill: string
): QueuedWrite {
  return {
    bytes: ruleWriteBytes(address, formula),
    cells: 0,
    queue: () => {
      const target = address.includes(",") ? sheet.getRanges(address) : sheet.getRange(address);
      const format = target.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      format.custom.rule.formula = formula;
      format.custom.format.fill.color = fill;
      format.priority = LAST_PRIORITY; // last: Office.js needs a fresh copy after, and we need none
      target.untrack();
    },
  };
}

export function fillWrites(
  sheet: Excel.Worksheet,
  fills: readonly { row: number; column: number; fill: string | null }[]
): QueuedWrite[] {
  return fills.map((swatch) => ({
    bytes: FILL_BYTES,
    cells: 0,
    queue: () => {
      const range = sheet.getRangeByIndexes(swatch.row, swatch.column, 1, 1);
      if (swatch.fill === null) range.format.fill.clear();
      else range.format.fill.color = swatch.fill;
      range.untrack();
    },
  }));
}

/** Moves every relative reference of an address or formula by whole rows and columns. */
export function shiftAddress(text: string, shift: { rows: number; columns: number }): string {
  if (shift.rows === 0 && shift.columns === 0) return text;
  return text.replace(
    /(\$?)([A-Z]{1,3})(\$?)(\d+)/g,
    (_all, colAbs: string, letters: string, rowAbs: string, digits: string) => {
      const index = columnIndex(letters) ?? 0;
      const column = colAbs === "$" ? letters : columnLetter(index + shift.columns);
      const row = rowAbs === "$" ? Number(digits) : Number(digits) + shift.rows;
      return `${colAbs}${column}${rowAbs}${row}`;
    }
  );
}

/** Whether a cell still holds what the recompute wrote (as the formulas property reads it). */
function stillWritten(written: BlockEntry, now: unknown): boolean {
  if (typeof written === "string" && isFormulaEntry(written))
    return typeof now === "string" && now.replace(/\s+/g, "") === written.replace(/\s+/g, "");
  if (typeof written === "number")
    return (
      typeof now === "number" && Math.abs(now - written) <= 1e-9 * Math.max(1, Math.abs(written))
    );
  if (written === "") return now === "" || now === null;
  if (typeof written === "string")
    return now === (written.startsWith("'") ? written.slice(1) : written);
  return now === written;
}

/**
 * The snapshot's blocks with every cell changed after the recompute left out (null: Excel leaves
 * the cell as it is), and those cells named.
 */
export function comparedRestore(
  snapshot: UndoSnapshot,
  now: readonly (readonly unknown[])[][],
  shift: { rows: number; columns: number }
): { blocks: WriteBlock[]; restored: number; skipped: string[]; skippedCount: number } {
  let restored = 0;
  let skippedCount = 0;
  const skipped: string[] = [];
  const blocks = snapshot.blocks.map((previous, index): WriteBlock => {
    const written = snapshot.written[index];
    const current = now[index];
    const entries = previous.entries.map((row, r) =>
      row.map((entry, c): BlockEntry | null => {
        const keep =
          written !== undefined &&
          current !== undefined &&
          stillWritten(written.entries[r]?.[c] ?? "", current[r]?.[c]);
        if (keep) {
          restored++;
          return entry;
        }
        skippedCount++;
        if (skipped.length < 10)
          skipped.push(
            `${columnLetter(previous.left + c + shift.columns)}${previous.top + r + shift.rows + 1}`
          );
        return null;
      })
    );
    const numberFormats =
      previous.numberFormats === null
        ? null
        : previous.numberFormats.map((row, r) =>
            row.map((format, c) => (entries[r]?.[c] === null ? null : format))
          );
    return { ...previous, entries: entries as unknown as BlockEntry[][], numberFormats };
  });
  return { blocks, restored, skipped, skippedCount };
}
