import { toCandidate, type Candidate, type RawInvoice, type ReadHints } from './candidate';
import { fieldOfHeader, isForeignHeader } from './columns';
import type { Field } from './synonyms';
import { parseStatus } from '../parse';
import { looksLikeNumber, numberIn, textOf } from './text';

type Pairs = Map<Exclude<Field, 'ignore'>, string>;

const LABEL_MAX = 60;

function remember(pairs: Pairs, label: string, value: string) {
  if (!label || !value || label.length > LABEL_MAX || value.length > 300) return;
  const field = fieldOfHeader(label);
  if (!field || field === 'ignore' || pairs.has(field)) return;
  pairs.set(field, value);
}

/** Tables that list line items, products or payments: their rows are not label/value pairs. */
function isForeignTable(table: Element): boolean {
  const first = table.querySelector('tr');
  return first ? [...first.children].some((c) => isForeignHeader(textOf(c))) : false;
}

/**
 * Label/value pairs of a single-invoice page: `dl` terms, two- or four-cell table rows, a label
 * element followed by its value, and "Label : value" lines. The first value of a field wins.
 */
function collectPairs(root: ParentNode): Pairs {
  const pairs: Pairs = new Map();
  for (const dt of root.querySelectorAll('dt')) {
    const dd = dt.nextElementSibling;
    if (dd?.tagName === 'DD') remember(pairs, textOf(dt), textOf(dd));
  }
  for (const tr of root.querySelectorAll('tr')) {
    const table = tr.closest('table');
    if (table && isForeignTable(table)) continue;
    const cells = [...tr.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
    if (cells.length === 2 || cells.length === 4) {
      for (let i = 0; i + 1 < cells.length; i += 2) remember(pairs, textOf(cells[i]), textOf(cells[i + 1]));
    }
  }
  // <label>/<span class="label">Due date</span><span>14/02/2026</span> and "Due date: 14/02/2026".
  for (const el of root.querySelectorAll('label, span, div, p, strong, b, th, td, li')) {
    if (el.children.length > 2) continue;
    const text = textOf(el);
    if (!text || text.length > 120) continue;
    const colon = /^([^:]{2,60}?)\s*:\s*(.+)$/.exec(text);
    if (colon && el.children.length === 0) remember(pairs, colon[1]!, colon[2]!);
    else if (text.length <= LABEL_MAX && el.nextElementSibling && fieldOfHeader(text)) remember(pairs, text, textOf(el.nextElementSibling));
  }
  return pairs;
}

/** The invoice of a single-invoice page, or null when the page is not one. */
export function extractFromDetail(root: ParentNode, page: ReadHints): Candidate | null {
  const pairs = collectPairs(root);
  let number = pairs.get('number')?.split(/\s+/).find(looksLikeNumber);
  let heading: Element | undefined;
  for (const h of root.querySelectorAll('h1, h2, [role="heading"]')) {
    const n = numberIn(h);
    if (n) {
      number ??= n;
      heading = h;
      break;
    }
  }
  if (!number) return null;
  // No "Status:" label: the badge beside the title says it ("Facture FA-118 Impayée").
  if (!pairs.has('status')) {
    const badges = [heading, ...root.querySelectorAll('[class*="badge"], [class*="status"], [class*="chip"]')].slice(0, 6);
    const status = badges.map((b) => (b ? textOf(b) : '')).find((text) => text && parseStatus(text)?.status);
    if (status) pairs.set('status', status);
  }
  if (!pairs.has('total') && !pairs.has('amountDue') && !pairs.has('totalExcl')) return null;
  let email = pairs.get('email');
  if (!email) email = root.querySelector('a[href^="mailto:"]')?.getAttribute('href')?.slice(7).split('?')[0];
  const raw: RawInvoice = {
    number,
    client: pairs.get('client'),
    email,
    issueDate: pairs.get('issueDate'),
    dueDate: pairs.get('dueDate'),
    total: pairs.get('total'),
    totalExcl: pairs.get('totalExcl'),
    tax: pairs.get('tax'),
    amountDue: pairs.get('amountDue'),
    paid: pairs.get('paid'),
    status: pairs.get('status'),
    type: pairs.get('type'),
  };
  return toCandidate(raw, page, 'detail', 0.5);
}
