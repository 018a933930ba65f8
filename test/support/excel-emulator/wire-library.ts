/**
 * Connects a loaded client library (its window: a Node sandbox or the browser page) to a host:
 * the RichApi boundary every context.sync() ends in, the app factory Office.context is read from,
 * and the two pieces of office.js's loader an add-in calls — Office.onReady (resolved once the
 * "host" is there) and Office.addin.onVisibilityModeChanged (shared runtime).
 */
import type { HostAnswer } from "./request-processor";
import type { PlatformProfile } from "./profiles";

export interface HostBridge {
  answer(message: unknown[]): HostAnswer;
  officeContext(): unknown;
  onVisibilityModeChanged(handler: (event: unknown) => unknown): Promise<() => Promise<void>>;
}

interface LibraryWindow {
  OSF: { DDA: { RichApi: { executeRichApiRequestAsync: unknown } }; _OfficeAppFactory?: unknown };
  Office: { addin?: Record<string, unknown>; onReady?: unknown };
}

export function wireLibrary(
  window: unknown,
  bridge: () => HostBridge,
  profile: PlatformProfile
): void {
  const page = window as LibraryWindow;
  page.OSF.DDA.RichApi.executeRichApiRequestAsync = (
    message: unknown[],
    callback: (answer: HostAnswer) => void
  ): void => {
    const answer = bridge().answer(message);
    // Excel answers asynchronously.
    setTimeout(() => callback(answer), 0);
  };
  page.OSF._OfficeAppFactory = {
    getContext: () => bridge().officeContext(),
    getHostInfo: () => ({
      hostType: "excel",
      hostPlatform: profile.name === "web" ? "web" : "win32",
      isDialog: false,
      flags: 0,
    }),
    getId: () => "excel-emulator",
    getLoggingAllowed: () => false,
  };
  const hostInfo = { host: "Excel", platform: profile.platform };
  page.Office.onReady = (callback?: (info: unknown) => void): Promise<unknown> =>
    Promise.resolve(hostInfo).then((info) => {
      callback?.(info);
      return info;
    });
  page.Office.addin ??= {};
  page.Office.addin.onVisibilityModeChanged = (handler: (event: unknown) => unknown) =>
    bridge().onVisibilityModeChanged(handler);
}

/** UTF-8 length of a text, as the host measures a request (no Buffer: this also runs in a browser). */
export function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 2; // a surrogate pair: 4 bytes for 2 code units
      i++;
    } else if (code > 0x7ff) bytes += 2;
    else if (code > 0x7f) bytes += 1;
  }
  return bytes;
}
