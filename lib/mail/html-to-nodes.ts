/**
 * Turns HTML that Relance rendered into DOM nodes of a target document, keeping only an
 * allow-list of tags and attributes: no scripts, no event handlers, no `javascript:` links.
 * It parses with a small tokenizer of its own instead of innerHTML or DOMParser: both are
 * Trusted Types sinks, and Gmail enforces Trusted Types on content scripts too.
 */
const TAGS = new Set([
  'p',
  'br',
  'div',
  'span',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'a',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'hr',
  'blockquote',
]);
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'col', 'area', 'source']);
/** Elements whose content is dropped with them, text included. */
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'noscript',
  'textarea',
  'select',
  'title',
]);
const ATTRS = new Set(['href', 'style', 'colspan', 'rowspan', 'align']);
const SAFE_URL = /^(https?:|mailto:)/i;
const SAFE_STYLE = /^[\w\s:;#%.,()'"-]*$/;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', euro: '€' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, b: string) => {
    if (b[0] !== '#') return ENTITIES[b.toLowerCase()] ?? whole;
    const code = b[1] === 'x' || b[1] === 'X' ? parseInt(b.slice(2), 16) : Number(b.slice(1));
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
  });
}

const TOKEN =
  /<!--[\s\S]*?-->|<\/?([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>|([^<]+)|</g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function htmlToNodes(html: string, target: Document): DocumentFragment {
  const fragment = target.createDocumentFragment();
  const stack: Node[] = [fragment];
  const open: string[] = [];
  let dropping: string | null = null;
  let depth = 0;
  for (const m of html.matchAll(TOKEN)) {
    const [whole, rawTag, rawAttrs, text] = m;
    const top = stack[stack.length - 1]!;
    if (whole.startsWith('<!--')) continue;
    if (text !== undefined || !rawTag) {
      if (!dropping) top.appendChild(target.createTextNode(decode(text ?? whole)));
      continue;
    }
    const tag = rawTag.toLowerCase();
    const closing = whole.startsWith('</');
    if (dropping) {
      if (tag === dropping) depth += closing ? -1 : 1;
      if (depth === 0) dropping = null;
      continue;
    }
    if (!closing && DROPPED.has(tag)) {
      if (!whole.endsWith('/>')) {
        dropping = tag;
        depth = 1;
      }
      continue;
    }
    if (!TAGS.has(tag)) continue; // unknown wrappers vanish, their text stays
    if (closing) {
      const at = open.lastIndexOf(tag);
      if (at >= 0) {
        open.length = at;
        stack.length = at + 1;
      }
      continue;
    }
    const el = target.createElement(tag);
    for (const a of (rawAttrs ?? '').matchAll(ATTR)) {
      const name = a[1]!.toLowerCase();
      const value = decode(a[2] ?? a[3] ?? a[4] ?? '');
      // Relance's own test and desk hooks (data-relance-*) are inert text: kept, like the allowed attributes.
      if (!ATTRS.has(name) && !/^data-relance(-[a-z]+)*$/.test(name)) continue;
      if (name === 'href' && !SAFE_URL.test(value.trim())) continue;
      if (name === 'style' && (!SAFE_STYLE.test(value) || /url\(|expression/i.test(value))) continue;
      el.setAttribute(name, value);
    }
    if (tag === 'a') el.setAttribute('rel', 'noopener noreferrer');
    top.appendChild(el);
    if (!VOID.has(tag) && !whole.endsWith('/>')) {
      stack.push(el);
      open.push(tag);
    }
  }
  return fragment;
}
