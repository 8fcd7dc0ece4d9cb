import Dexie from 'dexie';
import type { Invoice, Money } from '../core';
import type { DueTotal, RelanceDb } from './database';

export type { DueTotal };

type Delta = Omit<DueTotal, 'key'>;

function contribution(invoice: Invoice | undefined): [string, Delta] | null {
  if (!invoice || invoice.unpaid !== 1) return null;
  const { dueDate } = invoice;
  const { currency, minor } = invoice.amountDue;
  return [`${dueDate}|${currency}`, { dueDate, currency, count: 1, minor }];
}

export interface InvoiceChange {
  /** What is stored now, if anything. */
  before?: Invoice;
  after: Invoice;
}

/**
 * One change per id: the stored row it started from (the first `before`) and the last write,
 * which is what `bulkPut` keeps. Counting both copies of an id would count it twice forever.
 */
function collapse(changes: readonly InvoiceChange[]): InvoiceChange[] {
  const byId = new Map<string, InvoiceChange>();
  for (const c of changes) {
    const earlier = byId.get(c.after.id);
    byId.set(c.after.id, earlier ? { before: earlier.before, after: c.after } : c);
  }
  return byId.size === changes.length ? (changes as InvoiceChange[]) : [...byId.values()];
}

/**
 * Writes invoices and keeps the due totals in step. Call inside a transaction over both tables;
 * each `before` must be the stored row (a batch may hold one id twice: the last write wins).
 */
export async function putInvoices(db: RelanceDb, batch: readonly InvoiceChange[]): Promise<void> {
  if (batch.length === 0) return;
  const changes = collapse(batch);
  const deltas = totalDeltas(changes);
  const keys = [...deltas.keys()];
  // The totals are read while the invoices are written: IndexedDB queues both in one go.
  const [, current] = await Promise.all([db.invoices.bulkPut(changes.map((c) => c.after)), readTotals(db, keys)]);
  await writeTotals(db, deltas, current);
}

export interface InvoiceWriter {
  /** Queues the writes of one slice of changes; call inside the transaction. */
  put(slice: readonly InvoiceChange[]): void;
  /** Writes the due totals of every slice put, and waits for all the writes. */
  done(): Promise<void>;
}

/**
 * Writes invoices slice by slice as the caller merges them, then the due totals once. It reads
 * every stored total as it starts (a few hundred rows), so call it in the caller's transaction
 * before its own reads: the totals are then known when the last slice is put, and written
 * without waiting for the invoice writes to land. Each `before` must be the stored row.
 */
export function invoiceWriter(db: RelanceDb): InvoiceWriter {
  const stored = db.dueTotals.toArray();
  const changes: InvoiceChange[] = [];
  const writes: Promise<unknown>[] = [];
  return {
    put(slice) {
      if (slice.length === 0) return;
      changes.push(...slice);
      writes.push(db.invoices.bulkPut(slice.map((c) => c.after)));
    },
    async done() {
      const deltas = totalDeltas(collapse(changes));
      const byKey = new Map((await stored).map((row) => [row.key, row]));
      if (deltas.size > 0)
        writes.push(
          writeTotals(
            db,
            deltas,
            [...deltas.keys()].map((key) => byKey.get(key)),
          ),
        );
      await Promise.all(writes);
    },
  };
}

/** Applies `deltas` to `current` (the stored total of each of their keys, in order). */
async function writeTotals(db: RelanceDb, deltas: Map<string, Delta>, current: readonly (DueTotal | undefined)[]): Promise<void> {
  const puts: DueTotal[] = [];
  const deletes: string[] = [];
  [...deltas.keys()].forEach((key, i) => {
    const d = deltas.get(key)!;
    const row = current[i];
    const count = (row?.count ?? 0) + d.count;
    const minor = (row?.minor ?? 0) + d.minor;
    if (count <= 0) deletes.push(key);
    else puts.push({ key, dueDate: d.dueDate, currency: d.currency, count, minor });
  });
  await Promise.all([db.dueTotals.bulkPut(puts), db.dueTotals.bulkDelete(deletes)]);
}

/** What the changes add to and take from each due total; keys whose sum is nil are left out. */
function totalDeltas(changes: readonly InvoiceChange[]): Map<string, Delta> {
  const deltas = new Map<string, Delta>();
  const add = (entry: [string, Delta] | null, sign: 1 | -1) => {
    if (!entry) return;
    const [key, d] = entry;
    const acc = deltas.get(key) ?? { dueDate: d.dueDate, currency: d.currency, count: 0, minor: 0 };
    acc.count += sign * d.count;
    acc.minor += sign * d.minor;
    deltas.set(key, acc);
  };
  for (const { before, after } of changes) {
    add(contribution(before), -1);
    add(contribution(after), 1);
  }
  for (const [key, d] of deltas) if (d.count === 0 && d.minor === 0) deltas.delete(key);
  return deltas;
}

/**
 * The stored totals of `keys`. Past a few dozen keys one read of the whole table (a row per due
 * date and currency: hundreds) beats a request per key.
 */
async function readTotals(db: RelanceDb, keys: readonly string[]): Promise<(DueTotal | undefined)[]> {
  if (keys.length <= 32) return db.dueTotals.bulkGet(keys as string[]);
  const all = new Map((await db.dueTotals.toArray()).map((row) => [row.key, row]));
  return keys.map((key) => all.get(key));
}

/** Recomputes the totals from the invoices (after a bulk load or an import of a damaged store). */
export async function rebuildDueTotals(db: RelanceDb): Promise<void> {
  await db.transaction('rw', db.invoices, db.dueTotals, async () => {
    const sums = new Map<string, DueTotal>();
    await db.invoices
      .where('[unpaid+dueDate]')
      .between([1, Dexie.minKey], [1, Dexie.maxKey])
      .each((invoice) => {
        const entry = contribution(invoice)!;
        const row = sums.get(entry[0]) ?? { key: entry[0], ...entry[1], count: 0, minor: 0 };
        row.count += 1;
        row.minor += entry[1].minor;
        sums.set(entry[0], row);
      });
    await db.dueTotals.clear();
    await db.dueTotals.bulkPut([...sums.values()]);
  });
}

/** Count and per-currency amounts of unpaid invoices due before `date`. */
export async function dueBefore(db: RelanceDb, date: string): Promise<{ count: number; totals: Money[] }> {
  const rows = await db.dueTotals.where('dueDate').below(date).toArray();
  const sums = new Map<string, number>();
  let count = 0;
  for (const r of rows) {
    count += r.count;
    sums.set(r.currency, (sums.get(r.currency) ?? 0) + r.minor);
  }
  const totals = [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([currency, minor]) => ({ minor, currency }));
  return { count, totals };
}
