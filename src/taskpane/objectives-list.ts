/**
 * The objectives on the results screen (all, or those of the band or area pressed in the
 * charts): code, title, performance and band; each a button that selects its row in the sheet.
 */
import type { LegendSettings } from "../core";
import { bandFill, bandWord } from "./band-chart";
import { element } from "./dom";
import { formatPercent, type Translator } from "./i18n";
import { pagedList } from "./paged-list";
import type { ObjectiveItem } from "./results-model";

export function objectivesList(
  items: readonly ObjectiveItem[],
  legend: LegendSettings,
  t: Translator,
  select: (item: ObjectiveItem) => void
): HTMLElement {
  if (items.length === 0) return element("p", { class: "muted" }, [t("objectivesNone")]);
  return pagedList(
    items,
    (item) => {
      const swatch = element("span", { class: "swatch", "aria-hidden": "true" });
      swatch.style.background = bandFill(item.band, legend);
      const value =
        item.performance === null
          ? bandWord("none", t)
          : formatPercent(item.performance, t.language);
      const button = element(
        "button",
        {
          type: "button",
          class: "objective",
          "data-row": String(item.row),
          "data-band": item.band,
          title: t("selectsRow"),
        },
        [
          swatch,
          element("span", { class: "objective-code" }, [item.code ?? `${t("row")} ${item.row}`]),
          element("span", { class: "objective-title" }, [item.title ?? ""]),
          element("span", { class: "objective-value" }, [value]),
        ]
      );
      button.addEventListener("click", () => select(item));
      return element("li", {}, [button]);
    },
    t,
    { class: "objective-list", "aria-label": t("objectivesList") }
  );
}
