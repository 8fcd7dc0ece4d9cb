/**
 * Runs inside an extension page (pass it to `page.evaluate`): every record of the named stores of
 * Relance's database, read as the options page reads them. It must stay self-contained: it is
 * sent to the page as source text.
 */
export async function readStores(names: string[]): Promise<Record<string, unknown[]>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('relance');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('cannot open the database'));
  });
  const result: Record<string, unknown[]> = {};
  for (const name of names) {
    result[name] = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(request.error ?? new Error(`cannot read ${name}`));
    });
  }
  db.close();
  return result;
}
