/**
 * The audit list: one item per finding, with its cell and message. Click or Enter (or Space)
 * selects the cell in the sheet. Items are buttons inside list items, so they are in the tab
 * order and announced as actionable.
 */
import { inLanguage } from "../core";
import { columnIndex, type Finding } from "../core/sheet";
import { element } from "./dom";
import type { Translator } from "./i18n";

export type SelectCell = (row0: number, column0: number) => void;

export function auditList(
  findings: readonly Finding[],
  t: Translator,
  select: SelectCell
): HTMLElement {
  if (findings.length === 0) return element("p", { class: "muted" }, [t("auditEmpty")]);
  const items = findings.map((finding) => {
    const cell = `${finding.column}${finding.row}`;
    const message = inLanguage(finding.text, t.language);
    const button = element(
      "button",
      { type: "button", class: "finding", "data-code": finding.code, "data-cell": cell },
      [
        element("span", { class: "finding-cell" }, [cell]),
        element("span", { class: "finding-message" }, [message]),
      ]
    );
    button.addEventListener("click", () => {
      const column = columnIndex(finding.column);
      if (column !== null) select(finding.row - 1, column);
    });
    return element("li", {}, [button]);
  });
  return element("ul", { class: "audit-list", "aria-label": t("audit") }, items);
}
