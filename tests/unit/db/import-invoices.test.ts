import { describe, expect, it } from 'vitest';
import { importInvoices, markPaid, upsertDetected } from '../../../lib/db';
import { captured, freshDb } from './helpers';

const today = '2026-11-22';
const row = (number: string, over: Record<string, unknown> = {}) => ({
  number,
  clientName: 'Boulangerie Dupont & Fils',
  total: { minor: 150_000, currency: 'EUR' },
  dueDate: '2026-10-31',
  status: 'open' as const,
  ...over,
});

describe('importInvoices', () => {
  it('a dry run reports added, updated and refused, and writes nothing', async () => {
    const db = freshDb();
    await upsertDetected([captured('FA1')], { today }, db);
    const r = await importInvoices(
      [row('FA1', { amountDue: { minor: 50_000, currency: 'EUR' } }), row('FA2'), row('FA3', { dueDate: undefined })],
      { today, host: 'erp.example.fr', dryRun: true },
      db,
    );
    expect(r.added).toEqual(['erp.example.fr:FA2']);
    expect(r.updated).toEqual(['erp.example.fr:FA1']);
    expect(r.rejected).toEqual([{ number: 'FA3', reason: 'no due date nor issue date on the page' }]);
    expect(await db.invoices.count()).toBe(1);
    expect((await db.invoices.get('erp.example.fr:FA1'))!.amountDue.minor).toBe(150_000);
  });

  it('imports in one go, dedupes by portal and number, and files rows under the portal a row names', async () => {
    const db = freshDb();
    await upsertDetected([captured('FA1')], { today }, db);
    const r = await importInvoices(
      [row('FA1', { amountDue: { minor: 50_000, currency: 'EUR' } }), row('FA2'), row('FA1', { host: 'other.example.com' })],
      { today, host: 'erp.example.fr', dryRun: false },
      db,
    );
    expect(r.added.sort()).toEqual(['erp.example.fr:FA2', 'other.example.com:FA1']);
    expect(await db.invoices.count()).toBe(3);
    const fa1 = (await db.invoices.get('erp.example.fr:FA1'))!;
    expect(fa1).toMatchObject({ status: 'partial', amountDue: { minor: 50_000 } });
    // The invoice's page on its portal is kept; only the import's time is noted.
    expect(fa1.source.url).toBe('https://erp.example.fr/compta/facture/list.php');
    expect((await db.invoices.get('erp.example.fr:FA2'))!.source).toMatchObject({ method: 'import', url: 'https://erp.example.fr/' });
  });

  it('keeps what the user decided in Relance (an invoice marked paid by hand stays paid)', async () => {
    const db = freshDb();
    await upsertDetected([captured('FA1')], { today }, db);
    await markPaid('erp.example.fr:FA1', today, db);
    await importInvoices([row('FA1', { status: 'open' })], { today, host: 'erp.example.fr', dryRun: false }, db);
    expect((await db.invoices.get('erp.example.fr:FA1'))!.status).toBe('paid');
  });
});
