/**
 * Property tests of layout detection: the same plan read after permuting its columns, moving the
 * table, adding blank or repeated header rows, or turning it into an Excel table (blank headers
 * renamed Colonna1, Colonna2…) gives the same figures for every objective and KPI.
 */
import fc from "fast-check";
import { recomputeSheet } from "../../../src/core/sheet/recompute-sheet";
import type { SheetInput } from "../../../src/core/sheet/sheet-types";
import type { CellScalar } from "../../../src/core/types";
import { buildPlan, type PlanItem } from "../../support/builders/plan-builder";
import { SAMPLE_PLAN, SAMPLE_SETTINGS } from "../../support/builders/sample-plan";

/**
 * The sample plan plus a "≤" KPI whose operator matters (≤ 10 with 20 is 50%, as ≥ it would be
 * 100%), with the operator in a column without a header, the 2024 seed's way.
 */
const PLAN: readonly PlanItem[] = [
  ...SAMPLE_PLAN,
  {
    title: "B - Tempi",
    kpis: [{ indicator: "Tempi medi (gg)", weight: 1, operator: "<=", target: 10, actual: 20 }],
  },
];
const BASE = buildPlan(PLAN, { withCode: true, withStatus: true, withNotes: true });
const WIDTH = Math.max(...BASE.input.values.map((line) => line.length));

interface Variation {
  readonly order: readonly number[];
  readonly top: number;
  readonly left: number;
  /** Data rows (0-based within the data) after which a blank row or the header again is inserted. */
  readonly inserts: readonly { readonly after: number; readonly kind: "blank" | "header" }[];
  readonly excelTable: boolean;
}

/** Figures by indicator and objective title, whatever rows and columns they ended up in. */
function figuresOf(input: SheetInput): Map<string, number | null> {
  const result = recomputeSheet(input, SAMPLE_SETTINGS);
  if (!result.ok) throw new Error(result.error.text.it);
  const figures = new Map<string, number | null>();
  const grid = input.values;
  for (const row of result.value.rows) {
    const line = grid[row.row - 1 - input.origin.row] ?? [];
    const key = line
      .filter((v): v is string => typeof v === "string")
      .sort()
      .join("|");
    figures.set(`${row.kind}:${key}`, row.kind === "kpi" ? row.kpi : row.objective);
  }
  return figures;
}

function vary(v: Variation): SheetInput {
  const header = BASE.headerRows[0] ?? 0;
  const source = BASE.input.values;
  const formats = BASE.input.numberFormats ?? [];
  const pad = <T>(line: readonly T[], fill: T): T[] => [
    ...line,
    ...new Array<T>(WIDTH - line.length).fill(fill),
  ];
  const reorder = <T>(line: readonly T[], fill: T): T[] =>
    v.order.map((c) => pad(line, fill)[c] ?? fill);
  let headerLine = reorder(source[header] ?? [], null as CellScalar);
  if (v.excelTable) {
    let n = 0;
    headerLine = headerLine.map((cell) => (cell === null || cell === "" ? `Colonna${++n}` : cell));
  }
  const values: CellScalar[][] = [];
  const numberFormats: string[][] = [];
  const blank = (): void => {
    values.push(new Array<CellScalar>(WIDTH + v.left).fill(null));
    numberFormats.push(new Array<string>(WIDTH + v.left).fill("General"));
  };
  const push = (line: CellScalar[], format: string[]): void => {
    values.push([...new Array<CellScalar>(v.left).fill(null), ...line]);
    numberFormats.push([...new Array<string>(v.left).fill("General"), ...format]);
  };
  for (let i = 0; i < v.top; i++) blank();
  push(headerLine, reorder(formats[header] ?? [], "General"));
  for (let r = header + 1; r < source.length; r++) {
    push(reorder(source[r] ?? [], null), reorder(formats[r] ?? [], "General"));
    for (const insert of v.inserts.filter((i) => i.after === r - header - 1)) {
      if (insert.kind === "blank") blank();
      else push(headerLine, new Array<string>(WIDTH).fill("General"));
    }
  }
  return { name: "Piano", origin: { row: 0, column: 0 }, values, numberFormats };
}

const variation: fc.Arbitrary<Variation> = fc.record({
  order: fc.shuffledSubarray(
    Array.from({ length: WIDTH }, (_, i) => i),
    { minLength: WIDTH, maxLength: WIDTH }
  ),
  top: fc.integer({ min: 0, max: 6 }),
  left: fc.integer({ min: 0, max: 4 }),
  inserts: fc.array(
    fc.record({
      after: fc.integer({ min: 0, max: BASE.input.values.length - 2 }),
      kind: fc.constantFrom("blank" as const, "header" as const),
    }),
    { maxLength: 3 }
  ),
  excelTable: fc.boolean(),
});

describe("layout detection is invariant", () => {
  const expected = figuresOf(
    vary({
      order: Array.from({ length: WIDTH }, (_, i) => i),
      top: 0,
      left: 0,
      inserts: [],
      excelTable: false,
    })
  );

  it("has figures to compare, the ≤ KPI at 50%", () => {
    expect(expected.get("kpi:<=|Tempi medi (gg)")).toBeCloseTo(0.5, 12);
    expect(expected.size).toBeGreaterThan(8);
    expect([...expected.values()].filter((v) => v !== null).length).toBeGreaterThan(8);
  });

  it("under permuted columns, a moved table, blank and repeated header rows, and Excel tables", () => {
    fc.assert(
      fc.property(variation, (v) => {
        const figures = figuresOf(vary(v));
        expect(figures.size).toBe(expected.size);
        for (const [key, figure] of expected) {
          const got = figures.get(key);
          if (figure === null) expect(got).toBeNull();
          else expect(got).toBeCloseTo(figure, 12);
        }
      }),
      { numRuns: 120 }
    );
  });
});
