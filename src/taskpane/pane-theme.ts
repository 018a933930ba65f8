/**
 * The pane's palette from Office's theme, pure: Office gives the theme's colours
 * (Office.context.officeTheme: body and control backgrounds and foregrounds, as "#RRGGBB"); this
 * turns them into light, dark or high contrast, with every text colour at 4.5:1 or more against
 * its background (WCAG 2 contrast). office-theme.ts puts the palette on the page.
 */

export type ThemeMode = "light" | "dark" | "high-contrast";

/** The colours Office gives (all four are "#RRGGBB" strings on every host that has the API). */
export interface OfficeThemeColours {
  readonly bodyBackgroundColor?: string;
  readonly bodyForegroundColor?: string;
  readonly controlBackgroundColor?: string;
  readonly controlForegroundColor?: string;
}

export interface PaneTheme {
  readonly mode: ThemeMode;
  /** Windows high contrast: the system's colours are forced, the page sets none of its own. */
  readonly forcedColors: boolean;
  /** Relative luminance of the background, 0 (black) to 1 (white): Fluent's base layer. */
  readonly luminance: number;
  readonly colours: {
    readonly background: string;
    readonly foreground: string;
    readonly surface: string;
    readonly surfaceForeground: string;
    readonly muted: string;
    readonly line: string;
    readonly hover: string;
    readonly accent: string;
    readonly focus: string;
    readonly error: string;
    readonly errorBackground: string;
    readonly noneFill: string;
  };
}

type Rgb = readonly [number, number, number];

export function parseHex(text: string | undefined): Rgb | null {
  const match = /^#?([0-9a-f]{6})$/i.exec((text ?? "").trim());
  if (match === null) return null;
  const n = parseInt(match[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`.toUpperCase();
}

/** WCAG 2 relative luminance. */
export function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function mix(a: Rgb, b: Rgb, share: number): Rgb {
  return [0, 1, 2].map((i) => a[i]! * (1 - share) + b[i]! * share) as unknown as Rgb;
}

/** The colour nearest to `wanted` along the way to `foreground` that reaches 4.5:1 on `background`. */
function readable(wanted: Rgb, foreground: Rgb, background: Rgb): Rgb {
  for (let share = 0; share <= 1; share += 0.05) {
    const candidate = mix(wanted, foreground, share);
    if (contrast(candidate, background) >= 4.5) return candidate;
  }
  return foreground;
}

const LIGHT = { background: [255, 255, 255], foreground: [36, 36, 36] } as const;

/**
 * High contrast: Windows high contrast (forced colours), or an Office theme with a (near) black
 * body and a foreground at 15:1 or more — Office's own dark themes use dark greys, not black.
 */
function modeOf(background: Rgb, foreground: Rgb, forcedColors: boolean): ThemeMode {
  if (forcedColors) return "high-contrast";
  const dark = luminance(background) < 0.18;
  if (dark && luminance(background) < 0.01 && contrast(background, foreground) >= 15)
    return "high-contrast";
  return dark ? "dark" : "light";
}

export function paneTheme(office: OfficeThemeColours | null, forcedColors: boolean): PaneTheme {
  let background: Rgb = parseHex(office?.bodyBackgroundColor) ?? LIGHT.background;
  let foreground: Rgb = parseHex(office?.bodyForegroundColor) ?? LIGHT.foreground;
  // A theme whose text would not be readable on its own background is not used as it is.
  if (contrast(background, foreground) < 4.5)
    foreground = luminance(background) < 0.18 ? [255, 255, 255] : [0, 0, 0];
  const mode = modeOf(background, foreground, forcedColors);
  if (mode === "high-contrast" && forcedColors && office === null) {
    background = [0, 0, 0];
    foreground = [255, 255, 255];
  }
  let surface: Rgb = parseHex(office?.controlBackgroundColor) ?? background;
  let surfaceForeground: Rgb = parseHex(office?.controlForegroundColor) ?? foreground;
  if (contrast(surface, surfaceForeground) < 4.5) {
    surface = background;
    surfaceForeground = foreground;
  }
  const dark = mode !== "light";
  const accentWanted: Rgb =
    mode === "high-contrast" ? [255, 255, 0] : dark ? [71, 158, 245] : [15, 108, 189];
  const accent = readable(accentWanted, foreground, background);
  const errorWanted: Rgb = dark ? [255, 153, 164] : [164, 38, 44];
  const errorBackground =
    mode === "high-contrast"
      ? background
      : mix(background, dark ? [110, 10, 20] : [253, 231, 233], dark ? 0.6 : 1);
  return {
    mode,
    forcedColors,
    luminance: luminance(background),
    colours: {
      background: toHex(background),
      foreground: toHex(foreground),
      surface: toHex(surface),
      surfaceForeground: toHex(surfaceForeground),
      muted: toHex(
        mode === "high-contrast"
          ? foreground
          : readable(mix(foreground, background, 0.45), foreground, background)
      ),
      line: toHex(mode === "high-contrast" ? foreground : mix(foreground, background, 0.78)),
      hover: toHex(mix(foreground, background, mode === "high-contrast" ? 0.75 : 0.92)),
      accent: toHex(accent),
      focus: toHex(mode === "high-contrast" ? [255, 255, 0] : accent),
      error: toHex(readable(errorWanted, foreground, errorBackground)),
      errorBackground: toHex(errorBackground),
      noneFill: toHex(mix(foreground, background, dark ? 0.6 : 0.82)),
    },
  };
}
