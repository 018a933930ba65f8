/**
 * The results charts, drawn as HTML (no chart library) so every part is a real, focusable
 * button: objectives by band (a stacked bar and one tile per band) and, per area (top-level
 * objective), its performance and its objectives by band. Pressing a tile or an area filters the
 * objectives list below; pressing it again clears the filter. The stacked bars are decoration
 * (aria-hidden): each button's text says the same in words.
 */
import type { LegendSettings } from "../core";
import { element } from "./dom";
import { formatPercent, type StringKey, type Translator } from "./i18n";
import type {
  AreaSummary,
  BandCounts,
  BandOrNone,
  ResultsFilter,
  ResultsModel,
} from "./results-model";

export const BAND_ORDER: readonly BandOrNone[] = ["green", "yellow", "red", "none"];

const BAND_WORD: Readonly<Record<BandOrNone, StringKey>> = {
  green: "bandGreen",
  yellow: "bandYellow",
  red: "bandRed",
  none: "bandNone",
};

export function bandWord(band: BandOrNone, t: Translator): string {
  return t(BAND_WORD[band]);
}

/** The fill of a band: the legend's colour, a neutral one for "not evaluated". */
export function bandFill(band: BandOrNone, legend: LegendSettings): string {
  return band === "none" ? "var(--none-fill)" : legend.colors[band];
}

function stackedBar(counts: BandCounts, legend: LegendSettings): HTMLElement {
  const total = BAND_ORDER.reduce((sum, band) => sum + counts[band], 0);
  const bar = element("div", { class: "stack", "aria-hidden": "true" });
  for (const band of BAND_ORDER) {
    if (counts[band] === 0 || total === 0) continue;
    const part = element("span", { class: `stack-part ${band}`, "data-band": band });
    part.style.flexGrow = String(counts[band]);
    part.style.background = bandFill(band, legend);
    bar.append(part);
  }
  return bar;
}

export type FilterChange = (filter: ResultsFilter) => void;

export function bandChart(
  model: ResultsModel,
  legend: LegendSettings,
  filter: ResultsFilter,
  t: Translator,
  change: FilterChange
): HTMLElement {
  const number = new Intl.NumberFormat(t.language === "it" ? "it-IT" : "en-GB");
  const tiles = BAND_ORDER.map((band) => {
    const pressed = filter.band === band;
    const swatch = element("span", { class: `swatch ${band}`, "aria-hidden": "true" });
    swatch.style.background = bandFill(band, legend);
    const tile = element(
      "button",
      {
        type: "button",
        class: `band-tile ${band}`,
        "data-band": band,
        "aria-pressed": String(pressed),
        title: t("filterBand"),
      },
      [
        swatch,
        element("span", { class: "band-name" }, [bandWord(band, t)]),
        element("span", { class: "band-count", "data-band-count": band }, [
          number.format(model.byBand[band]),
        ]),
      ]
    );
    tile.addEventListener("click", () => change({ ...filter, band: pressed ? null : band }));
    return tile;
  });
  return element("div", { class: "band-chart" }, [
    stackedBar(model.byBand, legend),
    element("div", { class: "band-tiles", role: "group", "aria-label": t("bandsTitle") }, tiles),
  ]);
}

/** The area's objectives by band in words, for screen readers (the bars say it to the eye). */
function areaCountsText(area: AreaSummary, t: Translator): string {
  const counts = BAND_ORDER.filter((band) => area.counts[band] > 0)
    .map((band) => `${area.counts[band]} ${bandWord(band, t).toLowerCase()}`)
    .join(", ");
  return `; ${t("areaObjectives")}: ${counts}`;
}

export function areaChart(
  model: ResultsModel,
  legend: LegendSettings,
  filter: ResultsFilter,
  t: Translator,
  change: FilterChange
): HTMLElement {
  if (model.areas.length === 0) return element("p", { class: "muted" }, [t("chartEmpty")]);
  const buttons = model.areas.map((area) => {
    const pressed = filter.area === area.code;
    const fill = area.band === null ? "var(--none-fill)" : legend.colors[area.band];
    const meter = element("span", { class: "area-meter", "aria-hidden": "true" });
    const level = element("span", { class: "area-level" });
    level.style.width = `${Math.round(Math.max(0, Math.min(1, area.performance ?? 0)) * 1000) / 10}%`;
    level.style.background = fill;
    meter.append(level);
    const button = element(
      "button",
      {
        type: "button",
        class: "area",
        "data-area": area.code,
        "aria-pressed": String(pressed),
        title: t("filterArea"),
      },
      [
        element("span", { class: "area-head" }, [
          element("span", { class: "area-code" }, [area.code]),
          element("span", { class: "area-title" }, [area.title ?? ""]),
          element("span", { class: "area-value" }, [
            area.performance === null ? "—" : formatPercent(area.performance, t.language),
          ]),
        ]),
        element("span", { class: "visually-hidden" }, [areaCountsText(area, t)]),
        meter,
        stackedBar(area.counts, legend),
      ]
    );
    button.addEventListener("click", () => change({ ...filter, area: pressed ? null : area.code }));
    return element("li", {}, [button]);
  });
  return element("ul", { class: "area-chart", "aria-label": t("chart") }, buttons);
}
