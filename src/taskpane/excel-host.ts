/**
 * The ONE module that talks to Excel (Office.js). Everything else in the pane is plain TypeScript.
 *
 * Recompute, in at most 3 context.sync() calls for a sheet whose writes fit one request:
 *   1. read: active sheet (name, id, protection), used range (values, number formats, formulas),
 *      whether the undo sheet exists, the types of the sheet's conditional formats;
 *   — the sheet model runs (pure) —
 *   2. details: formulas/fills/ranges of the custom conditional formats (to find our band rules)
 *      and the fills of the legend swatches (for undo);
 *   3. write, with calculation and screen updating suspended: the undo snapshot, the derived
 *      cells as column blocks, our band rules replaced, the legend.
 * Above Excel on the web's 5 MB request limit the writes are split into several batches by rows;
 * if a later batch fails, the cells already written are put back from the snapshot in memory.
 */
import {
  type BandRule,
  type CellArea,
  ourBandFormulaTest,
  rangeAddress,
  recomputeSheet,
  type SheetInput,
  type SheetRecompute,
} from "../core/sheet";
import { type CellScalar, ok, type Result, type Settings } from "../core";
import {
  hostErrorFromOffice,
  hostErrors,
  hostFail,
  MAX_SHEET_CELLS,
  type HostError,
  type HostResult,
} from "./host-errors";
import { SETTINGS_KEY, settingsFromStored, settingsToStored } from "./stored-settings";
import {
  decodeSnapshot,
  encodeSnapshot,
  previousBlock,
  UNDO_SHEET_NAME,
  type PreviousCell,
  type SnapshotFill,
  type SnapshotRule,
  type UndoSnapshot,
} from "./undo-snapshot";
import {
  blockPayloadBytes,
  blocksFromWrites,
  jsonBytes,
  packBatches,
  splitBlock,
  type WriteBlock,
} from "./write-blocks";

/** Excel on the web rejects a request above 5 MB. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
/** The share of the limit a batch may use: the estimate leaves room for Office.js's own envelope. */
const BATCH_BUDGET_SHARE = 0.8;
/** The API set every call here needs (getCellProperties and screen-updating suspension are 1.9). */
export const REQUIRED_API = { name: "ExcelApi", version: "1.9" } as const;

export type RecomputeStep = "read" | "compute" | "write";

export interface RecomputeOutcome {
  readonly recompute: SheetRecompute;
  /** context.sync() calls made by this recompute. */
  readonly syncs: number;
  /** Write batches (1 unless the writes exceed the request limit). */
  readonly writeBatches: number;
  readonly cellsWritten: number;
  /** Estimated bytes of all write requests. */
  readonly payloadBytes: number;
}

export interface UndoOutcome {
  readonly sheetName: string;
  readonly takenAt: string;
  readonly cellsRestored: number;
  readonly syncs: number;
}

export interface SelectedCell {
  readonly sheetName: string;
  /** 1-based Excel row of the selection's top-left cell. */
  readonly row: number;
  /** 0-based column. */
  readonly column: number;
}

export type RecomputeFunction = (
  input: SheetInput,
  settings?: Partial<Settings>
) => Result<SheetRecompute>;

export interface ExcelHostOptions {
  /** Request limit in bytes (tests lower it to exercise batching). */
  readonly requestLimitBytes?: number;
  readonly recompute?: RecomputeFunction;
}

/** A write to queue on the context, with its estimated request size. */
interface QueuedWrite {
  readonly bytes: number;
  readonly cells: number;
  readonly queue: (context: Excel.RequestContext, sheet: Excel.Worksheet) => void;
}

/** The read of the active sheet, after sync 1. */
interface SheetRead {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  readonly input: SheetInput;
  readonly usedCells: number;
  readonly undoSheet: Excel.Worksheet;
  readonly formats: Excel.ConditionalFormatCollection;
}

export class ExcelHost {
  private readonly budget: number;
  private readonly recomputeFn: RecomputeFunction;

  constructor(options: ExcelHostOptions = {}) {
    this.budget = Math.floor(
      (options.requestLimitBytes ?? REQUEST_LIMIT_BYTES) * BATCH_BUDGET_SHARE
    );
    this.recomputeFn = options.recompute ?? recomputeSheet;
  }

  /** Null when the host has every API set the pane needs, else the missing set ("ExcelApi 1.9"). */
  static missingApiSet(): string | null {
    const supported = Office.context.requirements.isSetSupported(
      REQUIRED_API.name,
      REQUIRED_API.version
    );
    return supported ? null : `${REQUIRED_API.name} ${REQUIRED_API.version}`;
  }

  static displayLanguage(): string {
    return Office.context.displayLanguage ?? "it-IT";
  }

  /** The settings saved in this workbook (only the fields the user set). */
  loadSettings(): Partial<Settings> {
    return settingsFromStored(Office.context.document.settings.get(SETTINGS_KEY));
  }

  saveSettings(settings: Partial<Settings>): Promise<HostResult<void>> {
    Office.context.document.settings.set(SETTINGS_KEY, settingsToStored(settings));
    return new Promise((resolve) => {
      Office.context.document.settings.saveAsync((result) => {
        if (result.status === Office.AsyncResultStatus.Succeeded) resolve(ok(undefined));
        else resolve(hostFail(hostErrors.settingsNotSaved(result.error?.message ?? "saveAsync")));
      });
    });
  }

  /** Reads the active sheet and runs the model without writing: detected defaults and explanations. */
  async preview(settings: Partial<Settings>): Promise<HostResult<SheetRecompute>> {
    let sheetName = "";
    let usedCells = 0;
    try {
      return await Excel.run(async (context) => {
        const read = await this.readActiveSheet(context);
        if (!read.ok) return read;
        sheetName = read.value.name;
        usedCells = read.value.usedCells;
        const result = this.recomputeFn(read.value.input, settings);
        return result.ok ? ok(result.value) : hostFail(hostErrors.layout(result.error));
      });
    } catch (error) {
      return hostFail(hostErrorFromOffice(error, sheetName, usedCells));
    }
  }

  /** Recomputes the active sheet and writes the plan (see the module comment for the syncs). */
  async recompute(
    settings: Partial<Settings>,
    onStep: (step: RecomputeStep) => void = () => undefined
  ): Promise<HostResult<RecomputeOutcome>> {
    let sheetName = "";
    let usedCells = 0;
    try {
      return await Excel.run(async (context) => {
        onStep("read");
        const read = await this.readActiveSheet(context);
        let syncs = 1;
        if (!read.ok) return read;
        const { sheet, input, undoSheet, formats } = read.value;
        sheetName = read.value.name;
        usedCells = read.value.usedCells;

        onStep("compute");
        const computed = this.recomputeFn(input, settings);
        if (!computed.ok) return hostFail(hostErrors.layout(computed.error));
        const recompute = computed.value;
        const plan = recompute.plan;

        onStep("write");
        // Sync 2: our band rules now on the sheet, and the legend swatches' fills (for undo).
        const newRules = plan.bandFormat?.rules ?? [];
        const isOurFormula = ourBandFormulaTest(newRules.map((rule) => rule.formula));
        const custom = queueCustomRuleDetails(formats);
        const swatchArea = plan.legend === null ? null : areaOfCells(plan.legend.fills);
        const swatchProps =
          swatchArea === null
            ? null
            : rangeOf(sheet, swatchArea).getCellProperties({
                format: { fill: { color: true, pattern: true } },
              });
        if (custom.length > 0 || swatchProps !== null) {
          syncs++;
          await context.sync();
        }
        const ours = custom.filter((rule) => isOurFormula(rule.format.custom.rule.formula));
        const previousRules: SnapshotRule[] = ours.map(snapshotRule);
        const fills: SnapshotFill[] = [];
        if (plan.legend !== null && swatchArea !== null && swatchProps !== null) {
          for (const swatch of plan.legend.fills) {
            const props =
              swatchProps.value[swatch.row - swatchArea.top]?.[swatch.column - swatchArea.left];
            const fill = props?.format?.fill;
            const none = fill === undefined || fill.pattern === "None" || fill.color === undefined;
            fills.push({
              row: swatch.row,
              column: swatch.column,
              color: none ? null : (fill.color ?? null),
            });
          }
        }

        // The blocks to write, and what they held before.
        const cellBlocks = blocksFromWrites([...plan.cells, ...(plan.legend?.cells ?? [])]);
        const cellAt = previousCellReader(input);
        const snapshot: UndoSnapshot = {
          version: 1,
          sheetName: read.value.name,
          takenAt: new Date().toISOString(),
          blocks: cellBlocks.map((block) => previousBlock(block, cellAt)),
          fills,
          previousRules,
          addedRuleFormulas: newRules.map((rule) => rule.formula),
        };

        const writes: QueuedWrite[] = [
          ...snapshotWrites(snapshot, undoSheet, this.budget),
          ...ours.map((rule): QueuedWrite => ({
            bytes: 120,
            cells: 0,
            queue: () => rule.format.delete(),
          })),
          ...cellBlocks.flatMap((block) => splitBlock(block, this.budget)).map(blockWrite),
          ...bandRuleWrites(plan.bandFormat),
          ...fillWrites(plan.legend?.fills ?? []),
        ];
        const batches = packBatches(writes, (write) => write.bytes, this.budget);
        let written = 0;
        try {
          for (const batch of batches) {
            context.application.suspendApiCalculationUntilNextSync();
            context.application.suspendScreenUpdatingUntilNextSync();
            for (const write of batch) write.queue(context, sheet);
            syncs++;
            // eslint-disable-next-line office-addins/no-context-sync-in-loop -- chunked write, each batch under Excel on the web's 5 MB request limit
            await context.sync();
            written++;
          }
        } catch (error) {
          // Batches already written are put back from the snapshot in memory: nothing half-written.
          if (written > 0) await this.restoreQuietly(snapshot, isOurFormula);
          throw error;
        }
        return ok({
          recompute,
          syncs,
          writeBatches: batches.length,
          cellsWritten: cellBlocks.reduce(
            (sum, block) => sum + block.entries.length * (block.entries[0]?.length ?? 0),
            0
          ),
          payloadBytes: writes.reduce((sum, write) => sum + write.bytes, 0),
        });
      });
    } catch (error) {
      return hostFail(hostErrorFromOffice(error, sheetName, usedCells));
    }
  }

  /** Puts back the cells, fills and band rules of the last recompute, from the snapshot in the workbook. */
  async undo(): Promise<HostResult<UndoOutcome>> {
    let sheetName = "";
    try {
      return await Excel.run(async (context) => {
        let syncs = 1;
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.load("name,protection/protected");
        const undoSheet = context.workbook.worksheets.getItemOrNullObject(UNDO_SHEET_NAME);
        const formats = sheetConditionalFormats(sheet);
        formats.load("items/type");
        await context.sync();
        sheetName = sheet.name;
        if (undoSheet.isNullObject) return hostFail(hostErrors.noUndo());
        const stored = undoSheet.getUsedRangeOrNullObject(true);
        stored.load("values");
        const custom = queueCustomRuleDetails(formats);
        syncs++;
        await context.sync();
        const snapshot = stored.isNullObject
          ? null
          : decodeSnapshot((stored.values as CellScalar[][]).map((row) => row[0] ?? null));
        if (snapshot === null) return hostFail(hostErrors.noUndo());
        if (snapshot.sheetName !== sheet.name)
          return hostFail(hostErrors.undoOtherSheet(snapshot.sheetName));
        if (sheet.protection.protected) return hostFail(hostErrors.protectedSheet(sheet.name));
        const isAddedFormula = ourBandFormulaTest(snapshot.addedRuleFormulas);
        const added = custom.filter((rule) => isAddedFormula(rule.format.custom.rule.formula));
        const restores = restoreWrites(snapshot, added);
        const batches = packBatches(restores, (write) => write.bytes, this.budget);
        for (const [index, batch] of batches.entries()) {
          context.application.suspendApiCalculationUntilNextSync();
          context.application.suspendScreenUpdatingUntilNextSync();
          for (const write of batch) write.queue(context, sheet);
          // The snapshot is used up: cleared with the last batch, so undo cannot run twice.
          if (index === batches.length - 1) undoSheet.getRange().clear();
          syncs++;
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- chunked restore, each batch under Excel on the web's 5 MB request limit
          await context.sync();
        }
        return ok({
          sheetName: snapshot.sheetName,
          takenAt: snapshot.takenAt,
          cellsRestored: restores.reduce((sum, write) => sum + write.cells, 0),
          syncs,
        });
      });
    } catch (error) {
      return hostFail(hostErrorFromOffice(error, sheetName, 0));
    }
  }

  /** The sheet name and time of the recompute that undo would revert, or null. */
  async undoAvailable(): Promise<{ sheetName: string; takenAt: string } | null> {
    try {
      return await Excel.run(async (context) => {
        const undoSheet = context.workbook.worksheets.getItemOrNullObject(UNDO_SHEET_NAME);
        await context.sync();
        if (undoSheet.isNullObject) return null;
        const stored = undoSheet.getUsedRangeOrNullObject(true);
        stored.load("values");
        await context.sync();
        if (stored.isNullObject) return null;
        const snapshot = decodeSnapshot(
          (stored.values as CellScalar[][]).map((row) => row[0] ?? null)
        );
        return snapshot === null
          ? null
          : { sheetName: snapshot.sheetName, takenAt: snapshot.takenAt };
      });
    } catch {
      return null;
    }
  }

  /** Selects one cell (0-based row and column) of a sheet: one sync. */
  async selectCell(sheetName: string, row: number, column: number): Promise<HostResult<void>> {
    try {
      return await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        sheet.activate();
        sheet.getRangeByIndexes(row, column, 1, 1).select();
        await context.sync();
        return ok(undefined);
      });
    } catch (error) {
      return hostFail(hostErrorFromOffice(error, sheetName, 0));
    }
  }

  /** Calls handler with the selection's top-left cell every time the selection changes. */
  onSelectionChanged(handler: (cell: SelectedCell) => void): void {
    Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, () => {
      void this.selectedCell().then((cell) => {
        if (cell !== null) handler(cell);
      });
    });
  }

  private async selectedCell(): Promise<SelectedCell | null> {
    try {
      return await Excel.run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load("rowIndex,columnIndex,worksheet/name");
        await context.sync();
        return {
          sheetName: range.worksheet.name,
          row: range.rowIndex + 1,
          column: range.columnIndex,
        };
      });
    } catch {
      return null;
    }
  }

  /** Sync 1 of a recompute: everything the model needs, plus what the write will need to know. */
  private async readActiveSheet(context: Excel.RequestContext): Promise<HostResult<SheetRead>> {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name,protection/protected");
    const used = sheet.getUsedRangeOrNullObject();
    used.load("rowIndex,columnIndex,rowCount,columnCount,values,numberFormat,formulas");
    const undoSheet = context.workbook.worksheets.getItemOrNullObject(UNDO_SHEET_NAME);
    const formats = sheetConditionalFormats(sheet);
    formats.load("items/type");
    await context.sync();
    if (sheet.protection.protected) return hostFail(hostErrors.protectedSheet(sheet.name));
    if (used.isNullObject) return hostFail(hostErrors.empty(sheet.name));
    const usedCells = used.rowCount * used.columnCount;
    if (usedCells > MAX_SHEET_CELLS) return hostFail(hostErrors.tooLarge(usedCells));
    const input: SheetInput = {
      name: sheet.name,
      origin: { row: used.rowIndex, column: used.columnIndex },
      values: (used.values as unknown[][]).map((row) => row.map(cellScalar)),
      numberFormats: (used.numberFormat as unknown[][]).map((row) =>
        row.map((f) => (typeof f === "string" ? f : "General"))
      ),
      formulas: (used.formulas as unknown[][]).map((row) =>
        row.map((f) => (typeof f === "string" && f.startsWith("=") ? f : null))
      ),
    };
    return ok({ sheet, name: sheet.name, input, usedCells, undoSheet, formats });
  }

  /** Best-effort rollback after a failed write batch (its own Excel.run: the failed context is spent). */
  private async restoreQuietly(
    snapshot: UndoSnapshot,
    isAddedFormula: (formula: unknown) => boolean
  ): Promise<void> {
    try {
      await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(snapshot.sheetName);
        const formats = sheetConditionalFormats(sheet);
        formats.load("items/type");
        await context.sync();
        const custom = queueCustomRuleDetails(formats);
        if (custom.length > 0) await context.sync();
        const added = custom.filter((rule) => isAddedFormula(rule.format.custom.rule.formula));
        for (const batch of packBatches(
          restoreWrites(snapshot, added),
          (write) => write.bytes,
          this.budget
        )) {
          for (const write of batch) write.queue(context, sheet);
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- chunked rollback, each batch under Excel on the web's 5 MB request limit
          await context.sync();
        }
      });
    } catch {
      // The original error is the one to report; the snapshot stays in the workbook for undo.
    }
  }
}

// ---------------------------------------------------------------- helpers (queue operations only)

/** Every conditional format of a sheet (those intersecting its whole grid). */
function sheetConditionalFormats(sheet: Excel.Worksheet): Excel.ConditionalFormatCollection {
  return sheet.getRange().conditionalFormats;
}

interface LoadedRule {
  readonly format: Excel.ConditionalFormat;
  readonly range: Excel.Range;
}

/** Loads formula, fill and range of every custom conditional format (needs one sync). */
function queueCustomRuleDetails(formats: Excel.ConditionalFormatCollection): LoadedRule[] {
  return formats.items
    .filter((format) => format.type === Excel.ConditionalFormatType.custom)
    .map((format) => {
      format.load("custom/rule/formula,custom/format/fill/color");
      const range = format.getRangeOrNullObject();
      range.load("address");
      return { format, range };
    });
}

function snapshotRule(rule: LoadedRule): SnapshotRule {
  const address = rule.range.isNullObject ? "" : rule.range.address.replace(/^.*!/, "");
  return {
    address,
    formula: rule.format.custom.rule.formula,
    fill: rule.format.custom.format.fill.color,
  };
}

function cellScalar(value: unknown): CellScalar {
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return value === "" ? null : value;
  return null;
}

/** What a cell held at the read: inside the used range from the read, outside it blank. */
function previousCellReader(input: SheetInput): (row: number, column: number) => PreviousCell {
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

function rangeOf(sheet: Excel.Worksheet, area: CellArea): Excel.Range {
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

function blockWrite(block: WriteBlock): QueuedWrite {
  const rows = block.entries.length;
  const columns = block.entries[0]?.length ?? 0;
  return {
    bytes: blockPayloadBytes(block),
    cells: rows * columns,
    queue: (_context, sheet) => {
      const range = sheet.getRangeByIndexes(block.top, block.left, rows, columns);
      // Format first, so a value lands in a cell that already shows it the right way.
      if (block.numberFormats !== null) range.numberFormat = block.numberFormats as string[][];
      if (block.hasFormulas) range.formulas = block.entries as (string | number | boolean)[][];
      else range.values = block.entries as (string | number | boolean)[][];
    },
  };
}

/** The snapshot into column A of the very hidden undo sheet (created on first use), as text cells. */
function snapshotWrites(
  snapshot: UndoSnapshot,
  undoSheet: Excel.Worksheet,
  budget: number
): QueuedWrite[] {
  // A chunk and its group stay well under one batch, so a snapshot never makes a request too large.
  const chunks = encodeSnapshot(snapshot, Math.floor(budget / 4));
  const exists = !undoSheet.isNullObject;
  const chunkGroups = packBatches(chunks, (chunk) => chunk.length + 16, Math.floor(budget / 2));
  let offset = 0;
  return chunkGroups.map((group, index): QueuedWrite => {
    const top = offset;
    offset += group.length;
    return {
      bytes: jsonBytes(group) + 200,
      cells: 0,
      queue: (context) => {
        let target = undoSheet;
        if (index === 0) {
          if (exists) {
            undoSheet.getRange().clear();
          } else {
            target = context.workbook.worksheets.add(UNDO_SHEET_NAME);
            target.visibility = Excel.SheetVisibility.veryHidden;
          }
        } else if (!exists) {
          target = context.workbook.worksheets.getItem(UNDO_SHEET_NAME);
        }
        const range = target.getRangeByIndexes(top, 0, group.length, 1);
        range.numberFormat = group.map(() => ["@"]);
        range.values = group.map((chunk) => [chunk]);
      },
    };
  });
}

function bandRuleWrites(
  bandFormat: { area: CellArea; rules: readonly BandRule[] } | null
): QueuedWrite[] {
  if (bandFormat === null) return [];
  const address = rangeAddress(
    bandFormat.area.top,
    bandFormat.area.left,
    bandFormat.area.bottom,
    bandFormat.area.right
  );
  return bandFormat.rules.map((rule) => ruleWrite(address, rule.formula, rule.fill));
}

function ruleWrite(address: string, formula: string, fill: string): QueuedWrite {
  return {
    bytes: jsonBytes([address, formula, fill]) + 300,
    cells: 0,
    queue: (_context, sheet) => {
      const format = sheet
        .getRange(address)
        .conditionalFormats.add(Excel.ConditionalFormatType.custom);
      format.custom.rule.formula = formula;
      format.custom.format.fill.color = fill;
    },
  };
}

function fillWrites(
  fills: readonly { row: number; column: number; fill: string | null }[]
): QueuedWrite[] {
  return fills.map((swatch) => ({
    bytes: 200,
    cells: 0,
    queue: (_context, sheet) => {
      const range = sheet.getRangeByIndexes(swatch.row, swatch.column, 1, 1);
      if (swatch.fill === null) range.format.fill.clear();
      else range.format.fill.color = swatch.fill;
    },
  }));
}

/** Writes that put a snapshot back: previous cells and fills, our added rules out, the earlier rules in. */
function restoreWrites(snapshot: UndoSnapshot, added: readonly LoadedRule[]): QueuedWrite[] {
  return [
    ...added.map((rule): QueuedWrite => ({
      bytes: 120,
      cells: 0,
      queue: () => rule.format.delete(),
    })),
    ...snapshot.blocks.map(blockWrite),
    ...fillWrites(
      snapshot.fills.map((fill) => ({ row: fill.row, column: fill.column, fill: fill.color }))
    ),
    ...snapshot.previousRules
      .filter((rule) => rule.address !== "")
      .map((rule) => ruleWrite(rule.address, rule.formula, rule.fill)),
  ];
}

export type { HostError, HostResult };
