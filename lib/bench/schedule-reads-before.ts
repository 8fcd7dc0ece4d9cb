import Dexie from 'dexie';
import { addDays, type Client, type Invoice, type ReminderEvent } from '../core';
import { paymentRecord, type RelanceDb, type ScheduleItem } from '../db';

/**
 * loadScheduleItems as it was before its reads were made straight on IndexedDB (idb-requests.ts):
 * the same reads through Dexie, in three rounds (the chased invoices before their clients). Kept
 * for the bench only, as the same run's baseline of the read in use.
 */
export async function loadScheduleItemsThroughDexie(
  today: string,
  lookaheadDays: number,
  recentDays: number,
  db: RelanceDb,
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
