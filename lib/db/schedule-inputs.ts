import Dexie from 'dexie';
import { addDays, type Client, type Invoice, type ReminderEvent } from '../core';
import type { PaymentRecord } from '../dunning/tone';
import { getDb, type RelanceDb } from './database';

export interface ScheduleItem {
  invoice: Invoice;
  history: ReminderEvent[];
  client?: Client;
  record?: PaymentRecord;
}

/**
 * Everything the schedule may have to act on today: unpaid invoices falling due within
 * `lookaheadDays` (the courtesy note) or already due, and invoices chased in the last
 * `recentDays` (they may have been paid since and deserve thanks). With their history, client and
 * the client's payment record.
 */
export async function loadScheduleItems(
  today: string,
  lookaheadDays: number,
  recentDays = 60,
  db: RelanceDb = getDb(),
): Promise<ScheduleItem[]> {
  return db.transaction('r', db.invoices, db.events, db.clients, async () => {
    const [unpaid, recentEvents] = await Promise.all([
      db.invoices
        .where('[unpaid+dueDate]')
        .between([1, Dexie.minKey], [1, addDays(today, lookaheadDays)], true, true)
        .toArray(),
      db.events
        .where('at')
        .aboveOrEqual(`${addDays(today, -recentDays)}T00:00:00.000Z`)
        .toArray(),
    ]);
    const chasedIds = new Set(recentEvents.flatMap((e) => e.invoiceIds));
    const known = new Set(unpaid.map((i) => i.id));
    const chased = (await db.invoices.bulkGet([...chasedIds].filter((id) => !known.has(id)))).filter((i): i is Invoice => i !== undefined);
    const invoices = [...unpaid, ...chased];
    const clientIds = [...new Set(invoices.map((i) => i.clientId))];
    // Per client, all asked at once (IndexedDB answers them together): its events and its payment
    // record. An event carries the client of its invoices (an invoice keeps its client once
    // stored), so a client's events hold every invoice's history, in one lookup per client instead
    // of one per invoice (2,250 lookups took most of a second with 10,000 invoices).
    const [perClientEvents, records, clientRows] = await Promise.all([
      Promise.all(clientIds.map((id) => db.events.where('clientId').equals(id).toArray())),
      Promise.all(clientIds.map((id) => paymentRecord(db, id))),
      db.clients.bulkGet(clientIds),
    ]);
    const byInvoice = new Map<string, ReminderEvent[]>(invoices.map((i) => [i.id, []]));
    for (const event of perClientEvents.flat()) for (const id of event.invoiceIds) byInvoice.get(id)?.push(event);
    const clients = new Map(clientRows.filter((c): c is Client => c !== undefined).map((c) => [c.id, c]));
    const recordOf = new Map(clientIds.map((id, i) => [id, records[i]!]));
    return invoices.map((invoice) => ({
      invoice,
      history: byInvoice.get(invoice.id) ?? [],
      client: clients.get(invoice.clientId),
      record: recordOf.get(invoice.clientId),
    }));
  });
}

/**
 * How many of the client's invoices were paid, and how many of those late, counted in the
 * `[clientId+paidLate]` index (only paid invoices carry the flag, see paid-late.ts): no invoice
 * is read, where reading them all re-read every unpaid one and every paid one in full. Counts,
 * not `keys()`: Dexie walks a cursor for index keys, a request per entry.
 */
export async function paymentRecord(db: RelanceDb, clientId: string): Promise<PaymentRecord> {
  const index = db.invoices.where('[clientId+paidLate]');
  const [paid, paidLate] = await Promise.all([
    index.between([clientId, 0], [clientId, 1], true, true).count(),
    index.equals([clientId, 1]).count(),
  ]);
  return { paid, paidLate };
}
