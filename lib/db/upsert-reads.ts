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

/** Starts reading the stored invoices of `guessed` at once, in slices of READ_SLICE. */
export function readStored(db: RelanceDb, guessed: readonly string[]): StoredReads {
  const slices: Promise<(Invoice | undefined)[]>[] = [];
  /** id → [slice, position in it] */
  const where = new Map<string, [number, number]>();
  const read = (ids: readonly string[]) => {
    ids.forEach((id, i) => where.set(id, [slices.length, i]));
    slices.push(db.invoices.bulkGet(ids as string[]));
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
