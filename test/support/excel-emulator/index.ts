/**
 * The Excel emulator: a workbook (workbook.ts) answered at the real client library's host
 * boundary (request-processor.ts), on a platform profile (profiles.ts), seeded from and saved to
 * .xlsx (xlsx.ts). `install()` puts the library's own Office, Excel and OfficeExtension on the
 * global object, so the add-in's code runs unchanged; user actions (select a range, type in a
 * cell, show or hide the pane) go through the emulator's methods.
 */
import { parseArea } from "./addresses";
import { libraryFor, setHostBridge, type LibraryGlobals } from "./office-library";
import { OfficeContextEmulation } from "./office-context";
import { customFunctionsRuntime } from "./custom-functions";
import { customFunctionEvaluator, systemClock, type Clock } from "./formula-evaluator";
import { answerRequest } from "./request-processor";
import { WEB, type PlatformProfile } from "./profiles";
import { EmulatorSession, type FormulaEvaluator } from "./session";
import { emptyCounters, emptyWorkbook, sheetByName, type WorkbookState } from "./workbook";
import { saveXlsx, workbookFromXlsx } from "./xlsx";

export class ExcelEmulator {
  readonly session: EmulatorSession;
  readonly office: OfficeContextEmulation;
  readonly library: LibraryGlobals;

  constructor(state: WorkbookState) {
    this.session = new EmulatorSession(state);
    this.office = new OfficeContextEmulation(() => this.session.state);
    this.library = libraryFor(state.profile);
  }

  static empty(profile: PlatformProfile = WEB): ExcelEmulator {
    return new ExcelEmulator(emptyWorkbook(profile));
  }

  static async fromXlsx(file: string, profile: PlatformProfile = WEB): Promise<ExcelEmulator> {
    return new ExcelEmulator(await workbookFromXlsx(file, profile));
  }

  get state(): WorkbookState {
    return this.session.state;
  }

  get notEmulated(): readonly string[] {
    return this.session.notEmulated;
  }

  set evaluator(evaluator: FormulaEvaluator | null) {
    this.session.evaluator = evaluator;
  }

  /** Makes this emulator the host: the library's globals on `target`, its requests answered here. */
  install(
    target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>
  ): this {
    setHostBridge({
      answer: (message) => answerRequest(this.session, message),
      officeContext: () => this.office.context,
      onVisibilityModeChanged: (handler) => this.office.onVisibilityModeChanged(handler),
    });
    const { Office: office, Excel: excel, OfficeExtension: extension } = this.library;
    target.Office = office;
    target.Excel = excel;
    target.OfficeExtension = extension;
    target.CustomFunctions = customFunctionsRuntime().CustomFunctions;
    return this;
  }

  /**
   * Formulas calling the custom functions the add-in associated with the real runtime are
   * evaluated (namespace PIANO, as in the manifest), with this profile's argument passing.
   */
  useCustomFunctions(clock: Clock = systemClock, namespace = "PIANO"): this {
    this.session.evaluator = customFunctionEvaluator(
      () => customFunctionsRuntime().mappings(),
      namespace,
      clock
    );
    this.session.recalculate();
    return this;
  }

  /** Excel recalculates (F9, or a volatile input changed): every formula gets a fresh result. */
  recalculate(): void {
    this.session.recalculate();
  }

  resetCounters(): void {
    this.state.counters = emptyCounters();
  }

  /** The user selects a range (and Excel raises the selection event, after the fact). */
  select(sheetName: string, address: string): void {
    const sheet = sheetByName(this.state, sheetName);
    if (sheet === undefined) throw new Error(`Excel emulator: no sheet ${sheetName}`);
    this.state.activeSheetId = sheet.id;
    this.state.selection = { sheetId: sheet.id, ...parseArea(address) };
    for (const handler of this.office.selectionHandlers)
      setTimeout(() => handler({ type: "documentSelectionChanged" }), 0);
  }

  /** The user shows or closes the task pane (the shared runtime keeps the page running). */
  setPaneVisible(visible: boolean): void {
    const event = { visibilityMode: visible ? "Taskpane" : "Hidden" };
    for (const handler of this.office.visibilityHandlers) void handler(event);
  }

  saveXlsx(file: string): Promise<void> {
    return saveXlsx(this.state, file);
  }
}

export { customFunctionsRuntime } from "./custom-functions";
export { ruleIsTrue, shownFill } from "./conditional-format-fill";
export { excelRuns } from "./request-log";
export type { Clock } from "./formula-evaluator";
export { WEB, DESKTOP, PROFILES, withLimits, type PlatformProfile } from "./profiles";
export * from "./workbook";
