/** Defined names (workbook.names): add, look up, the range a name refers to, hide, delete. */
import { parseArea, sheetAddress, splitSheet } from "../addresses";
import { EmulatorError, NotEmulatedError } from "../errors";
import { sheetByName, type StoredName } from "../workbook";
import type { EmulatorSession } from "../session";
import {
  EmCollection,
  EmObject,
  stringArg,
  type Getter,
  type Method,
  type Setter,
} from "./em-object";
import { RangeObject } from "./range";

const NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

export class NamedItemCollectionObject extends EmCollection {
  readonly typeName = "NamedItemCollection";

  items(): EmObject[] {
    return this.session.state.names.map((n) => new NamedItemObject(this.session, n.name));
  }

  private find(name: string): StoredName | undefined {
    return this.session.state.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }

  index(args: readonly unknown[]): EmObject | null {
    const name = stringArg(args, 0, "names[]");
    if (this.find(name) === undefined) throw EmulatorError.itemNotFound(`name ${name}`);
    return new NamedItemObject(this.session, name);
  }

  protected methods(): Record<string, Method> {
    return {
      getItem: (args) => this.index(args),
      getItemOrNullObject: (args) => {
        const name = stringArg(args, 0, "names.getItemOrNullObject");
        return this.find(name) === undefined ? null : new NamedItemObject(this.session, name);
      },
      add: (args) => {
        const name = stringArg(args, 0, "names.add");
        if (!NAME.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
          throw EmulatorError.invalidArgument(`name ${name}`);
        if (this.find(name) !== undefined)
          throw new EmulatorError("ItemAlreadyExists", `The name ${name} already exists.`);
        const reference = args[1];
        let sheetId: string;
        let area;
        if (reference instanceof RangeObject) {
          sheetId = reference.sheetId;
          area = { ...reference.area };
        } else if (typeof reference === "string") {
          const { sheet, local } = splitSheet(reference.replace(/^=/, ""));
          const stored = sheet === null ? undefined : sheetByName(this.session.state, sheet);
          if (stored === undefined)
            throw new NotEmulatedError(`names.add with reference ${reference}`);
          sheetId = stored.id;
          area = parseArea(local);
        } else throw new NotEmulatedError("names.add without a range or an address");
        const comment = typeof args[2] === "string" ? args[2] : "";
        this.session.state.names.push({ name, sheetId, area, visible: true, comment });
        return new NamedItemObject(this.session, name);
      },
    };
  }
}

export class NamedItemObject extends EmObject {
  readonly typeName = "NamedItem";
  constructor(
    session: EmulatorSession,
    readonly name: string
  ) {
    super(session);
  }

  private stored(): StoredName {
    const found = this.session.state.names.find(
      (n) => n.name.toLowerCase() === this.name.toLowerCase()
    );
    if (found === undefined) throw EmulatorError.itemNotFound(`name ${this.name}`);
    return found;
  }

  protected getters(): Record<string, Getter> {
    return {
      name: () => this.stored().name,
      type: () => "Range",
      visible: () => this.stored().visible,
      comment: () => this.stored().comment,
      formula: () => {
        const n = this.stored();
        return `=${sheetAddress(this.session.sheet(n.sheetId).name, n.area)}`;
      },
    };
  }

  protected setters(): Record<string, Setter> {
    return {
      visible: (value) => {
        this.stored().visible = value === true;
      },
    };
  }

  protected methods(): Record<string, Method> {
    const range = () => {
      const n = this.stored();
      return new RangeObject(this.session, n.sheetId, { ...n.area });
    };
    return {
      getRange: range,
      getRangeOrNullObject: range,
      delete: () => {
        const n = this.stored();
        this.session.state.names = this.session.state.names.filter((x) => x !== n);
        return undefined;
      },
    };
  }
}
