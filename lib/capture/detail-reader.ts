import type { Candidate, ReadHints } from './candidate';
import { isForeignCaption } from './columns';
import { besideFinder } from './detail-beside';
import { readDetailPage } from './from-detail';
import { FEW } from './extract';
import { mergeDetail } from './merge';
import { TITLE_SELECTOR } from './page-index';

/**
 * The page's own invoice merged in first when the page is one invoice's; whether it is. Past a
 * few, the invoices found must all be the page's own layout (line items, totals read as a list)
 * or the others it shows beside its own (a sidebar, "recent invoices"), which are dropped: one
 * invoice's page gives that invoice.
 */
export function readAsDetail(
  root: ParentNode,
  hints: ReadHints,
  byNumber: Map<string, Candidate>,
  titled: string | undefined,
  fromTable: Map<string, Element>,
  cards: ReadonlySet<string>,
): boolean {
  // A page headed as money the user owes or moves ("Ausgaben", "Bills", "Factures fournisseurs") shows no invoice of ours.
  if (byNumber.size === 0 && isForeignCaption(root.querySelector('h1')?.textContent ?? '')) return false;
  const detail = readDetailPage(root, hints);
  // "Your invoice is 12 days overdue": a count of days in the title names no invoice.
  const other = titled && detail && detail.invoice.number !== titled && !countsDays(root, titled);
  if (!detail || other) return false;
  // A pro-forma's page: one document, no claim; what its tables gave is its own layout.
  if (detail.proforma) {
    byNumber.clear();
    return true;
  }
  if (!(detail.named || byNumber.size === 0)) return false;
  // The invoice read is one of several cards that each head themselves with their number: a list of cards.
  if (cards.size >= 2 && cards.has(detail.invoice.number) && headedNumbers(root, cards) >= 2) return false;
  const beside = besideFinder(root, fromTable);
  // Cards are mined only where no table gave anything: on one invoice's page, its own blocks (bill-to, ship-to) or a widget.
  const own = (n: string) => detail.used.some((el) => fromTable.get(n)?.contains(el));
  const layout = (n: string) => own(n) || (n !== detail.invoice.number && (cards.has(n) || beside(n)));
  // Beside a heading that names the invoice, lists of others are its sidebar; without one, only its own tables count.
  if (
    byNumber.size > FEW &&
    !(titled && !byNumber.has(titled)) &&
    ![...byNumber.keys()].every((n) => n === detail.invoice.number || (detail.headed ? layout : own)(n))
  )
    return false;
  mergeDetail(byNumber, detail.invoice, detail.refs, layout);
  return true;
}

/** A number followed by a unit of time ("12 days", "30 jours", "14 Tage"): a count, not an invoice. */
const DAYS = /^\s*(?:days?|jours?|tage?n?|d[ií]as|giorni|dagen|weeks?|semaines?|wochen|months?|mois|monate?n?)\b/i;

/** Whether a title of the page gives `number` as a count of days; the first 20 titles. */
function countsDays(root: ParentNode, number: string): boolean {
  const titles = root.querySelectorAll(TITLE_SELECTOR);
  for (let i = 0; i < titles.length && i < 20; i++) {
    const text = titles[i]!.textContent ?? '';
    const at = text.indexOf(number);
    if (at >= 0 && !/[\p{L}\d]/u.test(text[at - 1] ?? '') && DAYS.test(text.slice(at + number.length))) return true;
  }
  return false;
}

/** How many of `numbers` a heading of the page names (a card list's titles); the first 200 headings only. */
function headedNumbers(root: ParentNode, numbers: ReadonlySet<string>): number {
  const named = new Set<string>();
  const headings = root.querySelectorAll('h2, h3, h4, h5, h6, [role=heading]');
  for (let i = 0; i < headings.length && i < 200; i++) {
    for (const token of (headings[i]!.textContent ?? '').split(/[\s#:]+/)) if (numbers.has(token)) named.add(token);
  }
  return named.size;
}
