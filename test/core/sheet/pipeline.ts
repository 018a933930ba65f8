/**
 * Test helper: runs the sheet model's steps one by one on a built plan, so a spec can look at
 * one module's output with real inputs.
 */
import { buildTree } from "../../../src/core/sheet/build-tree";
import { computeTree } from "../../../src/core/sheet/compute-tree";
import { detectLayout } from "../../../src/core/sheet/detect-layout";
import { readRows } from "../../../src/core/sheet/read-rows";
import { sheetGrid } from "../../../src/core/sheet/sheet-grid";
import type { EffectiveSettings, SheetInput } from "../../../src/core/sheet/sheet-types";
import { resolveSettings } from "../../../src/core/settings";
import type { Settings } from "../../../src/core/types";

export function pipeline(input: SheetInput, settings: Partial<Settings> = {}) {
  const grid = sheetGrid(input);
  const detected = detectLayout(grid);
  if (!detected.ok) throw new Error(detected.error.message);
  const layout = detected.value;
  const effective: EffectiveSettings = {
    ...resolveSettings(settings),
    planYear: 2021,
    asOf: 46053,
  };
  const rows = readRows(grid, layout).rows;
  const tree = buildTree(rows);
  const outcome = computeTree(grid, layout, tree, effective);
  return { grid, layout, rows, tree, outcome, settings: effective };
}
