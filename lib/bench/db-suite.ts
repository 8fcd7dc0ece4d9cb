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
  return {
    ...rest,
    total: row.total,
    amountDue: before.amountDue,
    issueDate: row.issueDate,
    dueDate: row.dueDate,
    status: 'open',
    unpaid: 1,
    source: row.source,
    updatedAt: new Date().toISOString(),
  };
}

/** Ids `k * 37 + offset`: offsets below 37 and distinct give disjoint sets of 2,000 stored invoices. */
const spread = (offset: number) => Array.from({ length: 2000 }, (_, k) => k * 37 + offset);
/**
 * 2,000 consecutive numbers (a list of one period, as portals show it), from 20,000 up: each
 * round's two blocks apart from every other round's. Their runs (200 and up) differ from the
 * spread rows' (below 20), so that a row written by another arm is still a change.
 */
const block = (round: number, arm: number) => Array.from({ length: 2000 }, (_, k) => 20_000 + (round + 1) * 4000 + arm * 2000 + k);

const ROUNDS = 9;

const collect = () => (globalThis as { gc?: () => void }).gc?.();

/** Times `fn` on a collected heap. */
async function timed(fn: () => Promise<unknown>): Promise<number> {
  collect();
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** upsertDetected of rows that all change a stored invoice. */
async function upsertAll(db: RelanceDb, rows: unknown[]): Promise<void> {
  const result = await upsertDetected(rows, { today: TODAY }, db);
  if (result.updated.length !== rows.length) throw new Error(`expected ${rows.length} updates, got ${result.updated.length}`);
}

const ARMS = ['put', 'getPut', 'upsert', 'putBlock', 'upsertBlock'] as const;

/**
 * upsertDetected of 2,000 changed rows against a bare Dexie bulkPut of 2,000 such records, and
 * against a bulkGet then bulkPut of them (any merge must read the stored rows: IndexedDB has no
 * partial update). Twice: rows scattered over the stored invoices (every 37th: each read by its
 * key), and rows of consecutive numbers (a period's list: read by their key range). One of each
 * per round, each round in another order (the machine's load drifts, and a write leaves work
 * behind it for whatever runs next), fresh stored rows for each. Printed: the ratio of the
 * medians, and the median of each round's own ratio, which a load that changes between rounds
 * moves less.
 */
async function upsertAgainstBulkPut(db: RelanceDb, now: string): Promise<Measurement[]> {
  const times = Object.fromEntries(ARMS.map((arm) => [arm, [] as number[]])) as Record<(typeof ARMS)[number], number[]>;
  for (let round = -1; round < ROUNDS; round++) {
    const records = (offset: number) => spread(3 * round + offset).map((i) => changedInvoice(i, round + 2, now));
    const put = records(4);
    const getPut = records(5);
    const rows = spread(3 * round + 6).map((i) => capturedRow(i, round + 2, now));
    const putBlock = block(round, 0).map((i) => changedInvoice(i, round + 200, now));
    const rowsBlock = block(round, 1).map((i) => capturedRow(i, round + 200, now));
    const arms = {
      put: () => db.transaction('rw', db.invoices, () => db.invoices.bulkPut(put)),
      getPut: () =>
        db.transaction('rw', db.invoices, async () => {
          const stored = await db.invoices.bulkGet(getPut.map((r) => r.id));
          await db.invoices.bulkPut(getPut.map((r, i) => ({ ...stored[i]!, ...r })));
        }),
      upsert: () => upsertAll(db, rows),
      putBlock: () => db.transaction('rw', db.invoices, () => db.invoices.bulkPut(putBlock)),
      upsertBlock: () => upsertAll(db, rowsBlock),
    };
    const order = ARMS.map((_, i) => ARMS[(i + round + ARMS.length) % ARMS.length]!);
    for (const arm of order) {
      const ms = await timed(arms[arm]);
      if (round >= 0) times[arm].push(ms);
    }
  }
  const ratio = (a: number[], b: number[]) =>
    `${(median(a) / median(b)).toFixed(2)}× (by round: ${median(a.map((t, i) => t / b[i]!)).toFixed(2)}×)`;
  return [
    summary('bare Dexie bulkPut: 2,000 stored invoices, amounts and due dates changed', times.put, 'the floor for the rows below'),
    summary(
      'bare Dexie bulkGet then bulkPut of 2,000 such invoices',
      times.getPut,
      `${ratio(times.getPut, times.put)} the bulkPut: reading what a merge must read`,
    ),
    summary(
      'upsertDetected: 2,000 rows already stored, amounts changed',
      times.upsert,
      `${ratio(times.upsert, times.put)} the bulkPut (target ≤ 1.5×); ${ratio(times.upsert, times.getPut)} the bulkGet+bulkPut`,
      300,
    ),
    summary('bare Dexie bulkPut: 2,000 stored invoices of consecutive numbers, changed', times.putBlock, 'the floor for the row below'),
    summary(
      'upsertDetected: 2,000 rows of consecutive numbers already stored, amounts changed',
      times.upsertBlock,
      `${ratio(times.upsertBlock, times.putBlock)} their bulkPut (target ≤ 1.5×); ${ratio(times.upsertBlock, times.getPut)} the bulkGet+bulkPut`,
      300,
    ),
  ];
}

/** 10,000 changed rows in one capture (a long list read in slices): should cost about five times 2,000. */
async function upsertTenThousand(db: RelanceDb, now: string, twoThousand: number): Promise<Measurement> {
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    // Ids k * 9 + run + 1 below 90,000: every one stored, none left unchanged by an earlier round.
    const rows = Array.from({ length: 10_000 }, (_, k) => capturedRow(k * 9 + run + 1, 100 + run, now));
    times.push(await timed(() => upsertDetected(rows, { today: TODAY }, db)));
  }
  return summary(
    'upsertDetected: 10,000 rows already stored, amounts changed',
    times,
    `${(median(times) / twoThousand).toFixed(1)}× the 2,000-row median`,
  );
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
  const paired = await upsertAgainstBulkPut(db, now);
  const results = [
    ...paired,
    await upsertTenThousand(db, now, paired[2]!.median),
    await measure(
      'upsertDetected: 2,000 new rows',
      (run) =>
        upsertDetected(
          Array.from({ length: 2000 }, (_, k) => capturedRow(size + (run + 2) * 2000 + k, 0, now)),
          { today: TODAY },
          db,
        ),
      { target: 300, runs: 5 },
    ),
    await measure(
      'upsertDetected: 2,000 rows unchanged (a page seen again)',
      () =>
        upsertDetected(
          Array.from({ length: 2000 }, (_, k) => capturedRow(size + 2 * 2000 + k, 0, now)),
          { today: TODAY },
          db,
        ),
      { target: 300, runs: 5 },
    ),
    await measure('countOverdue', () => countOverdue(TODAY, db), {
      target: 20,
      runs: 21,
      warmup: 3,
      note: `${overdue.toLocaleString('en')} overdue of ${size.toLocaleString('en')}`,
    }),
    await measure('listOverdue: first page (50)', () => listOverdue(TODAY, { limit: 50 }, db), { target: 20, runs: 21, warmup: 3 }),
  ];
  db.close();
  await db.delete();
  return results;
}
