import Dexie from 'dexie';
import {
  addDays,
  clientId as toClientId,
  ClientSchema,
  invoiceFileId,
  InvoiceFileSchema,
  invoiceId,
  InvoiceSchema,
  isUnpaid,
  type Client,
  type Invoice,
  type InvoiceFile,
  type InvoiceStatus,
  type Money,
} from '../core';
import type { EInvoice } from '../einvoice/types';
import { getDb, type RelanceDb } from './database';
import { putInvoices } from './due-totals';
import { dueDateIsCaptured, keptAmountDue, keptUserStatus } from './user-decisions';

/** The pseudo-host of invoices that came from a file: their ids are `einvoice:<number>`. */
export const EINVOICE_HOST = 'einvoice';

export interface EInvoiceImportItem {
  einvoice: EInvoice;
  /** The file it was read from; a PDF is kept as the invoice's copy (InvoiceFile). */
  file?: { name: string; type: string; bytes: Uint8Array };
}

export interface EInvoiceImportOptions {
  /** The user's calendar date (paidAt of an invoice that has nothing left to pay). */
  today: string;
  /** Days from issue to due date when the file states no due date at all. */
  defaultPaymentTermsDays?: number;
  now?: Date;
}

export type ImportPlanRow =
  { action: 'add' | 'update'; id: string; number: string } | { action: 'refuse'; number?: string; reason: string };

export interface ImportResult {
  rows: ImportPlanRow[];
  added: number;
  updated: number;
  refused: number;
  files: number;
}

interface Planned {
  row: ImportPlanRow;
  write?: { before?: Invoice; after: Invoice };
  file?: InvoiceFile;
  client?: { id: string; name: string; email?: string };
}

/** What importing these files would do, per file: add, update (the same invoice known), or refuse and why. Writes nothing. */
export async function planEInvoiceImport(
  items: readonly EInvoiceImportItem[],
  options: EInvoiceImportOptions,
  db: RelanceDb = getDb(),
): Promise<ImportPlanRow[]> {
  return db.transaction('r', db.invoices, async () => (await plan(items, options, db)).map((p) => p.row));
}

/**
 * Imports e-invoices in ONE transaction: invoices (through putInvoices), their clients, and the
 * PDFs as the invoices' copies. An e-invoice and a captured invoice with the same number and
 * client are one invoice: the file fills what the portal did not show, and what the user decided
 * (a status set in Relance, notes, a promise, a pause) is kept.
 */
export async function importEInvoices(
  items: readonly EInvoiceImportItem[],
  options: EInvoiceImportOptions,
  db: RelanceDb = getDb(),
): Promise<ImportResult> {
  return db.transaction('rw', [db.invoices, db.clients, db.dueTotals, db.files], async () => {
    const planned = await plan(items, options, db);
    // Two files of one invoice in one import (BASIC WL and MINIMUM of FA-1): one write, from what
    // was stored before the import to what the last file made of it.
    const writes = new Map<string, { before?: Invoice; after: Invoice }>();
    for (const p of planned) {
      if (!p.write) continue;
      const earlier = writes.get(p.write.after.id);
      writes.set(p.write.after.id, { before: earlier ? earlier.before : p.write.before, after: p.write.after });
    }
    await putInvoices(db, [...writes.values()]);
    await upsertClients(
      db,
      planned.flatMap((p) => (p.client ? [p.client] : [])),
      options.now ?? new Date(),
    );
    const files = planned.flatMap((p) => (p.file ? [p.file] : []));
    await db.files.bulkPut(files);
    const rows = planned.map((p) => p.row);
    const count = (a: ImportPlanRow['action']) => rows.filter((r) => r.action === a).length;
    return { rows, added: count('add'), updated: count('update'), refused: count('refuse'), files: files.length };
  });
}

async function plan(items: readonly EInvoiceImportItem[], options: EInvoiceImportOptions, db: RelanceDb): Promise<Planned[]> {
  const now = (options.now ?? new Date()).toISOString();
  // Invoices planned earlier in this batch, by number and client and by id.
  const seen = new Map<string, Invoice>();
  const ids = new Map<string, Invoice>();
  const out: Planned[] = [];
  for (const item of items) {
    const e = item.einvoice;
    try {
      const cid = toClientId(e.clientName);
      const before = seen.get(matchKey(e.number, cid)) ?? (await findSame(db, e.number, cid));
      const id = before?.id ?? invoiceId(EINVOICE_HOST, e.number);
      if (!before) {
        const taken = ids.get(id) ?? (await db.invoices.get(id));
        if (taken) throw new Error(`invoice ${e.number} already exists for another client (${taken.clientName})`);
      }
      const draft = before ? mergeInto(before, e, options) : fresh(id, e, item.file?.name, options, now);
      const after = InvoiceSchema.parse({ ...draft, updatedAt: now });
      seen.set(matchKey(e.number, cid), after);
      ids.set(id, after);
      out.push({
        row: { action: before ? 'update' : 'add', id, number: e.number },
        write: { before, after },
        file: copyOf(item.file, id, now),
        client: { id: after.clientId, name: after.clientName, email: e.clientEmail },
      });
    } catch (error) {
      out.push({ row: { action: 'refuse', number: e.number, reason: reasonOf(error) } });
    }
  }
  return out;
}

const matchKey = (number: string, cid: string) => `${cid}|${number}`;

/** The invoice with this number for this client, from any source (a portal, an earlier import). */
async function findSame(db: RelanceDb, number: string, cid: string): Promise<Invoice | undefined> {
  const candidates = await db.invoices
    .where('[clientId+dueDate]')
    .between([cid, Dexie.minKey], [cid, Dexie.maxKey])
    .filter((i) => i.number === number)
    .toArray();
  return candidates.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}

function fresh(id: string, e: EInvoice, fileName: string | undefined, options: EInvoiceImportOptions, now: string): Invoice {
  const status = statusOf(e.kind, e.total, e.amountDue);
  return {
    id,
    number: e.number,
    clientId: toClientId(e.clientName),
    clientName: e.clientName,
    total: e.total,
    amountDue: e.amountDue,
    issueDate: e.issueDate,
    dueDate: e.dueDate ?? addDays(e.issueDate, options.defaultPaymentTermsDays ?? 30),
    // Only a BT-9 date is a date the document shows; one read from the terms text is derived.
    dueDateInferred: e.dueDateFrom !== 'document',
    status,
    statusSetBy: 'capture',
    kind: e.kind,
    source: { url: fileUrl(fileName ?? `${e.number}.xml`), host: EINVOICE_HOST, method: 'import', seenAt: now },
    notes: '',
    unpaid: isUnpaid({ status, kind: e.kind }) ? 1 : 0,
    paidAt: status === 'paid' ? options.today : undefined,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * The file fills what the record lacks: the document's total, issue date and kind; its due date
 * when the record's was only inferred; its amount due unless a portal showed a payment since
 * (an amount due other than the total). The portal link and the user's decisions stay.
 */
function mergeInto(before: Invoice, e: EInvoice, options: EInvoiceImportOptions): Invoice {
  const fromFile = before.source.method === 'import';
  const portalSawPayment = !fromFile && before.amountDue.minor !== before.total.minor;
  const amountDue = portalSawPayment ? before.amountDue : keptAmountDue(before, e.amountDue);
  const takeDue = e.dueDate && dueDateIsCaptured(before) && (fromFile || before.dueDateInferred);
  const status: InvoiceStatus =
    before.statusSetBy === 'user'
      ? keptUserStatus(before, amountDue)
      : !fromFile && ['paid', 'cancelled', 'disputed'].includes(before.status)
        ? before.status
        : statusOf(e.kind, e.total, amountDue);
  return {
    ...before,
    total: e.total,
    amountDue,
    issueDate: e.issueDate,
    dueDate: takeDue ? e.dueDate! : before.dueDate,
    dueDateInferred: takeDue ? e.dueDateFrom !== 'document' : before.dueDateInferred,
    kind: e.kind,
    status,
    unpaid: isUnpaid({ status, kind: e.kind }) ? 1 : 0,
    paidAt: status === 'paid' ? (before.paidAt ?? options.today) : undefined,
  };
}

/** Nothing left to pay on an invoice (a prepayment covered it): paid. A credit note is never chased. */
function statusOf(kind: EInvoice['kind'], total: Money, amountDue: Money): InvoiceStatus {
  if (kind === 'credit-note') return 'open';
  if (amountDue.minor <= 0) return 'paid';
  return amountDue.minor < total.minor ? 'partial' : 'open';
}

function copyOf(file: EInvoiceImportItem['file'], id: string, now: string): InvoiceFile | undefined {
  if (!file || !(file.type === 'application/pdf' || /\.pdf$/i.test(file.name))) return undefined;
  return InvoiceFileSchema.parse({
    id: invoiceFileId(id, file.name),
    invoiceId: id,
    name: file.name,
    type: 'application/pdf',
    size: file.bytes.byteLength,
    data: file.bytes,
    origin: 'einvoice',
    addedAt: now,
  });
}

/** `file:///Facture%20FA-1.pdf`: where it came from, by name only (no local path is known). */
function fileUrl(name: string): string {
  return `file:///${encodeURIComponent(name.slice(0, 200))}`;
}

async function upsertClients(db: RelanceDb, seen: { id: string; name: string; email?: string }[], now: Date): Promise<void> {
  const at = now.toISOString();
  const byId = new Map<string, { name: string; emails: Set<string> }>();
  for (const c of seen) {
    const entry = byId.get(c.id) ?? { name: c.name, emails: new Set<string>() };
    if (c.email) entry.emails.add(c.email.toLowerCase());
    byId.set(c.id, entry);
  }
  const ids = [...byId.keys()];
  const existing = await db.clients.bulkGet(ids);
  const writes: Client[] = [];
  ids.forEach((id, i) => {
    const { name, emails } = byId.get(id)!;
    const before = existing[i];
    const added = [...emails].filter((e) => !before?.emails.includes(e) && !before?.removedEmails?.includes(e));
    if (before && added.length === 0) return;
    const all = [...(before?.emails ?? []), ...added].slice(0, 50);
    writes.push(
      ClientSchema.parse(before ? { ...before, emails: all, updatedAt: at } : { id, name, emails: all, createdAt: at, updatedAt: at }),
    );
  });
  await db.clients.bulkPut(writes);
}

function reasonOf(error: unknown): string {
  const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
  if (issues?.[0]) return `${issues[0].path.join('.')}: ${issues[0].message}`;
  return error instanceof Error ? error.message : String(error);
}
