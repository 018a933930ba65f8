/**
 * The Excel emulator in a browser page: served right after the real client library
 * (excel-web-16.00.debug.js from @microsoft/office-js) in place of office.js, it answers the
 * library's requests over the workbook the test put in window.__excelEmulatorSeed, and exposes
 * window.__excelEmulator so the test reads the workbook back and acts as the user.
 */
import { parseArea } from "./addresses";
import { OfficeContextEmulation } from "./office-context";
import { PROFILES, type PlatformProfile } from "./profiles";
import { answerRequest } from "./request-processor";
import { EmulatorSession } from "./session";
import { wireLibrary } from "./wire-library";
import { sheetByName, type WorkbookState } from "./workbook";

interface EmulatorPage {
  __excelEmulatorSeed?: WorkbookState;
  __excelEmulator?: unknown;
}

const page = window as unknown as EmulatorPage;
const seed = page.__excelEmulatorSeed;
if (seed === undefined) throw new Error("Excel emulator: window.__excelEmulatorSeed is missing");
// JSON has no Infinity: limits that came across as null are the profile's own (none).
const base = PROFILES.find((profile) => profile.name === seed.profile.name) ?? PROFILES[0];
const finite = (value: unknown, fallback: number): number =>
  typeof value === "number" ? value : fallback;
if (base === undefined) throw new Error("Excel emulator: no profile");
const profile: PlatformProfile = {
  ...base,
  requestLimitBytes: finite(seed.profile.requestLimitBytes, base.requestLimitBytes),
  responseLimitBytes: finite(seed.profile.responseLimitBytes, base.responseLimitBytes),
  nullValuesAboveCells: finite(seed.profile.nullValuesAboveCells, base.nullValuesAboveCells),
};
seed.profile = profile;
const session = new EmulatorSession(seed);
const office = new OfficeContextEmulation(() => session.state);
wireLibrary(
  window,
  () => ({
    answer: (message) => answerRequest(session, message),
    officeContext: () => office.context,
    onVisibilityModeChanged: (handler) => office.onVisibilityModeChanged(handler),
  }),
  profile
);
page.__excelEmulator = {
  state: session.state,
  notEmulated: session.notEmulated,
  /** Selects a range as a user clicking in the grid would, and raises the selection event. */
  select: (sheetName: string, address: string): void => {
    const sheet = sheetByName(session.state, sheetName);
    if (sheet === undefined) throw new Error(`Excel emulator: no sheet ${sheetName}`);
    session.state.activeSheetId = sheet.id;
    session.state.selection = { sheetId: sheet.id, ...parseArea(address) };
    for (const handler of office.selectionHandlers)
      setTimeout(() => handler({ type: "documentSelectionChanged" }), 0);
  },
  setPaneVisible: (visible: boolean): void => {
    for (const handler of office.visibilityHandlers)
      void handler({ visibilityMode: visible ? "Taskpane" : "Hidden" });
  },
  selectionHandlerCount: (): number => office.selectionHandlers.length,
};
