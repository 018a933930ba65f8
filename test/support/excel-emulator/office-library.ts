/**
 * Loads the client library Excel itself loads (@microsoft/office-js/dist/excel-*.debug.js) into a
 * sandbox with the small `window` it needs, and connects its host boundary —
 * OSF.DDA.RichApi.executeRichApiRequestAsync — to the emulator. Office.context (requirements,
 * display language, document settings, events) is the host's part too: the library reads it from
 * OSF._OfficeAppFactory, which office.js's loader would set up; the emulator provides it.
 * Each profile's library is loaded once per test file; the emulator installed last answers.
 */
import fs from "fs";
import path from "path";
import vm from "vm";
import { wireLibrary, type HostBridge } from "./wire-library";
import type { PlatformProfile } from "./profiles";

export interface LibraryGlobals {
  readonly Office: typeof Office;
  readonly Excel: typeof Excel;
  readonly OfficeExtension: typeof OfficeExtension;
  readonly sandbox: Record<string, unknown>;
}

const DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const loaded = new Map<string, LibraryGlobals>();
let bridge: HostBridge | null = null;

export function setHostBridge(next: HostBridge): void {
  bridge = next;
}

function currentBridge(): HostBridge {
  if (bridge === null) throw new Error("Excel emulator: no emulator installed");
  return bridge;
}

export function libraryFor(profile: PlatformProfile): LibraryGlobals {
  const cached = loaded.get(profile.library);
  if (cached !== undefined) return cached;
  const source = fs.readFileSync(path.join(DIST, profile.library), "utf8");
  const sandbox: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    navigator: { userAgent: "Mozilla/5.0 (excel-emulator)", language: "it-IT" },
    location: {
      href: "https://localhost:3000/taskpane.html",
      search: "",
      hash: "",
      protocol: "https:",
    },
    document: {
      readyState: "complete",
      addEventListener: () => undefined,
      getElementsByTagName: () => [],
      createElement: () => ({}),
    },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  vm.createContext(sandbox);
  new vm.Script(source, { filename: profile.library }).runInContext(sandbox);
  wireLibrary(sandbox, currentBridge, profile);
  const globals: LibraryGlobals = {
    Office: sandbox.Office as typeof Office,
    Excel: sandbox.Excel as typeof Excel,
    OfficeExtension: sandbox.OfficeExtension as typeof OfficeExtension,
    sandbox,
  };
  loaded.set(profile.library, globals);
  return globals;
}
