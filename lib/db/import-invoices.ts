import type { ImportedInvoice } from '../core';
import { getDb, type RelanceDb } from './database';
import { upsertDetected, type UpsertResult } from './upsert-detected';

/** Where invoices of a file that names no portal are filed (their id is `csv-import:<number>`). */
export const CSV_HOST = 'csv-import';

class DryRun extends Error {}

export interface ImportOptions {
  today: string;
  /** The portal the file's invoices belong to, when a row does not say: dedupe is by portal and number. */
  host: string;
  dryRun: boolean;
  defaultPaymentTermsDays?: number;
  now?: Date;
}

/**
 * Imports invoices through the capture's own rules (upsertDetected: one transaction, dedupe by
 * portal and number, what the user decided in Relance kept), as method `import`. A dry run does
 * the very same writes in a transaction it then aborts, so what it reports is what an import does.
 */
export async function importInvoices(
  rows: readonly ImportedInvoice[],
  options: ImportOptions,
  db: RelanceDb = getDb(),
): Promise<UpsertResult> {
  const seenAt = (options.now ?? new Date()).toISOString();
  const captured = rows.map(({ host, ...invoice }) => {
    const h = host ?? options.host;
    return { ...invoice, source: { url: `https://${h}/`, host: h, method: 'import' as const, seenAt } };
  });
  const upsert = () =>
    upsertDetected(captured, { today: options.today, defaultPaymentTermsDays: options.defaultPaymentTermsDays, now: options.now }, db);
  if (!options.dryRun) return upsert();
  let result: UpsertResult | undefined;
  try {
    await db.transaction('rw', db.invoices, db.clients, db.dueTotals, async () => {
      result = await upsert();
      throw new DryRun();
    });
  } catch (error) {
    if (!(error instanceof DryRun)) throw error;
  }
  return result!;
}
