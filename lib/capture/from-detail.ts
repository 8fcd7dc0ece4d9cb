import { TITLE_SELECTOR } from './page-index';
import { detectDateOrder, detectDecimalSeparator, normalizeSpaces, parseStatus } from '../parse';
import { toCandidate, type Candidate, type RawInvoice, type ReadHints } from './candidate';
import { findEmail } from './parts';
import { fieldOfHeader, isForeignHeader, namesInvoices } from './columns';
import type { Field } from './synonyms';
import { looksLikeNumber, numberIn, textOf } from './text';

type DetailField = Exclude<Field, 'ignore'>;
/** A value's text, and its element when the element holds the value alone (not "Label: value"). */
type Pairs = Map<DetailField, { text: string; label?: string; el?: Element; whole?: boolean }>;

const LABEL_MAX = 60;
const VALUE_MAX = 300;

function remember(pairs: Pairs, label: string, value: string, el?: Element, whole = true) {
  if (!label || !value || label.length > LABEL_MAX || value.length > VALUE_MAX) return;
  const field = fieldOfHeader(label);
  if (!field || field === 'ignore' || pairs.has(field)) return;
  pairs.set(field, { text: value, label, el, whole });
}

/** Tables that list line items, products or payments: their rows are not label/value pairs. */
function isForeignTable(table: Element): boolean {
  const first = table.querySelector('tr');
  return first ? [...first.children].some((c) => isForeignHeader(textOf(c))) : false;
}

const BLOCK = /^(BR|DIV|P|LI|ADDRESS|SECTION|UL|OL|DL|DD|DT|TABLE|H[1-6])$/;

/** A client block's first line: the name, not its address ("Acme Ltd<br>12 High St"). */
function firstLine(el: Element, depth = 0): string {
  let line = '';
  for (const node of el.childNodes) {
    if (node.nodeType === 3) line += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const child = node as Element;
      if (!BLOCK.test(child.tagName)) line += child.textContent ?? '';
      else if (normalizeSpaces(line)) break;
      else if (child.tagName !== 'BR') {
        const inner = depth < 4 ? firstLine(child, depth + 1) : textOf(child);
        if (inner) return inner;
      }
    }
    if (line.length > VALUE_MAX) break;
  }
  return normalizeSpaces(line);
}

/**
 * Label/value pairs of a single-invoice page: `dl` terms, two- or four-cell table rows, a label
 * element followed by its value, and "Label : value" lines. The first value of a field wins.
 */
function collectPairs(root: ParentNode): Pairs {
  const pairs: Pairs = new Map();
  for (const dt of root.querySelectorAll('dt')) {
    const dd = dt.nextElementSibling;
    if (dd?.tagName === 'DD') remember(pairs, textOf(dt), textOf(dd), dd);
  }
  for (const tr of root.querySelectorAll('tr')) {
    const table = tr.closest('table');
    if (table && isForeignTable(table)) continue;
    const cells = [...tr.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
    if (cells.length === 2 || cells.length === 4) {
      for (let i = 0; i + 1 < cells.length; i += 2) remember(pairs, textOf(cells[i]), textOf(cells[i + 1]), cells[i + 1]);
    }
  }
  // <span class="label">Due date</span><span>14/02/2026</span> and "Due date: 14/02/2026".
  for (const el of root.querySelectorAll('label, span, div, p, strong, b, th, td, li, h3, h4, h5, h6')) {
    if (el.children.length > 2) continue;
    const text = textOf(el);
    if (!text || text.length > 120) continue;
    const colon = /^([^:]{2,60}?)\s*:\s*(.+)$/.exec(text);
    if (colon && el.children.length === 0) remember(pairs, colon[1]!, colon[2]!, el, false);
    else if (text.length <= LABEL_MAX && el.nextElementSibling && fieldOfHeader(text)) remember(pairs, text, textOf(el.nextElementSibling), el.nextElementSibling);
  }
  return pairs;
}

/** An address in one of an element's own text nodes: `<br>` leaves no space in textContent ("5ABaccounts@…"). */
function emailInText(el: Element): string | undefined {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let i = 0; i < 200 && walker.nextNode(); i++) {
    const found = findEmail(walker.currentNode.nodeValue ?? '');
    if (found) return found;
  }
  return undefined;
}

/**
 * The client's e-mail: a `mailto:` link or an address in the client's own block (the value, then
 * up to three enclosing elements, as long as they hold no other field of the invoice), never the
 * first address of the page, which is often the portal's support or the seller's own.
 */
function emailNear(client: Element | undefined, others: readonly Element[]): string | undefined {
  let node: Element | null | undefined = client;
  for (let depth = 0; node && depth < 4 && node.tagName !== 'BODY'; depth++, node = node.parentElement) {
    if ((node.textContent ?? '').length > 2000 || others.some((o) => o !== node && node!.contains(o))) return undefined;
    const link = node.matches('a[href^="mailto:"]') ? node : node.querySelector('a[href^="mailto:"]');
    const found = findEmail(link?.getAttribute('href')?.slice(7).split('?')[0]) ?? emailInText(node);
    if (found) return found;
  }
  return undefined;
}

/**
 * The invoice a page's title names ("Invoice INV-0042", "Facture FA-2026-118"), or undefined: a
 * single-invoice page may also list other invoices (the client's history), which must not hide
 * it. A bare year ("Invoices 2026") names none.
 */
export function titledInvoiceNumber(root: ParentNode, titles: Iterable<Element> = root.querySelectorAll(TITLE_SELECTOR)): string | undefined {
  for (const h of titles) {
    const text = textOf(h);
    if (text.length > 120 || !namesInvoices(text)) continue;
    const n = numberIn(h, text);
    if (n && !/^(19|20)\d\d$/.test(n)) return n;
  }
  return undefined;
}

/** The invoice of a single-invoice page, or null when the page is not one. */
export function extractFromDetail(root: ParentNode, page: ReadHints): Candidate | null {
  const pairs = collectPairs(root);
  const get = (f: DetailField) => pairs.get(f)?.text;
  // "Invoice no.: F-118" names the invoice; a bare "Reference" may be the customer's order number,
  // so the title's number ("Invoice INV-0042") comes before it.
  const labelled = pairs.get('number');
  const fromLabel = labelled?.text.split(/\s+/).find(looksLikeNumber);
  let heading: Element | undefined;
  let fromHeading: string | undefined;
  for (const h of root.querySelectorAll('h1, h2, [role="heading"]')) {
    fromHeading = numberIn(h);
    if (fromHeading) {
      heading = h;
      break;
    }
  }
  const number = fromLabel && (namesInvoices(labelled?.label ?? '') || !fromHeading) ? fromLabel : (fromHeading ?? fromLabel);
  if (!number) return null;
  // No "Status:" label: the badge beside the title says it ("Facture FA-118 Impayée").
  if (!pairs.has('status')) {
    const badges = [heading, ...root.querySelectorAll('[class*="badge"], [class*="status"], [class*="chip"]')].slice(0, 6);
    const status = badges.map((b) => (b ? textOf(b) : '')).find((text) => text && parseStatus(text)?.status);
    if (status) pairs.set('status', { text: status });
  }
  if (!pairs.has('total') && !pairs.has('amountDue') && !pairs.has('totalExcl')) return null;
  const client = pairs.get('client');
  const raw: RawInvoice = {
    number,
    client: client?.el && client.whole ? firstLine(client.el) || client.text : client?.text,
    email: get('email') ?? emailNear(client?.el, [...pairs].filter(([f, p]) => f !== 'client' && f !== 'email' && p.el).map(([, p]) => p.el!)),
    issueDate: get('issueDate'),
    dueDate: get('dueDate'),
    total: get('total'),
    totalExcl: get('totalExcl'),
    tax: get('tax'),
    amountDue: get('amountDue'),
    paid: get('paid'),
    status: get('status'),
    type: get('type'),
  };
  // One invoice still has a page's conventions: its dates and amounts decide them together.
  const hints: ReadHints = {
    ...page,
    order: detectDateOrder([raw.issueDate ?? '', raw.dueDate ?? ''], page.lang) ?? undefined,
    decimal: detectDecimalSeparator([raw.total, raw.totalExcl, raw.tax, raw.amountDue, raw.paid].filter((t): t is string => !!t), page.lang) ?? undefined,
  };
  return toCandidate(raw, hints, 'detail', 0.5);
}
