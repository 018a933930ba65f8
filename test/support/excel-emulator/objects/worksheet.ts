/** Worksheets: the collection (active sheet, by name, by id, add) and one sheet. */
import { parseArea, parseAreas } from "../addresses";
import { SheetRangeAreasObject } from "./conditional-formats";
import { EmulatorError } from "../errors";
import {
  activeSheet,
  MAX_COLUMN,
  MAX_ROW,
  newId,
  sheetById,
  sheetByName,
  usedArea,
  type StoredSheet,
} from "../workbook";
import {
  EmCollection,
  EmObject,
  stringArg,
  type Getter,
  type Method,
  type Setter,
} from "./em-object";
import { RangeObject } from "./range";

const VISIBILITIES = ["Visible", "Hidden", "VeryHidden"] as const;

export class WorksheetCollectionObject extends EmCollection {
  readonly typeName = "WorksheetCollection";

  items(): EmObject[] {
    return this.session.state.sheets.map((sheet) => new WorksheetObject(this.session, sheet.id));
  }

  index(args: readonly unknown[]): EmObject | null {
    const key = stringArg(args, 0, "worksheets[]");
    const sheet = sheetById(this.session.state, key) ?? sheetByName(this.session.state, key);
    if (sheet === undefined) throw EmulatorError.itemNotFound(`worksheet ${key}`);
    return new WorksheetObject(this.session, sheet.id);
  }

  protected methods(): Record<string, Method> {
    const state = this.session.state;
    return {
      getActiveWorksheet: () => new WorksheetObject(this.session, activeSheet(state).id),
      getItem: (args) => this.index(args),
      getItemOrNullObject: (args) => {
        const key = stringArg(args, 0, "worksheets.getItemOrNullObject");
        const sheet = sheetById(state, key) ?? sheetByName(state, key);
        return sheet === undefined ? null : new WorksheetObject(this.session, sheet.id);
      },
      getCount: () => state.sheets.length,
      add: (args) => {
        if (state.structureProtected) throw EmulatorError.protectedStructure();
        let name = typeof args[0] === "string" ? args[0] : "";
        if (name === "") name = `Foglio${state.sheets.length + 1}`;
        if (sheetByName(state, name) !== undefined)
          throw new EmulatorError(
            "ItemAlreadyExists",
            `A resource with the same name or identifier already exists. (${name})`
          );
        if (/[\\/?*[\]:]/.test(name) || name.length > 31)
          throw EmulatorError.invalidArgument(`sheet name ${name}`);
        const sheet: StoredSheet = {
          id: newId(state),
          name,
          visibility: "Visible",
          protected: false,
          cells: {},
          conditionalFormats: [],
        };
        state.sheets.push(sheet);
        return new WorksheetObject(this.session, sheet.id);
      },
    };
  }
}

export class WorksheetObject extends EmObject {
  readonly typeName = "Worksheet";
  constructor(
    session: WorksheetCollectionObject["session"],
    readonly sheetId: string
  ) {
    super(session);
  }

  private sheet(): StoredSheet {
    return this.session.sheet(this.sheetId);
  }

  protected keys(): Record<string, unknown> {
    return { Id: this.sheetId };
  }

  protected getters(): Record<string, Getter> {
    return {
      name: () => this.sheet().name,
      id: () => this.sheetId,
      position: () => this.session.state.sheets.indexOf(this.sheet()),
      visibility: () => this.sheet().visibility,
    };
  }

  protected setters(): Record<string, Setter> {
    const state = this.session.state;
    return {
      name: (value) => {
        if (typeof value !== "string" || value === "") throw EmulatorError.invalidArgument("name");
        if (state.structureProtected) throw EmulatorError.protectedStructure();
        const other = sheetByName(state, value);
        if (other !== undefined && other.id !== this.sheetId)
          throw new EmulatorError("ItemAlreadyExists", `A sheet named ${value} already exists.`);
        this.sheet().name = value;
      },
      visibility: (value) => {
        const visibility = VISIBILITIES.find((v) => v === value);
        if (visibility === undefined)
          throw EmulatorError.invalidArgument(`visibility ${String(value)}`);
        if (state.structureProtected) throw EmulatorError.protectedStructure();
        const sheet = this.sheet();
        const othersVisible = state.sheets.some((s) => s !== sheet && s.visibility === "Visible");
        if (visibility !== "Visible" && !othersVisible)
          throw EmulatorError.invalidOperation("a workbook keeps at least one visible sheet");
        sheet.visibility = visibility;
      },
    };
  }

  protected navigations() {
    return {
      protection: () => new WorksheetProtectionObject(this.session, this.sheetId),
    };
  }

  protected methods(): Record<string, Method> {
    const state = this.session.state;
    const range = (area: { top: number; left: number; bottom: number; right: number }) =>
      new RangeObject(this.session, this.sheetId, area);
    const used = (valuesOnly: boolean) => {
      const area = usedArea(this.sheet(), valuesOnly);
      return area === null ? null : range(area);
    };
    return {
      activate: () => {
        const sheet = this.sheet();
        if (sheet.visibility !== "Visible")
          throw EmulatorError.invalidOperation("a hidden sheet cannot be activated");
        if (state.activeSheetId !== sheet.id) {
          state.activeSheetId = sheet.id;
          state.selection = { sheetId: sheet.id, top: 0, left: 0, bottom: 0, right: 0 };
        }
        return undefined;
      },
      getRange: (args) =>
        typeof args[0] === "string" && args[0] !== ""
          ? range(parseArea(args[0]))
          : range({ top: 0, left: 0, bottom: MAX_ROW, right: MAX_COLUMN }),
      getRanges: (args) =>
        new SheetRangeAreasObject(
          this.session,
          this.sheetId,
          parseAreas(stringArg(args, 0, "getRanges"))
        ),
      getRangeByIndexes: (args) => {
        const [row, column, rows, columns] = args.map(Number) as [number, number, number, number];
        if (
          ![row, column, rows, columns].every(Number.isInteger) ||
          row < 0 ||
          column < 0 ||
          rows < 1 ||
          columns < 1 ||
          row + rows - 1 > MAX_ROW ||
          column + columns - 1 > MAX_COLUMN
        )
          throw EmulatorError.invalidArgument(`getRangeByIndexes(${args.join(", ")})`);
        return range({
          top: row,
          left: column,
          bottom: row + rows - 1,
          right: column + columns - 1,
        });
      },
      getUsedRange: (args) =>
        used(args[0] === true) ?? range({ top: 0, left: 0, bottom: 0, right: 0 }),
      getUsedRangeOrNullObject: (args) => used(args[0] === true),
      delete: () => {
        if (state.structureProtected) throw EmulatorError.protectedStructure();
        const sheet = this.sheet();
        if (state.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0)
          throw EmulatorError.invalidOperation("the last visible sheet cannot be deleted");
        state.sheets = state.sheets.filter((s) => s !== sheet);
        state.names = state.names.filter((n) => n.sheetId !== sheet.id);
        return undefined;
      },
    };
  }
}

export class WorksheetProtectionObject extends EmObject {
  readonly typeName = "WorksheetProtection";
  constructor(
    session: WorksheetCollectionObject["session"],
    private readonly sheetId: string
  ) {
    super(session);
  }
  protected getters(): Record<string, Getter> {
    return { protected: () => this.session.sheet(this.sheetId).protected };
  }
}
