import {
  publishedDiffers,
  publishedForFinding,
  readPublished,
  type PublishedValue,
} from "../../../src/core/sheet/published-value";
import type { CellScalar } from "../../../src/core/types";

describe("readPublished", () => {
  it.each<[CellScalar, PublishedValue]>([
    [0.801, { kind: "number", value: 0.801 }],
    ["80,10%", { kind: "number", value: 0.801 }],
    ["0,9973", { kind: "number", value: 0.9973 }],
    [null, { kind: "blank" }],
    ["  ", { kind: "blank" }],
    ["N.V.", { kind: "notEvaluated", text: "N.V." }],
    ["n.d.", { kind: "notEvaluated", text: "n.d." }],
    ["#DIV/0!", { kind: "text", text: "#DIV/0!" }],
    [true, { kind: "text", text: "true" }],
  ])("reads %p", (raw, expected) => {
    const read = readPublished(raw);
    if (expected.kind === "number" && read.kind === "number")
      expect(read.value).toBeCloseTo(expected.value, 12);
    else expect(read).toEqual(expected);
  });
});

describe("publishedDiffers", () => {
  it.each<[Parameters<typeof publishedDiffers>[0], number | null, boolean]>([
    [{ kind: "number", value: 0.7333 }, 0.7333333, false],
    [{ kind: "number", value: 0.801 }, 0.805, true],
    [{ kind: "number", value: 1 }, null, true],
    [{ kind: "blank" }, 0, true],
    [{ kind: "blank" }, null, false],
    [{ kind: "notEvaluated", text: "N.V." }, null, false],
    [{ kind: "notEvaluated", text: "N.V." }, 0.5, true],
    [{ kind: "text", text: "#N/A" }, null, true],
  ])("%p against %p differs: %p", (published, computed, differs) => {
    expect(publishedDiffers(published, computed)).toBe(differs);
  });

  it("gives the figure a finding carries", () => {
    expect(publishedForFinding({ kind: "number", value: 0.5 })).toBe(0.5);
    expect(publishedForFinding({ kind: "blank" })).toBeNull();
    expect(publishedForFinding({ kind: "notEvaluated", text: "N.V." })).toBe("N.V.");
  });
});
