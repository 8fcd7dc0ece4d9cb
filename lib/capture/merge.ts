import type { Money } from '../core';
import type { Candidate } from './candidate';

/**
 * Adds what one place of a page says about an invoice, keyed by its number: a list row and its
 * hidden mobile copy, JSON-LD and a table, two boxes of a dashboard. The more confident report
 * keeps its values, the other fills its gaps. The map keeps the order of first appearance.
 */
export function mergeInto(byNumber: Map<string, Candidate>, c: Candidate): void {
  const seen = byNumber.get(c.number);
  if (!seen) {
    byNumber.set(c.number, c);
    return;
  }
  const [base, other] = c.confidence > seen.confidence ? [c, seen] : [seen, c];
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(other)) if (merged[key] === undefined) merged[key] = value;
  byNumber.set(c.number, merged as unknown as Candidate);
}

/** "INV-1042" and "1042", "inv 1042": one number in two spellings (a prefix of letters only). */
function sameNumber(a: string, b: string): boolean {
  const [x, y] = [a, b].map((n) => n.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')).sort((p, q) => q.length - p.length) as [string, string];
  return x === y || (y.length >= 3 && x.endsWith(y) && /^\p{L}+$/u.test(x.slice(0, x.length - y.length)));
}

/**
 * A single-invoice page's own invoice, first, merged field by field with what the page's
 * structured data says of it (JSON-LD lacks what only the page shows, and may spell the number
 * without its prefix); then the other invoices the page lists, but none that is one of the
 * page's references (its quote, order, terms) and none read from a table that holds the page's own
 * fields (`isLayout`): a table of labels and values passed off as a list.
 */
export function mergeDetail(
  byNumber: Map<string, Candidate>,
  detail: Candidate,
  refs: ReadonlySet<string>,
  isLayout: (number: string) => boolean = () => false,
): void {
  const others = [...byNumber.values()];
  byNumber.clear();
  byNumber.set(detail.number, detail);
  for (const c of others) {
    if (c.number !== detail.number && (refs.has(c.number) || isLayout(c.number))) continue;
    const structured = c.method === 'jsonld' || c.method === 'microdata';
    // The page's own labels read as a list give its invoice again: the page's reading of it comes first.
    const own = !structured && c.number === detail.number ? { ...c, confidence: Math.min(c.confidence, detail.confidence) } : c;
    mergeInto(byNumber, structured && sameNumber(c.number, detail.number) ? reconcile({ ...c, number: detail.number }, detail) : own);
  }
}

const same = (a: Money | undefined, b: Money | undefined) => !!a && !!b && a.minor === b.minor && a.currency === b.currency;

/**
 * Structured data that disagrees with the page it describes, where the page says more: schema.org's
 * `totalPaymentDue` is "the amount due", which the page shows as its balance beside a larger
 * total; a payment due ("open") is partly paid when the page shows a part paid.
 */
function reconcile(structured: Candidate, page: Candidate): Candidate {
  const out = { ...structured };
  if (same(out.total, page.amountDue) && page.total && !same(page.total, page.amountDue)) {
    out.total = page.total;
    out.amountDue ??= page.amountDue;
  }
  if (out.status === 'open' && page.status === 'partial') out.status = 'partial';
  return out;
}
