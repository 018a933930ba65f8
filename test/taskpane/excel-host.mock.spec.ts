/**
 * The adapter's read batch with office-addin-mock (Microsoft's Office.js mock): properties must be
 * loaded and synced before they are read, so these tests catch a read the batch forgot to load.
 * The larger behaviour (writes, undo, chunking) is tested on the in-memory host in excel-host.spec.ts.
 */
import { OfficeMockObject } from "office-addin-mock";
import { ExcelHost } from "../../src/taskpane/excel-host";

// office-addin-mock reads only the OfficeApp enum from office-addin-manifest, whose dependencies are
// ES modules jest cannot load: the enum itself (lib/officeApp.js, plain CommonJS) stands in for it.
jest.mock("office-addin-manifest", () =>
  jest.requireActual<object>("office-addin-manifest/lib/officeApp")
);

const HEADER = [
  "Obiettivo",
  "Indicatore",
  "Peso",
  "",
  "Target",
  "Consuntivo",
  "Performance KPI",
  "Performance Obiettivo",
];
const VALUES = [
  ["Albero performance 2024", "", "", "", "", "", "", ""],
  HEADER,
  ["A.1 - Attrattività del territorio", "", "", "", "", "", "", ""],
  ["", "Iniziative realizzate", 1, ">=", 4, 6, "", ""],
];
const FORMATS = VALUES.map((row) => row.map(() => "General"));

/**
 * The result of an *OrNullObject method: Office.js sets its isNullObject at the next sync without load
 * (an instantiate action goes with the batch); the mock knows only loaded properties, so it loads it here.
 */
function orNullObject(object: unknown): unknown {
  return (object as OfficeMockObject).load("isNullObject");
}

function mockContext(isProtected: boolean): { mock: OfficeMockObject; syncs: () => number } {
  let syncs = 0;
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          sheet: {
            name: "Albero 2024",
            protection: { protected: isProtected },
            used: {
              isNullObject: false,
              rowIndex: 0,
              columnIndex: 0,
              rowCount: VALUES.length,
              columnCount: HEADER.length,
              values: VALUES,
              numberFormat: FORMATS,
              formulas: VALUES,
            },
            // The mock cannot model a collection's items/… loads: this collection loads as a no-op and
            // holds a data bar of the user's own (not ours, so no detail is loaded for it).
            whole: {
              conditionalFormats: {
                items: [{ type: "DataBar" }],
                load: function () {
                  return this;
                },
              },
            },
            getUsedRangeOrNullObject: function () {
              return orNullObject(this.used);
            },
            getRange: function () {
              return this.whole;
            },
          },
          undo: { isNullObject: true },
          getActiveWorksheet: function () {
            return this.sheet;
          },
          getItemOrNullObject: function () {
            return orNullObject(this.undo);
          },
        },
      },
    },
  });
  const context = mock.context as { sync: () => Promise<void> };
  const sync = context.sync.bind(context);
  context.sync = async () => {
    syncs++;
    await sync();
  };
  (globalThis as unknown as { Excel: unknown }).Excel = {
    run: async <T>(batch: (context: unknown) => Promise<T>): Promise<T> => batch(mock.context),
  };
  return { mock, syncs: () => syncs };
}

describe("ExcelHost read batch (office-addin-mock)", () => {
  it("loads everything the model needs and reads it after a single sync", async () => {
    const { syncs } = mockContext(false);
    const preview = await new ExcelHost().preview({ planYear: 2024, asOf: 46053 });
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.value.name).toBe("Albero 2024");
    expect(preview.value.rows.map((row) => [row.row, row.kind])).toEqual([
      [3, "objective"],
      [4, "kpi"],
    ]);
    expect(preview.value.rows[1].kpi).toBe(1);
    expect(syncs()).toBe(1);
  });

  it("stops at a protected sheet before any write is queued", async () => {
    const { syncs } = mockContext(true);
    const result = await new ExcelHost().recompute({ planYear: 2024, asOf: 46053 });
    expect(result.ok ? null : result.error.code).toBe("PROTECTED");
    expect(syncs()).toBe(1);
  });
});
