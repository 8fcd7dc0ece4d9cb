import type { DetectedInvoice } from '../core';
import { fold } from '../parse/normalize';
import { indexNumbers, invoiceOf, type Owners } from './pdf-link-owners';

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

/** Lower case without accents; ASCII text (most of it) skips the Unicode normalisation. */
const lower = (text: string) => (/[^ -~\s]/.test(text) ? fold(text) : text.toLowerCase());
/** The words we look for are ASCII once folded: anything else separates them. */
const words = (text: string) =>
  lower(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** What a link says of itself: its text, its title and aria-label, the alt of an icon inside it. */
function labelOf(a: Element): string {
  const own = `${a.textContent ?? ''} ${a.getAttribute('title') ?? ''} ${a.getAttribute('aria-label') ?? ''}`;
  if (!a.firstElementChild) return own;
  const icons = [...a.querySelectorAll('img[alt], [aria-label], svg title')].map(
    (el) => el.getAttribute('alt') ?? el.getAttribute('aria-label') ?? el.textContent ?? '',
  );
  return icons.length ? `${own} ${icons.join(' ')}` : own;
}

const safeDecode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/**
 * A function giving a link's URL when it is of the page's origin, over http(s); else null
 * (javascript:, mailto:, another site). Relative links resolve against `base` (the document's base
 * URL, which a `<base>` element may point elsewhere: the result is still checked against the page's
 * own origin). The page and base are parsed once for all the links of a page.
 */
function resolver(pageUrl: string, base: string = pageUrl): (href: string | null) => URL | null {
  if (!URL.canParse(pageUrl)) return () => null;
  const origin = new URL(pageUrl).origin;
  const from = URL.canParse(base) && /^https?:$/.test(new URL(base).protocol) ? base : pageUrl;
  return (href) => {
    const url = href ? URL.parse(href.trim(), from) : null;
    if (!url) return null;
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== origin || url.username || url.password) return null;
    url.hash = '';
    return url.href.length <= 2048 ? url : null;
  };
}

export function sameOriginUrl(href: string | null, pageUrl: string, base: string = pageUrl): string | null {
  return resolver(pageUrl, base)(href)?.href ?? null;
}

/** Any sign at all, found without parsing a URL: most links of a list (numbers, menus) have none. */
const MAYBE = /pdf|t[eé]l[eé]charger|download|herunterladen|descargar|scarica/iu;

function mightBePdfLink(a: Element, label: string): boolean {
  return (
    a.hasAttribute('download') || MAYBE.test(a.getAttribute('href') ?? '') || MAYBE.test(a.getAttribute('type') ?? '') || MAYBE.test(label)
  );
}

/**
 * The cheap look alone, as the pass below takes it: a page none of whose links passes it has no
 * PDF link, and the portal script then never loads the rest of this pass (entrypoints/pdf).
 */
export function mayOfferPdf(a: Element): boolean {
  return a.hasAttribute('href') && mightBePdfLink(a, labelOf(a));
}

/**
 * Where a site's own links live (its app, its terms and conditions): a PDF there is not an
 * invoice's, unless that nav or footer belongs to a record itself (a card's footer).
 */
const SITE_CHROME = 'nav, footer, [role="navigation"], [role="contentinfo"]';
const RECORD = 'article, li, tr, [role="row"], [role="listitem"], [role="article"]';

function inSiteChrome(a: Element): boolean {
  const chrome = a.closest(SITE_CHROME);
  return chrome !== null && !chrome.parentElement?.closest(RECORD);
}

/**
 * True when a link of the page offers a PDF. Strong signs: the path or query names a PDF (`.pdf`,
 * `/pdf`, `?format=pdf`), or the link says "PDF". Weak signs: a bare "Download", "Télécharger",
 * "Herunterladen", or the `download` mark. Never in the site's own navigation or footer; another
 * format named ("Export CSV", "Download XML") is never the copy of the invoice.
 */
export function isPdfLink(a: Element, url: URL, label: string = labelOf(a)): boolean {
  if (inSiteChrome(a)) return false;
  const segment = lower(safeDecode(url.pathname.slice(url.pathname.lastIndexOf('/') + 1)));
  const extension = /\.([a-z0-9]{2,5})$/.exec(segment)?.[1];
  if (extension === 'pdf') return true;
  if (extension && OTHER_FORMATS.has(extension)) return false;
  const said = words(label);
  if (said.includes('pdf') || lower(a.getAttribute('type') ?? '') === 'application/pdf') return true;
  if (said.some((w) => OTHER_FORMATS.has(w))) return false;
  if (segment === 'pdf' || (url.search && [...url.searchParams.values()].some((v) => lower(v) === 'pdf'))) return true;
  return said.some((w) => PDF_WORDS.has(w)) || a.hasAttribute('download');
}

/** Links looked at between two chances to yield to the page. */
const LINKS_PER_STEP = 64;

/** A link that offers a PDF of the page's origin, with what it says of itself. */
interface PdfLink {
  a: Element;
  url: URL;
  /** Its label and its URL's words: where a link names its own invoice ("FA-1.pdf", title "FA-1"). */
  ownWords: string;
}

/** The pass over the page's links as steps (see findPdfLinks), so that a long list can be read in slices. */
function* linkSteps(
  root: ParentNode,
  invoiceNumbers: readonly string[],
  pageUrl: string,
  baseUrl: string,
): Generator<void, Map<string, string>> {
  const resolve = resolver(pageUrl, baseUrl);
  const links: PdfLink[] = [];
  let seen = 0;
  // A live collection read in order: no list of every link of a 10,000-row page built in one step.
  const anchors = invoiceNumbers.length ? (root as Element | Document).getElementsByTagName('a') : [];
  for (let i = 0; i < anchors.length; i++) {
    if (++seen % LINKS_PER_STEP === 0) yield;
    const a = anchors[i]!;
    if (!a.hasAttribute('href')) continue;
    // The label is read once per link: the cheap look, the full one and the owner all use it.
    const label = labelOf(a);
    if (!mightBePdfLink(a, label)) continue;
    const url = resolve(a.getAttribute('href'));
    if (url && isPdfLink(a, url, label))
      links.push({ a, url, ownWords: `${label} ${safeDecode(url.pathname + url.search).replace(/[/?=&]/g, ' ')}` });
  }
  if (links.length === 0) return new Map();
  // The page's text is read only when it has PDF links at all.
  const numbers = new Set(invoiceNumbers);
  const spaced = invoiceNumbers.filter((n) => /\s/.test(n));
  const owners: Owners = new Map();
  yield* indexNumbers(root, numbers, spaced, owners);
  const best = new Map<string, { href: string; size: number }>();
  for (const [i, { a, url, ownWords }] of links.entries()) {
    if ((i + 1) % LINKS_PER_STEP === 0) yield;
    const owner = invoiceOf(a, ownWords, owners, numbers, spaced);
    const known = owner && best.get(owner.number);
    if (owner && (!known || owner.size < known.size)) best.set(owner.number, { href: url.href, size: owner.size });
  }
  return new Map([...best].map(([n, { href }]) => [n, href]));
}

/**
 * Each invoice's PDF link on the page, by invoice number: of several, the one in the smallest
 * record (a row's own link beats a toolbar's on a list of one), the first of equals. `baseUrl` is
 * the document's base URL (`document.baseURI`), which relative links resolve against.
 */
export function findPdfLinks(
  root: ParentNode,
  invoiceNumbers: readonly string[],
  pageUrl: string,
  baseUrl: string = pageUrl,
): Map<string, string> {
  const steps = linkSteps(root, invoiceNumbers, pageUrl, baseUrl);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

const addLinks = (invoices: DetectedInvoice[], links: Map<string, string>) =>
  links.size === 0 ? invoices : invoices.map((i) => (links.has(i.number) ? { ...i, pdfUrl: links.get(i.number) } : i));

/** The invoices with the PDF link the page shows for each, when it shows one. */
export function withPdfLinks(root: ParentNode, invoices: DetectedInvoice[], pageUrl: string, baseUrl: string = pageUrl): DetectedInvoice[] {
  return addLinks(
    invoices,
    findPdfLinks(
      root,
      invoices.map((i) => i.number),
      pageUrl,
      baseUrl,
    ),
  );
}

/**
 * The same, in slices of about `budgetMs` with the page given back its main thread between them
 * (the portal content script's path: a list of 10,000 rows must not freeze the page).
 */
export async function withPdfLinksChunked(
  root: ParentNode,
  invoices: DetectedInvoice[],
  pageUrl: string,
  baseUrl: string,
  yieldToPage: () => Promise<void>,
  budgetMs = 15,
): Promise<DetectedInvoice[]> {
  const steps = linkSteps(
    root,
    invoices.map((i) => i.number),
    pageUrl,
    baseUrl,
  );
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return addLinks(invoices, step.value);
    if (performance.now() - sliceStart >= budgetMs) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}
