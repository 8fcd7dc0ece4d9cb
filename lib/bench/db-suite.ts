import { addDays, type Invoice } from '../core';
import { countOverdue, listOverdue, openDatabase, rebuildDueTotals, upsertDetected, type RelanceDb } from '../db';
import { measure, type Measurement } from './measure';

const TODAY = '2026-11-22';
const STATUSES = ['paid', 'paid', 'paid', 'paid', 'open', 'open', 'partial', 'cancelled', 'draft', 'disputed'] as const;

/** A realistic invoice `i` (a tenth paid, due dates spread over 400 days), for the bench suites. */
export function syntheticInvoice(i: number, now: string): Invoice {
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

/**
 * What upsertDetected stores for `capturedRow(i, run)` over `syntheticInvoice(i)`: the same record
 * shape and the same index changes (due date, unpaid flag), for the bare bulkPut it is held to.
 */
function changedInvoice(i: number, run: number, now: string): Invoice {
  const before = syntheticInvoice(i, now);
  const row = capturedRow(i, run, now);
  const { paidAt: _paidAt, ...rest } = before;
  return { ...rest, total: row.total, amountDue: before.amountDue, issueDate: row.issueDate, dueDate: row.dueDate, status: 'open', unpaid: 1, source: row.source, updatedAt: new Date().toISOString() };
}

/** Ids `k * 37 + offset`: offsets below 37 and distinct give disjoint sets of 2,000 stored invoices. */
const spread = (offset: number) => Array.from({ length: 2000 }, (_, k) => k * 37 + offset);

/**
 * upsertDetected of 2,000 changed rows against a bare Dexie bulkPut of 2,000 such records, run in
 * turn (one of each per round) so that both see the same load; each round uses fresh stored rows.
 */
async function upsertAgainstBulkPut(db: RelanceDb, now: string): Promise<Measurement[]> {
  const floor: number[] = [];
  const upsert: number[] = [];
  for (let round = -1; round < 7; round++) {
    const records = spread(3 * round + 4).map((i) => changedInvoice(i, round + 2, now));
    const rows = spread(3 * round + 5).map((i) => capturedRow(i, round + 2, now));
    (globalThis as { gc?: () => void }).gc?.();
    let start = performance.now();
    await db.transaction('rw', db.invoices, () => db.invoices.bulkPut(records));
    const bare = performance.now() - start;
    (globalThis as { gc?: () => void }).gc?.();
    start = performance.now();
    const result = await upsertDetected(rows, { today: TODAY }, db);
    if (result.updated.length !== 2000) throw new Error(`expected 2,000 updates, got ${result.updated.length}`);
    if (round >= 0) {
      floor.push(bare);
      upsert.push(performance.now() - start);
    }
  }
  const ratio = median(upsert) / median(floor);
  return [
    summary('bare Dexie bulkPut: 2,000 stored invoices, amounts and due dates changed', floor, 'the floor for the row below'),
    summary('upsertDetected: 2,000 rows already stored, amounts changed', upsert, `${ratio.toFixed(2)}× the bare bulkPut (target ≤ 1.5×)`, 300),
  ];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function summary(name: string, times: readonly number[], note: string, target?: number): Measurement {
  return { name, runs: times.length, median: median(times), min: Math.min(...times), max: Math.max(...times), target, note };
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
    ...(await upsertAgainstBulkPut(db, now)),
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
