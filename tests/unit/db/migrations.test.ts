import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { addDays, type Invoice } from '../../../lib/core';
import { loadScheduleItems, openDatabase, paidLateFlag, SCHEMA_VERSIONS, upsertDetected } from '../../../lib/db';
import { captured, seenAt } from './helpers';

/**
 * The pattern every schema change follows: seed the database as the previous released version
 * wrote it, open it with the current code, check that every row survived and reads back valid.
 * With one version so far, it checks that reopening keeps data and that versions only grow.
 */
describe('database versions', () => {
  it('lists released versions in increasing order, never rewriting one', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it.each(SCHEMA_VERSIONS.map((v) => [v.version]))(
    'opens data written by version %i with the current schema and keeps every row',
    async (version) => {
      const name = `migrate-from-${version}`;
      const old = new Dexie(name);
      for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= version)) old.version(v.version).stores(v.stores);
      await old.open();
      old.close();

      const seed = openDatabase(name);
      await upsertDetected(
        Array.from({ length: 25 }, (_, i) => captured(`M${i}`)),
        { today: '2026-11-22' },
        seed,
      );
      const before = await seed.invoices.toArray();
      seed.close();

      const current = openDatabase(name);
      expect(await current.invoices.toArray()).toEqual(before);
      expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
      current.close();
    },
  );

  it('gives the paid invoices stored by version 2 their paid-late flag, and keeps every other field', async () => {
    const name = 'migrate-paid-late';
    const old = new Dexie(name);
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 2)) old.version(v.version).stores(v.stores);
    const row = (k: number, status: Invoice['status'], paidAfter?: number): Invoice => ({
      id: `erp.example.fr:P${k}`,
      number: `P${k}`,
      clientId: 'client-1',
      clientName: 'Client 1',
      total: { minor: 1000, currency: 'EUR' },
      amountDue: { minor: status === 'paid' ? 0 : 1000, currency: 'EUR' },
      dueDate: '2026-09-01',
      dueDateInferred: false,
      status,
      statusSetBy: 'capture',
      kind: 'invoice',
      source: { url: 'https://erp.example.fr/list', host: 'erp.example.fr', method: 'table', seenAt },
      notes: '',
      unpaid: status === 'open' ? 1 : 0,
      paidAt: paidAfter === undefined ? undefined : addDays('2026-09-01', paidAfter),
      createdAt: seenAt,
      updatedAt: seenAt,
    });
    const rows = [row(0, 'open'), row(1, 'paid', 2), row(2, 'paid', 30), row(3, 'paid', 40), row(4, 'paid'), row(5, 'disputed')];
    await old.table('invoices').bulkPut(rows);
    expect((await old.table('invoices').toArray()).some((r: object) => 'paidLate' in r)).toBe(false);
    old.close();

    const current = openDatabase(name);
    const stored = await current.invoices.toArray();
    expect(stored.map((r) => (r as { paidLate?: number }).paidLate)).toEqual([undefined, 0, 1, 1, undefined, undefined]);
    expect(stored.map(({ paidLate: _, ...r }: Invoice & { paidLate?: number }) => r)).toEqual(rows);
    expect(stored.map((r) => paidLateFlag(r))).toEqual(stored.map((r) => (r as { paidLate?: number }).paidLate));
    const [item] = await loadScheduleItems('2026-11-20', 3, 60, current);
    expect(item!.record).toEqual({ paid: 3, paidLate: 2 });
    current.close();
  });
});
