import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Client, Invoice, InvoiceFile, ReminderEvent, Template } from '../core';
import { paidLateMiddleware, withPaidLate } from './paid-late';

/**
 * Unpaid invoices summed per due date and currency. Chromium's IndexedDB counts a key range by
 * walking it (about 4 µs an entry: 90 ms for 20,000 overdue invoices), so the badge and the
 * popup read these few hundred rows instead. Kept exact by `putInvoices`, the only writer of
 * invoices, in the same transaction as the invoices themselves.
 */
export interface DueTotal {
  /** `YYYY-MM-DD|EUR` */
  key: string;
  dueDate: string;
  currency: string;
  count: number;
  minor: number;
}

export interface SettingsRow {
  key: 'settings';
  value: unknown;
}

export type RelanceDb = Dexie & {
  invoices: EntityTable<Invoice, 'id'>;
  clients: EntityTable<Client, 'id'>;
  events: EntityTable<ReminderEvent, 'id'>;
  templates: EntityTable<Template, 'id'>;
  settings: EntityTable<SettingsRow, 'key'>;
  dueTotals: EntityTable<DueTotal, 'key'>;
  files: EntityTable<InvoiceFile, 'id'>;
};

export const DB_NAME = 'relance';

/**
 * Every released version stays here, in order. A new version adds a `db.version(n)` with its
 * `.upgrade()` and a test in tests/unit/db/migrations.test.ts that seeds version n-1.
 */
export const SCHEMA_VERSIONS: ReadonlyArray<{
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<unknown>;
}> = [
  {
    version: 1,
    stores: {
      // Each index costs every write (a 2,000-row capture): only what hot queries need.
      // [unpaid+dueDate]: the urgency list; [clientId+dueDate]: a client's invoices. Invoices of
      // one portal share the id prefix `<host>:`, so the primary key serves "by source".
      invoices: 'id, [unpaid+dueDate], [clientId+dueDate]',
      clients: 'id, name, *emails',
      events: '++id, *invoiceIds, clientId, at',
      templates: 'id, [stage+language]',
      settings: 'key',
      dueTotals: 'key, dueDate',
    },
  },
  // The copy of each invoice (issue 14): a new table, nothing to migrate.
  { version: 2, stores: { files: 'id, invoiceId' } },
  // A client's payment record counted from index keys (paid-late.ts): rows without the flag (all
  // but paid invoices) stay out of the index. Existing paid invoices get their flag.
  {
    version: 3,
    stores: { invoices: 'id, [unpaid+dueDate], [clientId+dueDate], [clientId+paidLate]' },
    upgrade: (tx) =>
      tx
        .table('invoices')
        .toCollection()
        .modify((row: Invoice & { paidLate?: 0 | 1 }, ref: { value: unknown }) => {
          ref.value = withPaidLate(row);
        }),
  },
];

export function openDatabase(name: string = DB_NAME): RelanceDb {
  // Relaxed: Chromium may acknowledge a write before it reaches the disk. A capture can be redone;
  // waiting for fsync on every transaction made a 2,000-row capture slower than the user notices.
  const db = new Dexie(name, { chromeTransactionDurability: 'relaxed' }) as RelanceDb;
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    const v = db.version(version).stores(stores);
    if (upgrade) v.upgrade(upgrade);
  }
  db.use(paidLateMiddleware);
  return db;
}

let shared: RelanceDb | undefined;

/** The database of this extension context, opened on first use. */
export function getDb(): RelanceDb {
  shared ??= openDatabase();
  return shared;
}
