/** Workbook (the root object of every request), Application and the workbook's protection. */
import { EmObject, type Getter, type Method } from "./em-object";
import { NamedItemCollectionObject } from "./names";
import { RangeObject } from "./range";
import { WorksheetCollectionObject } from "./worksheet";

export class WorkbookObject extends EmObject {
  readonly typeName = "Workbook";
  protected getters(): Record<string, Getter> {
    return { name: () => "Cartel1.xlsx" };
  }
  protected navigations() {
    return {
      worksheets: () => new WorksheetCollectionObject(this.session),
      application: () => new ApplicationObject(this.session),
      protection: () => new WorkbookProtectionObject(this.session),
      names: () => new NamedItemCollectionObject(this.session),
    };
  }
  protected methods(): Record<string, Method> {
    return {
      getSelectedRange: () => {
        const { sheetId, ...area } = this.session.state.selection;
        return new RangeObject(this.session, sheetId, area);
      },
      _RemoveReference: (args) => {
        if (typeof args[0] === "string") this.session.release(args[0]);
        return undefined;
      },
    };
  }
}

export class ApplicationObject extends EmObject {
  readonly typeName = "Application";
  protected getters(): Record<string, Getter> {
    return { calculationMode: () => "Automatic" };
  }
  protected methods(): Record<string, Method> {
    const counters = this.session.state.counters;
    return {
      suspendApiCalculationUntilNextSync: () => {
        counters.suspendCalculation++;
        return undefined;
      },
      suspendScreenUpdatingUntilNextSync: () => {
        counters.suspendScreenUpdating++;
        return undefined;
      },
      calculate: () => {
        this.session.recalculate();
        return undefined;
      },
    };
  }
}

export class WorkbookProtectionObject extends EmObject {
  readonly typeName = "WorkbookProtection";
  protected getters(): Record<string, Getter> {
    return { protected: () => this.session.state.structureProtected };
  }
}
