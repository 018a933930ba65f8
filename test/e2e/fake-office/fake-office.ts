/**
 * The globals office.js provides, over one in-memory workbook: `Office` (onReady, context with
 * displayLanguage, requirements.isSetSupported, document settings and the selection event),
 * `Excel`, `OfficeExtension.Error` and `CustomFunctions.associate` (a no-op: the shared runtime's
 * functions bundle registers its functions on load). Used in Node by tests and the bench, and
 * bundled for the browser by the end-to-end test.
 */
import { createExcelNamespace, FakeOfficeError, onSelectionChanged } from "./fake-excel";
import type { WorkbookState } from "./workbook-state";

export interface FakeOfficeGlobals {
  Office: unknown;
  Excel: unknown;
  OfficeExtension: unknown;
  CustomFunctions: unknown;
}

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

export function createFakeOffice(state: WorkbookState): FakeOfficeGlobals {
  /** Settings as the add-in sees them before saveAsync: a working copy of the saved ones. */
  let working: Record<string, unknown> = JSON.parse(JSON.stringify(state.settings)) as Record<
    string,
    unknown
  >;
  const settings = {
    get: (name: string): unknown => working[name] ?? null,
    set: (name: string, value: unknown): void => {
      working[name] = JSON.parse(JSON.stringify(value)) as unknown;
    },
    remove: (name: string): void => {
      delete working[name];
    },
    saveAsync: (...args: unknown[]): void => {
      const callback = args.find((arg) => typeof arg === "function") as
        ((result: unknown) => void) | undefined;
      state.settings = JSON.parse(JSON.stringify(working)) as Record<string, unknown>;
      setTimeout(() => callback?.({ status: "succeeded", value: undefined, error: null }), 0);
    },
    refreshAsync: (callback?: (result: unknown) => void): void => {
      working = JSON.parse(JSON.stringify(state.settings)) as Record<string, unknown>;
      setTimeout(() => callback?.({ status: "succeeded", value: settings, error: null }), 0);
    },
  };
  const document = {
    settings,
    addHandlerAsync: (eventType: string, handler: () => void, ...rest: unknown[]): void => {
      if (eventType !== "documentSelectionChanged")
        throw new Error(`fake Office: event ${eventType} is not implemented`);
      onSelectionChanged(state, handler);
      const callback = rest.find((arg) => typeof arg === "function") as
        ((result: unknown) => void) | undefined;
      setTimeout(() => callback?.({ status: "succeeded" }), 0);
    },
  };
  const context = {
    get displayLanguage(): string {
      return state.displayLanguage;
    },
    document,
    requirements: {
      isSetSupported: (name: string, version?: string): boolean => {
        const have = state.apiSets[name];
        return have !== undefined && versionAtLeast(have, version ?? "1.1");
      },
    },
  };
  const info = { host: "Excel", platform: "OfficeOnline" };
  const office = {
    context,
    onReady: (callback?: (info: unknown) => void): Promise<unknown> =>
      new Promise((resolve) => {
        setTimeout(() => {
          callback?.(info);
          resolve(info);
        }, 0);
      }),
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DocumentSelectionChanged: "documentSelectionChanged" },
    actions: { associate: (): void => undefined },
  };
  return {
    Office: office,
    Excel: createExcelNamespace(state),
    OfficeExtension: { Error: FakeOfficeError },
    CustomFunctions: { associate: (): void => undefined },
  };
}

/** Puts the fake globals on an object (globalThis in Node, window in the browser). */
export function installFakeOffice(
  target: Record<string, unknown>,
  state: WorkbookState
): FakeOfficeGlobals {
  const globals = createFakeOffice(state);
  Object.assign(target, globals);
  return globals;
}
