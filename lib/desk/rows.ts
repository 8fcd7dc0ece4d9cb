import { toDayNumber } from '../core/calendar';
import type { Invoice, ReminderEvent, Stage } from '../core';
import { bucketOf, type AgeBucket } from './aging';

/** One line of the desk's invoice list: the invoice and what the list filters and sorts on, worked out once. */
export interface DeskRow {
  invoice: Invoice;
  daysLate: number;
  bucket: AgeBucket;
  /** The last reminder, call or letter actually done, if any. */
  reached: Stage | null;
  /** Folded number, client and amount, for search. */
  haystack: string;
}

/** Printable ASCII only: nothing to decompose, no accent, no space but U+0020. */
const PLAIN = /^[\x20-\x7e]*$/;

/**
 * Lower case, no accents, spaces of every kind squeezed: what a search compares. Most numbers and
 * many names are plain ASCII, for which that is lower case and single spaces: the list folds two
 * strings per invoice when it loads, so those skip the Unicode normalisation.
 */
export function fold(text: string): string {
  if (PLAIN.test(text)) return text.toLowerCase().replace(/ {2,}/g, ' ').trim();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** An amount as people type it: `1240`, `1240.5`, `1240,50`, `1 240,50 €`. */
function amountKeys(minor: number, digits = 2): string {
  const major = (Math.abs(minor) / 10 ** digits).toFixed(digits);
  const [int, frac] = major.split('.') as [string, string];
  return `${int}.${frac} ${int},${frac}`;
}

const DONE = new Set<ReminderEvent['action']>(['sent', 'called', 'printed', 'done']);

/** The last stage reached per invoice id: the latest reminder, call or letter done (thank-you notes left out). */
export function reachedStages(events: readonly ReminderEvent[]): Map<string, ReminderEvent> {
  const reached = new Map<string, ReminderEvent>();
  for (const e of events) {
    if (!e.stage || !DONE.has(e.action) || e.stage === 'thank-you') continue;
    for (const id of e.invoiceIds) {
      const known = reached.get(id);
      if (!known || known.date < e.date || (known.date === e.date && known.at < e.at)) reached.set(id, e);
    }
  }
  return reached;
}

/** What a search looks into: the folded number and client, and both amounts in both spellings. */
export function haystackOf(invoice: Pick<Invoice, 'number' | 'clientName' | 'total' | 'amountDue'>): string {
  return `${fold(invoice.number)} ${fold(invoice.clientName)} ${amountKeys(invoice.total.minor)} ${amountKeys(invoice.amountDue.minor)}`;
}

export function buildRows(invoices: readonly Invoice[], events: readonly ReminderEvent[], today: string): DeskRow[] {
  const day = toDayNumber(today);
  const reached = reachedStages(events);
  return invoices.map((invoice) => {
    const daysLate = day - toDayNumber(invoice.dueDate);
    return {
      invoice,
      daysLate,
      bucket: bucketOf(daysLate),
      reached: reached.get(invoice.id)?.stage ?? null,
      haystack: haystackOf(invoice),
    };
  });
}
