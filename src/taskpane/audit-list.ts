/**
 * The audit screen's list: findings grouped by kind, each group headed by its name and count,
 * each item a button that selects its cell in the sheet (click, Enter or Space) and, where the
 * pane can fix the finding, a second button with the fix. Groups are paged (paged-list.ts), so
 * a plan with thousands of findings renders one page per group.
 */
import { inLanguage } from "../core";
import { columnIndex, type Finding } from "../core/sheet";
import type { AuditView } from "./audit-model";
import { customElement, element } from "./dom";
import { fixFor, type FindingFix } from "./finding-kinds";
import type { Translator } from "./i18n";
import { pagedList } from "./paged-list";

export interface AuditActions {
  /** The person opened a finding: select its cell (0-based row and column). */
  open(finding: Finding, row0: number, column0: number, item: HTMLElement): void;
  fix(finding: Finding, fix: FindingFix, button: HTMLElement): void;
}

export function auditList(view: AuditView, t: Translator, actions: AuditActions): HTMLElement {
  if (view.total === 0) return element("p", { class: "muted" }, [t("auditEmpty")]);
  const number = new Intl.NumberFormat(t.language === "it" ? "it-IT" : "en-GB");
  const header = element(
    "p",
    { class: "audit-count", "data-audit-matching": String(view.matching) },
    [
      view.matching === view.total
        ? `${t("findings")}: ${number.format(view.total)}`
        : `${t("findings")}: ${number.format(view.matching)} ${t("auditOf")} ${number.format(view.total)}`,
    ]
  );
  if (view.groups.length === 0)
    return element("div", {}, [header, element("p", { class: "muted" }, [t("auditNoMatch")])]);
  const groups = view.groups.map((group) => {
    const total =
      view.kinds.find((kind) => kind.code === group.code)?.total ?? group.findings.length;
    const headingId = `audit-group-${group.code}`;
    const count =
      group.findings.length === total
        ? number.format(total)
        : `${number.format(group.findings.length)}/${number.format(total)}`;
    return element(
      "section",
      { class: "audit-group", "aria-labelledby": headingId, "data-group": group.code },
      [
        element("h3", { id: headingId }, [
          element("span", {}, [group.name]),
          element("span", { class: "count", "data-count": String(group.findings.length) }, [count]),
        ]),
        pagedList(group.findings, (finding) => findingItem(finding, t, actions), t, {
          class: "audit-list",
          "aria-labelledby": headingId,
        }),
      ]
    );
  });
  return element("div", { class: "audit-groups" }, [header, ...groups]);
}

function findingItem(finding: Finding, t: Translator, actions: AuditActions): HTMLLIElement {
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
  const item = element("li", {}, [button]);
  button.addEventListener("click", () => {
    const column = columnIndex(finding.column);
    if (column !== null) actions.open(finding, finding.row - 1, column, item);
  });
  const fix = fixFor(finding);
  if (fix !== null) {
    const fixButton = customElement(
      "fluent-button",
      { appearance: "outline", class: "fix", "data-fix": fix.kind, "data-cell": cell },
      [t("useComputed")]
    );
    fixButton.addEventListener("click", () => actions.fix(finding, fix, fixButton));
    item.append(element("div", { class: "finding-actions" }, [fixButton]));
  }
  return item;
}
