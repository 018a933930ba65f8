/**
 * Conditional formats: the collection of a range (the rules that touch it, in priority order),
 * one rule (custom: a formula and a fill) and the areas it applies to. Excel keeps one rule over
 * several ranges ("B5:B9, B12:B20"): getRange() then fails, getRangeOrNullObject() is null and
 * getRanges() (ExcelApi 1.9) gives all of them.
 */
import { areaAddress, quotedSheetName } from "../addresses";
import { EmulatorError, NotEmulatedError } from "../errors";
import { intersects, newId, type Area, type StoredConditionalFormat } from "../workbook";
import type { EmulatorSession } from "../session";
import {
  EmCollection,
  EmObject,
  stringArg,
  type Getter,
  type Method,
  type Setter,
} from "./em-object";
import { normaliseColour, RangeObject } from "./range";

export class ConditionalFormatCollectionObject extends EmCollection {
  readonly typeName = "ConditionalFormatCollection";
  constructor(
    session: EmulatorSession,
    private readonly range: { readonly sheetId: string; readonly areas: readonly Area[] }
  ) {
    super(session);
  }

  private touching(): StoredConditionalFormat[] {
    return this.session
      .sheet(this.range.sheetId)
      .conditionalFormats.filter((cf) =>
        cf.areas.some((area) => this.range.areas.some((mine) => intersects(area, mine)))
      );
  }

  items(): EmObject[] {
    return this.touching().map(
      (cf) => new ConditionalFormatObject(this.session, this.range.sheetId, cf.id)
    );
  }

  index(args: readonly unknown[]): EmObject | null {
    const id = stringArg(args, 0, "conditionalFormats[]");
    if (!this.touching().some((cf) => cf.id === id))
      throw EmulatorError.itemNotFound(`conditional format ${id}`);
    return new ConditionalFormatObject(this.session, this.range.sheetId, id);
  }

  protected methods(): Record<string, Method> {
    return {
      getCount: () => this.touching().length,
      getItem: (args) => this.index(args),
      getItemAt: (args) => {
        const item = this.items()[Number(args[0])];
        if (item === undefined)
          throw EmulatorError.itemNotFound(`conditional format #${String(args[0])}`);
        return item;
      },
      add: (args) => {
        if (args[0] !== "Custom")
          throw new NotEmulatedError(`conditionalFormats.add("${String(args[0])}")`);
        const sheet = this.session.writableSheet(this.range.sheetId);
        const cf: StoredConditionalFormat = {
          id: newId(this.session.state),
          type: "Custom",
          areas: this.range.areas.map((area) => ({ ...area })),
          formula: "",
          fill: null,
        };
        sheet.conditionalFormats.unshift(cf);
        this.session.state.counters.conditionalFormatsAdded++;
        return new ConditionalFormatObject(this.session, this.range.sheetId, cf.id);
      },
      clearAll: () => {
        const sheet = this.session.writableSheet(this.range.sheetId);
        const touching = new Set(this.touching());
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !touching.has(cf));
        return undefined;
      },
    };
  }
}

export class ConditionalFormatObject extends EmObject {
  readonly typeName = "ConditionalFormat";
  constructor(
    session: EmulatorSession,
    readonly sheetId: string,
    readonly id: string
  ) {
    super(session);
  }

  stored(): StoredConditionalFormat {
    const cf = this.session.sheet(this.sheetId).conditionalFormats.find((c) => c.id === this.id);
    if (cf === undefined) throw EmulatorError.itemNotFound(`conditional format ${this.id}`);
    return cf;
  }

  protected keys(): Record<string, unknown> {
    return { Id: this.id };
  }

  protected getters(): Record<string, Getter> {
    return {
      id: () => this.id,
      type: () => this.stored().type,
      priority: () => this.session.sheet(this.sheetId).conditionalFormats.indexOf(this.stored()),
      stopIfTrue: () => false,
    };
  }

  /**
   * priority: the rule moves to that index of the sheet's order, the others closing up; a negative
   * one counts from the back, one beyond the bounds is clamped to the last (or first) place.
   */
  protected setters(): Record<string, Setter> {
    return {
      priority: (value) => {
        const sheet = this.session.writableSheet(this.sheetId);
        const cf = this.stored();
        const others = sheet.conditionalFormats.filter((c) => c !== cf);
        const wanted = Number(value);
        const index = wanted < 0 ? others.length + 1 + wanted : wanted;
        const at = Math.max(0, Math.min(others.length, Math.trunc(index)));
        sheet.conditionalFormats = [...others.slice(0, at), cf, ...others.slice(at)];
      },
    };
  }

  protected navigations() {
    return {
      custom: () => new CustomConditionalFormatObject(this.session, this),
    };
  }

  protected methods(): Record<string, Method> {
    const single = (): RangeObject | null => {
      const areas = this.stored().areas;
      return areas.length === 1 && areas[0] !== undefined
        ? new RangeObject(this.session, this.sheetId, { ...areas[0] })
        : null;
    };
    return {
      delete: () => {
        const sheet = this.session.writableSheet(this.sheetId);
        const cf = this.stored();
        sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== cf);
        return undefined;
      },
      getRange: () => {
        const range = single();
        if (range === null)
          throw EmulatorError.invalidOperation("the conditional format applies to several ranges");
        return range;
      },
      getRangeOrNullObject: () => single(),
      getRanges: () => new RangeAreasObject(this.session, this),
    };
  }
}

export class RangeAreasObject extends EmObject {
  readonly typeName = "RangeAreas";
  constructor(
    session: EmulatorSession,
    private readonly format: ConditionalFormatObject
  ) {
    super(session);
  }
  protected getters(): Record<string, Getter> {
    return {
      address: () => {
        const sheet = quotedSheetName(this.session.sheet(this.format.sheetId).name);
        return this.format
          .stored()
          .areas.map((area) => `${sheet}!${areaAddress(area)}`)
          .join(",");
      },
      areaCount: () => this.format.stored().areas.length,
    };
  }
}

/** Several ranges of one sheet (worksheet.getRanges("A1:B2, D1:D4")). */
export class SheetRangeAreasObject extends EmObject {
  readonly typeName = "RangeAreas";
  constructor(
    session: EmulatorSession,
    readonly sheetId: string,
    readonly areas: readonly Area[]
  ) {
    super(session);
  }
  protected getters(): Record<string, Getter> {
    const sheet = () => quotedSheetName(this.session.sheet(this.sheetId).name);
    return {
      address: () => this.areas.map((area) => `${sheet()}!${areaAddress(area)}`).join(","),
      areaCount: () => this.areas.length,
      cellCount: () =>
        this.areas.reduce(
          (sum, area) => sum + (area.bottom - area.top + 1) * (area.right - area.left + 1),
          0
        ),
    };
  }
  protected navigations() {
    return {
      conditionalFormats: () => new ConditionalFormatCollectionObject(this.session, this),
      areas: () => new RangeCollectionObject(this.session, this.sheetId, this.areas),
    };
  }
}

/** RangeAreas.areas: one Range per rectangular area, in order (ExcelApi 1.9). */
export class RangeCollectionObject extends EmCollection {
  readonly typeName = "RangeCollection";
  constructor(
    session: EmulatorSession,
    private readonly sheetId: string,
    private readonly areas: readonly Area[]
  ) {
    super(session);
  }
  items(): EmObject[] {
    return this.areas.map((area) => new RangeObject(this.session, this.sheetId, area));
  }
  protected methods(): Record<string, Method> {
    return {
      getCount: () => this.areas.length,
      getItemAt: (args) => {
        const area = this.areas[Number(args[0])];
        if (area === undefined)
          throw EmulatorError.invalidArgument(`getItemAt(${String(args[0])})`);
        return new RangeObject(this.session, this.sheetId, area);
      },
    };
  }
}

export class CustomConditionalFormatObject extends EmObject {
  readonly typeName = "CustomConditionalFormat";
  constructor(
    session: EmulatorSession,
    private readonly format: ConditionalFormatObject
  ) {
    super(session);
  }
  protected navigations() {
    return {
      rule: () => new ConditionalFormatRuleObject(this.session, this.format),
      format: () => new ConditionalRangeFormatObject(this.session, this.format),
    };
  }
}

export class ConditionalFormatRuleObject extends EmObject {
  readonly typeName = "ConditionalFormatRule";
  constructor(
    session: EmulatorSession,
    private readonly format: ConditionalFormatObject
  ) {
    super(session);
  }
  protected getters(): Record<string, Getter> {
    return {
      formula: () => this.format.stored().formula,
      formulaLocal: () => this.format.stored().formula,
    };
  }
  protected setters(): Record<string, Setter> {
    return {
      formula: (value) => {
        if (typeof value !== "string" || !value.startsWith("="))
          throw EmulatorError.invalidArgument("a rule's formula starts with =");
        this.session.writableSheet(this.format.sheetId);
        this.format.stored().formula = value;
      },
    };
  }
}

export class ConditionalRangeFormatObject extends EmObject {
  readonly typeName = "ConditionalRangeFormat";
  constructor(
    session: EmulatorSession,
    private readonly format: ConditionalFormatObject
  ) {
    super(session);
  }
  protected navigations() {
    return { fill: () => new ConditionalRangeFillObject(this.session, this.format) };
  }
}

export class ConditionalRangeFillObject extends EmObject {
  readonly typeName = "ConditionalRangeFill";
  constructor(
    session: EmulatorSession,
    private readonly format: ConditionalFormatObject
  ) {
    super(session);
  }
  protected getters(): Record<string, Getter> {
    return { color: () => this.format.stored().fill };
  }
  protected setters(): Record<string, Setter> {
    return {
      color: (value) => {
        this.session.writableSheet(this.format.sheetId);
        this.format.stored().fill = normaliseColour(value);
      },
    };
  }
  protected methods(): Record<string, Method> {
    return {
      clear: () => {
        this.format.stored().fill = null;
        return undefined;
      },
    };
  }
}
