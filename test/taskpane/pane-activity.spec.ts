/**
 * With the shared runtime Excel keeps the page running while the pane is closed: no sheet read and
 * no Excel.run per selection change may happen then. Through the real client library and the
 * emulator, whose Office.addin reports the pane's visibility.
 */
import { ExcelHost } from "../../src/taskpane/excel-host";
import { PaneActivity } from "../../src/taskpane/pane-activity";
import { installAlbero } from "./emulator-setup";

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("the pane's work with Excel follows its visibility", () => {
  it("reads nothing while hidden; on first show previews once and follows the selection; hidden again, stops", async () => {
    const emulator = await installAlbero();
    const shown: number[] = [];
    const selections: number[] = [];
    const host = new ExcelHost();
    const activity = new PaneActivity(host, {
      onFirstShown: () => shown.push(1),
      onSelection: (cell) => selections.push(cell.row),
    });
    await activity.start(false);
    emulator.select("Albero 2024", "H14");
    await settle();
    expect(emulator.state.counters.syncs).toBe(0);
    expect(emulator.office.selectionHandlers).toHaveLength(0);
    expect(shown).toEqual([]);

    emulator.setPaneVisible(true);
    await activity.settled();
    expect(shown).toEqual([1]);
    emulator.select("Albero 2024", "H14");
    await settle();
    expect(selections).toEqual([14]);

    emulator.setPaneVisible(false);
    await activity.settled();
    const requests = emulator.state.counters.syncs;
    emulator.select("Albero 2024", "G19");
    await settle();
    expect(emulator.state.counters.syncs).toBe(requests);
    expect(emulator.office.selectionHandlers).toHaveLength(0);

    // Shown again: one handler (never two), no second preview.
    emulator.setPaneVisible(true);
    await activity.settled();
    expect(emulator.office.selectionHandlers).toHaveLength(1);
    expect(shown).toEqual([1]);
  });

  it("is active from the start when the page opens with the pane visible", async () => {
    const emulator = await installAlbero();
    const shown: number[] = [];
    const activity = new PaneActivity(new ExcelHost(), {
      onFirstShown: () => shown.push(1),
      onSelection: () => undefined,
    });
    await activity.start(true);
    expect(shown).toEqual([1]);
    expect(emulator.office.selectionHandlers).toHaveLength(1);
  });
});
