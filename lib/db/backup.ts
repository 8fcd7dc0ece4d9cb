import { z } from 'zod';
import {
  ClientSchema,
  InvoiceSchema,
  isUnpaid,
  ReminderEventSchema,
  SettingsSchema,
  TemplateSchema,
  type Invoice,
  type ReminderEvent,
} from '../core';
import { BackupFileSchema, MAX_BACKUP_FILES } from './backup-files';
import { getDb, type RelanceDb } from './database';
import { putInvoices } from './due-totals';

export const BACKUP_FORMAT = 'relance-backup';

/** The sections of a backup that hold records, in the order a backup file writes them. */
export const BACKUP_SECTIONS = {
  invoices: { schema: InvoiceSchema, max: 1_000_000 },
  clients: { schema: ClientSchema, max: 100_000 },
  events: { schema: ReminderEventSchema, max: 1_000_000 },
  templates: { schema: TemplateSchema, max: 10_000 },
} as const;
export type BackupSection = keyof typeof BACKUP_SECTIONS;
const SECTIONS = Object.keys(BACKUP_SECTIONS) as BackupSection[];

/** The whole file, header and records, as a reader of version 1 expects it. */
export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  invoices: z.array(InvoiceSchema).max(BACKUP_SECTIONS.invoices.max),
  clients: z.array(ClientSchema).max(BACKUP_SECTIONS.clients.max),
  events: z.array(ReminderEventSchema).max(BACKUP_SECTIONS.events.max),
  templates: z.array(TemplateSchema).max(BACKUP_SECTIONS.templates.max),
  settings: SettingsSchema.optional(),
  /** The copies of invoices, when the user chose to include them (see backup-files.ts). */
  files: z.array(BackupFileSchema).max(MAX_BACKUP_FILES).optional(),
});
export type Backup = z.infer<typeof BackupSchema>;

/** The same file with its records left unchecked: they are checked a slice at a time. */
const HeaderSchema = BackupSchema.extend(
  Object.fromEntries(SECTIONS.map((s) => [s, z.array(z.unknown()).max(BACKUP_SECTIONS[s].max)])) as Record<
    BackupSection,
    z.ZodArray<z.ZodUnknown>
  >,
);

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** Where a long backup or restore is: `done` of `total` records of its current step. */
export interface BackupProgress {
  step: 'read' | 'check' | 'write';
  done: number;
  total: number;
}
export type OnProgress = (progress: BackupProgress) => void;

/** Records restored per section; `files` only when the backup held the copies of invoices. */
export type ImportCounts = Record<BackupSection, number> & { files?: number };

/** Records checked or written between two progress reports. */
export const BACKUP_SLICE = 5_000;

/**
 * Lets the page draw between two slices of work done outside a transaction. A message-channel
 * task, not a timer: a timer in a background tab waits a second or more.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Restores a backup in the extension page that read the file (a 100,000-invoice backup is larger
 * than a runtime message may be). The whole file is checked before anything is written, and the
 * writes share one transaction: a bad file changes nothing and says where it is wrong. Invoices,
 * clients and templates with a stored id are replaced; events are added (see addNewEvents).
 */
export async function importBackup(text: string, db: RelanceDb = getDb(), onProgress: OnProgress = () => {}): Promise<ImportCounts> {
  const backup = await checkBackup(parseJson(text), onProgress);
  // A file may hold one invoice twice (edited by hand, two exports pasted): the last copy wins.
  const invoices = [...new Map(backup.invoices.map((i) => [i.id, i])).values()];
  const files = backup.files ?? [];
  const total = invoices.length + backup.clients.length + backup.events.length + backup.templates.length + files.length;
  let events = 0;
  await db.transaction('rw', [db.invoices, db.dueTotals, db.clients, db.events, db.templates, db.settings, db.files], async () => {
    onProgress({ step: 'write', done: 0, total });
    await writeInvoices(db, invoices, (done) => onProgress({ step: 'write', done, total }));
    await db.clients.bulkPut(backup.clients);
    events = await addNewEvents(db, backup.events);
    await db.templates.bulkPut(backup.templates);
    if (backup.settings) await db.settings.put({ key: 'settings', value: backup.settings });
    await db.files.bulkPut(files);
    onProgress({ step: 'write', done: total, total });
  });
  const counts = { invoices: invoices.length, clients: backup.clients.length, events, templates: backup.templates.length };
  return backup.files ? { ...counts, files: files.length } : counts;
}

function parseJson(text: string): unknown {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ImportError('This file is not JSON. Choose a file exported by Relance.');
  }
  if ((json as { format?: unknown } | null)?.format !== BACKUP_FORMAT) {
    throw new ImportError('This JSON file is not a Relance backup.');
  }
  return json;
}

/** Checks every record against its schema, a slice at a time, and reports the first fault with its path. */
async function checkBackup(json: unknown, onProgress: OnProgress): Promise<Backup> {
  const header = HeaderSchema.safeParse(json);
  if (!header.success) refuse(header.error.issues[0]!.path, header.error.issues[0]!.message);
  const raw = header.data!;
  const total = SECTIONS.reduce((n, s) => n + raw[s].length, 0);
  const checked: Partial<Backup> = {};
  let done = 0;
  for (const section of SECTIONS) {
    const slice = z.array(BACKUP_SECTIONS[section].schema);
    const records: unknown[] = [];
    for (let start = 0; start < raw[section].length; start += BACKUP_SLICE) {
      onProgress({ step: 'check', done, total });
      await nextTask();
      const part = slice.safeParse(raw[section].slice(start, start + BACKUP_SLICE));
      if (!part.success) {
        const [index, ...rest] = part.error.issues[0]!.path;
        refuse([section, start + Number(index), ...rest], part.error.issues[0]!.message);
      }
      for (const record of part.data!) records.push(record);
      done += part.data!.length;
    }
    Object.assign(checked, { [section]: records });
  }
  onProgress({ step: 'check', done: total, total });
  return { ...raw, ...checked } as Backup;
}

function refuse(path: readonly PropertyKey[], message: string): never {
  throw new ImportError(`Nothing was imported: ${path.map(String).join('.') || 'the file'}: ${message}.`);
}

/** Writes invoices a slice at a time, inside the caller's transaction, keeping the due totals exact. */
async function writeInvoices(db: RelanceDb, invoices: readonly Invoice[], onWritten: (done: number) => void): Promise<void> {
  for (let start = 0; start < invoices.length; start += BACKUP_SLICE) {
    const slice = invoices.slice(start, start + BACKUP_SLICE);
    const before = await db.invoices.bulkGet(slice.map((i) => i.id));
    // The `unpaid` flag is derived: recompute it rather than trust the file.
    await putInvoices(
      db,
      slice.map((after, i) => ({ before: before[i], after: { ...after, unpaid: isUnpaid(after) ? 1 : 0 } })),
    );
    onWritten(start + slice.length);
  }
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
