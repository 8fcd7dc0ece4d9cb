import type { Invoice, Money } from '../core';
import { getDb, type RelanceDb } from './database';
import { countOverdue, listOverdue } from './queries';
import Dexie from 'dexie';

export interface Overview {
  count: number;
  /** The most overdue first, at most `limit`. */
  invoices: Invoice[];
  /** Amount still due over all overdue invoices, per currency. */
  totals: Money[];
}

/** What the popup shows, read in one transaction so the count and the list agree. */
export async function overdueOverview(today: string, limit = 100, db: RelanceDb = getDb()): Promise<Overview> {
  return db.transaction('r', db.invoices, async () => {
    const count = await countOverdue(today, db);
    const invoices = await listOverdue(today, { limit }, db);
    const sums = new Map<string, number>();
    // Keys only where possible: the amounts need the records, but only of overdue invoices.
    await db.invoices
      .where('[unpaid+dueDate]')
      .between([1, Dexie.minKey], [1, today], true, false)
      .each((i) => sums.set(i.amountDue.currency, (sums.get(i.amountDue.currency) ?? 0) + i.amountDue.minor));
    const totals = [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([currency, minor]) => ({ minor, currency }));
    return { count, invoices, totals };
  });
}
