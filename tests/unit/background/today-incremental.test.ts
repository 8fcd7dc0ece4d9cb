import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../../lib/background/handlers';
import { scheduleRuns, todaySchedule } from '../../../lib/background/today';
import { workOutInFull } from '../../../lib/background/today-work';
import { addDays, type Invoice, type ReminderEvent } from '../../../lib/core';
import {
  applyInvoiceAction,
  markPaid,
  putInvoices,
  recordEvent,
  saveSettings,
  undoLastAction,
  updateClient,
  type RelanceDb,
} from '../../../lib/db';
import { freshDb, seenAt } from '../db/helpers';

// Monday 9 March 2026, a working day in France.
const DAY = '2026-03-09';
const STATUSES = ['open', 'open', 'open', 'partial', 'paid', 'disputed'] as const;

function invoice(client: number, k: number, status: (typeof STATUSES)[number], dueIn: number, minor: number): Invoice {
  const paid = status === 'paid';
  return {
    id: `erp.example.fr:C${client}-${k}`,
    number: `C${client}-${k}`,
    clientId: `client-${client}`,
    // Two clients share a name: groups of the same name keep one order whoever is read again.
    clientName: `Client ${client % 3}`,
    total: { minor, currency: client % 4 === 3 ? 'GBP' : 'EUR' },
    amountDue: { minor: paid ? 0 : minor, currency: client % 4 === 3 ? 'GBP' : 'EUR' },
    dueDate: addDays(DAY, dueIn),
    dueDateInferred: false,
    status,
    statusSetBy: 'capture',
    kind: 'invoice',
    source: { url: 'https://erp.example.fr/list', host: 'erp.example.fr', method: 'table', seenAt },
    notes: '',
    unpaid: status === 'open' || status === 'partial' ? 1 : 0,
    paidAt: paid ? addDays(DAY, dueIn + 5) : undefined,
    createdAt: seenAt,
    updatedAt: seenAt,
  };
}

function sent(inv: Invoice, daysAgo: number, stage: ReminderEvent['stage'] = 'reminder1'): Omit<ReminderEvent, 'id'> {
  const date = addDays(DAY, -daysAgo);
  return {
    invoiceIds: [inv.id],
    clientId: inv.clientId,
    stage,
    channel: 'email',
    action: 'sent',
    at: `${date}T09:00:00.000Z`,
    date,
    to: [],
  };
}

const invoiceArb = fc.record({
  status: fc.constantFrom(...STATUSES),
  // Half of them within the courtesy window's reach, which a settings change narrows or widens.
  dueIn: fc.oneof(fc.integer({ min: -80, max: 8 }), fc.integer({ min: 0, max: 8 })),
  minor: fc.integer({ min: 1, max: 5 }).map((n) => n * 10_000),
  chasedDaysAgo: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
});
const clientsArb = fc.array(fc.array(invoiceArb, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });

/** The writes the desk, the popup, webmail and capture make, and a few only an import or a bug would. */
const writeArb = fc.record({
  how: fc.constantFrom(
    'markPaid',
    'payment',
    'part-payment',
    'call',
    'promise',
    'dispute',
    'pause',
    'undo',
    'sent',
    'sent-long-ago',
    'client-tone',
    'client-paused',
    'new-invoice',
    'new-client',
    'put',
    'delete-invoice',
    'delete-event',
    'settings-courtesy',
    'settings-other',
    'bulk',
  ),
  pick: fc.nat(),
  n: fc.integer({ min: 1, max: 20 }),
});
type Write = typeof writeArb extends fc.Arbitrary<infer W> ? W : never;

/** A write that names no rows the background can tell: it must work the schedule out in full. */
const UNATTRIBUTED = new Set(['bulk']);

async function apply(db: RelanceDb, w: Write): Promise<void> {
  const all = await db.invoices.toArray();
  if (all.length === 0) return;
  const one = all[w.pick % all.length]!;
  const ofClient = all.filter((i) => i.clientId === one.clientId).map((i) => i.id);
  switch (w.how) {
    case 'markPaid':
      return void (await markPaid(one.id, DAY, db));
    case 'payment':
      return void (await applyInvoiceAction([one.id], { kind: 'payment', date: DAY }, DAY, db));
    case 'part-payment':
      return void (await applyInvoiceAction([one.id], { kind: 'payment', date: DAY, amount: { ...one.amountDue, minor: 1 } }, DAY, db));
    case 'call':
      return void (await applyInvoiceAction(ofClient, { kind: 'call', outcome: 'reached' }, DAY, db));
    case 'promise':
      return void (await applyInvoiceAction([one.id], { kind: 'promise', date: addDays(DAY, w.n % 5) }, DAY, db));
    case 'dispute':
      return void (await applyInvoiceAction([one.id], { kind: 'dispute', reason: 'not received' }, DAY, db));
    case 'pause':
      return void (await applyInvoiceAction(ofClient, { kind: 'pause', until: addDays(DAY, w.n) }, DAY, db));
    case 'undo':
      return void (await undoLastAction(one.id, db));
    case 'sent':
      return void (await recordEvent(sent(one, w.n % 3), db));
    case 'sent-long-ago':
      return void (await recordEvent(sent(one, 60 + w.n, 'courtesy'), db));
    case 'client-tone':
      return void (await updateClient(one.clientId, { tone: w.n % 2 ? 'firm' : 'gentle' }, db));
    case 'client-paused':
      return void (await updateClient(one.clientId, { paused: w.n % 2 === 1 }, db));
    case 'new-invoice':
    case 'new-client': {
      const client = w.how === 'new-client' ? 100 + w.n : Number(one.clientId.split('-')[1]);
      const after = invoice(client, 50 + w.pick, 'open', -w.n, w.n * 1000);
      return db.transaction('rw', db.invoices, db.dueTotals, () => putInvoices(db, [{ after }]));
    }
    case 'put':
      // A plain put, as a test or a future writer would make: an earlier due date, sometimes a promise broken.
      return void (await db.invoices.put({
        ...one,
        dueDate: addDays(one.dueDate, -w.n),
        ...(w.n % 2 ? { promiseDate: addDays(DAY, -1) } : {}),
        updatedAt: seenAt,
      }));
    case 'delete-invoice':
      return db.invoices.delete(one.id);
    case 'delete-event': {
      const ids = await db.events.toCollection().primaryKeys();
      if (ids.length) await db.events.delete(ids[w.pick % ids.length]!);
      return;
    }
    case 'settings-courtesy':
      return void (await saveSettings({ schedule: { courtesyDaysBefore: w.n % 8 } }, db));
    case 'settings-other':
      return void (await saveSettings({ uiLanguage: w.n % 2 ? 'en' : 'fr' }, db));
    case 'bulk':
      // A bulk change (an import's 50 rows and more): Dexie names no rows.
      return void (await db.invoices.bulkPut(Array.from({ length: 60 }, (_, i) => ({ ...all[i % all.length]!, notes: `n${w.n}` }))));
  }
}

async function seed(clients: { status: (typeof STATUSES)[number]; dueIn: number; minor: number; chasedDaysAgo?: number }[][]) {
  const db = freshDb();
  const invoices = clients.flatMap((list, c) => list.map((i, k) => invoice(c, k, i.status, i.dueIn, i.minor)));
  await db.transaction('rw', db.invoices, db.dueTotals, () =>
    putInvoices(
      db,
      invoices.map((after) => ({ after })),
    ),
  );
  const chased = clients.flatMap((list, c) =>
    list.flatMap((i, k) =>
      i.chasedDaysAgo === undefined
        ? []
        : [
            sent(
              invoices.find((v) => v.number === `C${c}-${k}`)!,
              i.chasedDaysAgo,
            ),
          ],
    ),
  );
  await db.events.bulkAdd(chased);
  return db;
}

describe("today's schedule after a write, worked out for the clients it touched", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-09T09:00:00'));
  });
  afterEach(() => vi.useRealTimers());

  it('equals the schedule worked out in full, after each write of any random sequence', async () => {
    let partial = 0;
    await fc.assert(
      fc.asyncProperty(clientsArb, fc.array(writeArb, { minLength: 1, maxLength: 8 }), async (clients, writes) => {
        const db = await seed(clients);
        await todaySchedule(DAY, db);
        for (const w of writes) {
          // A refused action (paying a paid invoice, say) writes nothing: the kept schedule must still be right.
          await apply(db, w).catch((e: Error) => expect(e.name).toBe('ActionRefusedError'));
          const before = { ...scheduleRuns };
          const kept = await todaySchedule(DAY, db);
          const [full] = await workOutInFull(DAY, 0, db);
          expect(kept).toEqual(full);
          // Only a deleted invoice the kept schedule never read (a paid one) cannot be put down to its client.
          if (UNATTRIBUTED.has(w.how)) expect(scheduleRuns.partial).toBe(before.partial);
          else if (w.how !== 'delete-invoice') expect(scheduleRuns.full).toBe(before.full);
          partial += scheduleRuns.partial - before.partial;
        }
        db.close();
      }),
      { numRuns: 50 },
    );
    expect(partial).toBeGreaterThan(100);
  }, 90_000); // a few hundred writes, each checked against a full recompute: seconds, more on a loaded machine
});

describe('Today answered to the desk right after it records something', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-09T09:00:00'));
  });
  afterEach(() => vi.useRealTimers());

  it('never shows what was just done as still to do, and reads only that client again', async () => {
    const db = await seed([
      [{ status: 'open', dueIn: -9, minor: 30_000 }],
      [
        { status: 'open', dueIn: -9, minor: 25_000 },
        { status: 'open', dueIn: -12, minor: 10_000 },
      ],
    ]);
    const handlers = createHandlers({}, db);
    const page = { kind: 'extension-page' } as const;
    const before = await handlers['ui:today']({ type: 'ui:today', limit: 10 }, page);
    expect(before.groups.map((g) => [g.clientId, g.invoices.length])).toEqual([
      ['client-1', 2],
      ['client-0', 1],
    ]);
    const runs = { ...scheduleRuns };
    await handlers['ui:invoiceAction'](
      { type: 'ui:invoiceAction', invoiceIds: ['erp.example.fr:C1-0'], action: { kind: 'payment', date: DAY } },
      page,
    );
    const after = await handlers['ui:today']({ type: 'ui:today', limit: 10 }, page);
    expect(after.groups.map((g) => [g.clientId, g.invoices.map((i) => i.number)])).toEqual([
      ['client-0', ['C0-0']],
      ['client-1', ['C1-1']],
    ]);
    expect(after.done).toBe(before.done + 1);
    expect(scheduleRuns).toEqual({ full: runs.full, partial: runs.partial + 1 });
    db.close();
  });
});
