import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvoiceSchema } from '../../../lib/core';
import { markPaid, upsertDetected } from '../../../lib/db';
import { captured, freshDb } from './helpers';

const today = '2026-11-22';

describe('upsertDetected', () => {
  it('stores new invoices under <host>:<number> with amount due, client and unpaid flag', async () => {
    const db = freshDb();
    const r = await upsertDetected([captured('FA2601-0001'), captured('FA2601-0002', { clientEmail: 'Compta@Dupont.FR' })], { today }, db);
    expect(r.added).toEqual(['erp.example.fr:FA2601-0001', 'erp.example.fr:FA2601-0002']);
    const inv = await db.invoices.get('erp.example.fr:FA2601-0001');
    expect(inv).toMatchObject({
      clientId: 'boulangerie-dupont-fils',
      amountDue: { minor: 150_000, currency: 'EUR' },
      unpaid: 1,
      status: 'open',
      kind: 'invoice',
    });
    expect((await db.clients.get('boulangerie-dupont-fils'))?.emails).toEqual(['compta@dupont.fr']);
  });

  it('reports an invoice shown twice in one batch once, merging what each copy showed', async () => {
    const db = freshDb();
    const r = await upsertDetected(
      [captured('A1', { dueDate: undefined }), captured('A1', { amountDue: { minor: 50_000, currency: 'EUR' } })],
      { today },
      db,
    );
    expect(r.added).toEqual(['erp.example.fr:A1']);
    expect(await db.invoices.count()).toBe(1);
    const inv = await db.invoices.get('erp.example.fr:A1');
    expect(inv?.amountDue.minor).toBe(50_000);
    expect(inv?.status).toBe('partial');
  });

  it('infers the due date from the issue date and the payment terms when the page shows none', async () => {
    const db = freshDb();
    await upsertDetected([captured('A1', { dueDate: undefined, issueDate: '2026-01-31' })], { today, defaultPaymentTermsDays: 45 }, db);
    expect(await db.invoices.get('erp.example.fr:A1')).toMatchObject({ dueDate: '2026-03-17', dueDateInferred: true });
  });

  it('reports an unpaid invoice that the portal now shows paid, and one that was part paid', async () => {
    const db = freshDb();
    await upsertDetected([captured('A1'), captured('A2')], { today }, db);
    const r = await upsertDetected(
      [
        captured('A1', { status: 'paid', amountDue: { minor: 0, currency: 'EUR' } }),
        captured('A2', { amountDue: { minor: 100_000, currency: 'EUR' }, status: undefined }),
      ],
      { today },
      db,
    );
    expect(r.becamePaid).toEqual(['erp.example.fr:A1']);
    expect(r.partPaid).toEqual(['erp.example.fr:A2']);
    expect(await db.invoices.get('erp.example.fr:A1')).toMatchObject({ unpaid: 0, paidAt: today });
    expect(await db.invoices.get('erp.example.fr:A2')).toMatchObject({ status: 'partial', unpaid: 1 });
  });

  it('never overwrites what the user set: notes, pause, promise and a status decided in Relance', async () => {
    const db = freshDb();
    await upsertDetected([captured('A1'), captured('A2')], { today }, db);
    await db.invoices.update('erp.example.fr:A1', { notes: 'Called Mme Dupont', pausedUntil: '2026-12-01', promiseDate: '2026-11-30' });
    await markPaid('erp.example.fr:A2', today, db);
    await upsertDetected(
      [captured('A1', { total: { minor: 160_000, currency: 'EUR' } }), captured('A2', { status: 'open' })],
      { today },
      db,
    );
    expect(await db.invoices.get('erp.example.fr:A1')).toMatchObject({
      notes: 'Called Mme Dupont',
      pausedUntil: '2026-12-01',
      promiseDate: '2026-11-30',
      total: { minor: 160_000 },
    });
    expect(await db.invoices.get('erp.example.fr:A2')).toMatchObject({ status: 'paid', statusSetBy: 'user', unpaid: 0 });
  });

  it('counts a capture that changes nothing as unchanged and keeps its updatedAt', async () => {
    const db = freshDb();
    await upsertDetected([captured('A1')], { today, now: new Date('2026-11-20T10:00:00Z') }, db);
    const r = await upsertDetected(
      [
        captured('A1', {
          source: { url: 'https://erp.example.fr/x', host: 'erp.example.fr', method: 'table', seenAt: '2026-11-21T08:00:00.000Z' },
        }),
      ],
      { today, now: new Date('2026-11-21T10:00:00Z') },
      db,
    );
    expect(r.unchanged).toEqual(['erp.example.fr:A1']);
    expect((await db.invoices.get('erp.example.fr:A1'))?.updatedAt).toBe('2026-11-20T10:00:00.000Z');
  });

  it.each([
    ['a script-bearing number too long', captured('x'.repeat(65))],
    ['an absurd amount', captured('A9', { total: { minor: 1e17, currency: 'EUR' } })],
    ['a non-ISO currency', captured('A9', { total: { minor: 100, currency: 'euro' } })],
    ['an impossible date', captured('A9', { dueDate: '2026-02-31' })],
    [
      'a javascript: source url',
      captured('A9', { source: { url: 'javascript:alert(1)', host: 'x', method: 'table', seenAt: '2026-11-20T08:00:00.000Z' } }),
    ],
    ['no amount at all', captured('A9', { total: undefined })],
    ['no date at all', captured('A9', { dueDate: undefined, issueDate: undefined })],
    ['not an object', 42],
  ])('rejects %s with a reason and stores nothing for it', async (_label, bad) => {
    const db = freshDb();
    const r = await upsertDetected([bad, captured('OK1')], { today }, db);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]!.reason).toBeTruthy();
    expect(r.added).toEqual(['erp.example.fr:OK1']);
    expect(await db.invoices.count()).toBe(1);
  });

  // A merge is checked only on the fields it computes (a full parse cost as much as the write):
  // whatever the captures, every stored invoice must still pass the whole schema.
  it('stores only invoices that pass the whole schema, whatever sequence of captures, including due dates pushed past the calendar', async () => {
    const issueDate = fc.constantFrom('2026-01-31', '0001-01-01', '9999-12-20', undefined);
    const dueDate = fc.constantFrom('2026-02-28', '9999-12-31', undefined, undefined);
    const money = fc.option(fc.record({ minor: fc.integer({ min: -1e6, max: 1e6 }), currency: fc.constantFrom('EUR', 'GBP') }), {
      nil: undefined,
    });
    const row = fc.record({
      n: fc.integer({ min: 0, max: 2 }),
      issueDate,
      dueDate,
      total: money,
      amountDue: money,
      status: fc.constantFrom('open', 'paid', 'partial', 'cancelled', 'disputed', 'draft', undefined),
      kind: fc.constantFrom('invoice', 'credit-note', undefined),
      clientName: fc.constantFrom('Dupont', '!!!', 'Ünïcödé SARL'),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(row, { maxLength: 6 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 90 }),
        async (captures, terms) => {
          const db = freshDb();
          for (const rows of captures) {
            await upsertDetected(
              rows.map(({ n, ...r }) => captured(`N${n}`, r)),
              { today, defaultPaymentTermsDays: terms },
              db,
            );
          }
          for (const invoice of await db.invoices.toArray()) expect(InvoiceSchema.safeParse(invoice).error).toBeUndefined();
          db.close();
        },
      ),
      { numRuns: 40 },
    );
  });

  it('finds the stored invoice of a number padded past its length limit (read after the check, not before it)', async () => {
    const db = freshDb();
    await upsertDetected([captured('A1')], { today }, db);
    const r = await upsertDetected([captured(`A1${' '.repeat(70)}`, { total: { minor: 99_000, currency: 'EUR' } })], { today }, db);
    expect(r.updated).toEqual(['erp.example.fr:A1']);
    expect(r.added).toEqual([]);
    expect((await db.invoices.get('erp.example.fr:A1'))?.total.minor).toBe(99_000);
  });

  it('refuses a capture whose inferred due date would leave the calendar, and keeps the stored one', async () => {
    const db = freshDb();
    await upsertDetected([captured('A1', { dueDate: undefined, issueDate: '2026-01-31' })], { today }, db);
    const r = await upsertDetected([captured('A1', { dueDate: undefined, issueDate: '9999-12-20' })], { today }, db);
    expect(r.rejected).toHaveLength(1);
    expect(await db.invoices.get('erp.example.fr:A1')).toMatchObject({ dueDate: '2026-03-02', dueDateInferred: true });
  });

  it('keeps script-bearing client names as inert text', async () => {
    const db = freshDb();
    await upsertDetected([captured('A1', { clientName: '<img src=x onerror=alert(1)>' })], { today }, db);
    expect((await db.invoices.get('erp.example.fr:A1'))?.clientName).toBe('<img src=x onerror=alert(1)>');
  });

  it('treats a negative total as a credit note that is never chased', async () => {
    const db = freshDb();
    await upsertDetected([captured('AV1', { total: { minor: -15_000, currency: 'EUR' }, dueDate: '2026-01-01' })], { today }, db);
    expect(await db.invoices.get('erp.example.fr:AV1')).toMatchObject({ kind: 'credit-note', unpaid: 0 });
  });
});
