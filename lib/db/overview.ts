import type { Invoice, Money } from '../core';
import { getDb, type RelanceDb } from './database';
import { dueBefore } from './due-totals';
import { listOverdue } from './queries';

export interface Overview {
  count: number;
  /** The most overdue first, at most `limit`. */
  invoices: Invoice[];
  /** Amount still due over all overdue invoices, per currency. */
  totals: Money[];
}

/** What the popup shows, read in one transaction so the count and the list agree. */
export async function overdueOverview(today: string, limit = 100, db: RelanceDb = getDb()): Promise<Overview> {
  return db.transaction('r', db.invoices, db.dueTotals, async () => {
    const { count, totals } = await dueBefore(db, today);
    const invoices = await listOverdue(today, { limit }, db);
    return { count, invoices, totals };
  });
}
