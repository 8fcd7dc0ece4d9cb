import Dexie from 'dexie';
import { addDays, type Client } from '../core';
import { getDb, type RelanceDb } from './database';
import { paymentRecord, type ScheduleItem } from './schedule-inputs';

/**
 * loadScheduleItems for some clients only, each client's items apart: what the background works
 * out again after a write it can put down to these clients, keeping what it holds for the others.
 * The same items, histories, client rows and payment records as loadScheduleItems gives for their
 * invoices, because an event carries the client of its invoices (loadScheduleItems already reads a
 * client's events for the history of its invoices): the invoices a client's recent events chase are
 * its own. A client's invoices are read whole (its unpaid and its chased ones are among them), one
 * range of the `[clientId+dueDate]` index instead of the whole `[unpaid+dueDate]` one.
 */
export async function loadClientScheduleItems(
  today: string,
  lookaheadDays: number,
  recentDays: number,
  clientIds: readonly string[],
  db: RelanceDb = getDb(),
): Promise<Map<string, ScheduleItem[]>> {
  const until = addDays(today, lookaheadDays);
  const since = `${addDays(today, -recentDays)}T00:00:00.000Z`;
  return db.transaction('r', db.invoices, db.events, db.clients, async () => {
    const [invoicesOf, eventsOf, records, clientRows] = await Promise.all([
      Promise.all(
        clientIds.map((id) =>
          db.invoices.where('[clientId+dueDate]').between([id, Dexie.minKey], [id, Dexie.maxKey], true, true).toArray(),
        ),
      ),
      Promise.all(clientIds.map((id) => db.events.where('clientId').equals(id).toArray())),
      Promise.all(clientIds.map((id) => paymentRecord(db, id))),
      db.clients.bulkGet([...clientIds]),
    ]);
    return new Map(
      clientIds.map((id, c) => {
        const events = eventsOf[c]!;
        const chased = new Set(events.filter((e) => e.at >= since).flatMap((e) => e.invoiceIds));
        const invoices = invoicesOf[c]!.filter((i) => (i.unpaid === 1 && i.dueDate <= until) || chased.has(i.id));
        const client: Client | undefined = clientRows[c];
        const items = invoices.map((invoice) => ({
          invoice,
          history: events.filter((e) => e.invoiceIds.includes(invoice.id)),
          client,
          record: records[c]!,
        }));
        return [id, items];
      }),
    );
  });
}
