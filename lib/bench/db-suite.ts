import { addDays, type Invoice } from '../core';
import { countOverdue, listOverdue, openDatabase, rebuildDueTotals, upsertDetected } from '../db';
import { measure, type Measurement } from './measure';

const TODAY = '2026-11-22';
const STATUSES = ['paid', 'paid', 'paid', 'paid', 'open', 'open', 'partial', 'cancelled', 'draft', 'disputed'] as const;

function syntheticInvoice(i: number, now: string): Invoice {
  const status = STATUSES[i % STATUSES.length]!;
  const dueDate = addDays(TODAY, (i % 400) - 300);
  const minor = 10_000 + ((i * 7919) % 900_000);
  return {
    id: `erp.example.fr:FA-${i}`,
    number: `FA-${i}`,
    clientId: `client-${i % 800}`,
    clientName: `Client ${i % 800}`,
    total: { minor, currency: 'EUR' },
    amountDue: { minor: status === 'paid' ? 0 : minor, currency: 'EUR' },
    issueDate: addDays(dueDate, -30),
    dueDate,
    dueDateInferred: false,
    status,
    statusSetBy: 'capture',
    kind: 'invoice',
    source: { url: 'https://erp.example.fr/list', host: 'erp.example.fr', method: 'table', seenAt: now },
    notes: '',
    unpaid: status === 'open' || status === 'partial' ? 1 : 0,
    createdAt: now,
    updatedAt: now,
  };
}

function capturedRow(i: number, run: number, seenAt: string) {
  return {
    number: `FA-${i}`,
    clientName: `Client ${i % 800}`,
    total: { minor: 10_000 + ((i * 7919) % 900_000) + run, currency: 'EUR' },
    issueDate: addDays(TODAY, -60),
    dueDate: addDays(TODAY, -30),
    status: 'open' as const,
    source: { url: 'https://erp.example.fr/list', host: 'erp.example.fr', method: 'table' as const, seenAt },
  };
}

/** Dexie with 100,000 invoices: the popup's and the badge's queries, and a 2,000-row capture. */
export async function dbSuite(size = 100_000): Promise<Measurement[]> {
  const db = openDatabase(`relance-bench-${Date.now()}`);
  const now = new Date().toISOString();
  for (let start = 0; start < size; start += 10_000) {
    await db.invoices.bulkPut(Array.from({ length: Math.min(10_000, size - start) }, (_, k) => syntheticInvoice(start + k, now)));
  }
  // A bulk load bypasses putInvoices, so the due totals are rebuilt once, as after an import.
  await rebuildDueTotals(db);
  const overdue = await countOverdue(TODAY, db);
  const results = [
    await measure('upsertDetected: 2,000 rows already stored, amounts changed', (run) =>
      upsertDetected(Array.from({ length: 2000 }, (_, k) => capturedRow(k * 37 + (run + 2) * 3, run + 2, now)), { today: TODAY }, db), { target: 300, runs: 5 }),
    await measure('upsertDetected: 2,000 new rows', (run) =>
      upsertDetected(Array.from({ length: 2000 }, (_, k) => capturedRow(size + (run + 2) * 2000 + k, 0, now)), { today: TODAY }, db), { target: 300, runs: 5 }),
    await measure('upsertDetected: 2,000 rows unchanged (a page seen again)', () =>
      upsertDetected(Array.from({ length: 2000 }, (_, k) => capturedRow(size + 2 * 2000 + k, 0, now)), { today: TODAY }, db), { target: 300, runs: 5 }),
    await measure('countOverdue', () => countOverdue(TODAY, db), { target: 20, runs: 21, warmup: 3, note: `${overdue.toLocaleString('en')} overdue of ${size.toLocaleString('en')}` }),
    await measure('listOverdue: first page (50)', () => listOverdue(TODAY, { limit: 50 }, db), { target: 20, runs: 21, warmup: 3 }),
  ];
  db.close();
  await db.delete();
  return results;
}
