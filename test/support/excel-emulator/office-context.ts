/**
 * Office.context as the host gives it to an add-in: requirement sets, display language, theme, platform,
 * the document's settings (a working copy saved by saveAsync) and its events (selection changed),
 * and Office.addin's visibility event (shared runtime: the pane can be hidden while the page runs).
 */
import type { WorkbookState } from "./workbook";

type Handler = (event: unknown) => unknown;
type Callback = (result: { status: string; value?: unknown; error?: unknown }) => void;

export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

const callbackOf = (args: unknown[]): Callback | undefined =>
  args.find((arg): arg is Callback => typeof arg === "function");

export class OfficeContextEmulation {
  readonly selectionHandlers: Handler[] = [];
  readonly visibilityHandlers: Handler[] = [];
  private working: Record<string, unknown>;
  readonly context: unknown;

  constructor(private readonly state: () => WorkbookState) {
    this.working = structuredClone(state().settings);
    const settings = {
      get: (name: string): unknown => this.working[name] ?? null,
      set: (name: string, value: unknown): void => {
        this.working[name] = JSON.parse(JSON.stringify(value)) as unknown;
      },
      remove: (name: string): void => {
        delete this.working[name];
      },
      saveAsync: (...args: unknown[]): void => {
        this.state().settings = structuredClone(this.working);
        const callback = callbackOf(args);
        setTimeout(() => callback?.({ status: "succeeded" }), 0);
      },
      refreshAsync: (callback?: Callback): void => {
        this.working = structuredClone(this.state().settings);
        setTimeout(() => callback?.({ status: "succeeded", value: settings }), 0);
      },
    };
    const document = {
      settings,
      addHandlerAsync: (eventType: string, handler: Handler, ...rest: unknown[]): void => {
        if (eventType !== "documentSelectionChanged")
          throw new Error(`Excel emulator: event ${eventType} is not emulated`);
        this.selectionHandlers.push(handler);
        const callback = callbackOf(rest);
        setTimeout(() => callback?.({ status: "succeeded" }), 0);
      },
      removeHandlerAsync: (eventType: string, ...rest: unknown[]): void => {
        if (eventType !== "documentSelectionChanged")
          throw new Error(`Excel emulator: event ${eventType} is not emulated`);
        const handler = rest.find(
          (arg) => typeof arg === "object" && arg !== null && "handler" in arg
        ) as { handler?: Handler } | undefined;
        if (handler?.handler !== undefined) {
          const index = this.selectionHandlers.indexOf(handler.handler);
          if (index >= 0) this.selectionHandlers.splice(index, 1);
        } else this.selectionHandlers.length = 0;
        const callback = callbackOf(rest);
        setTimeout(() => callback?.({ status: "succeeded" }), 0);
      },
    };
    this.context = {
      get displayLanguage() {
        return state().displayLanguage;
      },
      get contentLanguage() {
        return state().displayLanguage;
      },
      get officeTheme() {
        return state().officeTheme;
      },
      host: "Excel",
      get platform() {
        return state().profile.platform;
      },
      get diagnostics() {
        return { host: "Excel", platform: state().profile.platform, version: "16.0.18000.20000" };
      },
      requirements: {
        isSetSupported: (name: string, version?: string | number): boolean => {
          const have = state().apiSets[name];
          if (have === undefined) return false;
          return version === undefined || versionAtLeast(have, String(version));
        },
      },
      document,
    };
  }

  /** Office.addin.onVisibilityModeChanged: resolves to a function that removes the handler. */
  onVisibilityModeChanged(handler: Handler): Promise<() => Promise<void>> {
    this.visibilityHandlers.push(handler);
    return Promise.resolve(() => {
      const index = this.visibilityHandlers.indexOf(handler);
      if (index >= 0) this.visibilityHandlers.splice(index, 1);
      return Promise.resolve();
    });
  }
}
