import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type Invoice, type InvoiceStatus, type ReminderEvent } from '../../../lib/core';
import { loadScheduleInputs, loadScheduleItems } from '../../../lib/db';
import { freshDb, seenAt } from './helpers';

const TODAY = '2026-11-20';

function invoice(client: number, k: number, status: InvoiceStatus, dueIn: number): Invoice {
  const minor = 10_000 + k;
  return {
    id: `erp.example.fr:C${client}-${k}`,
    number: `C${client}-${k}`,
    clientId: `client-${client}`,
    clientName: `Client ${client}`,
    total: { minor, currency: 'EUR' },
    amountDue: { minor: status === 'paid' ? 0 : minor, currency: 'EUR' },
    issueDate: addDays(TODAY, dueIn - 30),
    dueDate: addDays(TODAY, dueIn),
    dueDateInferred: false,
    status,
    statusSetBy: 'capture',
    kind: 'invoice',
    source: { url: 'https://erp.example.fr/list', host: 'erp.example.fr', method: 'table', seenAt },
    notes: '',
    unpaid: status === 'open' || status === 'partial' ? 1 : 0,
    paidAt: status === 'paid' ? addDays(TODAY, dueIn + 12) : undefined,
    createdAt: seenAt,
    updatedAt: seenAt,
  };
}

const STATUSES: InvoiceStatus[] = ['open', 'open', 'partial', 'paid', 'disputed'];
/** Clients, each with invoices (status, due in days) and events, each naming some of that client's invoices. */
const data = fc.array(
  fc.record({
    invoices: fc.array(fc.record({ status: fc.constantFrom(...STATUSES), dueIn: fc.integer({ min: -200, max: 10 }) }), {
      minLength: 1,
      maxLength: 5,
    }),
    events: fc.array(
      fc.record({
        picks: fc.uniqueArray(fc.nat(4), { minLength: 1, maxLength: 3 }),
        daysAgo: fc.integer({ min: 0, max: 120 }),
        stage: fc.constantFrom('reminder1', 'reminder2', 'call', 'courtesy') as fc.Arbitrary<ReminderEvent['stage']>,
      }),
      { maxLength: 6 },
    ),
  }),
  { minLength: 1, maxLength: 4 },
);

describe('the schedule inputs', () => {
  it("give each invoice every event that names it, its client's payment record, read per client", async () => {
    await fc.assert(
      fc.asyncProperty(data, async (clients) => {
        const db = freshDb();
        const invoices = clients.flatMap((c, ci) => c.invoices.map((inv, k) => invoice(ci, k, inv.status, inv.dueIn)));
        const events: ReminderEvent[] = clients.flatMap((c, ci) =>
          c.events.map((e) => {
            const date = addDays(TODAY, -e.daysAgo);
            const ids = [...new Set(e.picks.map((p) => `erp.example.fr:C${ci}-${p % c.invoices.length}`))];
            return {
              invoiceIds: ids,
              clientId: `client-${ci}`,
              stage: e.stage,
              channel: 'email',
              action: 'sent',
              at: `${date}T09:00:00.000Z`,
              date,
              to: [],
            };
          }),
        );
        await db.invoices.bulkPut(invoices);
        await db.events.bulkAdd(events);
        const items = await loadScheduleItems(TODAY, 3, 60, db);
        const open = invoices.filter((i) => i.unpaid === 1 && i.dueDate <= addDays(TODAY, 3));
        // Every unpaid invoice is there, and each invoice's history is exactly the events that name it.
        expect(items.map((i) => i.invoice.id)).toEqual(expect.arrayContaining(open.map((i) => i.id)));
        for (const item of items) {
          const expected = events.filter((e) => e.invoiceIds.includes(item.invoice.id)).map((e) => `${e.at}|${e.invoiceIds.join()}`);
          expect(item.history.map((e) => `${e.at}|${e.invoiceIds.join()}`).sort()).toEqual(expected.sort());
          const paid = invoices.filter((i) => i.clientId === item.invoice.clientId && i.status === 'paid');
          expect(item.record).toEqual({ paid: paid.length, paidLate: paid.filter((i) => i.paidAt! > addDays(i.dueDate, 7)).length });
        }
        db.close();
      }),
      { numRuns: 30 },
    );
  });

  const sent = (invoiceIds: string[], clientId: string, daysAgo: number): ReminderEvent => {
    const date = addDays(TODAY, -daysAgo);
    return { invoiceIds, clientId, stage: 'reminder1', channel: 'email', action: 'sent', at: `${date}T09:00:00.000Z`, date, to: [] };
  };

  it('hands back the events of the recent days it read, and no older one', async () => {
    const db = freshDb();
    await db.invoices.bulkPut([invoice(0, 0, 'open', -20), invoice(0, 1, 'paid', -90)]);
    await db.events.bulkAdd([sent(['erp.example.fr:C0-0'], 'client-0', 2), sent(['erp.example.fr:C0-1'], 'client-0', 61)]);
    const { items, recent } = await loadScheduleInputs(TODAY, 3, 60, db);
    expect(recent.map((e) => e.date)).toEqual([addDays(TODAY, -2)]);
    // The paid invoice chased 61 days ago is out of the window: no thanks to plan for it.
    expect(items.map((i) => i.invoice.id)).toEqual(['erp.example.fr:C0-0']);
    db.close();
  });

  it("gives an invoice chased for one client, then given to another, its new client's row, record and its history", async () => {
    const db = freshDb();
    const moved = { ...invoice(0, 0, 'paid', -30), clientId: 'client-1', clientName: 'Client 1' };
    await db.invoices.bulkPut([moved, invoice(1, 5, 'paid', -50), invoice(0, 1, 'open', -10)]);
    const client = (id: string, emails: string[]) => ({
      id,
      name: id,
      emails,
      emailSources: [],
      paused: false,
      createdAt: seenAt,
      updatedAt: seenAt,
    });
    await db.clients.bulkPut([client('client-0', []), client('client-1', ['compta@client1.fr'])]);
    await db.events.add(sent([moved.id], 'client-0', 5));
    const items = await loadScheduleItems(TODAY, 3, 60, db);
    const item = items.find((i) => i.invoice.id === moved.id)!;
    expect(item.client?.id).toBe('client-1');
    expect(item.record).toEqual({ paid: 2, paidLate: 2 });
    expect(item.history.map((e) => e.date)).toEqual([addDays(TODAY, -5)]);
    expect(items.find((i) => i.invoice.id === 'erp.example.fr:C0-1')!.record).toEqual({ paid: 0, paidLate: 0 });
    db.close();
  });

  it('leaves out an invoice chased and deleted since', async () => {
    const db = freshDb();
    await db.invoices.bulkPut([invoice(0, 0, 'open', -10)]);
    await db.events.bulkAdd([sent(['erp.example.fr:C0-9'], 'client-0', 3), sent(['erp.example.fr:C7-1'], 'client-7', 3)]);
    const items = await loadScheduleItems(TODAY, 3, 60, db);
    expect(items.map((i) => i.invoice.id)).toEqual(['erp.example.fr:C0-0']);
    db.close();
  });
});
