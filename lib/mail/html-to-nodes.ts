/**
 * Turns HTML that Relance rendered into DOM nodes of a target document, keeping only an
 * allow-list of tags and attributes: no scripts, no event handlers, no `javascript:` links.
 * Nothing is ever assigned to innerHTML, so it works in pages that enforce Trusted Types (Gmail)
 * and passes the extension's lint. Parsing happens in an inert document.
 */
const TAGS = new Set(['P', 'BR', 'DIV', 'SPAN', 'STRONG', 'B', 'EM', 'I', 'U', 'A', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TH', 'TD', 'UL', 'OL', 'LI', 'H1', 'H2', 'H3', 'H4', 'HR', 'BLOCKQUOTE']);
const ATTRS = new Set(['href', 'style', 'colspan', 'rowspan', 'align']);
/** Elements whose content is dropped with them, text included. */
const DROPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'NOSCRIPT', 'TEXTAREA', 'SELECT']);
const SAFE_URL = /^(https?:|mailto:)/i;
const SAFE_STYLE = /^[\w\s:;#%.,()'"-]*$/;

export function htmlToNodes(html: string, target: Document): DocumentFragment {
  // An inert document: nothing in it loads or runs, whatever the HTML says.
  const inert = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const fragment = target.createDocumentFragment();
  const copy = (from: Node, into: Node) => {
    for (const child of from.childNodes) {
      if (child.nodeType === 3) into.appendChild(target.createTextNode(child.nodeValue ?? ''));
      else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName.toUpperCase(); // SVG elements keep lower-case names
        if (!TAGS.has(tag)) {
          if (!DROPPED.has(tag)) copy(el, into); // keep the text of unknown wrappers
          continue;
        }
        const out = target.createElement(tag.toLowerCase());
        for (const attr of el.attributes) {
          const name = attr.name.toLowerCase();
          if (!ATTRS.has(name)) continue;
          if (name === 'href' && !SAFE_URL.test(attr.value.trim())) continue;
          if (name === 'style' && (!SAFE_STYLE.test(attr.value) || /url\(|expression/i.test(attr.value))) continue;
          out.setAttribute(name, attr.value);
        }
        if (out.tagName === 'A') out.setAttribute('rel', 'noopener noreferrer');
        copy(el, out);
        into.appendChild(out);
      }
    }
  };
  copy(inert.body, fragment);
  return fragment;
}
