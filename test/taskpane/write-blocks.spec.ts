import fc from "fast-check";
import type { CellWrite } from "../../src/core/sheet/sheet-types";
import {
  blockPayloadBytes,
  blocksFromWrites,
  constantEntry,
  packBatches,
  splitBlock,
  textConstant,
} from "../../src/taskpane/write-blocks";

const write = (
  row: number,
  column: number,
  value: number | string | null,
  extra: Partial<CellWrite> = {}
): CellWrite => ({
  row,
  column,
  value,
  numberFormat: "0.00%",
  formula: null,
  ...extra,
});

describe("blocksFromWrites", () => {
  it("turns a column run of consecutive rows into one block, and a gap into a new block", () => {
    const blocks = blocksFromWrites([
      write(5, 6, 1),
      write(3, 6, 0.5),
      write(4, 6, 0.25),
      write(9, 6, 0),
      write(3, 7, 1),
    ]);
    expect(blocks.map((b) => [b.top, b.left, b.entries.length])).toEqual([
      [3, 6, 3],
      [9, 6, 1],
      [3, 7, 1],
    ]);
    expect(blocks[0].entries).toEqual([[0.5], [0.25], [1]]);
    expect(blocks[0].hasFormulas).toBe(false);
  });

  it("uses formulas for a run holding a live formula and keeps constants beside it", () => {
    const [block] = blocksFromWrites([
      write(0, 0, 0.9, { formula: "=PIANO.PERF_KPI(E1,F1)" }),
      write(1, 0, "N.V."),
      write(2, 0, null),
    ]);
    expect(block.hasFormulas).toBe(true);
    expect(block.entries).toEqual([["=PIANO.PERF_KPI(E1,F1)"], ["N.V."], [""]]);
  });

  it("leaves the number format alone where the plan says null", () => {
    const [block] = blocksFromWrites([write(0, 0, 1, { numberFormat: null }), write(1, 0, 1)]);
    expect(block.numberFormats).toEqual([[null], ["0.00%"]]);
    const [none] = blocksFromWrites([write(0, 1, 1, { numberFormat: null })]);
    expect(none.numberFormats).toBeNull();
  });

  it("covers every write exactly once (property)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.nat(40), fc.nat(5)), { selector: ([r, c]) => `${r},${c}` }),
        (cells) => {
          const blocks = blocksFromWrites(cells.map(([r, c]) => write(r, c, r * 10 + c)));
          const covered = blocks.flatMap((b) =>
            b.entries.map((row, i) => `${b.top + i},${b.left}:${String(row[0])}`)
          );
          expect(covered.sort()).toEqual(cells.map(([r, c]) => `${r},${c}:${r * 10 + c}`).sort());
        }
      )
    );
  });
});

describe("textConstant", () => {
  it.each([
    ["N.V.", "N.V."],
    ["0,69", "'0,69"],
    ["-5", "'-5"],
    ["=A1", "'=A1"],
    ["+1", "'+1"],
    ["Legenda", "Legenda"],
  ])("keeps %s as text: %s", (text, entry) => {
    expect(textConstant(text)).toBe(entry);
  });

  it("empties a cell for null", () => {
    expect(constantEntry(null)).toBe("");
  });
});

describe("splitting and packing under a request limit", () => {
  const long = blocksFromWrites(Array.from({ length: 1000 }, (_, i) => write(i, 6, i / 1000)))[0];

  it("splits a block by rows so that every piece fits, in order and without losing rows", () => {
    const pieces = splitBlock(long, 4000);
    expect(pieces.length).toBeGreaterThan(3);
    for (const piece of pieces) expect(blockPayloadBytes(piece)).toBeLessThanOrEqual(4000);
    expect(pieces.flatMap((p) => p.entries)).toEqual(long.entries);
    pieces.forEach((piece, i) => {
      if (i > 0) expect(piece.top).toBe(pieces[i - 1].top + pieces[i - 1].entries.length);
    });
  });

  it("packs items into as few batches as the limit allows, keeping their order", () => {
    expect(packBatches([5, 5, 5, 5, 9, 1], (n) => n, 10)).toEqual([
      [5, 5],
      [5, 5],
      [9, 1],
    ]);
    expect(packBatches([], (n: number) => n, 10)).toEqual([]);
  });
});
