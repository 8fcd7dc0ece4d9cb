import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultSettings, type Invoice } from '../../../lib/core';
import {
  ActionRefusedError,
  applyInvoiceAction,
  countOverdue,
  rebuildDueTotals,
  undoLastAction,
  updateClient,
  upsertDetected,
  type RelanceDb,
} from '../../../lib/db';
import { nextAction } from '../../../lib/dunning';
import { captured, freshDb } from './helpers';

const TODAY = '2026-11-20';

async function seeded(): Promise<RelanceDb> {
  const db = freshDb();
  await upsertDetected(
    [captured('FA-1'), captured('FA-2', { dueDate: '2026-11-10', total: { minor: 40_000, currency: 'EUR' } })] as never,
    { today: TODAY },
    db,
  );
  return db;
}

const get = async (db: RelanceDb, n: string) => (await db.invoices.get(`erp.example.fr:${n}`))!;
const id = (n: string) => `erp.example.fr:${n}`;

/** The due totals must always equal a recount from the invoices themselves. */
async function expectTotalsExact(db: RelanceDb) {
  const kept = await db.dueTotals.toArray();
  await rebuildDueTotals(db);
  expect(await db.dueTotals.toArray()).toEqual(kept);
}

function schedule(db: RelanceDb, invoice: Invoice, today = TODAY) {
  return db.events
    .where('invoiceIds')
    .equals(invoice.id)
    .toArray()
    .then((history) => nextAction({ invoice, history, settings: defaultSettings(), today }));
}

describe('desk actions on an invoice', () => {
  it('a part payment lowers the amount due, the reminder asks for what remains, and undo puts it back', async () => {
    const db = await seeded();
    const [event] = await applyInvoiceAction(
      [id('FA-1')],
      { kind: 'payment', date: '2026-11-19', amount: { minor: 50_000, currency: 'EUR' } },
      TODAY,
      db,
    );
    const inv = await get(db, 'FA-1');
    expect(inv).toMatchObject({ status: 'partial', statusSetBy: 'user', amountDue: { minor: 100_000, currency: 'EUR' }, unpaid: 1 });
    expect(event).toMatchObject({
      action: 'payment',
      channel: 'manual',
      amount: { minor: 50_000 },
      date: '2026-11-19',
      clientId: inv.clientId,
    });
    expect((await schedule(db, inv))?.amountDue).toEqual({ minor: 100_000, currency: 'EUR' });
    await expectTotalsExact(db);

    const undone = await undoLastAction(id('FA-1'), db);
    expect(undone?.action).toBe('payment');
    expect(await get(db, 'FA-1')).toMatchObject({ status: 'open', statusSetBy: 'capture', amountDue: { minor: 150_000 } });
    expect(await db.events.count()).toBe(0);
    await expectTotalsExact(db);
  });

  it('a full payment marks the invoice paid on the payment date and takes it out of the overdue count', async () => {
    const db = await seeded();
    expect(await countOverdue(TODAY, db)).toBe(2);
    await applyInvoiceAction([id('FA-2')], { kind: 'payment', date: TODAY }, TODAY, db);
    expect(await get(db, 'FA-2')).toMatchObject({ status: 'paid', paidAt: TODAY, unpaid: 0, amountDue: { minor: 0 } });
    expect(await countOverdue(TODAY, db)).toBe(1);
    await expectTotalsExact(db);
  });

  it('refuses a payment above the amount due, in another currency, in the future, or on a paid invoice, and writes nothing', async () => {
    const db = await seeded();
    const refused = [
      { kind: 'payment', date: TODAY, amount: { minor: 40_001, currency: 'EUR' } },
      { kind: 'payment', date: TODAY, amount: { minor: 100, currency: 'GBP' } },
      { kind: 'payment', date: '2026-11-21' },
    ] as const;
    for (const action of refused) await expect(applyInvoiceAction([id('FA-2')], action, TODAY, db)).rejects.toThrow(ActionRefusedError);
    await applyInvoiceAction([id('FA-2')], { kind: 'payment', date: TODAY }, TODAY, db);
    await expect(applyInvoiceAction([id('FA-2')], { kind: 'payment', date: TODAY }, TODAY, db)).rejects.toThrow('is paid');
    expect(await db.events.count()).toBe(1);
  });

  it('a bulk action is all or nothing: one refused invoice leaves the others untouched', async () => {
    const db = await seeded();
    await applyInvoiceAction([id('FA-2')], { kind: 'cancel' }, TODAY, db);
    await expect(applyInvoiceAction([id('FA-1'), id('FA-2')], { kind: 'pause', until: '2026-11-30' }, TODAY, db)).rejects.toThrow(
      ActionRefusedError,
    );
    expect((await get(db, 'FA-1')).pausedUntil).toBeUndefined();
    expect(await db.events.count()).toBe(1);
  });

  it('a promise stops the chase until the day after its date; a broken promise brings the next step back', async () => {
    const db = await seeded();
    await applyInvoiceAction([id('FA-1')], { kind: 'promise', date: '2026-11-25' }, TODAY, db);
    const inv = await get(db, 'FA-1');
    expect(inv.promiseDate).toBe('2026-11-25');
    expect(await schedule(db, inv, '2026-11-25')).toBeNull();
    const after = await schedule(db, inv, '2026-11-26');
    expect(after?.stage).toBe('reminder1');
    expect(after!.date > '2026-11-25').toBe(true);
    await expect(applyInvoiceAction([id('FA-1')], { kind: 'promise', date: '2026-11-19' }, TODAY, db)).rejects.toThrow('today or later');
  });

  it('a dispute takes the invoice out of the chase and the overdue count; resume puts it back', async () => {
    const db = await seeded();
    await applyInvoiceAction([id('FA-1')], { kind: 'dispute', reason: 'Goods returned' }, TODAY, db);
    const inv = await get(db, 'FA-1');
    expect(inv).toMatchObject({ status: 'disputed', unpaid: 0 });
    expect(await schedule(db, inv)).toBeNull();
    expect(await countOverdue(TODAY, db)).toBe(1);
    await applyInvoiceAction([id('FA-1')], { kind: 'resume' }, TODAY, db);
    expect(await get(db, 'FA-1')).toMatchObject({ status: 'open', unpaid: 1 });
    expect(await countOverdue(TODAY, db)).toBe(2);
    await expectTotalsExact(db);
  });

  it('a logged call counts as the call stage done and records its outcome; "promised" sets the promise', async () => {
    const db = await seeded();
    const [event] = await applyInvoiceAction(
      [id('FA-2')],
      { kind: 'call', outcome: 'promised', promiseDate: '2026-11-27', note: 'Mme Dupont, accounts' },
      TODAY,
      db,
    );
    expect(event).toMatchObject({ action: 'called', stage: 'call', channel: 'phone', outcome: 'promised', until: '2026-11-27' });
    expect((await get(db, 'FA-2')).promiseDate).toBe('2026-11-27');
    await undoLastAction(id('FA-2'), db);
    expect((await get(db, 'FA-2')).promiseDate).toBeUndefined();
  });

  it('a pause, a cancellation and a corrected due date move the invoice and can be undone one after the other', async () => {
    const db = await seeded();
    await applyInvoiceAction([id('FA-1')], { kind: 'correct-due-date', dueDate: '2026-12-15' }, TODAY, db);
    await applyInvoiceAction([id('FA-1')], { kind: 'pause', until: '2026-12-31' }, TODAY, db);
    expect(await get(db, 'FA-1')).toMatchObject({ dueDate: '2026-12-15', pausedUntil: '2026-12-31' });
    expect(await countOverdue(TODAY, db)).toBe(1);
    expect((await undoLastAction(id('FA-1'), db))?.action).toBe('pause');
    expect((await undoLastAction(id('FA-1'), db))?.action).toBe('correct');
    expect(await get(db, 'FA-1')).toMatchObject({ dueDate: '2026-10-31' });
    expect(await undoLastAction(id('FA-1'), db)).toBeNull();
    await applyInvoiceAction([id('FA-1')], { kind: 'cancel' }, TODAY, db);
    expect(await get(db, 'FA-1')).toMatchObject({ status: 'cancelled', unpaid: 0 });
    await expectTotalsExact(db);
  });

  it('what the user decided outlives a later capture of the page', async () => {
    const db = await seeded();
    await applyInvoiceAction([id('FA-1')], { kind: 'dispute', reason: 'Wrong quantity' }, TODAY, db);
    await applyInvoiceAction([id('FA-2')], { kind: 'promise', date: '2026-11-30' }, TODAY, db);
    await upsertDetected(
      [captured('FA-1'), captured('FA-2', { dueDate: '2026-11-10', total: { minor: 40_000, currency: 'EUR' } })] as never,
      { today: TODAY },
      db,
    );
    expect((await get(db, 'FA-1')).status).toBe('disputed');
    expect((await get(db, 'FA-2')).promiseDate).toBe('2026-11-30');
  });

  it('a corrected due date outlives later captures of the page until the correction is undone', async () => {
    const db = await seeded();
    await applyInvoiceAction([id('FA-1')], { kind: 'correct-due-date', dueDate: '2026-12-15' }, TODAY, db);
    // The portal still shows its wrong date, or another one: the user's date stays, and the schedule counts from it.
    for (const dueDate of ['2026-10-31', '2026-11-05', undefined]) {
      await upsertDetected([captured('FA-1', { dueDate, amountDue: { minor: 150_000, currency: 'EUR' } })] as never, { today: TODAY }, db);
      expect(await get(db, 'FA-1')).toMatchObject({ dueDate: '2026-12-15', dueDateSetBy: 'user' });
    }
    expect(await countOverdue(TODAY, db)).toBe(1);
    // Undone, the date is the portal's again: the next capture moves it.
    await undoLastAction(id('FA-1'), db);
    expect((await get(db, 'FA-1')).dueDateSetBy).toBeUndefined();
    await upsertDetected([captured('FA-1', { dueDate: '2026-11-05' })] as never, { today: TODAY }, db);
    expect((await get(db, 'FA-1')).dueDate).toBe('2026-11-05');
    await expectTotalsExact(db);
  });

  it('a payment the user recorded is never raised back by a capture; a lower amount the portal booked since is taken', async () => {
    // Generated: any part payment, then any amount the portal shows afterwards (the full total when it has not booked it yet).
    const total = 150_000;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: total }), fc.integer({ min: 0, max: total }), async (paid, shown) => {
        const db = await seeded();
        await applyInvoiceAction([id('FA-1')], { kind: 'payment', date: TODAY, amount: { minor: paid, currency: 'EUR' } }, TODAY, db);
        const left = total - paid;
        await upsertDetected([captured('FA-1', { amountDue: { minor: shown, currency: 'EUR' } })] as never, { today: TODAY }, db);
        const after = await get(db, 'FA-1');
        const due = Math.min(left, shown);
        expect(after.amountDue).toEqual({ minor: due, currency: 'EUR' });
        expect(after.status).toBe(due === 0 ? 'paid' : 'partial');
        expect(after.unpaid).toBe(due === 0 ? 0 : 1);
        await expectTotalsExact(db);
      }),
      { numRuns: 25 },
    );
  });

  it('notes accumulate on the invoice with their date, and are in the timeline', async () => {
    const db = await seeded();
    await applyInvoiceAction([id('FA-1')], { kind: 'note', text: 'Cheque in the post' }, TODAY, db);
    await applyInvoiceAction([id('FA-1')], { kind: 'note', text: 'Call back Monday' }, TODAY, db);
    expect((await get(db, 'FA-1')).notes).toBe(`${TODAY}: Cheque in the post\n${TODAY}: Call back Monday`);
    expect((await db.events.toArray()).map((e) => e.note)).toEqual(['Cheque in the post', 'Call back Monday']);
  });
});

describe('client corrections', () => {
  it('sets addresses (deduplicated), tone, relationship and notes; null gives the tone back to the schedule', async () => {
    const db = await seeded();
    const clientId = (await get(db, 'FA-1')).clientId;
    let c = await updateClient(
      clientId,
      { emails: ['Compta@dupont.fr', 'compta@dupont.fr', 'boss@dupont.fr'], tone: 'firm', since: '2019-03-01', notes: 'Pays on the 10th' },
      db,
    );
    expect(c).toMatchObject({
      emails: ['compta@dupont.fr', 'boss@dupont.fr'],
      tone: 'firm',
      since: '2019-03-01',
      notes: 'Pays on the 10th',
    });
    c = await updateClient(clientId, { tone: null, since: null, pausedUntil: '2026-12-04' }, db);
    expect(c.tone).toBeUndefined();
    expect(c.since).toBeUndefined();
    expect(c.pausedUntil).toBe('2026-12-04');
    expect((await updateClient(clientId, { pausedUntil: null }, db)).pausedUntil).toBeUndefined();
    await expect(updateClient(clientId, { emails: ['not an address'] }, db)).rejects.toThrow();
    await expect(updateClient('nobody', { notes: 'x' }, db)).rejects.toThrow('not found');
  });

  it('an address the user removed is not learned again from the portal page that showed it, and the change is in the timeline', async () => {
    const db = freshDb();
    const wrong = { clientEmail: 'old@dupont.fr' };
    await upsertDetected([captured('FA-1', wrong), captured('FA-2', { ...wrong, status: 'paid' })] as never, { today: TODAY }, db);
    const clientId = (await get(db, 'FA-1')).clientId;
    expect((await db.clients.get(clientId))!.emails).toEqual(['old@dupont.fr']);
    await updateClient(clientId, { emails: ['compta@dupont.fr'] }, db, TODAY);
    await upsertDetected([captured('FA-1', wrong), captured('FA-3', wrong)] as never, { today: TODAY }, db);
    const client = (await db.clients.get(clientId))!;
    expect(client.emails).toEqual(['compta@dupont.fr']);
    expect(client.emailSources.map((s) => [s.email, s.from])).toEqual([['compta@dupont.fr', 'user']]);
    // The change is one entry on the invoices still owed, with the addresses kept; nothing else changed no entry.
    const events = await db.events.toArray();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'correct', channel: 'manual', clientId, date: TODAY, to: ['compta@dupont.fr'] });
    expect(events[0]!.invoiceIds).toEqual([id('FA-1')]);
    await updateClient(clientId, { notes: 'Pays on the 10th', emails: ['compta@dupont.fr'] }, db, TODAY);
    expect(await db.events.count()).toBe(1);
    // Put back by the user, it is theirs again, and a page showing it changes nothing.
    await updateClient(clientId, { emails: ['compta@dupont.fr', 'old@dupont.fr'] }, db, TODAY);
    expect((await db.clients.get(clientId))!.removedEmails).toEqual([]);
    await updateClient(clientId, { emails: ['compta@dupont.fr'] }, db, TODAY);
    await upsertDetected([captured('FA-4', { clientEmail: 'other@dupont.fr' })] as never, { today: TODAY }, db);
    expect((await db.clients.get(clientId))!.emails).toEqual(['compta@dupont.fr', 'other@dupont.fr']);
  });

  it('Undo on an invoice of the client takes a change of addresses back, then the action before it', async () => {
    const db = await seeded();
    const clientId = (await get(db, 'FA-1')).clientId;
    await updateClient(clientId, { emails: ['old@dupont.fr'] }, db, TODAY);
    await applyInvoiceAction([id('FA-1')], { kind: 'promise', date: '2026-11-30' }, TODAY, db);
    const kept = (await db.clients.get(clientId))!;
    await updateClient(clientId, { emails: ['compta@dupont.fr'] }, db, TODAY);
    expect((await db.clients.get(clientId))!.removedEmails).toEqual(['old@dupont.fr']);
    expect((await undoLastAction(id('FA-2'), db))?.action).toBe('correct');
    expect(await db.clients.get(clientId)).toMatchObject({
      emails: kept.emails,
      emailSources: kept.emailSources,
      removedEmails: kept.removedEmails,
    });
    expect((await undoLastAction(id('FA-1'), db))?.action).toBe('promise');
    expect((await get(db, 'FA-1')).promiseDate).toBeUndefined();
    // The first change of addresses is the one left in the timeline.
    expect((await db.events.toArray()).map((e) => [e.action, e.to])).toEqual([['correct', ['old@dupont.fr']]]);
  });

  it('gives a client known only from its invoices a record of its own', async () => {
    const db = await seeded();
    const clientId = (await get(db, 'FA-1')).clientId;
    await db.clients.clear();
    const c = await updateClient(clientId, { emails: ['compta@dupont.fr'] }, db);
    expect(c).toMatchObject({ id: clientId, name: 'Boulangerie Dupont & Fils', emails: ['compta@dupont.fr'], paused: false });
    expect(await db.clients.count()).toBe(1);
  });
});
