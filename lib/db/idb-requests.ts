import type { RelanceDb } from './database';

/**
 * IndexedDB requests made straight on the database Dexie opened, for reads of hundreds of small
 * requests at once (Today's schedule inputs: a query and two counts per client, a get per invoice
 * chased). Through Dexie each request also builds a collection, a zone and a chain of promises,
 * which took a third of the reads' time with 10,000 invoices; here a request is one callback.
 * Reads only: writes go through Dexie, its middleware and its change notifications.
 */

/** A readonly transaction over `stores`, on the database as Dexie opened it (opening it first if need be). */
export async function readOnly(db: RelanceDb, stores: string[]): Promise<IDBTransaction> {
  await db.open();
  return db.backendDB().transaction(stores, 'readonly');
}

/** The result of one request. */
export function answer<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** One request per key, all asked at once; their results in the keys' order once every one has answered. */
export function answers<K, T>(keys: readonly K[], ask: (key: K) => IDBRequest<T>): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const results = new Array<T>(keys.length);
    let left = keys.length;
    if (left === 0) resolve(results);
    keys.forEach((key, i) => {
      const request = ask(key);
      request.onsuccess = () => {
        results[i] = request.result;
        if (--left === 0) resolve(results);
      };
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    });
  });
}
