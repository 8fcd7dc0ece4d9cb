import { invoiceId, type Invoice } from '../core';
import type { RelanceDb } from './database';

/**
 * Reads per request batch. IndexedDB answers one transaction's requests in the order they were
 * made, so reads issued in slices come back slice by slice: the caller merges and writes the first
 * slice while the database still reads the next, instead of leaving it idle between the two.
 */
export const READ_SLICE = 250;

export interface StoredReads {
  /** Reads the ids `guessIds` missed (a row whose number the check trimmed); call before any write. */
  readAlso(ids: readonly string[]): void;
  /** The stored row of each id (undefined when none), once the slices that hold them have arrived. */
  rows(ids: readonly string[]): Promise<(Invoice | undefined)[]>;
}

/**
 * A slice's key range is read whole when it holds at most this many stored invoices per id asked:
 * one ranged read costs about a quarter of a keyed read per row (measured in Chromium on 100,000
 * invoices, `npm run bench -- db`), so up to three rows per id still cost less than keyed reads.
 */
export const RANGE_ROWS_PER_ID = 3;
/**
 * Ids whose range is probed first. Listing a range's keys costs about as much per key as reading
 * its rows: probing the whole slice's range cost a scattered capture a third of a bulkPut.
 */
const SAMPLE = 16;

/** How slices were read, for tests that check every way gives the same rows. */
export const readWork = { ranged: 0, keyed: 0 };

const byKey = (db: RelanceDb, lo: string, hi: string) => db.invoices.where(':id').between(lo, hi, true, true);

/**
 * The stored invoices of `ids`, in order. A list shows consecutive numbers (one period, newest
 * first): its ids, which share the portal's `<host>:` prefix, are then most of their key range,
 * and one ranged read fetches them. When the range of its first ids holds many other invoices (a
 * list sorted by client, a sparse selection), each id is read by key; when only the rest of the
 * range does, the ids past the rows the ranged read stopped at are.
 */
export async function readSlice(db: RelanceDb, ids: readonly string[]): Promise<(Invoice | undefined)[]> {
  if (ids.length === 0) return [];
  // The default sort compares UTF-16 code units, as IndexedDB orders string keys.
  const sorted = [...ids].sort();
  const sample = Math.min(SAMPLE, sorted.length);
  const probe = RANGE_ROWS_PER_ID * sample;
  if (
    (
      await byKey(db, sorted[0]!, sorted[sample - 1]!)
        .limit(probe)
        .primaryKeys()
    ).length >= probe
  ) {
    readWork.keyed++;
    return db.invoices.bulkGet(ids as string[]);
  }
  readWork.ranged++;
  const limit = RANGE_ROWS_PER_ID * ids.length;
  const rows = await byKey(db, sorted[0]!, sorted.at(-1)!).limit(limit).toArray();
  const found = new Map(rows.map((row) => [row.id, row]));
  if (rows.length >= limit) {
    // Every stored id up to the last row read was read; the others are read by key.
    const last = rows.at(-1)!.id;
    const rest = sorted.filter((id) => id > last);
    (await db.invoices.bulkGet(rest)).forEach((row, i) => row && found.set(rest[i]!, row));
  }
  return ids.map((id) => found.get(id));
}

/** Starts reading the stored invoices of `guessed` at once, in slices of READ_SLICE. */
export function readStored(db: RelanceDb, guessed: readonly string[]): StoredReads {
  const slices: Promise<(Invoice | undefined)[]>[] = [];
  /** id → [slice, position in it] */
  const where = new Map<string, [number, number]>();
  const read = (ids: readonly string[]) => {
    ids.forEach((id, i) => where.set(id, [slices.length, i]));
    slices.push(readSlice(db, ids));
  };
  for (let start = 0; start < guessed.length; start += READ_SLICE) read(guessed.slice(start, start + READ_SLICE));
  return {
    readAlso(ids) {
      const missing = ids.filter((id) => !where.has(id));
      if (missing.length > 0) read(missing);
    },
    async rows(ids) {
      const needed = [...new Set(ids.map((id) => where.get(id)![0]))];
      const arrived = new Map(await Promise.all(needed.map(async (k) => [k, await slices[k]!] as const)));
      return ids.map((id) => {
        const [k, i] = where.get(id)!;
        return arrived.get(k)![i];
      });
    },
  };
}

/** The ids the rows name, before they are checked (bounded as the schema bounds them): only used to read early. */
export function guessIds(input: readonly unknown[]): string[] {
  const ids = new Set<string>();
  for (const raw of input) {
    const row = raw as { number?: unknown; source?: { host?: unknown } } | null;
    const host = typeof row?.source === 'object' ? row.source?.host : undefined;
    if (typeof row?.number === 'string' && row.number.length <= 64 && typeof host === 'string' && host.length <= 253)
      ids.add(invoiceId(host, row.number.trim()));
  }
  return [...ids];
}
