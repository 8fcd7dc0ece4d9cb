import { describe, expect, it } from 'vitest';
import { addDays } from '../../../lib/core';
import { dueBefore, upsertDetected, type RelanceDb } from '../../../lib/db';
import { READ_SLICE } from '../../../lib/db/upsert-reads';
import { captured, freshDb } from './helpers';

const today = '2026-11-22';
const id = (n: number) => `erp.example.fr:N${n}`;

/** Every 7th invoice due on another day, so that the due totals move between keys. */
const row = (n: number, minor: number) => captured(`N${n}`, { total: { minor, currency: 'EUR' }, dueDate: addDays(today, -(n % 7)) });

async function scanned(db: RelanceDb) {
  const unpaid = (await db.invoices.toArray()).filter((i) => i.unpaid === 1 && i.dueDate < addDays(today, 1));
  return { count: unpaid.length, totals: [{ minor: unpaid.reduce((sum, i) => sum + i.amountDue.minor, 0), currency: 'EUR' }] };
}

// upsertDetected reads and writes a capture in slices of READ_SLICE rows: a batch of several
// slices, in no key order, with refused rows and a number only known after its check, must come
// out as one batch would.
describe('upsertDetected over several read slices', () => {
  it('reports every row once, in page order, and keeps the user’s notes and the due totals', async () => {
    const stored = 2 * READ_SLICE;
    const db = freshDb();
    const first = await upsertDetected(
      Array.from({ length: stored }, (_, n) => row(n, 1000 + n)),
      { today },
      db,
    );
    expect(first.added).toHaveLength(stored);
    await db.invoices.update(id(stored - 2), { notes: 'Rappeler lundi' });

    // The page lists newest first: stored invoices changed (even) or not (odd), then new ones.
    const numbers = Array.from({ length: stored + READ_SLICE }, (_, k) => stored + READ_SLICE - 1 - k);
    const page: unknown[] = [];
    for (const n of numbers) {
      if (n % 97 === 0) page.push({ number: `BAD${n}`, clientName: 'X', source: 'not a source' });
      // A number padded past its length limit names its invoice only once checked.
      page.push(
        n === 123
          ? captured(`N123${' '.repeat(70)}`, { total: { minor: 5, currency: 'EUR' }, dueDate: addDays(today, -(123 % 7)) })
          : row(n, n < stored && n % 2 === 1 ? 1000 + n : 2000 + n),
      );
    }
    const r = await upsertDetected(page, { today }, db);

    const changed = numbers.filter((n) => n < stored && (n % 2 === 0 || n === 123));
    expect(r.updated).toEqual(changed.map(id));
    expect(r.unchanged).toEqual(numbers.filter((n) => n < stored && !changed.includes(n)).map(id));
    expect(r.added).toEqual(numbers.filter((n) => n >= stored).map(id));
    expect(r.rejected.map((x) => x.number)).toEqual(numbers.filter((n) => n % 97 === 0).map((n) => `BAD${n}`));
    expect(await db.invoices.count()).toBe(stored + READ_SLICE);
    expect(await db.invoices.get(id(123))).toMatchObject({ total: { minor: 5 } });
    expect(await db.invoices.get(id(stored - 2))).toMatchObject({ notes: 'Rappeler lundi', total: { minor: 2000 + stored - 2 } });
    expect(await db.invoices.get(id(stored - 3))).toMatchObject({ total: { minor: 1000 + stored - 3 } });
    expect(await dueBefore(db, addDays(today, 1))).toEqual(await scanned(db));
  });
});
