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

/** One currency's running sums, by bucket index (the order of AGE_BUCKETS). */
interface Accumulator {
  currency: string;
  sums: number[];
  counts: number[];
}

/** The index in AGE_BUCKETS of `daysLate`: bucketOf without a string per invoice. */
function bucketIndex(daysLate: number): number {
  return daysLate <= 0 ? 0 : daysLate <= 30 ? 1 : daysLate <= 60 ? 2 : daysLate <= 90 ? 3 : 4;
}

/**
 * The aging balance: what is still due, by how late it is, per currency (euros are never added to
 * pounds). Paid, cancelled and draft invoices and credit notes are left out; disputed ones stay.
 * One pass over 100,000 invoices: due dates read as day numbers (integers, no Date), sums kept
 * per bucket index, and the currency's accumulator found again only when the currency changes.
 */
export function agingBalance(invoices: readonly Invoice[], today: string): CurrencyAging[] {
  const day = toDayNumber(today);
  const accumulators: Accumulator[] = [];
  let last: Accumulator | undefined;
  for (let i = 0; i < invoices.length; i++) {
    const invoice = invoices[i]!;
    if (!inBalance(invoice)) continue;
    const { currency, minor } = invoice.amountDue;
    if (last?.currency !== currency) {
      last = accumulators.find((a) => a.currency === currency);
      if (!last) accumulators.push((last = { currency, sums: [0, 0, 0, 0, 0], counts: [0, 0, 0, 0, 0] }));
    }
    const b = bucketIndex(day - toDayNumber(invoice.dueDate));
    last.sums[b]! += minor;
    last.counts[b]! += 1;
  }
  return accumulators.map(toCurrencyAging).sort((a, b) => b.total - a.total || a.currency.localeCompare(b.currency));
}

function toCurrencyAging({ currency, sums, counts }: Accumulator): CurrencyAging {
  const row: CurrencyAging = { currency, buckets: zero(), counts: zero(), total: 0, overdue: 0 };
  AGE_BUCKETS.forEach((bucket, b) => {
    row.buckets[bucket] = sums[b]!;
    row.counts[bucket] = counts[b]!;
    row.total += sums[b]!;
  });
  row.overdue = row.total - row.buckets['not-due'];
  return row;
}
