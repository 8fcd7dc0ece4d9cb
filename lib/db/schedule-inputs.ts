import { addDays, type Client, type Invoice, type ReminderEvent } from '../core';
import type { PaymentRecord } from '../dunning/tone';
import { getDb, type RelanceDb } from './database';
import { answer, answers, readOnly } from './idb-requests';

export interface ScheduleItem {
  invoice: Invoice;
  history: ReminderEvent[];
  client?: Client;
  record?: PaymentRecord;
}

/** The schedule inputs, and the events of the last `recentDays` read to find them (Today counts what was done from them). */
export interface ScheduleInputs {
  items: ScheduleItem[];
  recent: ReminderEvent[];
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
  return (await loadScheduleInputs(today, lookaheadDays, recentDays, db)).items;
}

/**
 * loadScheduleItems with the recent events it read, in one readonly transaction of two rounds: the
 * unpaid invoices and the recent events, then everything else at once. The clients are those of
 * the unpaid invoices and of the recent events, because an event carries the client of the
 * invoices it names (an invoice keeps its client once stored): the invoices chased are asked for
 * beside their clients' events and records, not before them.
 */
export async function loadScheduleInputs(
  today: string,
  lookaheadDays: number,
  recentDays = 60,
  db: RelanceDb = getDb(),
): Promise<ScheduleInputs> {
  const tx = await readOnly(db, ['invoices', 'events', 'clients']);
  const invoices = tx.objectStore('invoices');
  const [unpaid, recent] = await Promise.all([
    answer<Invoice[]>(invoices.index('[unpaid+dueDate]').getAll(IDBKeyRange.bound([1, -Infinity], [1, addDays(today, lookaheadDays)]))),
    answer<ReminderEvent[]>(
      tx
        .objectStore('events')
        .index('at')
        .getAll(IDBKeyRange.lowerBound(`${addDays(today, -recentDays)}T00:00:00.000Z`)),
    ),
  ]);
  const known = new Set(unpaid.map((i) => i.id));
  const chasedIds = [...new Set(recent.flatMap((e) => e.invoiceIds))].filter((id) => !known.has(id));
  const clientIds = [...new Set([...unpaid.map((i) => i.clientId), ...recent.map((e) => e.clientId)])];
  const [chasedRows, perClient] = await Promise.all([
    answers<string, Invoice | undefined>(chasedIds, (id) => invoices.get(id)),
    clientInputs(tx, clientIds),
  ]);
  const chased = chasedRows.filter((i): i is Invoice => i !== undefined);
  // An invoice given to another client after it was chased: that client is read too.
  const others = [...new Set(chased.map((i) => i.clientId))].filter((id) => !perClient.has(id));
  if (others.length) for (const [id, inputs] of await clientInputs(tx, others)) perClient.set(id, inputs);
  return { items: itemsOf([...unpaid, ...chased], perClient), recent };
}

interface ClientInputs {
  events: ReminderEvent[];
  record: PaymentRecord;
  client: Client | undefined;
}

/**
 * Per client, all asked at once: its events (the history of every one of its invoices, in one
 * lookup per client instead of one per invoice), its payment record (see paymentRecord) and its row.
 */
async function clientInputs(tx: IDBTransaction, clientIds: string[]): Promise<Map<string, ClientInputs>> {
  const byClient = tx.objectStore('events').index('clientId');
  const paidIndex = tx.objectStore('invoices').index('[clientId+paidLate]');
  const clients = tx.objectStore('clients');
  const [events, paid, paidLate, rows] = await Promise.all([
    answers<string, ReminderEvent[]>(clientIds, (id) => byClient.getAll(id)),
    answers(clientIds, (id) => paidIndex.count(IDBKeyRange.bound([id, 0], [id, 1]))),
    answers(clientIds, (id) => paidIndex.count([id, 1])),
    answers<string, Client | undefined>(clientIds, (id) => clients.get(id)),
  ]);
  return new Map(
    clientIds.map((id, i) => [id, { events: events[i]!, record: { paid: paid[i]!, paidLate: paidLate[i]! }, client: rows[i] }]),
  );
}

/** Each invoice with the events that name it, its client and the client's payment record. */
function itemsOf(invoices: Invoice[], perClient: Map<string, ClientInputs>): ScheduleItem[] {
  const byInvoice = new Map<string, ReminderEvent[]>(invoices.map((i) => [i.id, []]));
  for (const { events } of perClient.values())
    for (const event of events) for (const id of event.invoiceIds) byInvoice.get(id)?.push(event);
  return invoices.map((invoice) => {
    const inputs = perClient.get(invoice.clientId);
    return { invoice, history: byInvoice.get(invoice.id) ?? [], client: inputs?.client, record: inputs?.record };
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
