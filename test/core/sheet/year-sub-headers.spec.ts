/**
 * A header over year sub-headers (domain.md §2, targets and actuals by year): "Target" over
 * C:E and "Consuntivo" over F:H in one row, "2024 | 2025 | 2026" under each in the next. The two
 * rows are one header; each column reads as "Target 2024", …; the plan year's columns count (the
 * year setting, else the year detected from the title). Small sheets built here, figures by hand.
 */
import { recomputeSheet } from "../../../src/core/sheet/recompute-sheet";
import type { CellArea, SheetInput, SheetRecompute } from "../../../src/core/sheet/sheet-types";
import type { CellScalar, Settings } from "../../../src/core/types";
import { sheetOf } from "../../support/builders/plan-builder";

const HEADER: CellScalar[] = [
  "Obiettivo",
  "Indicatore",
  "Target",
  null,
  null,
  "Consuntivo",
  null,
  null,
  "Performance KPI",
  "Performance Obiettivo",
];
const YEARS: CellScalar[] = [null, null, 2024, 2025, "2026", 2024, 2025, "2026", null, null];
const DATA: CellScalar[][] = [
  ["A.1 - Digitale", null, null, null, null, null, null, null, null, null],
  [null, "Imprese assistite", ">= 100", ">= 120", ">= 150", 80, 90, null, null, null],
  [null, "Tempi medi (gg)", "<= 10", "<= 8", "<= 6", 20, 16, null, null, null],
];

/** The plan with its header at `top` (0-based), a title above it when given, merged or not. */
function plan(options: { merged: boolean; title?: string }): SheetInput {
  const top = options.title === undefined ? 0 : 2;
  const rows: CellScalar[][] = [];
  if (options.title !== undefined) rows.push([options.title], []);
  rows.push(HEADER, YEARS, ...DATA);
  const merges: CellArea[] = options.merged
    ? [
        { top, left: 2, bottom: top, right: 4 },
        { top, left: 5, bottom: top, right: 7 },
        { top, left: 0, bottom: top + 1, right: 0 }, // "Obiettivo" over both header rows
        { top, left: 1, bottom: top + 1, right: 1 },
      ]
    : [];
  return sheetOf(rows, { merges });
}

function recompute(input: SheetInput, settings: Partial<Settings>): SheetRecompute {
  const result = recomputeSheet(input, { method: "proportional", asOf: 45657, ...settings });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.text.it}`);
  return result.value;
}

interface Case {
  readonly name: string;
  readonly input: SheetInput;
  readonly settings: Partial<Settings>;
  /** 1-based rows of the objective and its two KPIs. */
  readonly rows: readonly [number, number, number];
  readonly target: string;
  readonly actual: string;
  readonly kpis: readonly [number | null, number | null];
  readonly objective: number | null;
}

const CASES: readonly Case[] = [
  {
    // 80 / 100 = 0,8; ≤ 10 with 20 → 10 / 20 = 0,5; A.1 = (0,8 + 0,5) / 2 = 0,65.
    name: "merged, plan year 2024",
    input: plan({ merged: true }),
    settings: { planYear: 2024 },
    rows: [3, 4, 5],
    target: "C",
    actual: "F",
    kpis: [0.8, 0.5],
    objective: 0.65,
  },
  {
    // 90 / 120 = 0,75; ≤ 8 with 16 → 8 / 16 = 0,5; A.1 = (0,75 + 0,5) / 2 = 0,625.
    name: "merged, plan year 2025",
    input: plan({ merged: true }),
    settings: { planYear: 2025 },
    rows: [3, 4, 5],
    target: "D",
    actual: "G",
    kpis: [0.75, 0.5],
    objective: 0.625,
  },
  {
    // 2026 has no actuals yet: a blank actual with a numeric target is not evaluated (§5).
    name: "merged, plan year 2026 (a year written as text)",
    input: plan({ merged: true }),
    settings: { planYear: 2026 },
    rows: [3, 4, 5],
    target: "E",
    actual: "H",
    kpis: [null, null],
    objective: null,
  },
  {
    // The same as merged 2025: "Target" written in C with D and E blank above their years.
    name: "not merged (centred across the columns), plan year 2025",
    input: plan({ merged: false }),
    settings: { planYear: 2025 },
    rows: [3, 4, 5],
    target: "D",
    actual: "G",
    kpis: [0.75, 0.5],
    objective: 0.625,
  },
  {
    // No year setting: "Piano della performance 2025" above the table gives it.
    name: "merged, plan year from the title",
    input: plan({ merged: true, title: "Piano della performance 2025" }),
    settings: {},
    rows: [5, 6, 7],
    target: "D",
    actual: "G",
    kpis: [0.75, 0.5],
    objective: 0.625,
  },
];

describe("a header over year sub-headers", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const value = recompute(c.input, c.settings);
    const at = (row: number) => value.rows.find((r) => r.row === row);
    const [objectiveRow, first, second] = c.rows;
    // The year row is a header, not a KPI: the report starts at the objective.
    expect(value.rows.map((r) => r.row)).toEqual([objectiveRow, first, second]);
    expect(at(objectiveRow)).toMatchObject({ kind: "objective", code: "A.1" });
    const [k1, k2] = c.kpis;
    for (const [row, kpi] of [
      [first, k1],
      [second, k2],
    ] as const)
      expect([row, at(row)?.kpi]).toEqual([row, kpi === null ? null : expect.closeTo(kpi, 10)]);
    expect(at(objectiveRow)?.objective ?? null).toEqual(
      c.objective === null ? null : expect.closeTo(c.objective, 10)
    );
    const used = (role: string) => value.summary.columns.find((u) => u.role === role);
    expect([used("target")?.column, used("actual")?.column]).toEqual([c.target, c.actual]);
    const year = c.settings.planYear ?? 2025;
    expect(used("target")?.header).toBe(`Target ${year}`);
    expect(value.layout.headerRows).toEqual([objectiveRow - 3, objectiveRow - 2]);
  });

  it("reads the years without the merges, and does not ask about merges then", () => {
    // The task pane on an Excel without ExcelApi 1.13: no merges, and it says it could not read
    // them. "Target" in C with D and E blank above their years is still one header over three.
    const value = recompute({ ...plan({ merged: false }), mergesUnread: true }, { planYear: 2025 });
    expect(value.rows.find((r) => r.row === 3)?.objective).toBeCloseTo(0.625, 10);
    expect(value.findings.filter((f) => f.code === "MERGES_NOT_READ")).toEqual([]);
  });

  it("writes nothing into the other years' columns", () => {
    const value = recompute(plan({ merged: true }), { planYear: 2025 });
    // Derived cells are I (KPI) and J (objective) only; targets and actuals stay as written.
    expect(new Set(value.plan.cells.map((cell) => cell.column))).toEqual(new Set([8, 9]));
  });

  it("does not take one year under a single header for a sub-header", () => {
    // "Target" over one column with 2024 below it: the 2024 is a data value (no span, no years).
    const input = sheetOf([
      ["Obiettivo", "Indicatore", "Target", "Consuntivo", "Performance KPI"],
      [null, "Imprese assistite", 2024, 1012, null],
    ]);
    const value = recompute(input, { planYear: 2024 });
    expect(value.layout.headerRows).toEqual([0]);
    expect(value.rows.find((r) => r.row === 2)?.kpi).toBeCloseTo(0.5, 10); // 1012 / 2024
  });
});
