/**
 * The request-size estimates the batches are packed by, against the requests the real client
 * library serialises (measured by the Excel emulator): a batch of writes never costs more than its
 * estimate, and the runner packs batches to its budget, which keeps a fifth of Excel on the web's
 * limit as headroom for what the estimates miss.
 */
import { registerCustomFunctions } from "../../src/functions/functions";
import { runBatches, type QueuedWrite } from "../../src/taskpane/batch-runner";
import { blockWrite, fillWrites, ruleWrite } from "../../src/taskpane/host-writes";
import {
  batchBudget,
  PAYLOAD_LIMIT_BYTES,
  REQUEST_ENVELOPE_BYTES,
} from "../../src/taskpane/request-costs";
import { packBatches, type WriteBlock } from "../../src/taskpane/write-blocks";
import {
  addSheet,
  customFunctionsRuntime,
  emptyWorkbook,
  PROFILES,
} from "../support/excel-emulator";
import { install } from "./emulator-setup";

/** A column of derived cells as the pane writes them: percentages, N.V., formulas. */
function column(top: number, left: number, rows: number, formulas: boolean): WriteBlock {
  const entries = Array.from({ length: rows }, (_, r) => [
    formulas
      ? `=PIANO.PERF_KPI(IF(ISBLANK(E${top + r + 1}),"",E${top + r + 1}),IF(ISBLANK(F${top + r + 1}),"",F${top + r + 1}),"","binary",2024,DATE(2026,1,31))`
      : r % 7 === 0
        ? "N.V."
        : 0.123456789012345 * r,
  ]);
  return {
    top,
    left,
    entries,
    hasFormulas: formulas,
    numberFormats: entries.map(() => ["0.00%"]),
  };
}

describe.each(PROFILES)("request-size estimates ($name)", (profile) => {
  it("a batch of writes never costs more than its estimate, envelope included", async () => {
    const state = emptyWorkbook(profile);
    addSheet(state, "Piano");
    const emulator = install(state);
    if (Object.keys(customFunctionsRuntime().mappings()).length === 0) registerCustomFunctions();
    emulator.useCustomFunctions();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Piano");
      const writes: QueuedWrite[] = [
        blockWrite(sheet, column(3, 6, 400, false)),
        blockWrite(sheet, column(3, 7, 400, true)),
        ...[0, 1, 2].map((band) =>
          ruleWrite(
            sheet,
            "A4:H403",
            `=AND(ISNUMBER(IF(ISNUMBER($H4),$H4,$G4)),ROUND(IF(ISNUMBER($H4),$H4,$G4),4)>0.${band})`,
            "#C6EFCE"
          )
        ),
        ...fillWrites(sheet, [
          { row: 405, column: 0, fill: "#C6EFCE" },
          { row: 406, column: 0, fill: null },
        ]),
      ];
      const estimate = REQUEST_ENVELOPE_BYTES + writes.reduce((sum, w) => sum + w.bytes, 0);
      const before = state.counters.requestBytes.length;
      const run = await runBatches(context, writes, Number.MAX_SAFE_INTEGER);
      expect(run.ok).toBe(true);
      const sent = state.counters.requestBytes.slice(before);
      expect(sent).toHaveLength(1);
      expect(sent[0]).toBeLessThanOrEqual(estimate);
    });
  });
});

describe("the batch budget", () => {
  it.each([PAYLOAD_LIMIT_BYTES, 100000, 12000])(
    "packs batches close to its budget and keeps 20%% of a %d-byte limit as headroom",
    (limit) => {
      const budget = batchBudget(limit);
      // Writes of many sizes, as a plan's blocks, rules and fills are.
      const sizes = Array.from({ length: 4000 }, (_, i) => 450 + ((i * 7919) % 2600));
      const batches = packBatches(sizes, (size) => size, budget);
      const estimated = batches.map(
        (batch) => REQUEST_ENVELOPE_BYTES + batch.reduce((sum, size) => sum + size, 0)
      );
      expect(batches.length).toBeGreaterThan(1);
      // The envelope and every write fit in 80% of the limit: 20% is left for what estimates miss.
      expect(Math.max(...estimated)).toBeLessThanOrEqual(limit * 0.8);
      // Packed, not timid: every batch but the last is within one write of the budget.
      for (const total of estimated.slice(0, -1))
        expect(total).toBeGreaterThan(limit * 0.8 - 450 - 2600);
    }
  );
});
