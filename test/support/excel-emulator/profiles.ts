/**
 * The platforms the emulator plays. Each loads the client library Excel itself loads on that
 * platform (from @microsoft/office-js) and has the host behaviour that differs between them:
 * - web: requests and responses above 5 MB are refused (Excel on the web's documented payload
 *   limit, measured on the serialised message); custom functions receive blank cells as null.
 * - desktop: no payload limit, but a range whose values are read beyond the cell limit gives
 *   `values: null` (Excel for Windows does for very large used ranges); custom functions receive
 *   blank cells as 0 (office-js issues #4702 and #5262).
 */
export interface PlatformProfile {
  readonly name: "web" | "desktop";
  /** The client library file in @microsoft/office-js/dist. */
  readonly library: string;
  readonly requestLimitBytes: number;
  readonly responseLimitBytes: number;
  /** Cells above which a read of values, formulas or number formats answers null (desktop). */
  readonly nullValuesAboveCells: number;
  /** What a custom function receives for a blank cell. */
  readonly blankArgument: null | 0;
  /** Office.context.diagnostics.platform */
  readonly platform: "OfficeOnline" | "PC";
}

const FIVE_MB = 5 * 1024 * 1024;

export const WEB: PlatformProfile = {
  name: "web",
  library: "excel-web-16.00.debug.js",
  requestLimitBytes: FIVE_MB,
  responseLimitBytes: FIVE_MB,
  nullValuesAboveCells: Number.POSITIVE_INFINITY,
  blankArgument: null,
  platform: "OfficeOnline",
};

export const DESKTOP: PlatformProfile = {
  name: "desktop",
  library: "excel-win32-16.01.debug.js",
  requestLimitBytes: Number.POSITIVE_INFINITY,
  responseLimitBytes: Number.POSITIVE_INFINITY,
  nullValuesAboveCells: 5_000_000,
  blankArgument: 0,
  platform: "PC",
};

export const PROFILES: readonly PlatformProfile[] = [WEB, DESKTOP];

/** A profile with some limits changed (tests lower them to reach them on small sheets). */
export function withLimits(
  profile: PlatformProfile,
  limits: Partial<
    Pick<PlatformProfile, "requestLimitBytes" | "responseLimitBytes" | "nullValuesAboveCells">
  >
): PlatformProfile {
  return { ...profile, ...limits };
}
