/**
 * A small in-memory Excel (the `Excel` namespace of Office.js) that behaves like the real host
 * where the add-in depends on it:
 * - proxies queue their operations; nothing happens before context.sync();
 * - a property read before load() + sync() throws PropertyNotLoaded;
 * - every sync is counted, its request size estimated and checked against the 5 MB limit
 *   (RequestPayloadSizeLimitExceeded, nothing applied), the response likewise;
 * - operations apply in order and a failing one stops the batch (earlier ones stay, as in Excel);
 * - a protected sheet refuses writes (AccessDenied); cell edit mode refuses every batch;
 * - *OrNullObject methods give null objects, whose isNullObject is known after the next sync without
 *   load (as in Office.js); getItem of a missing sheet fails with ItemNotFound.
 * Only what the add-in uses is implemented; anything else throws loudly ("not implemented in the
 * fake"), so the fake never passes silently.
 */
import {
  cellKey,
  sheetById,
  sheetByName,
  type StoredCell,
  type StoredConditionalFormat,
  type StoredScalar,
  type StoredSheet,
  type WorkbookState,
} from "./workbook-state";

// ---------------------------------------------------------------- errors

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string };
  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message };
  }
}

const notImplemented = (what: string): Error =>
  new Error(`fake Office: ${what} is not implemented in the fake host`);

/** Wraps an object so reading a member it does not have throws instead of giving undefined. */
function strict<T extends object>(target: T, label: string): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === "symbol" || property in object)
        return Reflect.get(object, property, receiver) as unknown;
      // Promise resolution and serialisers probe these; answering undefined is what a real object does.
      if (property === "then" || property === "toJSON" || property === "asymmetricMatch")
        return undefined;
      throw notImplemented(`${label}.${property}`);
    },
    set(object, property, value, receiver) {
      if (typeof property === "symbol" || property in object)
        return Reflect.set(object, property, value, receiver);
      throw notImplemented(`setting ${label}.${String(property)}`);
    },
  });
}

// ---------------------------------------------------------------- areas and addresses

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROW = 1048575;
const MAX_COLUMN = 16383;

export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters.toUpperCase()) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n - 1;
}

export function areaAddress(area: Area): string {
  const start = `${columnName(area.left)}${area.top + 1}`;
  const end = `${columnName(area.right)}${area.bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}

export function parseAddress(address: string): Area {
  const local = address.replace(/^.*!/, "").replace(/\$/g, "");
  const parts = local.split(":");
  const one = (part: string, isEnd: boolean): { row: number; column: number } => {
    const match = /^([A-Za-z]*)(\d*)$/.exec(part);
    if (match === null || (match[1] === "" && match[2] === "")) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `The argument is invalid or missing: address "${address}"`
      );
    }
    const column = match[1] === "" ? (isEnd ? MAX_COLUMN : 0) : columnNumber(match[1]);
    const row = match[2] === "" ? (isEnd ? MAX_ROW : 0) : Number(match[2]) - 1;
    return { row, column };
  };
  const start = one(parts[0], false);
  const end = parts.length > 1 ? one(parts[1], true) : start;
  if (parts.length > 1 && /^[A-Za-z]+$/.test(parts[0])) start.row = 0;
  if (parts.length > 1 && /^\d+$/.test(parts[0])) start.column = 0;
  return { top: start.row, left: start.column, bottom: end.row, right: end.column };
}

const intersects = (a: Area, b: Area): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

// ---------------------------------------------------------------- the request context

interface Operation {
  readonly bytes: number;
  readonly run: () => void;
}

/** Bytes of an operation's JSON plus the fixed cost Office.js adds for the object path and action. */
function operationBytes(args: unknown): number {
  return JSON.stringify(args ?? null).length + 100;
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  private queue: Operation[] = [];
  private responseBytes = 0;
  /** Increases with every sync: lets a proxy resolve its target once per batch. */
  generation = 0;

  constructor(readonly state: WorkbookState) {
    this.workbook = strict(new FakeWorkbook(this), "Workbook");
    this.application = this.workbook.application;
  }

  enqueue(args: unknown, run: () => void): void {
    this.queue.push({ bytes: operationBytes(args), run });
  }

  /** Called by loads while they run: the size of what goes back to the add-in. */
  addResponse(value: unknown): void {
    this.responseBytes += JSON.stringify(value ?? null).length;
  }

  sync(): Promise<void> {
    const operations = this.queue;
    this.queue = [];
    this.generation++;
    const counters = this.state.counters;
    counters.syncs++;
    const bytes = operations.reduce((sum, op) => sum + op.bytes, 0);
    counters.requestBytes.push(bytes);
    const started = Date.now();
    try {
      if (
        this.state.cellEditMode ||
        (this.state.cellEditModeAtSyncs ?? []).includes(counters.syncs)
      ) {
        throw new FakeOfficeError(
          "InvalidOperationInCellEditMode",
          "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again."
        );
      }
      if (bytes > this.state.requestLimitBytes) {
        throw new FakeOfficeError(
          "RequestPayloadSizeLimitExceeded",
          `The request payload size has exceeded the limit (${bytes} bytes).`
        );
      }
      this.responseBytes = 0;
      for (const op of operations) op.run();
      if (this.responseBytes > this.state.responseLimitBytes) {
        throw new FakeOfficeError(
          "ResponsePayloadSizeLimitExceeded",
          "The response payload size has exceeded the limit."
        );
      }
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    } finally {
      (counters.hostMs ??= []).push(Date.now() - started);
    }
  }

  sheetOrThrow(id: string): StoredSheet {
    const sheet = sheetById(this.state, id);
    if (sheet === undefined)
      throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    return sheet;
  }
}

// ---------------------------------------------------------------- proxies

/** The loaded-properties cache every proxy has: reading before load + sync throws. */
abstract class ClientObject {
  private readonly loaded = new Map<string, unknown>();
  protected constructor(
    protected readonly ctx: FakeRequestContext,
    private readonly label: string
  ) {}

  protected loadedValue<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${name}' of ${this.label} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
      );
    }
    return this.loaded.get(name) as T;
  }

  /** Reads the named scalar from the workbook at sync time. */
  protected abstract readProperty(name: string): unknown;

  /** The child object behind a navigation property (for paths such as "custom/rule/formula"). */
  protected child(name: string): ClientObject {
    throw notImplemented(`${this.label}.${name} (navigation in load)`);
  }

  load(spec?: string | string[]): this {
    if (spec === undefined) throw notImplemented(`${this.label}.load() without property names`);
    const paths = (Array.isArray(spec) ? spec : spec.split(","))
      .map((p) => p.trim())
      .filter((p) => p !== "");
    this.ctx.enqueue({ load: paths }, () => {
      for (const path of paths) this.loadPath(path.split("/"));
    });
    return this;
  }

  protected loadPath(parts: string[]): void {
    if (parts.length === 1) {
      const value = this.readProperty(parts[0]);
      this.ctx.addResponse(value);
      this.loaded.set(parts[0], value);
    } else {
      this.child(parts[0]).loadPath(parts.slice(1));
    }
  }

  /**
   * For the result of an *OrNullObject method: Office.js sends an instantiate action for it, so
   * isNullObject is set at the next sync without load (reading it before that sync still throws).
   */
  protected resolveNullAtNextSync(): void {
    this.ctx.enqueue({ instantiate: this.label }, () => this.loadPath(["isNullObject"]));
  }

  /** Lets a collection load its items' properties. */
  static loadInto(object: ClientObject, parts: string[]): void {
    object.loadPath(parts);
  }
}

export class FakeApplication {
  constructor(private readonly ctx: FakeRequestContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue({ suspend: "calculation" }, () => {
      this.ctx.state.counters.suspendCalculation++;
    });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.enqueue({ suspend: "screen" }, () => {
      this.ctx.state.counters.suspendScreenUpdating++;
    });
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly application: FakeApplication;
  constructor(private readonly ctx: FakeRequestContext) {
    this.worksheets = strict(new FakeWorksheetCollection(ctx), "WorksheetCollection");
    this.application = strict(new FakeApplication(ctx), "Application");
  }
  getSelectedRange(): FakeRange {
    return makeRange(this.ctx, () => {
      const selection = this.ctx.state.selection;
      return { sheet: this.ctx.sheetOrThrow(selection.sheetId), area: { ...selection } };
    });
  }
}

type SheetResolver = () => StoredSheet | null;

export class FakeWorksheetCollection {
  constructor(private readonly ctx: FakeRequestContext) {}
  getActiveWorksheet(): FakeWorksheet {
    return makeSheet(this.ctx, () => this.ctx.sheetOrThrow(this.ctx.state.activeSheetId), false);
  }
  getItem(name: string): FakeWorksheet {
    return makeSheet(
      this.ctx,
      () => {
        const sheet = sheetByName(this.ctx.state, name);
        if (sheet === undefined)
          throw new FakeOfficeError(
            "ItemNotFound",
            `The requested resource doesn't exist: ${name}`
          );
        return sheet;
      },
      false
    );
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return makeSheet(this.ctx, () => sheetByName(this.ctx.state, name) ?? null, true);
  }
  add(name: string): FakeWorksheet {
    let created: StoredSheet | null = null;
    this.ctx.enqueue({ add: name }, () => {
      if (sheetByName(this.ctx.state, name) !== undefined) {
        throw new FakeOfficeError(
          "ItemAlreadyExists",
          `A resource with the same name or identifier already exists: ${name}`
        );
      }
      const state = this.ctx.state;
      created = {
        id: `{sheet-${state.nextId++}}`,
        name,
        visibility: "Visible",
        protected: false,
        cells: {},
        conditionalFormats: [],
      };
      state.sheets.push(created);
    });
    return makeSheet(
      this.ctx,
      () => {
        if (created === null)
          throw new Error("fake Office: sheet used before its add() was synced");
        return created;
      },
      false
    );
  }
}

function makeSheet(
  ctx: FakeRequestContext,
  resolve: SheetResolver,
  nullable: boolean
): FakeWorksheet {
  return strict(new FakeWorksheet(ctx, resolve, nullable), "Worksheet");
}

export class FakeWorksheet extends ClientObject {
  readonly protection: FakeWorksheetProtection;
  constructor(
    ctx: FakeRequestContext,
    private readonly resolve: SheetResolver,
    private readonly nullable: boolean
  ) {
    super(ctx, "Worksheet");
    if (nullable) this.resolveNullAtNextSync();
    this.protection = strict(
      new FakeWorksheetProtection(ctx, () => this.target()),
      "WorksheetProtection"
    );
  }

  /** The stored sheet, at sync time; operations on a missing (null) sheet fail loudly. */
  target(): StoredSheet {
    const sheet = this.resolve();
    if (sheet === null)
      throw new FakeOfficeError("ItemNotFound", "The operation was attempted on a null object.");
    return sheet;
  }

  protected readProperty(name: string): unknown {
    const sheet = this.resolve();
    if (name === "isNullObject") return sheet === null;
    if (sheet === null) return null;
    if (name === "name") return sheet.name;
    if (name === "id") return sheet.id;
    if (name === "visibility") return sheet.visibility;
    throw notImplemented(`Worksheet.${name}`);
  }

  protected child(name: string): ClientObject {
    if (name === "protection") return this.protection;
    return super.child(name);
  }

  get name(): string {
    return this.loadedValue("name");
  }
  get id(): string {
    return this.loadedValue("id");
  }
  get isNullObject(): boolean {
    if (!this.nullable) return false;
    return this.loadedValue("isNullObject");
  }
  get visibility(): string {
    return this.loadedValue("visibility");
  }
  set visibility(value: string) {
    this.ctx.enqueue({ visibility: value }, () => {
      if (value !== "Visible" && value !== "Hidden" && value !== "VeryHidden") {
        throw new FakeOfficeError("InvalidArgument", `Invalid visibility ${value}`);
      }
      const sheet = this.target();
      if (
        value !== "Visible" &&
        this.ctx.state.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0
      ) {
        throw new FakeOfficeError(
          "InvalidOperation",
          "A workbook must keep at least one visible sheet."
        );
      }
      sheet.visibility = value;
    });
  }

  activate(): void {
    this.ctx.enqueue({ activate: true }, () => {
      const sheet = this.target();
      if (sheet.visibility !== "Visible")
        throw new FakeOfficeError("InvalidOperation", "A hidden sheet cannot be activated.");
      if (this.ctx.state.activeSheetId !== sheet.id) {
        this.ctx.state.activeSheetId = sheet.id;
        this.ctx.state.selection = { sheetId: sheet.id, top: 0, left: 0, bottom: 0, right: 0 };
      }
    });
  }

  getRange(address?: string): FakeRange {
    const area =
      address === undefined
        ? { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COLUMN }
        : parseAddress(address);
    return makeRange(this.ctx, () => ({ sheet: this.target(), area }));
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    if (rowCount < 1 || columnCount < 1)
      throw new FakeOfficeError("InvalidArgument", "rowCount and columnCount must be ≥ 1");
    const area = {
      top: row,
      left: column,
      bottom: row + rowCount - 1,
      right: column + columnCount - 1,
    };
    return makeRange(this.ctx, () => ({ sheet: this.target(), area }));
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    // Resolved once per batch, when the batch reaches it (a read batch does not move the used range).
    let cached: { generation: number; target: RangeTarget | null } | null = null;
    return makeRange(
      this.ctx,
      () => {
        if (cached === null || cached.generation !== this.ctx.generation) {
          const sheet = this.target();
          const area = usedArea(sheet, valuesOnly);
          cached = {
            generation: this.ctx.generation,
            target: area === null ? null : { sheet, area },
          };
        }
        return cached.target;
      },
      true
    );
  }
}

export class FakeWorksheetProtection extends ClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly sheet: () => StoredSheet
  ) {
    super(ctx, "WorksheetProtection");
  }
  protected readProperty(name: string): unknown {
    if (name === "protected") return this.sheet().protected;
    throw notImplemented(`WorksheetProtection.${name}`);
  }
  get protected(): boolean {
    return this.loadedValue("protected");
  }
}

function usedArea(sheet: StoredSheet, valuesOnly: boolean): Area | null {
  let area: Area | null = null;
  for (const [key, cell] of Object.entries(sheet.cells)) {
    const counts = valuesOnly
      ? cell.value !== undefined || cell.formula !== undefined
      : cell.value !== undefined ||
        cell.formula !== undefined ||
        (cell.numberFormat ?? "General") !== "General" ||
        cell.fill !== undefined;
    if (!counts) continue;
    const comma = key.indexOf(",");
    const row = Number(key.slice(0, comma));
    const column = Number(key.slice(comma + 1));
    if (area === null) area = { top: row, left: column, bottom: row, right: column };
    else {
      area.top = Math.min(area.top, row);
      area.left = Math.min(area.left, column);
      area.bottom = Math.max(area.bottom, row);
      area.right = Math.max(area.right, column);
    }
  }
  return area;
}

// ---------------------------------------------------------------- ranges

interface RangeTarget {
  sheet: StoredSheet;
  area: Area;
}

function makeRange(
  ctx: FakeRequestContext,
  resolve: () => RangeTarget | null,
  nullable = false
): FakeRange {
  return strict(new FakeRange(ctx, resolve, nullable), "Range");
}

type Grid = (StoredScalar | null)[][];

/** What a value written through values/formulas becomes, as Excel reads typed input. */
function storeEntry(cell: StoredCell, entry: StoredScalar): void {
  delete cell.formula;
  if (typeof entry === "string") {
    if (entry.startsWith("=") && entry.length > 1) {
      cell.formula = entry;
      delete cell.value; // the fake does not evaluate formulas: no cached result
    } else if (entry.startsWith("'")) {
      cell.value = entry.slice(1);
    } else if (entry === "") {
      delete cell.value;
    } else if (/^-?\d+(\.\d+)?(E[+-]?\d+)?$/i.test(entry)) {
      cell.value = Number(entry);
    } else {
      cell.value = entry;
    }
  } else {
    cell.value = entry;
  }
  if (cell.value === "") delete cell.value;
}

export class FakeRange extends ClientObject {
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  readonly worksheet: FakeWorksheet;

  constructor(
    ctx: FakeRequestContext,
    private readonly resolve: () => RangeTarget | null,
    private readonly nullable: boolean
  ) {
    super(ctx, "Range");
    if (nullable) this.resolveNullAtNextSync();
    this.format = strict(new FakeRangeFormat(ctx, () => this.target()), "RangeFormat");
    this.conditionalFormats = strict(
      new FakeConditionalFormatCollection(ctx, () => this.target()),
      "ConditionalFormatCollection"
    );
    this.worksheet = makeSheet(ctx, () => this.target().sheet, false);
  }

  target(): RangeTarget {
    const target = this.resolve();
    if (target === null)
      throw new FakeOfficeError("ItemNotFound", "The operation was attempted on a null object.");
    return target;
  }

  private grid(read: (cell: StoredCell | undefined) => StoredScalar | null): Grid {
    const { sheet, area } = this.target();
    const rows: Grid = [];
    for (let r = area.top; r <= area.bottom; r++) {
      const row: (StoredScalar | null)[] = [];
      for (let c = area.left; c <= area.right; c++) row.push(read(sheet.cells[cellKey(r, c)]));
      rows.push(row);
    }
    return rows;
  }

  protected readProperty(name: string): unknown {
    const target = this.resolve();
    if (name === "isNullObject") return target === null;
    if (target === null) return null;
    const { sheet, area } = target;
    if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > 5_000_000) {
      throw new FakeOfficeError("RangeExceedsLimit", "The range is too large to load.");
    }
    switch (name) {
      case "address":
        return `${/^[A-Za-z0-9_]+$/.test(sheet.name) ? sheet.name : `'${sheet.name}'`}!${areaAddress(area)}`;
      case "rowIndex":
        return area.top;
      case "columnIndex":
        return area.left;
      case "rowCount":
        return area.bottom - area.top + 1;
      case "columnCount":
        return area.right - area.left + 1;
      case "values":
        return this.grid((cell) => cell?.value ?? "");
      case "formulas":
        return this.grid((cell) => cell?.formula ?? cell?.value ?? "");
      case "numberFormat":
        return this.grid((cell) => cell?.numberFormat ?? "General");
      default:
        throw notImplemented(`Range.${name}`);
    }
  }

  protected child(name: string): ClientObject {
    if (name === "worksheet") return this.worksheet as unknown as ClientObject;
    return super.child(name);
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    return this.loadedValue("isNullObject");
  }
  get address(): string {
    return this.loadedValue("address");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get values(): Grid {
    return this.loadedValue("values");
  }
  set values(grid: Grid) {
    this.write("values", grid, storeEntry);
  }
  get formulas(): Grid {
    return this.loadedValue("formulas");
  }
  set formulas(grid: Grid) {
    this.write("formulas", grid, storeEntry);
  }
  get numberFormat(): Grid {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(grid: Grid) {
    this.write("numberFormat", grid, (cell, entry) => {
      if (typeof entry !== "string")
        throw new FakeOfficeError("InvalidArgument", "A number format must be text.");
      if (entry === "General") delete cell.numberFormat;
      else cell.numberFormat = entry;
    });
  }

  /** A 2-D assignment: the array must match the range; null entries leave their cell unchanged. */
  private write(
    property: string,
    grid: Grid,
    apply: (cell: StoredCell, entry: StoredScalar) => void
  ): void {
    if (!Array.isArray(grid) || !grid.every((row) => Array.isArray(row))) {
      throw new FakeOfficeError("InvalidArgument", `Range.${property} needs a 2-D array`);
    }
    this.ctx.enqueue({ [property]: grid }, () => {
      const { sheet, area } = this.writableTarget();
      const rows = area.bottom - area.top + 1;
      const columns = area.right - area.left + 1;
      if (grid.length !== rows || grid.some((row) => row.length !== columns)) {
        throw new FakeOfficeError(
          "InvalidArgument",
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
        );
      }
      grid.forEach((row, r) =>
        row.forEach((entry, c) => {
          if (entry === null) return;
          const key = cellKey(area.top + r, area.left + c);
          const cell = sheet.cells[key] ?? {};
          apply(cell, entry);
          if (Object.keys(cell).length === 0) delete sheet.cells[key];
          else sheet.cells[key] = cell;
        })
      );
    });
  }

  writableTarget(): RangeTarget {
    const target = this.target();
    if (target.sheet.protected) {
      throw new FakeOfficeError(
        "AccessDenied",
        "The cell or chart you're trying to change is on a protected sheet."
      );
    }
    return target;
  }

  clear(): void {
    this.ctx.enqueue({ clear: true }, () => {
      const { sheet, area } = this.writableTarget();
      for (const key of Object.keys(sheet.cells)) {
        const [row, column] = key.split(",").map(Number);
        if (row >= area.top && row <= area.bottom && column >= area.left && column <= area.right)
          delete sheet.cells[key];
      }
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersects(cf, area));
    });
  }

  select(): void {
    this.ctx.enqueue({ select: true }, () => {
      const { sheet, area } = this.target();
      if (this.ctx.state.activeSheetId !== sheet.id)
        throw new FakeOfficeError("InvalidSelection", "The range is not on the active sheet.");
      this.ctx.state.selection = { sheetId: sheet.id, ...area };
      fireSelectionChanged(this.ctx.state);
    });
  }

  getCellProperties(options: {
    format?: { fill?: { color?: boolean; pattern?: boolean } };
  }): FakeClientResult<unknown[][]> {
    const wanted = options.format?.fill;
    const extra = Object.keys(options).filter((k) => k !== "format");
    if (
      wanted === undefined ||
      extra.length > 0 ||
      Object.keys(options.format ?? {}).some((k) => k !== "fill")
    ) {
      throw notImplemented(
        `Range.getCellProperties(${JSON.stringify(options)}) beyond format.fill`
      );
    }
    const result = new FakeClientResult<unknown[][]>();
    this.ctx.enqueue({ getCellProperties: options }, () => {
      const { sheet, area } = this.target();
      const rows: unknown[][] = [];
      for (let r = area.top; r <= area.bottom; r++) {
        const row: unknown[] = [];
        for (let c = area.left; c <= area.right; c++) {
          const fill = sheet.cells[cellKey(r, c)]?.fill;
          const out: { color?: string; pattern?: string } = {};
          if (wanted.color === true) out.color = fill ?? "#FFFFFF";
          if (wanted.pattern === true) out.pattern = fill === undefined ? "None" : "Solid";
          row.push({ format: { fill: out } });
        }
        rows.push(row);
      }
      this.ctx.addResponse(rows);
      result.set(rows);
    });
    return strict(result, "ClientResult");
  }
}

export class FakeClientResult<T> {
  private ready = false;
  private stored: T | undefined;
  set(value: T): void {
    this.stored = value;
    this.ready = true;
  }
  get value(): T {
    if (!this.ready)
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        "The value of the result object has not been loaded yet."
      );
    return this.stored as T;
  }
}

export class FakeRangeFormat {
  readonly fill: FakeRangeFill;
  constructor(ctx: FakeRequestContext, target: () => RangeTarget) {
    this.fill = strict(new FakeRangeFill(ctx, target), "RangeFill");
  }
}

export class FakeRangeFill {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly target: () => RangeTarget
  ) {}
  set color(color: string) {
    this.each({ color }, (cell) => {
      cell.fill = normaliseColour(color);
    });
  }
  get color(): string {
    throw notImplemented("reading RangeFill.color (load it through getCellProperties)");
  }
  clear(): void {
    this.each({ clearFill: true }, (cell) => {
      delete cell.fill;
    });
  }
  private each(args: unknown, apply: (cell: StoredCell) => void): void {
    this.ctx.enqueue(args, () => {
      const { sheet, area } = this.target();
      if (sheet.protected)
        throw new FakeOfficeError(
          "AccessDenied",
          "The cell you're trying to change is on a protected sheet."
        );
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          const key = cellKey(r, c);
          const cell = sheet.cells[key] ?? {};
          apply(cell);
          if (Object.keys(cell).length === 0) delete sheet.cells[key];
          else sheet.cells[key] = cell;
        }
      }
    });
  }
}

function normaliseColour(color: string): string {
  if (!/^#[0-9A-Fa-f]{6}$/.test(color))
    throw new FakeOfficeError("InvalidArgument", `Colour ${color} is not #RRGGBB`);
  return color.toUpperCase();
}

// ---------------------------------------------------------------- conditional formats

export class FakeConditionalFormatCollection extends ClientObject {
  private loadedItems: FakeConditionalFormat[] | null = null;
  constructor(
    ctx: FakeRequestContext,
    private readonly target: () => RangeTarget
  ) {
    super(ctx, "ConditionalFormatCollection");
  }

  protected readProperty(name: string): unknown {
    throw notImplemented(`ConditionalFormatCollection.${name}`);
  }

  protected loadPath(parts: string[]): void {
    if (parts[0] !== "items")
      throw notImplemented(`ConditionalFormatCollection.load("${parts.join("/")}")`);
    const { sheet, area } = this.target();
    if (this.loadedItems === null) {
      this.loadedItems = sheet.conditionalFormats
        .filter((cf) => intersects(cf, area))
        .map((cf) =>
          strict(new FakeConditionalFormat(this.ctx, sheet, () => cf), "ConditionalFormat")
        );
    }
    if (parts.length > 1)
      for (const item of this.loadedItems) ClientObject.loadInto(item, parts.slice(1));
  }

  get items(): FakeConditionalFormat[] {
    if (this.loadedItems === null) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        "The property 'items' is not available: load the collection and sync."
      );
    }
    return this.loadedItems;
  }

  add(type: string): FakeConditionalFormat {
    if (type !== "Custom") throw notImplemented(`conditionalFormats.add("${type}")`);
    let created: StoredConditionalFormat | null = null;
    let sheetRef: StoredSheet | null = null;
    this.ctx.enqueue({ addConditionalFormat: type }, () => {
      const { sheet, area } = this.target();
      if (sheet.protected) throw new FakeOfficeError("AccessDenied", "The sheet is protected.");
      const state = this.ctx.state;
      created = { id: `{cf-${state.nextId++}}`, type: "Custom", ...area, formula: "", fill: null };
      sheet.conditionalFormats.unshift(created); // a new rule takes the top priority, as in Excel
      state.counters.conditionalFormatsAdded++;
      sheetRef = sheet;
    });
    return strict(
      new FakeConditionalFormat(
        this.ctx,
        () => {
          if (sheetRef === null)
            throw new Error("fake Office: conditional format used before its add() ran");
          return sheetRef;
        },
        () => {
          if (created === null)
            throw new Error("fake Office: conditional format used before its add() ran");
          return created;
        }
      ),
      "ConditionalFormat"
    );
  }
}

export class FakeConditionalFormat extends ClientObject {
  readonly custom: FakeCustomConditionalFormat;
  constructor(
    ctx: FakeRequestContext,
    private readonly sheet: StoredSheet | (() => StoredSheet),
    private readonly stored: () => StoredConditionalFormat
  ) {
    super(ctx, "ConditionalFormat");
    this.custom = strict(new FakeCustomConditionalFormat(ctx, stored), "CustomConditionalFormat");
  }
  private sheetNow(): StoredSheet {
    return typeof this.sheet === "function" ? this.sheet() : this.sheet;
  }
  protected readProperty(name: string): unknown {
    if (name === "type") return this.stored().type;
    if (name === "id") return this.stored().id;
    throw notImplemented(`ConditionalFormat.${name}`);
  }
  protected child(name: string): ClientObject {
    if (name === "custom") return this.custom;
    return super.child(name);
  }
  get type(): string {
    return this.loadedValue("type");
  }
  get id(): string {
    return this.loadedValue("id");
  }
  delete(): void {
    this.ctx.enqueue({ deleteConditionalFormat: true }, () => {
      const sheet = this.sheetNow();
      if (sheet.protected) throw new FakeOfficeError("AccessDenied", "The sheet is protected.");
      const cf = this.stored();
      const index = sheet.conditionalFormats.indexOf(cf);
      if (index < 0)
        throw new FakeOfficeError("ItemNotFound", "The conditional format no longer exists.");
      sheet.conditionalFormats.splice(index, 1);
    });
  }
  getRangeOrNullObject(): FakeRange {
    return makeRange(
      this.ctx,
      () => ({ sheet: this.sheetNow(), area: { ...this.stored() } }),
      true
    );
  }
}

export class FakeCustomConditionalFormat extends ClientObject {
  readonly rule: FakeConditionalFormatRule;
  readonly format: FakeConditionalRangeFormat;
  constructor(ctx: FakeRequestContext, stored: () => StoredConditionalFormat) {
    super(ctx, "CustomConditionalFormat");
    this.rule = strict(new FakeConditionalFormatRule(ctx, stored), "ConditionalFormatRule");
    this.format = strict(new FakeConditionalRangeFormat(ctx, stored), "ConditionalRangeFormat");
  }
  protected readProperty(name: string): unknown {
    throw notImplemented(`CustomConditionalFormat.${name}`);
  }
  protected child(name: string): ClientObject {
    if (name === "rule") return this.rule;
    if (name === "format") return this.format;
    return super.child(name);
  }
}

export class FakeConditionalFormatRule extends ClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly stored: () => StoredConditionalFormat
  ) {
    super(ctx, "ConditionalFormatRule");
  }
  protected readProperty(name: string): unknown {
    if (name === "formula") return this.stored().formula;
    throw notImplemented(`ConditionalFormatRule.${name}`);
  }
  get formula(): string {
    return this.loadedValue("formula");
  }
  set formula(formula: string) {
    this.ctx.enqueue({ formula }, () => {
      if (!formula.startsWith("="))
        throw new FakeOfficeError("InvalidArgument", "A rule formula starts with '='.");
      this.stored().formula = formula;
    });
  }
}

export class FakeConditionalRangeFormat extends ClientObject {
  readonly fill: FakeConditionalFill;
  constructor(ctx: FakeRequestContext, stored: () => StoredConditionalFormat) {
    super(ctx, "ConditionalRangeFormat");
    this.fill = strict(new FakeConditionalFill(ctx, stored), "ConditionalRangeFill");
  }
  protected readProperty(name: string): unknown {
    throw notImplemented(`ConditionalRangeFormat.${name}`);
  }
  protected child(name: string): ClientObject {
    if (name === "fill") return this.fill;
    return super.child(name);
  }
}

export class FakeConditionalFill extends ClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly stored: () => StoredConditionalFormat
  ) {
    super(ctx, "ConditionalRangeFill");
  }
  protected readProperty(name: string): unknown {
    if (name === "color") return this.stored().fill;
    throw notImplemented(`ConditionalRangeFill.${name}`);
  }
  get color(): string {
    return this.loadedValue("color");
  }
  set color(color: string) {
    this.ctx.enqueue({ color }, () => {
      this.stored().fill = normaliseColour(color);
    });
  }
}

// ---------------------------------------------------------------- events and the namespace

type SelectionHandler = () => void;
const selectionHandlers = new WeakMap<WorkbookState, SelectionHandler[]>();

export function onSelectionChanged(state: WorkbookState, handler: SelectionHandler): void {
  selectionHandlers.set(state, [...(selectionHandlers.get(state) ?? []), handler]);
}

export function fireSelectionChanged(state: WorkbookState): void {
  // Excel raises the event after the batch, asynchronously.
  for (const handler of selectionHandlers.get(state) ?? []) setTimeout(handler, 0);
}

/** The `Excel` global: run(), the enums the add-in reads, ErrorCodes. */
export function createExcelNamespace(state: WorkbookState): Record<string, unknown> {
  const run = async <T>(...args: unknown[]): Promise<T> => {
    const batch = args[args.length - 1];
    if (typeof batch !== "function") throw notImplemented("Excel.run without a batch function");
    const context = new FakeRequestContext(state);
    return (await (batch as (context: FakeRequestContext) => Promise<T>)(context)) as T;
  };
  return strict(
    {
      run,
      ConditionalFormatType: { custom: "Custom" },
      SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
      ErrorCodes: {
        accessDenied: "AccessDenied",
        invalidArgument: "InvalidArgument",
        invalidOperation: "InvalidOperation",
        itemNotFound: "ItemNotFound",
        invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
      },
    },
    "Excel"
  );
}
