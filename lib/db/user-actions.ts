import { InvoiceSchema, type Invoice } from '../core';
import { getDb, type RelanceDb } from './database';
import { putInvoices } from './due-totals';

export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
    this.name = 'NotFoundError';
  }
}

/** Applies a change the user made in Relance; the change outlives later captures of the page. */
async function changeInvoice(id: string, change: (invoice: Invoice) => Partial<Invoice>, db: RelanceDb): Promise<Invoice> {
  return db.transaction('rw', db.invoices, db.dueTotals, async () => {
    const before = await db.invoices.get(id);
    if (!before) throw new NotFoundError(`invoice ${id}`);
    const after = InvoiceSchema.parse({ ...before, ...change(before), updatedAt: new Date().toISOString() });
    await putInvoices(db, [{ before, after }]);
    return after;
  });
}

export function markPaid(id: string, today: string, db: RelanceDb = getDb()): Promise<Invoice> {
  return changeInvoice(
    id,
    (inv) => ({ status: 'paid', statusSetBy: 'user', unpaid: 0, paidAt: today, amountDue: { minor: 0, currency: inv.amountDue.currency } }),
    db,
  );
}

/** Not chased until `until` (inclusive): the schedule resumes the day after. */
export function snooze(id: string, until: string, db: RelanceDb = getDb()): Promise<Invoice> {
  return changeInvoice(id, () => ({ pausedUntil: until }), db);
}
