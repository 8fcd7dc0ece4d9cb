import { describe, expect, it } from 'vitest';
import { countOverdue, listDueSoon, listOverdue, upsertDetected } from '../../../lib/db';
import { captured, freshDb } from './helpers';

const today = '2026-11-22';

async function seeded() {
  const db = freshDb();
  await upsertDetected(
    [
      captured('OLD', { dueDate: '2026-09-01' }),
      captured('LATE', { dueDate: '2026-11-21' }),
      captured('TODAY', { dueDate: '2026-11-22' }),
      captured('SOON', { dueDate: '2026-11-25' }),
      captured('PAID', { dueDate: '2026-08-01', status: 'paid' }),
      captured('PART', { dueDate: '2026-10-15', amountDue: { minor: 10_000, currency: 'EUR' }, status: 'partial' }),
      captured('DISPUTED', { dueDate: '2026-08-01', status: 'disputed' }),
      captured('DRAFT', { dueDate: '2026-08-01', status: 'draft' }),
      captured('AV', { dueDate: '2026-08-01', total: { minor: -5000, currency: 'EUR' } }),
    ],
    { today },
    db,
  );
  return db;
}

describe('overdue queries', () => {
  it('counts unpaid invoices due before today, leaving out paid, disputed, drafts, credit notes and today', async () => {
    expect(await countOverdue(today, await seeded())).toBe(3);
  });

  it('lists overdue invoices oldest due date first, page by page', async () => {
    const db = await seeded();
    expect((await listOverdue(today, {}, db)).map((i) => i.number)).toEqual(['OLD', 'PART', 'LATE']);
    expect((await listOverdue(today, { offset: 1, limit: 1 }, db)).map((i) => i.number)).toEqual(['PART']);
  });

  it('lists invoices falling due in the coming days', async () => {
    expect((await listDueSoon(today, 3, await seeded())).map((i) => i.number)).toEqual(['TODAY', 'SOON']);
  });

  it('refuses a date that is not YYYY-MM-DD', async () => {
    await expect(countOverdue('22/11/2026', freshDb())).rejects.toThrow();
  });
});
