import Dexie from 'dexie';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { addDays, daysBetween, type Client, type Invoice, type ReminderEvent } from '../../../lib/core';
import { LATE_AFTER_DAYS, type PaymentRecord } from '../../../lib/dunning/tone';
import { loadScheduleItems, markPaid, putInvoices, type RelanceDb, type ScheduleItem } from '../../../lib/db';
import { freshDb, seenAt } from './helpers';

const TODAY = '2026-11-20';

/**
 * loadScheduleItems as it was before the payment record came from index keys: every invoice of
 * each client read in full. The reference the new one must equal.
 */
async function formerScheduleItems(today: string, lookaheadDays: number, recentDays: number, db: RelanceDb): Promise<ScheduleItem[]> {
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
    const [perClientEvents, perClient, clientRows] = await Promise.all([
      Promise.all(clientIds.map((id) => db.events.where('clientId').equals(id).toArray())),
      Promise.all(clientIds.map((id) => db.invoices.where('[clientId+dueDate]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray())),
      db.clients.bulkGet(clientIds),
    ]);
    const byInvoice = new Map<string, ReminderEvent[]>(invoices.map((i) => [i.id, []]));
    for (const event of perClientEvents.flat()) for (const id of event.invoiceIds) byInvoice.get(id)?.push(event);
    const clients = new Map(clientRows.filter((c): c is Client => c !== undefined).map((c) => [c.id, c]));
    const records = new Map<string, PaymentRecord>();
    clientIds.forEach((id, i) => {
      const paid = perClient[i]!.filter((inv) => inv.status === 'paid' && inv.paidAt);
      records.set(id, {
        paid: paid.length,
        paidLate: paid.filter((inv) => daysBetween(inv.dueDate, inv.paidAt!) > LATE_AFTER_DAYS).length,
      });
    });
    return invoices.map((invoice) => ({
      invoice,
      history: byInvoice.get(invoice.id) ?? [],
      client: clients.get(invoice.clientId),
      record: records.get(invoice.clientId),
    }));
  });
}

type Kind = 'open' | 'paid' | 'paidNoDate' | 'disputed';
function invoice(client: number, k: number, kind: Kind, dueIn: number, paidAfter: number): Invoice {
  const minor = 10_000 + k;
  const paid = kind === 'paid' || kind === 'paidNoDate';
  return {
    id: `erp.example.fr:C${client}-${k}`,
    number: `C${client}-${k}`,
    clientId: `client-${client}`,
    clientName: `Client ${client}`,
    total: { minor, currency: 'EUR' },
    amountDue: { minor: paid ? 0 : minor, currency: 'EUR' },
    dueDate: addDays(TODAY, dueIn),
    dueDateInferred: false,
    status: paid ? 'paid' : kind,
    statusSetBy: 'capture',
    kind: 'invoice',
    source: { url: 'https://erp.example.fr/list', host: 'erp.example.fr', method: 'table', seenAt },
    notes: '',
    unpaid: kind === 'open' ? 1 : 0,
    // Around the line between on time and late (LATE_AFTER_DAYS after the due date).
    paidAt: kind === 'paid' ? addDays(TODAY, dueIn + paidAfter) : undefined,
    createdAt: seenAt,
    updatedAt: seenAt,
  };
}

const clientsArb = fc.array(
  fc.record({
    invoices: fc.array(
      fc.record({
        kind: fc.constantFrom<Kind>('open', 'open', 'paid', 'paid', 'paidNoDate', 'disputed'),
        dueIn: fc.integer({ min: -90, max: 10 }),
        paidAfter: fc.integer({ min: LATE_AFTER_DAYS - 3, max: LATE_AFTER_DAYS + 3 }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    chasedDaysAgo: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
  }),
  { minLength: 1, maxLength: 4 },
);

/** The ways invoices are written: the user's payment, putInvoices, a plain put, update and modify. */
const writeArb = fc.record({
  how: fc.constantFrom('markPaid', 'putInvoices', 'bulkPut', 'update', 'modify'),
  pick: fc.nat(),
  paidIn: fc.integer({ min: -20, max: 20 }),
  reopen: fc.boolean(),
});
type Write = typeof writeArb extends fc.Arbitrary<infer W> ? W : never;

async function apply(db: RelanceDb, ids: string[], w: Write): Promise<void> {
  const id = ids[w.pick % ids.length]!;
  const before = (await db.invoices.get(id))!;
  const paidAt = addDays(before.dueDate, w.paidIn);
  const change: Partial<Invoice> = w.reopen
    ? { status: 'open', unpaid: 1, paidAt: undefined, amountDue: before.total }
    : { status: 'paid', unpaid: 0, paidAt, amountDue: { minor: 0, currency: 'EUR' } };
  if (w.how === 'markPaid') await markPaid(id, paidAt, db);
  else if (w.how === 'putInvoices')
    await db.transaction('rw', db.invoices, db.dueTotals, () => putInvoices(db, [{ before, after: { ...before, ...change } }]));
  else if (w.how === 'bulkPut') await db.invoices.bulkPut([{ ...before, ...change }]);
  else if (w.how === 'update') await db.invoices.update(id, change);
  else
    await db.invoices
      .where('id')
      .equals(id)
      .modify((row) => {
        Object.assign(row, change);
      });
}

describe("the schedule inputs' payment record", () => {
  it('equals the one counted from every invoice read in full, after any sequence of writes of every kind', async () => {
    await fc.assert(
      fc.asyncProperty(clientsArb, fc.array(writeArb, { maxLength: 6 }), async (clients, writes) => {
        const db = freshDb();
        const invoices = clients.flatMap((c, ci) => c.invoices.map((inv, k) => invoice(ci, k, inv.kind, inv.dueIn, inv.paidAfter)));
        // A chased invoice may be paid already: the thanks it deserves reads the same record.
        const events: ReminderEvent[] = clients.flatMap((c, ci) =>
          c.chasedDaysAgo === undefined
            ? []
            : [
                {
                  invoiceIds: [`erp.example.fr:C${ci}-0`],
                  clientId: `client-${ci}`,
                  stage: 'reminder1',
                  channel: 'email',
                  action: 'sent',
                  at: `${addDays(TODAY, -c.chasedDaysAgo)}T09:00:00.000Z`,
                  date: addDays(TODAY, -c.chasedDaysAgo),
                  to: [],
                } satisfies ReminderEvent,
              ],
        );
        await db.invoices.bulkPut(invoices);
        await db.events.bulkAdd(events);
        const ids = invoices.map((i) => i.id);
        expect(await loadScheduleItems(TODAY, 3, 60, db)).toEqual(await formerScheduleItems(TODAY, 3, 60, db));
        for (const w of writes) {
          await apply(db, ids, w);
          expect(await loadScheduleItems(TODAY, 3, 60, db)).toEqual(await formerScheduleItems(TODAY, 3, 60, db));
        }
        db.close();
      }),
      { numRuns: 40 },
    );
  });

  it('counts paid and paid-late invoices of a client with some of each', async () => {
    const db = freshDb();
    await db.invoices.bulkPut([
      invoice(0, 0, 'open', -10, 0),
      invoice(0, 1, 'paid', -60, LATE_AFTER_DAYS + 1),
      invoice(0, 2, 'paid', -60, LATE_AFTER_DAYS),
      invoice(0, 3, 'paidNoDate', -60, 0),
      invoice(1, 0, 'paid', -60, 40),
    ]);
    const [item] = await loadScheduleItems(TODAY, 3, 60, db);
    expect(item!.record).toEqual({ paid: 2, paidLate: 1 });
    db.close();
  });

  it('reads each invoice of the schedule once, and none of the paid invoices it does not act on', async () => {
    const db = freshDb();
    const read = countInvoiceReads();
    const paid = Array.from({ length: 40 }, (_, k) => invoice(0, k, 'paid', -100, k % 2 ? 2 : 20));
    const open = Array.from({ length: 5 }, (_, k) => invoice(0, 100 + k, 'open', -k, 0));
    await db.invoices.bulkPut([...paid, ...open]);
    const chased = paid[0]!;
    await db.events.add({
      invoiceIds: [chased.id],
      clientId: 'client-0',
      stage: 'reminder1',
      channel: 'email',
      action: 'sent',
      at: `${addDays(TODAY, -5)}T09:00:00.000Z`,
      date: addDays(TODAY, -5),
      to: [],
    });
    read.count = 0;
    const items = await loadScheduleItems(TODAY, 3, 60, db);
    expect(items.map((i) => i.invoice.id).sort()).toEqual([...open.map((i) => i.id), chased.id].sort());
    expect(items[0]!.record).toEqual({ paid: 40, paidLate: 20 });
    expect(read.count).toBe(6);
    read.restore();
    db.close();
  });
});

/**
 * Counts the invoice objects IndexedDB hands over (index keys and counts are not objects), whoever
 * asks: Dexie or a request made straight on the database (see idb-requests.ts).
 */
function countInvoiceReads(): { count: number; restore(): void } {
  const counter = { count: 0, restore: () => spies.forEach((s) => s.mockRestore()) };
  const counted = (request: IDBRequest, store: IDBObjectStore) => {
    if (store.name !== 'invoices') return request;
    request.addEventListener('success', () => {
      const result: unknown = request.result;
      counter.count += Array.isArray(result) ? result.length : result === undefined ? 0 : 1;
    });
    return request;
  };
  const spies = [
    wrap(IDBObjectStore.prototype, 'get', (r, self) => counted(r, self as IDBObjectStore)),
    wrap(IDBObjectStore.prototype, 'getAll', (r, self) => counted(r, self as IDBObjectStore)),
    wrap(IDBIndex.prototype, 'get', (r, self) => counted(r, (self as IDBIndex).objectStore)),
    wrap(IDBIndex.prototype, 'getAll', (r, self) => counted(r, (self as IDBIndex).objectStore)),
    wrap(IDBObjectStore.prototype, 'openCursor', (r, self) => cursorValues(r, self as IDBObjectStore, counter)),
    wrap(IDBIndex.prototype, 'openCursor', (r, self) => cursorValues(r, (self as IDBIndex).objectStore, counter)),
  ];
  return counter;
}

/** A value cursor hands over one object a step. */
function cursorValues(request: IDBRequest, store: IDBObjectStore, counter: { count: number }): IDBRequest {
  if (store.name === 'invoices') request.addEventListener('success', () => void (request.result && (counter.count += 1)));
  return request;
}

function wrap<T extends object>(
  proto: T,
  name: keyof T & string,
  after: (request: IDBRequest, self: unknown) => IDBRequest,
): { mockRestore(): void } {
  const original = proto[name] as unknown as (...args: unknown[]) => IDBRequest;
  const spy = vi.spyOn(proto as Record<string, (...args: unknown[]) => IDBRequest>, name);
  spy.mockImplementation(function (this: unknown, ...args: unknown[]) {
    return after(original.apply(this, args), this);
  });
  return spy;
}
