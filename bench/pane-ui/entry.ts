/**
 * Browser side of the pane-UI bench (bench/pane-ui.bench.ts): the audit screen's own modules
 * (model, grouped list, pages) on synthetic findings, timed in the page with a forced layout, so a
 * figure includes style and layout, as the person waits for them.
 */
import { fluentButton, provideFluentDesignSystem } from "@fluentui/web-components";
import type { Finding, FindingCode } from "../../src/core/sheet";
import { auditList } from "../../src/taskpane/audit-list";
import { AuditModel, NO_FILTER, type AuditFilter } from "../../src/taskpane/audit-model";
import { translator } from "../../src/taskpane/i18n";

provideFluentDesignSystem().register(fluentButton());

const CODES: readonly FindingCode[] = [
  "PUBLISHED_MISMATCH",
  "BLANK_ACTUAL_NOT_ACHIEVED",
  "WEIGHTS_NOT_100",
  "ZERO_WEIGHT",
  "UNIT_MISMATCH",
  "USER_FORMULA_KEPT",
  "TARGET_UNREADABLE",
  "VALIDATED_OVERRIDE",
];

/** `count` findings over eight kinds, with messages as long as the real ones. */
function findings(count: number): Finding[] {
  const list: Finding[] = [];
  for (let i = 0; i < count; i++) {
    const code = CODES[(i * 7) % CODES.length] ?? "PUBLISHED_MISMATCH";
    const row = 5 + i;
    list.push({
      row,
      column: i % 2 === 0 ? "G" : "H",
      code,
      text: {
        it: `Performance KPI pubblicata ${(i % 100).toString()},00%, ma secondo le regole è ${((i * 3) % 100).toString()},00% (riga ${row}, obiettivo A.${i % 9}.${i % 7}).`,
        en: `Published KPI performance ${(i % 100).toString()}.00%, but by the rules it is ${((i * 3) % 100).toString()}.00% (row ${row}).`,
      },
      published: (i % 100) / 100,
      computed: code === "USER_FORMULA_KEPT" ? ((i * 3) % 100) / 100 : null,
    });
  }
  return list;
}

const t = translator("it");
const noop = { open: () => undefined, fix: () => undefined };

function timed(action: () => void): number {
  const start = performance.now();
  action();
  // Style and layout of what was put in the page.
  void document.body.getBoundingClientRect().height;
  return performance.now() - start;
}

let model: AuditModel | null = null;
const root = (): HTMLElement => document.getElementById("root") as HTMLElement;

const bench = {
  /** Builds the model and renders the grouped list: the time from findings to a laid-out screen. */
  render(count: number): { ms: number; nodes: number } {
    const list = findings(count);
    const ms = timed(() => {
      model = new AuditModel(list, "it");
      root().replaceChildren(auditList(model.view(NO_FILTER), t, noop));
    });
    return { ms, nodes: root().querySelectorAll("*").length };
  },
  filter(filter: AuditFilter): { ms: number; matching: number } {
    const current = model;
    if (current === null) throw new Error("render first");
    let matching = 0;
    const ms = timed(() => {
      const view = current.view(filter);
      matching = view.matching;
      root().replaceChildren(auditList(view, t, noop));
    });
    return { ms, matching };
  },
  /** Presses the first group's "show more" button: the next page. */
  showMore(): number {
    const button = root().querySelector<HTMLElement>(".show-more");
    if (button === null) return 0;
    return timed(() => button.click());
  },
};

(window as unknown as { __paneBench: typeof bench }).__paneBench = bench;
