import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countOverdue,
  dueBefore,
  importBackup,
  markPaid,
  putInvoices,
  rebuildDueTotals,
  upsertDetected,
  type RelanceDb,
} from '../../../lib/db';
import { addDays } from '../../../lib/core';
import { captured, exported, freshDb } from './helpers';

const today = '2026-11-22';

/** The truth the aggregate must always equal: a scan of every invoice. */
async function bruteForce(db: RelanceDb, date: string) {
  const overdue = (await db.invoices.toArray()).filter((i) => i.unpaid === 1 && i.dueDate < date);
  const sums = new Map<string, number>();
  for (const i of overdue) sums.set(i.amountDue.currency, (sums.get(i.amountDue.currency) ?? 0) + i.amountDue.minor);
  return {
    count: overdue.length,
    totals: [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([currency, minor]) => ({ minor, currency })),
  };
}

const operation = fc.oneof(
  fc.record({
    op: fc.constant('capture' as const),
    rows: fc.array(
      fc.record({
        n: fc.integer({ min: 0, max: 12 }),
        due: fc.integer({ min: -40, max: 20 }),
        minor: fc.integer({ min: 1, max: 500_000 }),
        paidPart: fc.integer({ min: 0, max: 100 }),
        status: fc.constantFrom('open', 'paid', 'partial', 'cancelled', 'disputed', undefined),
        currency: fc.constantFrom('EUR', 'GBP'),
      }),
      { maxLength: 8 },
    ),
  }),
  fc.record({ op: fc.constant('markPaid' as const), n: fc.integer({ min: 0, max: 12 }) }),
  fc.record({ op: fc.constant('reimport' as const) }),
);

describe('due totals', () => {
  it('always equal a full scan of the invoices, whatever sequence of captures, payments and imports', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 12 }), async (ops) => {
        const db = freshDb();
        for (const step of ops) {
          if (step.op === 'capture') {
            const rows = step.rows.map((r) => {
              const total = { minor: r.minor, currency: r.currency };
              const due = Math.floor((r.minor * r.paidPart) / 100);
              return captured(`N${r.n}`, {
                total,
                amountDue: { minor: r.minor - due, currency: r.currency },
                dueDate: addDays(today, r.due),
                status: r.status,
              });
            });
            await upsertDetected(rows, { today }, db);
          } else if (step.op === 'markPaid') {
            await markPaid(`erp.example.fr:N${step.n}`, today, db).catch(() => undefined);
          } else {
            await importBackup(JSON.stringify(await exported(db)), db);
          }
          for (const date of [today, addDays(today, -20), addDays(today, 30)]) {
            expect(await dueBefore(db, date)).toEqual(await bruteForce(db, date));
          }
        }
        db.close();
      }),
      { numRuns: 40 },
    );
  });

  it('count an invoice written twice in one batch once, the last copy winning', async () => {
    const db = freshDb();
    await upsertDetected([captured('A', { dueDate: '2026-11-01' })], { today }, db);
    const stored = (await db.invoices.get('erp.example.fr:A'))!;
    const fresh = { ...stored, id: 'erp.example.fr:B', number: 'B' };
    const lower = { ...stored, amountDue: { minor: 1_000, currency: 'EUR' }, status: 'partial' as const };
    await db.transaction('rw', db.invoices, db.dueTotals, () =>
      putInvoices(db, [
        { before: stored, after: stored },
        { before: undefined, after: fresh },
        { before: stored, after: lower },
        { before: undefined, after: fresh },
      ]),
    );
    expect(await db.invoices.count()).toBe(2);
    expect((await db.invoices.get('erp.example.fr:A'))?.amountDue.minor).toBe(1_000);
    expect(await dueBefore(db, today)).toEqual(await bruteForce(db, today));
    expect(await dueBefore(db, today)).toEqual({ count: 2, totals: [{ minor: 151_000, currency: 'EUR' }] });
  });

  it('count a page that lists the same invoice twice once', async () => {
    const db = freshDb();
    await upsertDetected(
      [captured('A', { dueDate: '2026-11-01' }), captured('B', { dueDate: '2026-11-02' }), captured('A', { dueDate: '2026-11-01' })],
      { today },
      db,
    );
    expect(await dueBefore(db, today)).toEqual(await bruteForce(db, today));
    expect(await countOverdue(today, db)).toBe(2);
  });

  it('are rebuilt from the invoices after a bulk load', async () => {
    const db = freshDb();
    await upsertDetected([captured('A', { dueDate: '2026-11-01' }), captured('B', { dueDate: '2026-11-02' })], { today }, db);
    await db.dueTotals.clear();
    expect(await countOverdue(today, db)).toBe(0);
    await rebuildDueTotals(db);
    expect(await countOverdue(today, db)).toBe(2);
  });

  it('are the only way invoices get written in lib/ and entrypoints/ (every writer goes through putInvoices)', () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.tsx?$/.test(name)) files.push(full);
      }
    };
    walk(path.join(root, 'lib'));
    walk(path.join(root, 'entrypoints'));
    const allowed = new Set(['lib/db/due-totals.ts', 'lib/bench/db-suite.ts']);
    const offenders = files
      .filter((f) => !allowed.has(path.relative(root, f)))
      .filter((f) =>
        /\binvoices\s*\.\s*(put|bulkPut|add|bulkAdd|update|bulkUpdate|delete|bulkDelete|modify)\s*\(/.test(readFileSync(f, 'utf8')),
      );
    expect(offenders.map((f) => path.relative(root, f))).toEqual([]);
  });
});
