import {
  decodeSnapshot,
  encodeSnapshot,
  previousBlock,
  previousEntry,
  type UndoSnapshot,
} from "../../src/taskpane/undo-snapshot";

const snapshot: UndoSnapshot = {
  version: 2,
  sheetId: "{00000000-0001-0000-0000-000000000001}",
  sheetName: "Albero 2024",
  anchor: { row: 3, column: 6 },
  takenAt: "2026-01-31T10:00:00.000Z",
  blocks: [
    {
      top: 3,
      left: 6,
      entries: [[1], ["=G4*2"], ["'0,5"]],
      hasFormulas: true,
      numberFormats: [["0.00%"], ["General"], ["@"]],
    },
  ],
  written: [
    { top: 3, left: 6, entries: [[0.5], [1], ["'N.V."]], hasFormulas: false, numberFormats: null },
  ],
  fills: [{ row: 145, column: 0, color: null }],
  previousRules: [{ address: "A4:H143", formula: "=AND(ISNUMBER($H4),$H4>0.8)", fill: "#C6EFCE" }],
  addedRuleFormulas: ["=AND(ISNUMBER($H4),ROUND($H4,4)>0.8)"],
};

describe("undo snapshot", () => {
  it("round-trips through cells of at most the chunk size", () => {
    const chunks = encodeSnapshot(snapshot, 50);
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(50);
    expect(decodeSnapshot(chunks)).toEqual(snapshot);
  });

  it("comes back whole whether Excel drops each piece's leading apostrophe or keeps it", () => {
    // Pieces of 7 characters: with text such as "'0,5" several pieces would start with "'".
    const chunks = encodeSnapshot(snapshot, 9);
    for (const chunk of chunks) expect(chunk.startsWith("'~")).toBe(true);
    const asExcelStores = chunks.map((chunk) => chunk.slice(1)); // the text prefix is not part of the value
    expect(decodeSnapshot(asExcelStores)).toEqual(snapshot);
    expect(decodeSnapshot(chunks)).toEqual(snapshot);
  });

  it("never splits a character outside the basic plane between two pieces", () => {
    const emoji = { ...snapshot, sheetName: "Piano 📊📊📊📊📊📊📊📊" };
    const chunks = encodeSnapshot(emoji, 5);
    for (const chunk of chunks) {
      const last = chunk.charCodeAt(chunk.length - 1);
      expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
    }
    expect(decodeSnapshot(chunks.map((chunk) => chunk.slice(1)))).toEqual(emoji);
  });

  it("gives null for no snapshot or a damaged one", () => {
    expect(decodeSnapshot([])).toBeNull();
    expect(decodeSnapshot([null, ""])).toBeNull();
    expect(decodeSnapshot(encodeSnapshot(snapshot, 40).slice(1))).toBeNull();
    expect(decodeSnapshot([`~${JSON.stringify({ version: 2 })}`])).toBeNull();
  });

  it("puts back a formula as a formula, text as text, a number as a number, blank as empty", () => {
    expect(previousEntry({ value: 0.5, formula: "=F4/E4", numberFormat: "0%" })).toBe("=F4/E4");
    expect(previousEntry({ value: "0,69", formula: "0,69", numberFormat: "General" })).toBe(
      "'0,69"
    );
    expect(previousEntry({ value: 0.69, formula: 0.69, numberFormat: "General" })).toBe(0.69);
    expect(previousEntry({ value: null, formula: null, numberFormat: "General" })).toBe("");
  });

  it("records the previous content and formats of exactly the block's area", () => {
    const block = { top: 1, left: 2, entries: [[1], [2]], hasFormulas: false, numberFormats: null };
    const previous = previousBlock(block, (row, column) => ({
      value: row === 1 ? `r${row}c${column}` : null,
      formula: null,
      numberFormat: row === 1 ? "@" : "General",
    }));
    expect(previous).toEqual({
      top: 1,
      left: 2,
      entries: [["r1c2"], [""]],
      hasFormulas: false,
      numberFormats: [["@"], ["General"]],
    });
  });
});
