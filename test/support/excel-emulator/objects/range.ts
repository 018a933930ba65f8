/**
 * Range, its format and fill. Reads give what Excel gives (blank cells as "", number format
 * "General", formulas or constants); writes take a 2-D array of exactly the range's size (or one
 * value for every cell), where null leaves a cell unchanged; text is parsed as en-US typed input.
 */
import { sheetAddress, areaAddress } from "../addresses";
import { EmulatorError, NotEmulatedError } from "../errors";
import { versionAtLeast } from "../office-context";
import { cellKey, intersects, type Area, type StoredCell, type StoredScalar } from "../workbook";
import type { EmulatorSession } from "../session";
import { ConditionalFormatCollectionObject, SheetRangeAreasObject } from "./conditional-formats";
import { EmObject, type Getter, type Method, type Setter } from "./em-object";
import { WorksheetObject } from "./worksheet";

const COLOUR = /^#[0-9A-Fa-f]{6}$/;

/** A colour as Excel stores it: #RRGGBB upper case (named colours are not emulated). */
export function normaliseColour(color: unknown): string {
  if (typeof color !== "string" || !COLOUR.test(color))
    throw EmulatorError.invalidArgument(`colour ${String(color)}`);
  return color.toUpperCase();
}

export class RangeObject extends EmObject {
  readonly typeName = "Range";

  constructor(
    session: EmulatorSession,
    readonly sheetId: string,
    readonly area: Area
  ) {
    super(session);
  }

  get cellCount(): number {
    return (this.area.bottom - this.area.top + 1) * (this.area.right - this.area.left + 1);
  }

  defaultSelect(): string[] {
    return ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "cellCount"];
  }

  /** The content of every cell, row by row; null on desktop above its cell limit. */
  private grid(read: (cell: StoredCell | undefined) => StoredScalar): StoredScalar[][] | null {
    const { top, left, bottom, right } = this.area;
    if (this.cellCount > this.session.state.profile.nullValuesAboveCells) return null;
    if (this.cellCount > 5_000_000)
      throw new EmulatorError("RangeExceedsLimit", "The range is too large to be read.");
    const sheet = this.session.sheet(this.sheetId);
    this.session.countCellRead(this.area);
    const rows: StoredScalar[][] = [];
    for (let r = top; r <= bottom; r++) {
      const row: StoredScalar[] = [];
      for (let c = left; c <= right; c++) row.push(read(sheet.cells[cellKey(r, c)]));
      rows.push(row);
    }
    return rows;
  }

  protected getters(): Record<string, Getter> {
    const { top, left, bottom, right } = this.area;
    return {
      address: () => sheetAddress(this.session.sheet(this.sheetId).name, this.area),
      addressLocal: () => sheetAddress(this.session.sheet(this.sheetId).name, this.area),
      rowIndex: () => top,
      columnIndex: () => left,
      rowCount: () => bottom - top + 1,
      columnCount: () => right - left + 1,
      cellCount: () => this.cellCount,
      values: () => this.grid((cell) => cell?.value ?? ""),
      formulas: () => this.grid((cell) => cell?.formula ?? cell?.value ?? ""),
      numberFormat: () => this.grid((cell) => cell?.numberFormat ?? "General"),
    };
  }

  protected setters(): Record<string, Setter> {
    return {
      values: (grid) => this.write("values", grid, (r, c, entry) => this.writeEntry(r, c, entry)),
      formulas: (grid) =>
        this.write("formulas", grid, (r, c, entry) => this.writeEntry(r, c, entry)),
      numberFormat: (grid) =>
        this.write("numberFormat", grid, (r, c, entry) => {
          if (typeof entry !== "string") throw EmulatorError.invalidArgument("numberFormat");
          const sheet = this.session.sheet(this.sheetId);
          this.session.updateCell(sheet, r, c, (cell) => {
            if (entry === "General") delete cell.numberFormat;
            else cell.numberFormat = entry;
          });
        }),
    };
  }

  private writeEntry(row: number, column: number, entry: StoredScalar): void {
    this.session.writeEntry(this.session.sheet(this.sheetId), row, column, entry);
  }

  /** A 2-D assignment: the array must match the range; null leaves its cell unchanged. */
  private write(
    property: string,
    grid: unknown,
    apply: (row: number, column: number, entry: StoredScalar) => void
  ): void {
    this.session.writableSheet(this.sheetId);
    const rows = this.area.bottom - this.area.top + 1;
    const columns = this.area.right - this.area.left + 1;
    if (!Array.isArray(grid)) {
      if (grid === null) return;
      if (typeof grid !== "string" && typeof grid !== "number" && typeof grid !== "boolean")
        throw EmulatorError.invalidArgument(property);
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < columns; c++) apply(this.area.top + r, this.area.left + c, grid);
      return;
    }
    if (
      grid.length !== rows ||
      grid.some((line) => !Array.isArray(line) || line.length !== columns)
    )
      throw new EmulatorError(
        "InvalidArgument",
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
      );
    (grid as unknown[][]).forEach((line, r) =>
      line.forEach((entry, c) => {
        if (entry === null) return;
        if (typeof entry !== "string" && typeof entry !== "number" && typeof entry !== "boolean")
          throw EmulatorError.invalidArgument(`${property}[${r}][${c}]`);
        apply(this.area.top + r, this.area.left + c, entry);
      })
    );
  }

  protected navigations() {
    return {
      format: () => new RangeFormatObject(this.session, this),
      conditionalFormats: () =>
        new ConditionalFormatCollectionObject(this.session, {
          sheetId: this.sheetId,
          areas: [this.area],
        }),
      worksheet: () => new WorksheetObject(this.session, this.sheetId),
    };
  }

  protected methods(): Record<string, Method> {
    return {
      clear: (args) => {
        const applyTo = typeof args[0] === "string" ? args[0] : "All";
        if (!["All", "Contents", "Formats"].includes(applyTo))
          throw new NotEmulatedError(`Range.clear("${applyTo}")`);
        const sheet = this.session.writableSheet(this.sheetId);
        for (const key of Object.keys(sheet.cells)) {
          const [row, column] = key.split(",").map(Number) as [number, number];
          if (row < this.area.top || row > this.area.bottom) continue;
          if (column < this.area.left || column > this.area.right) continue;
          this.session.updateCell(sheet, row, column, (cell) => {
            if (applyTo !== "Formats") {
              delete cell.value;
              delete cell.formula;
            }
            if (applyTo !== "Contents") {
              delete cell.numberFormat;
              delete cell.fill;
            }
          });
        }
        if (applyTo !== "Contents") {
          // Excel takes the cleared cells out of every rule; a rule left with no cell goes.
          for (const cf of sheet.conditionalFormats)
            cf.areas = cf.areas.filter((area) => !contains(this.area, area));
          sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.areas.length > 0);
        }
        return undefined;
      },
      select: () => {
        const state = this.session.state;
        if (state.activeSheetId !== this.sheetId)
          throw new EmulatorError("InvalidSelection", "The range is not on the active sheet.");
        state.selection = { sheetId: this.sheetId, ...this.area };
        return undefined;
      },
      getCellProperties: (args) => this.cellProperties(args[0]),
      // ExcelApi 1.13. Excel answers the merges whose top-left cell lies in the range, not every
      // merge the range touches (office-js issue 3611, "by design"); none: a null object. An
      // older Excel does not know the method: the client library sends it all the same (its
      // API-set check is off in this build), and the host refuses the request.
      getMergedAreasOrNullObject: () => {
        if (!versionAtLeast(this.session.state.apiSets.ExcelApi ?? "1.1", "1.13"))
          throw EmulatorError.apiNotFound("Range.getMergedAreasOrNullObject, ExcelApi 1.13");
        const merges = (this.session.sheet(this.sheetId).merges ?? []).filter(
          (merge) =>
            merge.top >= this.area.top &&
            merge.top <= this.area.bottom &&
            merge.left >= this.area.left &&
            merge.left <= this.area.right
        );
        return merges.length === 0
          ? null
          : new SheetRangeAreasObject(
              this.session,
              this.sheetId,
              merges.map((merge) => ({ ...merge }))
            );
      },
      getCell: (args) => {
        const [row, column] = args.map(Number) as [number, number];
        return new RangeObject(this.session, this.sheetId, {
          top: this.area.top + row,
          left: this.area.left + column,
          bottom: this.area.top + row,
          right: this.area.left + column,
        });
      },
    };
  }

  private cellProperties(options: unknown): unknown[][] {
    const fill = (options as { format?: { fill?: Record<string, unknown> } } | null)?.format?.fill;
    const keys = Object.keys((options as Record<string, unknown> | null) ?? {});
    const formatKeys = Object.keys((options as { format?: object }).format ?? {});
    if (
      fill === undefined ||
      keys.some((k) => k !== "format") ||
      formatKeys.some((k) => k !== "fill")
    )
      throw new NotEmulatedError(`Range.getCellProperties(${JSON.stringify(options)})`);
    const sheet = this.session.sheet(this.sheetId);
    this.session.countCellRead(this.area);
    const rows: unknown[][] = [];
    for (let r = this.area.top; r <= this.area.bottom; r++) {
      const row: unknown[] = [];
      for (let c = this.area.left; c <= this.area.right; c++) {
        const color = sheet.cells[cellKey(r, c)]?.fill;
        const out: Record<string, unknown> = {};
        if (fill.color === true) out.color = color ?? "#FFFFFF";
        if (fill.pattern === true) out.pattern = color === undefined ? "None" : "Solid";
        row.push({ format: { fill: out } });
      }
      rows.push(row);
    }
    return rows;
  }

  toString(): string {
    return areaAddress(this.area);
  }
}

function contains(outer: Area, inner: Area): boolean {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}

export class RangeFormatObject extends EmObject {
  readonly typeName = "RangeFormat";
  constructor(
    session: EmulatorSession,
    private readonly range: RangeObject
  ) {
    super(session);
  }
  protected navigations() {
    return { fill: () => new RangeFillObject(this.session, this.range) };
  }
}

export class RangeFillObject extends EmObject {
  readonly typeName = "RangeFill";
  constructor(
    session: EmulatorSession,
    private readonly range: RangeObject
  ) {
    super(session);
  }

  private each(apply: (cell: StoredCell) => void): void {
    const sheet = this.session.writableSheet(this.range.sheetId);
    const { top, left, bottom, right } = this.range.area;
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) this.session.updateCell(sheet, r, c, apply);
  }

  protected getters(): Record<string, Getter> {
    return {
      // One colour when every cell has it, null when they differ (as Excel answers for a range).
      color: () => {
        const sheet = this.session.sheet(this.range.sheetId);
        const { top, left, bottom, right } = this.range.area;
        const colours = new Set<string>();
        for (let r = top; r <= bottom; r++)
          for (let c = left; c <= right; c++)
            colours.add(sheet.cells[cellKey(r, c)]?.fill ?? "#FFFFFF");
        return colours.size === 1 ? [...colours][0] : null;
      },
    };
  }

  protected setters(): Record<string, Setter> {
    return {
      color: (value) => {
        const color = normaliseColour(value);
        this.each((cell) => {
          cell.fill = color;
        });
      },
    };
  }

  protected methods(): Record<string, Method> {
    return {
      clear: () => {
        this.each((cell) => {
          delete cell.fill;
        });
        return undefined;
      },
    };
  }
}

export { intersects };
