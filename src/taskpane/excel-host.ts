/**
 * The task pane's front to Excel: recompute, undo, preview, settings, selection. It composes the
 * reader (sheet-reader.ts), the one batch runner (batch-runner.ts) and the undo store
 * (undo-store.ts); the queued operations it sends are in host-writes.ts. With sheet-reader and
 * host-writes, the only modules that call Office.js.
 *
 * Recompute: the read (a small request, then the cells in bands sized to the response limit);
 * the sheet model (pure); one request for the details of the conditional formats and legend
 * swatches; then the writes in batches under the request limit, with calculation and screen
 * updating suspended: the undo snapshot first, our old band rules out, the derived cells as column
 * blocks, our band rules, the legend. If a batch fails, what landed is put back from the snapshot
 * in memory, through the same runner, and the snapshot is dropped: nothing half-written.
 */
import { ok, type Result, type Settings } from "../core";
import {
  ourBandFormulaTest,
  PERFORMANCE_FORMAT,
  recomputeSheet,
  type SheetInput,
  type SheetRecompute,
} from "../core/sheet";
import { runBatches, type QueuedWrite } from "./batch-runner";
import {
  hostErrorFromOffice,
  hostErrors,
  hostFail,
  type HostError,
  type HostResult,
} from "./host-errors";
import {
  anchorOf,
  bandRuleWrites,
  blockWrite,
  comparedRestore,
  deleteRuleWrite,
  fillWrites,
  previousCellReader,
  queueCustomRuleDetails,
  queueSwatchFills,
  ruleWrite,
  sheetConditionalFormats,
  shiftAddress,
  snapshotRule,
  type LoadedRule,
} from "./host-writes";
import { batchBudget, PAYLOAD_LIMIT_BYTES } from "./request-costs";
import { readActiveSheet, readArea } from "./sheet-reader";
import { SETTINGS_KEY, settingsFromStored, settingsToStored } from "./stored-settings";
import { queueSnapshotUsedUp, readStoredSnapshot, snapshotWrites } from "./undo-store";
import {
  previousBlock,
  UNDO_ANCHOR_NAME,
  UNDO_SHEET_NAME,
  type UndoSnapshot,
} from "./undo-snapshot";
import { blocksFromWrites, splitBlock, type WriteBlock } from "./write-blocks";

/** Excel on the web rejects a request above 5 MB. */
export const REQUEST_LIMIT_BYTES = PAYLOAD_LIMIT_BYTES;
/** The API set every call here needs (getCellProperties, RangeAreas, suspended screen updating: 1.9). */
export const REQUIRED_API = { name: "ExcelApi", version: "1.9" } as const;

export type RecomputeStep = "read" | "compute" | "write";

export interface RecomputeOutcome {
  readonly recompute: SheetRecompute;
  /** context.sync() calls made by this recompute. */
  readonly syncs: number;
  /** Bands of rows the read took (1 unless the cells exceed one response). */
  readonly readBands: number;
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
  /** Cells changed after the recompute, left as they are (A1 addresses, at most 10). */
  readonly skipped: readonly string[];
  readonly skippedCount: number;
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
  /** Request and response limit in bytes (tests lower it to exercise batching and bands). */
  readonly requestLimitBytes?: number;
  readonly recompute?: RecomputeFunction;
}

export class ExcelHost {
  private readonly budget: number;
  private readonly limit: number;
  private readonly recomputeFn: RecomputeFunction;

  constructor(options: ExcelHostOptions = {}) {
    this.limit = options.requestLimitBytes ?? REQUEST_LIMIT_BYTES;
    this.budget = batchBudget(this.limit);
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
        const read = await readActiveSheet(context, { responseLimitBytes: this.limit });
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

  /** Recomputes the active sheet and writes the plan (see the module comment). */
  async recompute(
    settings: Partial<Settings>,
    onStep: (step: RecomputeStep) => void = () => undefined
  ): Promise<HostResult<RecomputeOutcome>> {
    let sheetName = "";
    let usedCells = 0;
    let rollback: UndoSnapshot | null = null;
    try {
      const outcome = await Excel.run(async (context): Promise<HostResult<RecomputeOutcome>> => {
        onStep("read");
        const read = await readActiveSheet(context, {
          responseLimitBytes: this.limit,
          legendFills: true,
        });
        if (!read.ok) return read;
        const { sheet, input, undoSheet, formats } = read.value;
        sheetName = read.value.name;
        usedCells = read.value.usedCells;
        if (read.value.structureProtected && undoSheet.isNullObject)
          return hostFail(hostErrors.structureProtected());

        onStep("compute");
        const computed = this.recomputeFn(input, settings);
        if (!computed.ok) return hostFail(hostErrors.layout(computed.error));
        const recompute = computed.value;
        const plan = recompute.plan;

        onStep("write");
        // One request: our band rules now on the sheet, the legend swatches' fills, the anchor.
        const newRules = plan.bandFormat?.rules ?? [];
        const isOurFormula = ourBandFormulaTest(newRules.map((rule) => rule.formula));
        const custom = queueCustomRuleDetails(formats);
        const swatches = queueSwatchFills(sheet, plan.legend?.fills ?? []);
        const anchorName = context.workbook.names.getItemOrNullObject(UNDO_ANCHOR_NAME);
        await context.sync();
        let syncs = read.value.syncs + 1;
        const ours = custom.filter((rule) => isOurFormula(rule.format.custom.rule.formula));

        const cellBlocks = blocksFromWrites([...plan.cells, ...(plan.legend?.cells ?? [])]);
        const cellAt = previousCellReader(input);
        const snapshot: UndoSnapshot = {
          version: 2,
          sheetId: read.value.sheetId,
          sheetName: read.value.name,
          anchor: anchorOf(cellBlocks),
          takenAt: new Date().toISOString(),
          blocks: cellBlocks.map((block) => previousBlock(block, cellAt)),
          written: cellBlocks,
          fills: swatches.result(),
          previousRules: ours.map(snapshotRule),
          addedRuleFormulas: newRules.map((rule) => rule.formula),
        };

        const writes: QueuedWrite[] = [
          ...snapshotWrites(
            snapshot,
            { undoSheetExists: !undoSheet.isNullObject, anchorExists: !anchorName.isNullObject },
            sheet,
            this.budget
          ),
          ...ours.map(deleteRuleWrite),
          ...cellBlocks
            .flatMap((block) => splitBlock(block, Math.floor(this.budget / 3)))
            .map((block) => blockWrite(sheet, block)),
          ...bandRuleWrites(sheet, plan.bandFormat),
          ...fillWrites(sheet, plan.legend?.fills ?? []),
        ];
        const run = await runBatches(context, writes, this.budget);
        syncs += run.syncs;
        if (!run.ok) {
          // What landed is put back below, in a fresh context: a failed one may be spent.
          if (run.landed > 0) rollback = snapshot;
          throw run.error;
        }
        return ok({
          recompute,
          syncs,
          readBands: read.value.bands,
          writeBatches: run.batches,
          cellsWritten: cellBlocks.reduce(
            (sum, block) => sum + block.entries.length * (block.entries[0]?.length ?? 0),
            0
          ),
          payloadBytes: writes.reduce((sum, write) => sum + write.bytes, 0),
        });
      });
      return outcome;
    } catch (error) {
      if (rollback !== null) await this.rollBack(rollback);
      return hostFail(hostErrorFromOffice(error, sheetName, usedCells));
    }
  }

  /**
   * Puts back what a failed recompute wrote, from its snapshot in memory, through the batch
   * runner; the stored snapshot (of the failed run) is used up with the last batch.
   */
  private async rollBack(snapshot: UndoSnapshot): Promise<void> {
    try {
      await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(snapshot.sheetId);
        const formats = sheetConditionalFormats(sheet);
        formats.load("items/type");
        const undoSheet = context.workbook.worksheets.getItemOrNullObject(UNDO_SHEET_NAME);
        const anchorName = context.workbook.names.getItemOrNullObject(UNDO_ANCHOR_NAME);
        await context.sync();
        const custom = queueCustomRuleDetails(formats);
        await context.sync();
        const added = ourBandFormulaTest(snapshot.addedRuleFormulas);
        const writes = restoreWrites(
          sheet,
          snapshot,
          custom.filter((rule) => added(rule.format.custom.rule.formula)),
          { rows: 0, columns: 0 },
          this.budget
        );
        await runBatches(context, writes, this.budget, {
          withLastBatch: undoSheet.isNullObject
            ? undefined
            : (ctx) => queueSnapshotUsedUp(ctx, !anchorName.isNullObject),
        });
      });
    } catch {
      // The original error is the one to report.
    }
  }

  /**
   * Puts back the cells, fills and band rules of the last recompute, on the sheet it was made on
   * (found by id, moved with its rows): a cell changed since keeps its new content and is named.
   */
  async undo(): Promise<HostResult<UndoOutcome>> {
    let sheetName = "";
    try {
      return await Excel.run(async (context): Promise<HostResult<UndoOutcome>> => {
        const stored = await readStoredSnapshot(context, this.budget);
        const { snapshot, anchor } = stored;
        if (snapshot === null) return hostFail(hostErrors.noUndo());
        sheetName = snapshot.sheetName;
        const sheet = context.workbook.worksheets.getItemOrNullObject(snapshot.sheetId);
        sheet.load("name,protection/protected");
        await context.sync();
        if (sheet.isNullObject || anchor === null || anchor.sheetId !== snapshot.sheetId)
          return hostFail(hostErrors.undoExpired(snapshot.sheetName));
        sheetName = sheet.name;
        if (sheet.protection.protected) return hostFail(hostErrors.protectedSheet(sheet.name));
        const shift = {
          rows: anchor.row - snapshot.anchor.row,
          columns: anchor.column - snapshot.anchor.column,
        };
        // The written area as it is now (in bands under the response limit), to leave alone the
        // cells changed after the recompute.
        const formats = sheetConditionalFormats(sheet);
        formats.load("items/type");
        const area = writtenArea(snapshot.written, shift);
        let syncs = stored.syncs + 1;
        const current =
          area === null ? null : await readArea(context, sheet, area, this.budget, ["formulas"]);
        if (current !== null) {
          syncs += current.syncs;
          if (!current.ok)
            return hostFail(hostErrors.unreadableRows(sheet.name, current.failedRow + 1));
        }
        const grid = current?.ok === true ? (current.grids[0] ?? []) : [];
        const now = snapshot.written.map((block) =>
          block.entries.map((row, r) =>
            row.map(
              (_, c) =>
                grid[block.top + shift.rows + r - (area?.top ?? 0)]?.[
                  block.left + shift.columns + c - (area?.left ?? 0)
                ]
            )
          )
        );
        const custom = queueCustomRuleDetails(formats);
        await context.sync();
        syncs++;
        const compared = comparedRestore(snapshot, now, shift);
        // A few cells typed over are left alone; most of them changed means the sheet was
        // recomputed elsewhere (the command line, another copy of the add-in): undo has expired.
        if (compared.skippedCount > compared.restored)
          return hostFail(hostErrors.undoExpired(sheet.name));
        const added = ourBandFormulaTest(snapshot.addedRuleFormulas);
        const writes = restoreWrites(
          sheet,
          { ...snapshot, blocks: compared.blocks },
          custom.filter((rule) => added(rule.format.custom.rule.formula)),
          shift,
          this.budget
        );
        const run = await runBatches(context, writes, this.budget, {
          // The snapshot is used up with the last batch, so undo cannot run twice.
          withLastBatch: (ctx) => queueSnapshotUsedUp(ctx, true),
        });
        syncs += run.syncs;
        if (!run.ok) throw run.error;
        return ok({
          sheetName: sheet.name,
          takenAt: snapshot.takenAt,
          cellsRestored: compared.restored,
          skipped: compared.skipped,
          skippedCount: compared.skippedCount,
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
        const { snapshot } = await readStoredSnapshot(context, this.budget);
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

  /**
   * The audit's "use the computed value": writes the computed figure, as a percentage, over the
   * person's own formula in one derived cell (USER_FORMULA_KEPT), only if the cell still holds
   * the formula the audit saw (`stillFlagged` says so); otherwise nothing is written. One sync to check, one to write. Returns the
   * formula that was replaced, so the pane can say what it was.
   */
  async replaceFormulaWithValue(
    sheetName: string,
    row: number,
    column: number,
    stillFlagged: (formula: string) => boolean,
    value: number
  ): Promise<HostResult<{ readonly replaced: string }>> {
    try {
      return await Excel.run(async (context) => {
        const range = context.workbook.worksheets
          .getItem(sheetName)
          .getRangeByIndexes(row, column, 1, 1);
        range.load(["formulas", "address"]);
        await context.sync();
        const current = String((range.formulas as unknown[][])[0]?.[0] ?? "");
        if (!current.startsWith("=") || !stillFlagged(current))
          return hostFail(hostErrors.cellChanged(range.address));
        range.values = [[value]];
        range.numberFormat = [[PERFORMANCE_FORMAT]];
        await context.sync();
        return ok({ replaced: current });
      });
    } catch (error) {
      return hostFail(hostErrorFromOffice(error, sheetName, 0));
    }
  }

  /**
   * Calls handler with the selection's top-left cell every time the selection changes, while the
   * returned function has not been called (the pane registers it only while it is visible).
   */
  async onSelectionChanged(handler: (cell: SelectedCell) => void): Promise<() => Promise<void>> {
    const listener = (): void => {
      void this.selectedCell().then((cell) => {
        if (cell !== null) handler(cell);
      });
    };
    const document = Office.context.document;
    await new Promise<void>((resolve) => {
      document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, listener, () =>
        resolve()
      );
    });
    return () =>
      new Promise<void>((resolve) => {
        document.removeHandlerAsync(
          Office.EventType.DocumentSelectionChanged,
          { handler: listener },
          () => resolve()
        );
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
}

/** The rectangle around every written block, moved by the anchor's shift; null when nothing was written. */
function writtenArea(
  blocks: readonly WriteBlock[],
  shift: { rows: number; columns: number }
): { top: number; left: number; bottom: number; right: number } | null {
  if (blocks.length === 0) return null;
  return {
    top: Math.min(...blocks.map((b) => b.top)) + shift.rows,
    left: Math.min(...blocks.map((b) => b.left)) + shift.columns,
    bottom: Math.max(...blocks.map((b) => b.top + b.entries.length - 1)) + shift.rows,
    right: Math.max(...blocks.map((b) => b.left + (b.entries[0]?.length ?? 1) - 1)) + shift.columns,
  };
}

/** Writes that put a snapshot back: previous cells and fills, our added rules out, the earlier rules in. */
function restoreWrites(
  sheet: Excel.Worksheet,
  snapshot: UndoSnapshot,
  added: readonly LoadedRule[],
  shift: { rows: number; columns: number },
  budget: number
): QueuedWrite[] {
  const moved = (cell: { row: number; column: number }) => ({
    row: cell.row + shift.rows,
    column: cell.column + shift.columns,
  });
  return [
    ...added.map(deleteRuleWrite),
    ...snapshot.blocks
      .flatMap((block) => splitBlock(block, Math.floor(budget / 3)))
      .map((block) =>
        blockWrite(sheet, {
          ...block,
          top: block.top + shift.rows,
          left: block.left + shift.columns,
        })
      ),
    ...fillWrites(
      sheet,
      snapshot.fills.map((fill) => ({ ...moved(fill), fill: fill.color }))
    ),
    ...snapshot.previousRules
      .filter((rule) => rule.address !== "")
      .map((rule) =>
        ruleWrite(
          sheet,
          shiftAddress(rule.address, shift),
          shiftAddress(rule.formula, shift),
          rule.fill
        )
      ),
  ];
}

export type { HostError, HostResult };
