import { toDayNumber } from '../core/calendar';
import type { Invoice } from '../core';

export const AGE_BUCKETS = ['not-due', '1-30', '31-60', '61-90', '90+'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

/** By days past the due date: 0 or less is not due, 91 and more is over 90. */
export function bucketOf(daysLate: number): AgeBucket {
  if (daysLate <= 0) return 'not-due';
  if (daysLate <= 30) return '1-30';
  if (daysLate <= 60) return '31-60';
  if (daysLate <= 90) return '61-90';
  return '90+';
}

/** Money still owed on an invoice: open, part paid or disputed (a dispute is out of the chase, not out of the balance). */
export function inBalance(invoice: Pick<Invoice, 'kind' | 'status'>): boolean {
  return invoice.kind === 'invoice' && (invoice.status === 'open' || invoice.status === 'partial' || invoice.status === 'disputed');
}

export interface CurrencyAging {
  currency: string;
  /** Minor units still due, per bucket. */
  buckets: Record<AgeBucket, number>;
  /** Invoices per bucket. */
  counts: Record<AgeBucket, number>;
  total: number;
  overdue: number;
}

const zero = (): Record<AgeBucket, number> => ({ 'not-due': 0, '1-30': 0, '31-60': 0, '61-90': 0, '90+': 0 });

/**
 * The aging balance: what is still due, by how late it is, per currency (euros are never added to
 * pounds). Paid, cancelled and draft invoices and credit notes are left out; disputed ones stay.
 */
export function agingBalance(invoices: readonly Invoice[], today: string): CurrencyAging[] {
  const day = toDayNumber(today);
  const byCurrency = new Map<string, CurrencyAging>();
  for (const invoice of invoices) {
    if (!inBalance(invoice)) continue;
    const { currency, minor } = invoice.amountDue;
    let row = byCurrency.get(currency);
    if (!row) byCurrency.set(currency, (row = { currency, buckets: zero(), counts: zero(), total: 0, overdue: 0 }));
    const bucket = bucketOf(day - toDayNumber(invoice.dueDate));
    row.buckets[bucket] += minor;
    row.counts[bucket] += 1;
    row.total += minor;
    if (bucket !== 'not-due') row.overdue += minor;
  }
  return [...byCurrency.values()].sort((a, b) => b.total - a.total || a.currency.localeCompare(b.currency));
}
