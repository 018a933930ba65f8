/**
 * One emulated Excel session: the workbook, the objects the client library asked Excel to keep
 * (_KeepReference, re-addressed by _ReferenceId in later requests), the formula evaluator, and the
 * rules every write obeys (protection, the used range, formulas with cached results).
 */
import { EmulatorError, NotEmulatedError } from "./errors";
import { parseInput, storeInput } from "./cell-input";
import {
  cellKey,
  sheetById,
  type Area,
  type StoredCell,
  type StoredScalar,
  type StoredSheet,
  type WorkbookState,
} from "./workbook";
import type { EmObject } from "./objects/em-object";

/** Computes a formula's result (the emulator evaluates the formulas the add-in writes). */
export type FormulaEvaluator = (
  session: EmulatorSession,
  sheet: StoredSheet,
  row: number,
  column: number,
  formula: string
) => StoredScalar | undefined;

export class EmulatorSession {
  private readonly references = new Map<string, EmObject>();
  private nextReference = 1;
  /** Cached results of formulas seen in the workbook, by sheet, cell and formula text. */
  private readonly formulaResults = new Map<string, StoredScalar>();
  evaluator: FormulaEvaluator | null = null;
  /** Requests the emulator did not know (a test fails when this is not empty). */
  readonly notEmulated: string[] = [];

  constructor(public state: WorkbookState) {
    this.rememberFormulaResults();
  }

  /** Records the cached result of every formula, so writing the same formula back gives it again. */
  rememberFormulaResults(): void {
    for (const sheet of this.state.sheets)
      for (const [key, cell] of Object.entries(sheet.cells))
        if (cell.formula !== undefined && cell.value !== undefined)
          this.formulaResults.set(`${sheet.id}|${key}|${cell.formula}`, cell.value);
  }

  keep(object: EmObject): string {
    const id = `ref-${this.nextReference++}`;
    this.references.set(id, object);
    return id;
  }

  referenced(id: string): EmObject {
    const object = this.references.get(id);
    if (object === undefined)
      throw new EmulatorError("InvalidObjectPath", `The object path '${id}' isn't working.`);
    return object;
  }

  release(id: string): void {
    this.references.delete(id);
  }

  sheet(id: string): StoredSheet {
    const sheet = sheetById(this.state, id);
    if (sheet === undefined) throw EmulatorError.itemNotFound(`worksheet ${id}`);
    return sheet;
  }

  writableSheet(id: string): StoredSheet {
    const sheet = this.sheet(id);
    if (sheet.protected) throw EmulatorError.protectedSheet();
    return sheet;
  }

  /** Changes one cell through `change`, dropping it from the sheet when nothing is left. */
  updateCell(sheet: StoredSheet, row: number, column: number, change: (cell: StoredCell) => void) {
    const key = cellKey(row, column);
    const cell = sheet.cells[key] ?? {};
    if (cell.formula !== undefined && cell.value !== undefined)
      this.formulaResults.set(`${sheet.id}|${key}|${cell.formula}`, cell.value);
    change(cell);
    if (Object.keys(cell).length === 0) delete sheet.cells[key];
    else sheet.cells[key] = cell;
  }

  /** Writes typed input into a cell as Excel would, computing a formula's result. */
  writeEntry(sheet: StoredSheet, row: number, column: number, entry: StoredScalar): void {
    this.updateCell(sheet, row, column, (cell) => {
      storeInput(cell, parseInput(entry, cell.numberFormat ?? "General"));
    });
    const cell = sheet.cells[cellKey(row, column)];
    if (cell?.formula !== undefined) {
      const formula = cell.formula;
      const value =
        this.evaluator?.(this, sheet, row, column, formula) ??
        this.formulaResults.get(`${sheet.id}|${cellKey(row, column)}|${formula}`);
      if (value === undefined)
        throw new NotEmulatedError(`computing the formula ${formula} (no evaluator knows it)`);
      cell.value = value;
    }
  }

  /** Excel recalculates: every formula the evaluator knows gets a fresh result. */
  recalculate(): void {
    if (this.evaluator === null) return;
    for (const sheet of this.state.sheets)
      for (const [key, cell] of Object.entries(sheet.cells)) {
        if (cell.formula === undefined) continue;
        const [row, column] = key.split(",").map(Number) as [number, number];
        const value = this.evaluator(this, sheet, row, column, cell.formula);
        if (value !== undefined) cell.value = value;
      }
  }

  countCellRead(area: Area): void {
    this.state.counters.cellReads += (area.bottom - area.top + 1) * (area.right - area.left + 1);
  }
}
