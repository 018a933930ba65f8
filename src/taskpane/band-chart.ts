/**
 * A small bar chart, drawn as inline SVG (no chart library): the performance of each area
 * (top-level objective: a code without dots) as a bar coloured by its band, with a text
 * alternative for screen readers.
 */
import type { ReportRow } from "../core/sheet";
import type { LegendSettings } from "../core";
import { element, svgElement } from "./dom";
import { formatPercent, type Translator } from "./i18n";

const BAR_HEIGHT = 18;
const GAP = 6;
const LABEL_WIDTH = 44;
const WIDTH = 280;

export function areaChart(
  rows: readonly ReportRow[],
  legend: LegendSettings,
  t: Translator
): HTMLElement {
  const areas = rows.filter(
    (row) => row.code !== null && !row.code.includes(".") && row.objective !== null
  );
  if (areas.length === 0) return element("p", { class: "muted" }, [t("chartEmpty")]);
  const barSpace = WIDTH - LABEL_WIDTH - 56;
  const height = areas.length * (BAR_HEIGHT + GAP) + GAP;
  const svg = svgElement("svg", {
    viewBox: `0 0 ${WIDTH} ${height}`,
    width: "100%",
    role: "img",
    "aria-label": t("chart"),
    class: "area-chart",
  });
  svg.append(svgElement("title", {}, t("chart")));
  const description = areas
    .map((row) => `${row.code ?? ""}: ${formatPercent(row.objective ?? 0, t.language)}`)
    .join("; ");
  svg.append(svgElement("desc", {}, description));
  areas.forEach((row, index) => {
    const y = GAP + index * (BAR_HEIGHT + GAP);
    const p = Math.max(0, Math.min(1, row.objective ?? 0));
    const fill = row.band === null ? "#E1DFDD" : legend.colors[row.band];
    svg.append(
      svgElement(
        "text",
        { x: "0", y: String(y + BAR_HEIGHT - 5), class: "chart-label" },
        row.code ?? ""
      )
    );
    svg.append(
      svgElement("rect", {
        x: String(LABEL_WIDTH),
        y: String(y),
        width: String(barSpace),
        height: String(BAR_HEIGHT),
        fill: "#F3F2F1",
      })
    );
    svg.append(
      svgElement("rect", {
        x: String(LABEL_WIDTH),
        y: String(y),
        width: String(Math.max(1, p * barSpace)),
        height: String(BAR_HEIGHT),
        fill,
        stroke: "#605E5C",
        "stroke-width": "0.5",
        "data-area": row.code ?? "",
      })
    );
    svg.append(
      svgElement(
        "text",
        {
          x: String(LABEL_WIDTH + barSpace + 4),
          y: String(y + BAR_HEIGHT - 5),
          class: "chart-value",
        },
        formatPercent(row.objective ?? 0, t.language)
      )
    );
  });
  return element("figure", { class: "chart" }, [svg]);
}
