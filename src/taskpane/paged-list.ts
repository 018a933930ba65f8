/**
 * A list that renders its items a page at a time: the first page at once, then a "show more"
 * button that appends the next page and moves the focus to the first new item. Thousands of
 * findings cost one page of DOM nodes until someone asks for more. Up and Down arrows move the
 * focus between the items' first controls (Home and End to the ends), Tab leaves the list.
 */
import { customElement, element } from "./dom";
import type { Translator } from "./i18n";

export const PAGE_SIZE = 50;

export function pagedList<T>(
  items: readonly T[],
  render: (item: T) => HTMLLIElement,
  t: Translator,
  attributes: Readonly<Record<string, string>>,
  pageSize = PAGE_SIZE
): HTMLElement {
  const list = element("ul", attributes);
  const wrapper = element("div", { class: "paged-list" }, [list]);
  let shown = 0;
  const more = customElement("fluent-button", { appearance: "outline", class: "show-more" });
  const showPage = (): void => {
    const next = items.slice(shown, shown + pageSize).map(render);
    list.append(...next);
    shown += next.length;
    const left = items.length - shown;
    if (left <= 0) more.remove();
    else
      more.textContent = `${t("showMore")} ${Math.min(pageSize, left)} (${t("remaining")} ${left.toLocaleString(t.language === "it" ? "it-IT" : "en-GB")})`;
  };
  more.addEventListener("click", () => {
    const first = shown;
    showPage();
    list.children[first]?.querySelector<HTMLElement>("button, [tabindex]")?.focus();
  });
  showPage();
  if (shown < items.length) wrapper.append(more);
  list.addEventListener("keydown", (event) => moveFocus(list, event));
  return wrapper;
}

/** Arrow keys between the first focusable control of each item. */
function moveFocus(list: HTMLElement, event: KeyboardEvent): void {
  if (!["ArrowDown", "ArrowUp", "Home", "End"].includes(event.key)) return;
  const controls = Array.from(list.children)
    .map((item) => item.querySelector<HTMLElement>("button"))
    .filter((control): control is HTMLElement => control !== null);
  const at = controls.findIndex((control) => control.contains(document.activeElement));
  if (at < 0) return;
  const target =
    event.key === "Home"
      ? 0
      : event.key === "End"
        ? controls.length - 1
        : Math.max(0, Math.min(controls.length - 1, at + (event.key === "ArrowDown" ? 1 : -1)));
  event.preventDefault();
  controls[target]?.focus();
}
