import { describe, expect, it } from 'vitest';
import {
  applyInvoiceAction,
  importEInvoices,
  planEInvoiceImport,
  rebuildDueTotals,
  upsertDetected,
  type EInvoiceImportItem,
  type RelanceDb,
} from '../../../lib/db';
import { readEInvoice, type EInvoice } from '../../../lib/einvoice';
import { fixture } from '../einvoice/files';
import { freshDb, seenAt } from './helpers';

const options = { today: '2026-11-22', now: new Date('2026-11-22T09:00:00.000Z') };

async function item(name: string): Promise<EInvoiceImportItem> {
  const bytes = fixture(name);
  return { einvoice: await readEInvoice(bytes, name), file: { name, type: name.endsWith('.pdf') ? 'application/pdf' : 'text/xml', bytes } };
}

/** The due totals after the import equal those recomputed from scratch. */
async function totalsConsistent(db: RelanceDb): Promise<void> {
  const kept = await db.dueTotals.toArray();
  await rebuildDueTotals(db);
  expect(kept).toEqual(await db.dueTotals.toArray());
}

const portal = (over: Record<string, unknown> = {}) => ({
  number: 'FA-2017-0010',
  clientName: 'Ma Jolie Boutique',
  total: { minor: 67_115, currency: 'EUR' },
  issueDate: '2017-11-13',
  status: 'open',
  source: { url: 'https://erp.example.fr/facture/list.php', host: 'erp.example.fr', method: 'table', seenAt },
  ...over,
});

describe('importEInvoices', () => {
  it('adds invoices, clients and the PDF copies in one go; a file is the source', async () => {
    const db = freshDb();
    const items = await Promise.all(
      [
        'Facture_FR_BASICWL.pdf',
        'XRECHNUNG_Einfach.ubl.xml',
        'ubl-tc434-creditnote1.xml',
        'EN16931_Einfach_negativePaymentDue.cii.xml',
      ].map(item),
    );
    const result = await importEInvoices(items, options, db);
    expect(result).toMatchObject({ added: 3, updated: 1, refused: 0, files: 1 });
    // negativePaymentDue is invoice 471102 of Kunden AG Mitte, like XRECHNUNG_Einfach: one invoice.
    expect(result.rows.map((r) => r.action)).toEqual(['add', 'add', 'add', 'update']);

    const fa = await db.invoices.get('einvoice:FA-2017-0010');
    expect(fa).toMatchObject({
      clientId: 'ma-jolie-boutique',
      total: { minor: 67_115, currency: 'EUR' },
      amountDue: { minor: 47_015, currency: 'EUR' },
      issueDate: '2017-11-13',
      dueDate: '2017-12-13',
      dueDateInferred: false,
      status: 'partial',
      unpaid: 1,
      kind: 'invoice',
      source: { url: 'file:///Facture_FR_BASICWL.pdf', host: 'einvoice', method: 'import', seenAt: '2026-11-22T09:00:00.000Z' },
    });
    // Overpaid (amount due −529,87): nothing to chase.
    expect(await db.invoices.get('einvoice:471102')).toMatchObject({
      amountDue: { minor: -52_987, currency: 'EUR' },
      status: 'paid',
      unpaid: 0,
      paidAt: '2026-11-22',
    });
    expect(await db.invoices.get('einvoice:018304 / 28865')).toMatchObject({
      kind: 'credit-note',
      amountDue: { minor: -10_011, currency: 'EUR' },
      unpaid: 0,
    });
    expect((await db.clients.get('kunden-ag-mitte'))?.emails).toEqual(['info@kunde.de']);
    expect((await db.clients.get('my-customer-company'))?.emails).toEqual(['pete.smith@mycustomercompany.be']);
    const files = await db.files.toArray();
    expect(files.map((f) => [f.invoiceId, f.name, f.origin, f.size])).toEqual([
      ['einvoice:FA-2017-0010', 'Facture_FR_BASICWL.pdf', 'einvoice', 91_446],
    ]);
    await totalsConsistent(db);
  });

  it('makes a captured invoice and the e-invoice of the same number and client one invoice, keeping what the user decided', async () => {
    const db = freshDb();
    await upsertDetected([portal()], { today: options.today, defaultPaymentTermsDays: 45 }, db);
    const id = 'erp.example.fr:FA-2017-0010';
    const captured = (await db.invoices.get(id))!;
    expect(captured).toMatchObject({ dueDateInferred: true, dueDate: '2017-12-28' });
    await db.invoices.toCollection().modify({
      notes: 'called Monday',
      promiseDate: '2017-12-20',
      pausedUntil: '2017-12-15',
      status: 'disputed',
      statusSetBy: 'user',
      unpaid: 0,
    });
    await rebuildDueTotals(db);

    const result = await importEInvoices([await item('Facture_FR_BASICWL.pdf')], options, db);
    expect(result.rows).toEqual([{ action: 'update', id, number: 'FA-2017-0010' }]);
    expect(await db.invoices.count()).toBe(1);
    expect(await db.invoices.get(id)).toMatchObject({
      // The file's facts where the portal showed less: the amount due after the prepayment, a stated due date.
      amountDue: { minor: 47_015, currency: 'EUR' },
      dueDate: '2017-12-13',
      dueDateInferred: false,
      // The user's decisions and the portal link stay.
      notes: 'called Monday',
      promiseDate: '2017-12-20',
      pausedUntil: '2017-12-15',
      status: 'disputed',
      statusSetBy: 'user',
      source: { host: 'erp.example.fr' },
      clientName: 'Ma Jolie Boutique',
    });
    expect((await db.files.toArray()).map((f) => f.invoiceId)).toEqual([id]);
    await totalsConsistent(db);
  });

  it('keeps a payment the portal showed since the invoice was issued', async () => {
    const db = freshDb();
    await upsertDetected([portal({ amountDue: { minor: 10_000, currency: 'EUR' }, dueDate: '2017-12-31' })], { today: options.today }, db);
    await importEInvoices([await item('Facture_FR_MINIMUM.pdf')], options, db);
    expect(await db.invoices.get('erp.example.fr:FA-2017-0010')).toMatchObject({
      amountDue: { minor: 10_000, currency: 'EUR' },
      status: 'partial',
      dueDate: '2017-12-31',
    });
    await totalsConsistent(db);
  });

  it('keeps a part payment and a due date the user recorded when the same file is imported again', async () => {
    const db = freshDb();
    await importEInvoices([await item('Facture_FR_BASICWL.pdf')], options, db);
    const { id } = (await db.invoices.toCollection().first())!;
    await applyInvoiceAction([id], { kind: 'payment', date: options.today, amount: { minor: 10_000, currency: 'EUR' } }, options.today, db);
    await applyInvoiceAction([id], { kind: 'correct-due-date', dueDate: '2018-01-15' }, options.today, db);
    await importEInvoices([await item('Facture_FR_BASICWL.pdf')], options, db);
    expect(await db.invoices.get(id)).toMatchObject({
      amountDue: { minor: 37_015, currency: 'EUR' },
      status: 'partial',
      dueDate: '2018-01-15',
      dueDateSetBy: 'user',
    });
    await totalsConsistent(db);
  });

  it('imports two files of one invoice in one batch as one invoice', async () => {
    const db = freshDb();
    const minimum = await item('Facture_FR_MINIMUM.pdf');
    const result = await importEInvoices([minimum, await item('Facture_FR_BASICWL.pdf')], { ...options, defaultPaymentTermsDays: 60 }, db);
    expect(result.rows.map((r) => r.action)).toEqual(['add', 'update']);
    expect(await db.invoices.count()).toBe(1);
    // MINIMUM has no due date (it would be issue + 60 days, inferred); BASIC WL states 2017-12-13.
    expect(await db.invoices.get('einvoice:FA-2017-0010')).toMatchObject({ dueDate: '2017-12-13', dueDateInferred: false });
    expect(await db.files.count()).toBe(2);
    await totalsConsistent(db);
  });

  it('uses the net date of the terms, marked as derived, and the default terms when the file states nothing', async () => {
    const db = freshDb();
    await importEInvoices(
      [await item('EN16931_Einfach.pdf'), await item('Facture_FR_MINIMUM.pdf')],
      { ...options, defaultPaymentTermsDays: 45 },
      db,
    );
    expect(await db.invoices.get('einvoice:471102')).toMatchObject({ dueDate: '2018-04-04', dueDateInferred: true });
    expect(await db.invoices.get('einvoice:FA-2017-0010')).toMatchObject({ dueDate: '2017-12-28', dueDateInferred: true });
  });
});

describe('planEInvoiceImport (dry run)', () => {
  it('says add, update or refuse (with the reason) per file and writes nothing', async () => {
    const db = freshDb();
    await upsertDetected([portal()], { today: options.today }, db);
    const fa = await item('Facture_FR_BASICWL.pdf');
    const other: EInvoice = { ...fa.einvoice, number: 'FA-2017-0099', clientName: 'Autre client' };
    const tooLong: EInvoice = { ...fa.einvoice, number: 'X'.repeat(65) };
    const clash: EInvoice = { ...fa.einvoice, number: 'FA-2017-0099', clientName: 'Encore un autre' };
    const rows = await planEInvoiceImport([fa, { einvoice: other }, { einvoice: tooLong }, { einvoice: clash }], options, db);
    expect(rows).toEqual([
      { action: 'update', id: 'erp.example.fr:FA-2017-0010', number: 'FA-2017-0010' },
      { action: 'add', id: 'einvoice:FA-2017-0099', number: 'FA-2017-0099' },
      { action: 'refuse', number: tooLong.number, reason: expect.stringMatching(/^number: /) },
      { action: 'refuse', number: 'FA-2017-0099', reason: 'invoice FA-2017-0099 already exists for another client (Autre client)' },
    ]);
    expect(await db.invoices.count()).toBe(1);
    expect(await db.files.count()).toBe(0);
    expect(await db.invoices.get('erp.example.fr:FA-2017-0010')).toMatchObject({ dueDateInferred: true, amountDue: { minor: 67_115 } });
  });
});
