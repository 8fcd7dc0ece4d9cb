import Dexie, { type EntityTable } from 'dexie';
import type { Client, Invoice, ReminderEvent, Template } from '../core';

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
};

export const DB_NAME = 'relance';

/**
 * Every released version stays here, in order. A new version adds a `db.version(n)` with its
 * `.upgrade()` and a test in tests/unit/db/migrations.test.ts that seeds version n-1.
 */
export const SCHEMA_VERSIONS: ReadonlyArray<{ version: number; stores: Record<string, string> }> = [
  {
    version: 1,
    stores: {
      // [unpaid+dueDate]: unpaid invoices by due date (overdue count, the urgency list).
      invoices: 'id, [unpaid+dueDate], [clientId+dueDate], source.host, updatedAt',
      clients: 'id, name, *emails',
      events: '++id, *invoiceIds, clientId, at',
      templates: 'id, [stage+language]',
      settings: 'key',
    },
  },
];

export function openDatabase(name: string = DB_NAME): RelanceDb {
  const db = new Dexie(name) as RelanceDb;
  for (const { version, stores } of SCHEMA_VERSIONS) db.version(version).stores(stores);
  return db;
}

let shared: RelanceDb | undefined;

/** The database of this extension context, opened on first use. */
export function getDb(): RelanceDb {
  shared ??= openDatabase();
  return shared;
}
