import { describe, expect, it } from 'vitest';
import { upsertDetected } from '../../../lib/db';
import { RANGE_ROWS_PER_ID, readSlice, readWork } from '../../../lib/db/upsert-reads';
import { captured, freshDb } from './helpers';

const today = '2026-11-22';
const id = (n: number) => `erp.example.fr:N${n}`;
/** Numbers 100 to 999: three digits each, so that their ids sort as their numbers do. */
const stored = Array.from({ length: 900 }, (_, k) => 100 + k);

async function seeded() {
  const db = freshDb();
  await upsertDetected(
    stored.map((n) => captured(`N${n}`, { total: { minor: 1000 + n, currency: 'EUR' } })),
    { today },
    db,
  );
  // Another kind of number that sorts among these (between N449 and N450): in a range, never asked for.
  await upsertDetected([captured('N45-A')], { today }, db);
  return db;
}

// readSlice reads a slice of ids by one ranged read when they are most of their key range, else
// id by id: both ways must give exactly what a keyed read gives, in the order asked.
describe('readSlice', () => {
  it('reads consecutive numbers by their key range, with the stored row of each id in the order asked', async () => {
    const db = await seeded();
    // N5000 is stored nowhere, and sorts between N500 and N501.
    const ids = [...Array.from({ length: 50 }, (_, k) => id(450 - k)), id(5000)];
    const before = { ...readWork };
    const rows = await db.transaction('r', db.invoices, () => readSlice(db, ids));
    expect(readWork.ranged).toBe(before.ranged + 1);
    expect(readWork.keyed).toBe(before.keyed);
    expect(rows).toEqual(await db.invoices.bulkGet(ids));
    expect(rows.slice(0, 3).map((r) => r?.total.minor)).toEqual([1450, 1449, 1448]);
    expect(rows.at(-1)).toBeUndefined();
    expect(rows.map((r) => r?.number)).not.toContain('N45-A');
  });

  it('reads scattered numbers id by id when their key range holds many more invoices', async () => {
    const db = await seeded();
    const ids = Array.from({ length: 40 }, (_, k) => id(100 + k * 20));
    // The range of the first sixteen (N100 to N400) holds 301 invoices: more than RANGE_ROWS_PER_ID per id.
    expect(301).toBeGreaterThan(RANGE_ROWS_PER_ID * 16);
    const before = { ...readWork };
    const rows = await db.transaction('r', db.invoices, () => readSlice(db, ids));
    expect(readWork.keyed).toBe(before.keyed + 1);
    expect(readWork.ranged).toBe(before.ranged);
    expect(rows).toEqual(await db.invoices.bulkGet(ids));
    expect(rows.every((r) => r !== undefined)).toBe(true);
  });

  it('reads by key the ids past where a ranged read stopped, when the range is dense at first and sparse after', async () => {
    const db = await seeded();
    // N100 to N115 are their whole range; up to N990 the range holds 891 invoices.
    const ids = [id(990), ...Array.from({ length: 16 }, (_, k) => id(100 + k)), id(995), id(5000)];
    const before = { ...readWork };
    const rows = await db.transaction('r', db.invoices, () => readSlice(db, ids));
    expect(readWork.ranged).toBe(before.ranged + 1);
    expect(rows).toEqual(await db.invoices.bulkGet(ids));
    expect(rows.map((r) => r?.total.minor)).toEqual([1990, ...Array.from({ length: 16 }, (_, k) => 1100 + k), 1995, undefined]);
  });

  it('gives nothing for no ids, and one row for one id', async () => {
    const db = await seeded();
    expect(await readSlice(db, [])).toEqual([]);
    expect((await readSlice(db, [id(777)]))[0]?.total.minor).toBe(1777);
  });

  it('leaves the invoices a ranged read fetched but the page did not show as they were', async () => {
    const db = await seeded();
    await db.invoices.update(id(301), { notes: 'Promis pour vendredi' });
    const untouched = await db.invoices.get(id(301));
    // Every other number from 300 to 398: the range also holds 301, 303, …, read but not shown.
    const page = Array.from({ length: 50 }, (_, k) => captured(`N${300 + 2 * k}`, { total: { minor: 9000 + k, currency: 'EUR' } }));
    const before = { ...readWork };
    const r = await upsertDetected(page, { today }, db);
    expect(readWork.ranged).toBeGreaterThan(before.ranged);
    expect(r.updated).toEqual(page.map((p) => id(Number(p.number.slice(1)))));
    expect(await db.invoices.get(id(301))).toEqual(untouched);
    expect((await db.invoices.get(id(302)))?.total.minor).toBe(9001);
  });
});
