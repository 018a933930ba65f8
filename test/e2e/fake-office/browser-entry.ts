/**
 * Browser entry of the fake host, served in place of office.js: installs the globals over the
 * workbook the test put in window.__fakeOfficeSeed, and exposes the workbook as
 * window.__fakeOffice so the test can read it back and move the selection like a user.
 */
import { fireSelectionChanged, parseAddress } from "./fake-excel";
import { installFakeOffice } from "./fake-office";
import { sheetByName, type WorkbookState } from "./workbook-state";

interface FakeWindow {
  __fakeOfficeSeed?: WorkbookState;
  __fakeOffice?: { state: WorkbookState; select: (sheetName: string, address: string) => void };
}

const page = window as unknown as FakeWindow & Record<string, unknown>;
const seed = page.__fakeOfficeSeed;
if (seed === undefined) throw new Error("fake Office: window.__fakeOfficeSeed is missing");
installFakeOffice(page, seed);
page.__fakeOffice = {
  state: seed,
  /** Selects a range as a user clicking in the grid would, and raises the selection event. */
  select: (sheetName: string, address: string): void => {
    const sheet = sheetByName(seed, sheetName);
    if (sheet === undefined) throw new Error(`fake Office: no sheet ${sheetName}`);
    seed.activeSheetId = sheet.id;
    seed.selection = { sheetId: sheet.id, ...parseAddress(address) };
    fireSelectionChanged(seed);
  },
};
