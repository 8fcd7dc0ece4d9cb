import type { DetectedInvoice } from '../core';
import { fold } from '../parse/normalize';

/**
 * The link to an invoice's PDF, as a person finds it on a portal page: a link on the invoice's
 * row (or anywhere on a single-invoice page) that says PDF, Télécharger, Download, Herunterladen,
 * that points at a `.pdf`, or that the page marks `download`. Only links of the page's own origin
 * are kept: the content script fetches them with the user's session, and nothing else.
 */

/** Words of a link's text, title or aria-label that offer the document (folded: no accents, lower case). */
const PDF_WORDS = new Set(['pdf', 'telecharger', 'download', 'herunterladen', 'descargar', 'scarica', 'downloaden']);
/** Formats that are not the copy of the invoice: "Export CSV", "Download XML". */
const OTHER_FORMATS = new Set(['csv', 'xls', 'xlsx', 'excel', 'xml', 'zip', 'json', 'ods', 'ubl', 'txt']);
/** Past this, an ancestor is the whole list, not one invoice's record: a link there is the list's. */
const MAX_RECORD_TEXT = 20_000;
/** How far up from a link its invoice's record may be (a row is a few levels above its cells). */
const MAX_DEPTH = 12;

const words = (text: string) => fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** What a link says of itself: its text, its title and aria-label, the alt of an icon inside it. */
function labelOf(a: Element): string {
  const icons = [...a.querySelectorAll('img[alt], [aria-label], svg title')].map((el) => el.getAttribute('alt') ?? el.getAttribute('aria-label') ?? el.textContent ?? '');
  return [a.textContent ?? '', a.getAttribute('title') ?? '', a.getAttribute('aria-label') ?? '', ...icons].join(' ');
}

const safeDecode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/**
 * The link's URL when it is of the page's origin, over http(s); else null (javascript:, mailto:,
 * another site). Relative links resolve against `base` (the document's base URL, which a `<base>`
 * element may point elsewhere: the result is still checked against the page's own origin).
 */
export function sameOriginUrl(href: string | null, pageUrl: string, base: string = pageUrl): string | null {
  if (!href || !URL.canParse(pageUrl)) return null;
  const page = new URL(pageUrl);
  const from = URL.canParse(base) && /^https?:$/.test(new URL(base).protocol) ? base : pageUrl;
  if (!URL.canParse(href.trim(), from)) return null;
  const url = new URL(href.trim(), from);
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== page.origin || url.username || url.password) return null;
  url.hash = '';
  return url.href.length <= 2048 ? url.href : null;
}

/** Where a site's own links live (its app, its terms): a bare "Download" there is not an invoice's. */
const SITE_CHROME = 'nav, footer, [role="navigation"], [role="contentinfo"]';

/**
 * True when a link of the page offers a PDF. Strong signs, anywhere: the path or query names a PDF
 * (`.pdf`, `/pdf`, `?format=pdf`), or the link says "PDF". Weak signs (a bare "Download",
 * "Télécharger", "Herunterladen", or the `download` mark) only outside the site's navigation and
 * footer. Another format named ("Export CSV", "Download XML") is never the copy of the invoice.
 */
export function isPdfLink(a: Element, url: URL): boolean {
  const segment = fold(safeDecode(url.pathname.split('/').pop() ?? ''));
  const extension = /\.([a-z0-9]{2,5})$/.exec(segment)?.[1];
  if (extension === 'pdf') return true;
  if (extension && OTHER_FORMATS.has(extension)) return false;
  const said = words(labelOf(a));
  if (said.includes('pdf') || fold(a.getAttribute('type') ?? '') === 'application/pdf') return true;
  if (said.some((w) => OTHER_FORMATS.has(w))) return false;
  if (segment === 'pdf' || [...url.searchParams.values()].some((v) => fold(v) === 'pdf')) return true;
  const weak = said.some((w) => PDF_WORDS.has(w)) || a.hasAttribute('download');
  return weak && !a.closest(SITE_CHROME);
}

/** Tokens of a text as numbers are written: "N°FA-001," gives "FA-001". */
const tokens = (text: string) => text.split(/[\s,;:()[\]{}«»"'#°|]+/).filter(Boolean);

/** The invoice numbers a text names, from `numbers`. */
function numbersIn(text: string, numbers: ReadonlySet<string>, spaced: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const token of tokens(text)) {
    if (numbers.has(token)) found.add(token);
    // "FA-1." ends a sentence; "FA-1.pdf" is a file named after the invoice.
    for (const trimmed of [token.replace(/[.!?]+$/, ''), token.replace(/\.[a-z0-9]{2,5}$/i, '')]) if (trimmed !== token && numbers.has(trimmed)) found.add(trimmed);
  }
  for (const n of spaced) if (text.includes(n)) found.add(n);
  return found;
}

/** SHOW_TEXT: a constant, as `NodeFilter` is not a global in every test DOM. */
const SHOW_TEXT = 4;

/** The text of an element with its text nodes apart: minified rows put cells' text side by side ("FA-1Dupont"). */
function spacedText(el: Element): string {
  const walker = (el.ownerDocument ?? document).createTreeWalker(el, SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
  return parts.join(' ');
}

/**
 * The invoice a link belongs to, with the size of its record: the nearest ancestor that names
 * invoice numbers is the link's record. One number there: that invoice. Several (a row citing
 * another invoice, a page of many): the one the link itself names in its text or URL, if exactly
 * one. None up to the list: no invoice.
 */
function invoiceOf(a: Element, root: ParentNode, numbers: ReadonlySet<string>, spaced: readonly string[]): { number: string; size: number } | undefined {
  let el: Element | null = a;
  for (let depth = 0; el && depth < MAX_DEPTH; depth++, el = el.parentElement) {
    if ((el.textContent ?? '').length > MAX_RECORD_TEXT) return undefined;
    const text = spacedText(el);
    const named = numbersIn(depth === 0 ? `${text} ${labelOf(a)}` : text, numbers, spaced);
    if (named.size === 1) return { number: [...named][0]!, size: text.length };
    if (named.size > 1) {
      const own = numbersIn(`${labelOf(a)} ${safeDecode(a.getAttribute('href') ?? '').replace(/[/?=&]/g, ' ')}`, numbers, spaced);
      return own.size === 1 ? { number: [...own][0]!, size: text.length } : undefined;
    }
    if (el === root) return undefined;
  }
  return undefined;
}

/**
 * Each invoice's PDF link on the page, by invoice number: of several, the one in the smallest
 * record (a row's own link beats a toolbar's on a list of one), the first of equals. `baseUrl` is
 * the document's base URL (`document.baseURI`), which relative links resolve against.
 */
export function findPdfLinks(root: ParentNode, invoiceNumbers: readonly string[], pageUrl: string, baseUrl: string = pageUrl): Map<string, string> {
  const best = new Map<string, { href: string; size: number }>();
  if (invoiceNumbers.length === 0 || !URL.canParse(pageUrl)) return new Map();
  const numbers = new Set(invoiceNumbers);
  const spaced = invoiceNumbers.filter((n) => /\s/.test(n));
  for (const a of root.querySelectorAll('a[href]')) {
    const href = sameOriginUrl(a.getAttribute('href'), pageUrl, baseUrl);
    if (!href || !isPdfLink(a, new URL(href))) continue;
    const owner = invoiceOf(a, root, numbers, spaced);
    const known = owner && best.get(owner.number);
    if (owner && (!known || owner.size < known.size)) best.set(owner.number, { href, size: owner.size });
  }
  return new Map([...best].map(([n, { href }]) => [n, href]));
}

/** The invoices with the PDF link the page shows for each, when it shows one. */
export function withPdfLinks(root: ParentNode, invoices: DetectedInvoice[], pageUrl: string, baseUrl: string = pageUrl): DetectedInvoice[] {
  const links = findPdfLinks(root, invoices.map((i) => i.number), pageUrl, baseUrl);
  if (links.size === 0) return invoices;
  return invoices.map((i) => (links.has(i.number) ? { ...i, pdfUrl: links.get(i.number) } : i));
}
