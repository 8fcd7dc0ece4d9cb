/** Builds an element of `doc` with text (never markup) and attributes: page data stays text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  ...children: (Node | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  for (const child of children) if (child) node.append(child);
  return node;
}

/**
 * Closed in a release: the page's scripts cannot read the picker (every client, with amounts) nor
 * drive it. The e2e and demo builds (Playwright, the `data-relance` hooks) and unit tests keep the
 * roots open. Written as comparisons so that a release build folds it to the constant 'closed'.
 */
export function shadowMode(): ShadowRootMode {
  const mode = import.meta.env.MODE;
  return mode === 'e2e' || mode === 'demo' || mode === 'test' ? 'open' : 'closed';
}

/**
 * A host for Relance's own UI on a page, in a Shadow DOM (the page's CSS cannot reach in; closed
 * in a release). Keys typed inside never reach the webmail's keyboard shortcuts.
 */
export function shadowHost(doc: Document, tag: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(tag);
  const root = host.attachShadow({ mode: shadowMode() });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  for (const type of ['keydown', 'keyup', 'keypress'] as const) host.addEventListener(type, (e) => e.stopPropagation());
  return { host, root };
}

export const FONT = 'font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;';
