/**
 * Building DOM nodes safely: text always goes in through textContent, never as HTML, because
 * sheet text (notes, indicator names) can hold markup such as `<a href=…>` that must show as text.
 */
type Attributes = Readonly<Record<string, string>>;

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  children: readonly (Node | string)[] = []
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children)
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  return node;
}

export const SVG_NS = "http://www.w3.org/2000/svg";

export function svgElement(tag: string, attributes: Attributes = {}, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (node === null) throw new Error(`missing #${id} in taskpane.html`);
  return node as T;
}

export function replaceChildren(parent: Element, children: readonly Node[]): void {
  parent.replaceChildren(...children);
}

/** A Fluent (or other custom) element, which the tag map does not list. */
export function customElement(
  tag: `fluent-${string}`,
  attributes: Attributes = {},
  children: readonly (Node | string)[] = []
): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children)
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  return node;
}
