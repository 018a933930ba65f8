/**
 * The pane in Office's theme: the palette (pane-theme.ts) put on the page as CSS custom properties
 * for the pane's own styles and as Fluent's design tokens (the base layer luminance and the fill
 * colour), from which the Fluent components derive their own colours. Windows high contrast
 * reaches the page as the `forced-colors` media feature, which the CSS and the Fluent components
 * follow as well.
 */
import { baseLayerLuminance, fillColor, SwatchRGB } from "@fluentui/web-components";
import { parseHex, type OfficeThemeColours, type PaneTheme } from "./pane-theme";

const CSS_NAMES: Readonly<Record<keyof PaneTheme["colours"], string>> = {
  background: "--bg",
  foreground: "--ink",
  surface: "--surface",
  surfaceForeground: "--surface-ink",
  muted: "--muted",
  line: "--line",
  hover: "--hover",
  accent: "--accent",
  focus: "--focus",
  error: "--error",
  errorBackground: "--error-bg",
  noneFill: "--none-fill",
};

/** Puts the theme on the page: CSS properties on :root, Fluent's tokens on <body>. */
export function applyTheme(theme: PaneTheme): void {
  const root = document.documentElement;
  root.dataset.theme = theme.mode;
  root.style.colorScheme = theme.mode === "light" ? "light" : "dark";
  // Forced colours: the stylesheet's system colours (Canvas, CanvasText…) and Fluent's own
  // forced-colours styles apply; colours set here would only confuse what the system forces.
  if (theme.forcedColors) return;
  for (const [key, name] of Object.entries(CSS_NAMES))
    root.style.setProperty(name, theme.colours[key as keyof PaneTheme["colours"]]);
  const [r, g, b] = parseHex(theme.colours.background) ?? [255, 255, 255];
  baseLayerLuminance.setValueFor(document.body, theme.luminance);
  fillColor.setValueFor(document.body, SwatchRGB.create(r / 255, g / 255, b / 255));
}

/** Office.context.officeTheme, or null where the host does not give one. */
export function officeThemeColours(): OfficeThemeColours | null {
  try {
    const theme = (Office.context as { officeTheme?: OfficeThemeColours }).officeTheme;
    return theme ?? null;
  } catch {
    return null;
  }
}
