/** The explain panel: how the value of the selected KPI or objective row was computed. */
import { inLanguage } from "../core";
import type { Explanation } from "../core/sheet";
import { element } from "./dom";
import type { Translator } from "./i18n";

export function explainView(
  row: number,
  explanation: Explanation | undefined,
  t: Translator
): HTMLElement {
  if (explanation === undefined)
    return element("p", { class: "muted" }, [`${t("explainNone")} ${row}.`]);
  return element("div", { class: "explanation", "data-row": String(row) }, [
    element("p", { class: "explain-row" }, [`${t("row")} ${row}`]),
    element(
      "ul",
      {},
      explanation.lines.map((line) => element("li", {}, [inLanguage(line, t.language)]))
    ),
  ]);
}
