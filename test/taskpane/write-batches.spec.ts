/**
 * The write batches at the request limit, found in the emulator's request log: a failure of the
 * second batch, after a first one that wrote cells of the plan, is rolled back like any other.
 */
import { ExcelHost } from "../../src/taskpane/excel-host";
import {
  PROFILES,
  sheetByName,
  withLimits,
  type PlatformProfile,
  type WorkbookState,
} from "../support/excel-emulator";
import { BINARY_2024, installAlbero, sheetCopy } from "./emulator-setup";

/** A limit at which the fixture's writes take two or three batches, the first with plan cells. */
const LIMIT = 100000;
const planSheet = (state: WorkbookState) => {
  const sheet = sheetByName(state, "Albero 2024");
  if (sheet === undefined) throw new Error("fixture sheet missing");
  return sheet;
};

/** 1-based numbers of the requests that were write batches (calculation suspended in them). */
function writeRequests(state: WorkbookState): number[] {
  return state.counters.requestActions.flatMap((actions, index) =>
    actions.includes("SuspendApiCalculationUntilNextSync") ? [index + 1] : []
  );
}

async function trialRun(
  profile: PlatformProfile
): Promise<{ state: WorkbookState; writes: number[] }> {
  const { state } = await installAlbero(withLimits(profile, { requestLimitBytes: LIMIT }));
  const trial = await new ExcelHost({ requestLimitBytes: LIMIT }).recompute(BINARY_2024);
  if (!trial.ok) throw new Error(trial.error.text.it);
  return { state, writes: writeRequests(state) };
}

describe.each(PROFILES)("write batches at the request limit ($name)", (profile) => {
  it("rolls back when the second batch fails, one batch having landed", async () => {
    const { writes } = await trialRun(profile);
    expect(writes.length).toBeGreaterThanOrEqual(2);
    const { state } = await installAlbero(withLimits(profile, { requestLimitBytes: LIMIT }));
    const original = sheetCopy(planSheet(state));
    state.cellEditModeAtSyncs = [writes[1] ?? 0];
    const result = await new ExcelHost({ requestLimitBytes: LIMIT }).recompute(BINARY_2024);
    expect(result.ok ? null : result.error.code).toBe("EDIT_MODE");
    // The first batch landed with cells of the plan sheet, then the second failed.
    const landed = state.counters.requestActions[(writes[0] ?? 0) - 1] ?? [];
    expect(landed.filter((name) => name === "Values=").length).toBeGreaterThan(2);
    expect(sheetCopy(planSheet(state))).toEqual(original);
    expect(await new ExcelHost().undoAvailable()).toBeNull();
  });
});
