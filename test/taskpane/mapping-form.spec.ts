import { mappingFromFields, mappingRows } from "../../src/taskpane/mapping-form";
import type { ColumnUse } from "../../src/core/sheet";

const USED: ColumnUse[] = [
  { role: "target", column: "F", header: "Target", source: "header" },
  { role: "operator", column: "E", header: "Colonna1", source: "values" },
];

describe("mapping form", () => {
  it("lists every role with the column used and the saved assignment", () => {
    const rows = mappingRows(USED, { headerRow: 3, columns: { actual: "H" } });
    expect(rows.map((r) => r.role)).toEqual(
      expect.arrayContaining(["objective", "indicator", "target", "actual", "numerator"])
    );
    expect(rows.find((r) => r.role === "target")).toMatchObject({
      used: USED[0],
      assigned: "",
      name: { it: "Target", en: "Target" },
    });
    expect(rows.find((r) => r.role === "actual")).toMatchObject({ used: null, assigned: "H" });
  });

  it("turns the typed fields into a checked mapping, blank fields into none", () => {
    expect(mappingFromFields({ headerRow: "", columns: { target: " ", actual: "" } })).toEqual({
      ok: true,
      value: null,
    });
    expect(mappingFromFields({ headerRow: "3", columns: { target: "g", actual: "H" } })).toEqual({
      ok: true,
      value: { headerRow: 3, columns: { target: "G", actual: "H" } },
    });
  });

  it.each([
    [{ headerRow: "tre", columns: {} }, "riga di intestazione"],
    [{ headerRow: "", columns: { target: "7" } }, "non è una lettera di colonna"],
    [{ headerRow: "", columns: { target: "G", actual: "G" } }, "sia per Target sia per Consuntivo"],
  ])("refuses %p with the core's Italian and English message", (fields, words) => {
    const read = mappingFromFields(fields);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.text.it).toContain(words);
    expect(read.error.text.en).toContain("Invalid column mapping");
  });
});
