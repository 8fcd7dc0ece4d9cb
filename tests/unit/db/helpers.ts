import { exportBackup, openDatabase, type Backup, type RelanceDb } from '../../../lib/db';

let n = 0;
/** A fresh, empty database per test (fake-indexeddb keeps databases for the whole file). */
export function freshDb(): RelanceDb {
  n += 1;
  return openDatabase(`test-${process.pid}-${n}`);
}

export const seenAt = '2026-11-20T08:00:00.000Z';

export function captured(number: string, over: Record<string, unknown> = {}) {
  return {
    number,
    clientName: 'Boulangerie Dupont & Fils',
    total: { minor: 150_000, currency: 'EUR' },
    issueDate: '2026-10-01',
    dueDate: '2026-10-31',
    status: 'open',
    source: { url: 'https://erp.example.fr/compta/facture/list.php', host: 'erp.example.fr', method: 'table', seenAt },
    ...over,
  };
}

/** The backup file `exportBackup` writes, read back as the object it holds. */
export async function exported(db: RelanceDb): Promise<Backup> {
  return JSON.parse((await exportBackup(db)).join('')) as Backup;
}
