import { describe, expect, it } from 'vitest';
import { answer, answers, readOnly } from '../../../lib/db/idb-requests';
import { freshDb } from './helpers';

const event = (n: number) => ({
  invoiceIds: [`erp.example.fr:F-${n}`],
  clientId: `client-${n % 3}`,
  stage: 'reminder1' as const,
  channel: 'email' as const,
  action: 'sent' as const,
  at: `2026-11-${String(10 + n).padStart(2, '0')}T09:00:00.000Z`,
  date: `2026-11-${String(10 + n).padStart(2, '0')}`,
  to: [],
});

describe('requests made straight on the database Dexie opened', () => {
  it('answer each key in the order of the keys, undefined for a key that holds nothing', async () => {
    const db = freshDb();
    const ids = (await db.events.bulkAdd([0, 1, 2, 3, 4, 5].map(event), { allKeys: true })) as number[];
    const tx = await readOnly(db, ['events']);
    const store = tx.objectStore('events');
    // Asked in reverse, with a key that holds nothing in the middle.
    const keys = [ids[5]!, 9999, ids[0]!, ids[3]!];
    const rows = await answers(keys, (id) => store.get(id));
    expect(rows.map((r) => (r as { date: string } | undefined)?.date)).toEqual(['2026-11-15', undefined, '2026-11-10', '2026-11-13']);
    const perClient = await answers(['client-2', 'client-0'], (id) => store.index('clientId').getAll(id));
    expect(perClient.map((events) => events.length)).toEqual([2, 2]);
    db.close();
  });

  it('answer no key at once, and read the rows written through Dexie in one transaction', async () => {
    const db = freshDb();
    await db.events.bulkAdd([0, 1, 2].map(event));
    const tx = await readOnly(db, ['events']);
    expect(await answers([], () => tx.objectStore('events').getAll())).toEqual([]);
    // The transaction is still usable after an empty batch: nothing was asked that could end it.
    expect(await answer(tx.objectStore('events').count())).toBe(3);
    db.close();
  });

  it('fail with the error of a request IndexedDB refuses', async () => {
    const db = freshDb();
    const tx = await readOnly(db, ['events']);
    const store = tx.objectStore('events');
    // A key that is no valid key (an object) is refused when asked.
    await expect(answers([{} as unknown as number], (k) => store.get(k))).rejects.toThrow();
    db.close();
  });
});
