/**
 * The name of each band of a legend, as PERF_BAND returns it and the summary counts it: the
 * Italian name of its colour ("verde", "giallo", "rosso" for the 2024 seed's fills; "arancione",
 * "blu", "viola", "grigio" for others), the shade added where two bands share a hue ("verde
 * scuro", "verde chiaro"), and the band's place where even that repeats ("verde (fascia 2)").
 */
import type { LegendBand } from "./legend-bands";

interface Hsl {
  readonly hue: number;
  readonly saturation: number;
  readonly lightness: number;
}

function hsl(fill: string): Hsl | null {
  const match = /^#([0-9A-Fa-f]{2})([0-9A-Fa-f]{2})([0-9A-Fa-f]{2})$/.exec(fill);
  if (match === null) return null;
  const [r, g, b] = [match[1], match[2], match[3]].map((h) => parseInt(h ?? "0", 16) / 255) as [
    number,
    number,
    number,
  ];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const delta = max - min;
  if (delta === 0) return { hue: 0, saturation: 0, lightness };
  const saturation = delta / (1 - Math.abs(2 * lightness - 1));
  let hue: number;
  if (max === r) hue = 60 * (((g - b) / delta + 6) % 6);
  else if (max === g) hue = 60 * ((b - r) / delta + 2);
  else hue = 60 * ((r - g) / delta + 4);
  return { hue, saturation, lightness };
}

/** The Italian name of a fill's hue: "verde" for #C6EFCE, "giallo" for #FFEB9C, "rosso" for #FFC7CE. */
export function colourName(fill: string): string {
  const colour = hsl(fill);
  if (colour === null) return "colore";
  if (colour.saturation < 0.15) return colour.lightness > 0.85 ? "bianco" : "grigio";
  const h = colour.hue;
  if (h < 15 || h >= 340) return "rosso";
  if (h < 42) return "arancione";
  if (h < 70) return "giallo";
  if (h < 165) return "verde";
  if (h < 255) return "blu";
  return "viola";
}

/** A name for each band, in the bands' order; every name differs from the others. */
export function bandNames(bands: readonly LegendBand[]): string[] {
  const hues = bands.map((band) => colourName(band.fill));
  const names = hues.map((hue, i) => {
    const same = hues.filter((other) => other === hue).length;
    if (same === 1) return hue;
    const lightness = hsl(bands[i]?.fill ?? "")?.lightness ?? 0.5;
    const shades = bands
      .filter((_, j) => hues[j] === hue)
      .map((band) => hsl(band.fill)?.lightness ?? 0.5);
    const darkest = Math.min(...shades);
    const lightest = Math.max(...shades);
    if (same === 2 && darkest !== lightest)
      return `${hue} ${lightness === darkest ? "scuro" : "chiaro"}`;
    return hue;
  });
  return names.map((name, i) =>
    names.filter((other) => other === name).length > 1 ? `${name} (fascia ${i + 1})` : name
  );
}
