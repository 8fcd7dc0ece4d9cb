import { z } from 'zod';
import { ClientSchema, InvoiceSchema, isUnpaid, ReminderEventSchema, SettingsSchema, TemplateSchema, type ReminderEvent } from '../core';
import { getDb, type RelanceDb } from './database';
import { putInvoices } from './due-totals';

export const BACKUP_FORMAT = 'relance-backup';

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  invoices: z.array(InvoiceSchema).max(1_000_000),
  clients: z.array(ClientSchema).max(100_000),
  events: z.array(ReminderEventSchema).max(1_000_000),
  templates: z.array(TemplateSchema).max(10_000),
  settings: SettingsSchema.optional(),
});
export type Backup = z.infer<typeof BackupSchema>;

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

export async function exportAll(db: RelanceDb = getDb()): Promise<Backup> {
  return db.transaction('r', [db.invoices, db.clients, db.events, db.templates, db.settings], async () => ({
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: new Date().toISOString(),
    invoices: await db.invoices.toArray(),
    clients: await db.clients.toArray(),
    events: await db.events.toArray(),
    templates: (await db.templates.toArray()).filter((t) => !t.builtin),
    settings: SettingsSchema.parse((await db.settings.get('settings'))?.value ?? {}),
  }));
}

/**
 * Restores a backup: records with the same id are replaced, others kept. The whole file is
 * checked before anything is written, and the writes share one transaction: a bad file
 * changes nothing and says where it is wrong.
 */
export async function importAll(text: string, db: RelanceDb = getDb()): Promise<Record<'invoices' | 'clients' | 'events' | 'templates', number>> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ImportError('This file is not JSON. Choose a file exported by Relance.');
  }
  if ((json as { format?: unknown } | null)?.format !== BACKUP_FORMAT) {
    throw new ImportError('This JSON file is not a Relance backup.');
  }
  const parsed = BackupSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ImportError(`Nothing was imported: ${issue.path.join('.') || 'the file'}: ${issue.message}.`);
  }
  const b = parsed.data;
  // A file may hold one invoice twice (edited by hand, two exports pasted): the last copy wins.
  const invoices = [...new Map(b.invoices.map((i) => [i.id, i])).values()];
  let events = 0;
  await db.transaction('rw', [db.invoices, db.dueTotals, db.clients, db.events, db.templates, db.settings], async () => {
    const before = await db.invoices.bulkGet(invoices.map((i) => i.id));
    // The `unpaid` flag is derived: recompute it rather than trust the file.
    await putInvoices(db, invoices.map((after, i) => ({ before: before[i], after: { ...after, unpaid: isUnpaid(after) ? 1 : 0 } })));
    await db.clients.bulkPut(b.clients);
    events = await addNewEvents(db, b.events);
    await db.templates.bulkPut(b.templates);
    if (b.settings) await db.settings.put({ key: 'settings', value: b.settings });
  });
  return { invoices: invoices.length, clients: b.clients.length, events, templates: b.templates.length };
}

/** What makes two events the same one, whichever device numbered it. */
export function eventKey(e: Pick<ReminderEvent, 'invoiceIds' | 'stage' | 'action' | 'at'>): string {
  return JSON.stringify([[...e.invoiceIds].sort(), e.stage, e.action, e.at]);
}

/**
 * Adds the events of a file that the history does not hold yet, under new ids: an id is only a
 * number on the device that wrote it, and another device's event 1 is not ours. Returns how many.
 */
async function addNewEvents(db: RelanceDb, events: readonly ReminderEvent[]): Promise<number> {
  const known = new Set<string>();
  await db.events.each((e) => void known.add(eventKey(e)));
  const fresh: ReminderEvent[] = [];
  for (const { id: _id, ...event } of events) {
    const key = eventKey(event);
    if (known.has(key)) continue;
    known.add(key);
    fresh.push(event);
  }
  await db.events.bulkAdd(fresh);
  return fresh.length;
}
