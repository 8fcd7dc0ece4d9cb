import {
  addDays,
  CalendarDateSchema,
  clientId as toClientId,
  invoiceId,
  InvoiceSchema,
  isUnpaid,
  CapturedInvoiceSchema,
  ClientSchema,
  withEmailSource,
  SourceSchema,
  type CapturedInvoice,
  type Client,
  type Invoice,
  type InvoiceStatus,
  type Money,
} from '../core';
import { getDb, type RelanceDb } from './database';
import { invoiceWriter, type InvoiceChange } from './due-totals';
import { guessIds, READ_SLICE, readStored } from './upsert-reads';
import { dueDateIsCaptured, keptAmountDue, keptUserStatus } from './user-decisions';

export interface UpsertOptions {
  /** The user's calendar date, for `paidAt`. */
  today: string;
  /** Days from issue to due date when a page shows no due date. */
  defaultPaymentTermsDays?: number;
  /** The instant of the write, for createdAt/updatedAt. */
  now?: Date;
}

export interface UpsertResult {
  added: string[];
  updated: string[];
  unchanged: string[];
  /** Unpaid before, paid now: the chase stops and a thank-you may be due. */
  becamePaid: string[];
  /** Still unpaid, but less is due than before. */
  partPaid: string[];
  rejected: { number: string; reason: string }[];
}

/** Fields a capture owns. Everything else (notes, pause, promise, a status the user set) is the user's. */
type CapturedField =
  'clientName' | 'clientId' | 'total' | 'amountDue' | 'issueDate' | 'dueDate' | 'dueDateInferred' | 'kind' | 'source' | 'pdfUrl';

/**
 * Stores what a page showed. Invoices are keyed by `<host>:<number>`: a page seen twice, or an
 * invoice shown twice on one page, updates one record. Captured facts replace captured facts;
 * what the user decided in Relance is never overwritten. Runs in one transaction.
 */
export async function upsertDetected(input: readonly unknown[], options: UpsertOptions, db: RelanceDb = getDb()): Promise<UpsertResult> {
  const result: UpsertResult = { added: [], updated: [], unchanged: [], becamePaid: [], partPaid: [], rejected: [] };
  const ctx: MergeContext = { options, now: (options.now ?? new Date()).toISOString(), result, clients: new Map() };
  await db.transaction('rw', db.invoices, db.clients, db.dueTotals, async () => {
    // The stored rows and the due totals (a few hundred rows) are read while the captured rows
    // are checked: IndexedDB reads off this thread.
    const writer = invoiceWriter(db);
    const stored = readStored(db, guessIds(input));
    const batch = checkRows(input, result);
    const ids = [...batch.keys()];
    stored.readAlso(ids);
    // Each slice is written as soon as it is merged: its writes queue behind the reads still due.
    for (let start = 0; start < ids.length; start += READ_SLICE) {
      const slice = ids.slice(start, start + READ_SLICE);
      const rows = await stored.rows(slice);
      writer.put(slice.flatMap((id, i) => mergeRow(id, batch.get(id)!, rows[i], ctx) ?? []));
    }
    await Promise.all([writer.done(), upsertClients(db, ctx.clients, ctx.now)]);
  });
  return result;
}

interface MergeContext {
  options: UpsertOptions;
  /** The instant of this write. */
  now: string;
  result: UpsertResult;
  /** Clients to create and addresses to learn, by client id. */
  clients: Map<string, SeenClient>;
}

/** One captured row against its stored invoice: the write it needs, if any; its outcome goes to `ctx.result`. */
function mergeRow(id: string, captured: CapturedInvoice, before: Invoice | undefined, ctx: MergeContext): InvoiceChange | undefined {
  const { options, now, result, clients } = ctx;
  const next = before ? mergeInvoice(before, captured, options) : newInvoice(id, captured, options, now);
  const same = before !== undefined && typeof next !== 'string' && sameInvoice(before, next);
  // A merge starts from the stored row, its updatedAt included: only a change moves it.
  if (before && !same && typeof next !== 'string') next.updatedAt = now;
  const invoice = typeof next === 'string' ? next : checkInvoice(next, before, captured);
  if (typeof invoice === 'string') {
    result.rejected.push({ number: captured.number, reason: invoice });
    return undefined;
  }
  // A known invoice's client is known: look clients up only for new invoices or new e-mails.
  if (!before || captured.clientEmail) {
    const earlier = clients.get(invoice.clientId);
    clients.set(
      invoice.clientId,
      captured.clientEmail
        ? { name: invoice.clientName, email: captured.clientEmail, host: captured.source.host }
        : { name: invoice.clientName, email: earlier?.email, host: earlier?.host },
    );
  }
  if (!before) result.added.push(id);
  else if (same) {
    result.unchanged.push(id);
    return undefined;
  } else {
    result.updated.push(id);
    if (before.unpaid === 1 && invoice.status === 'paid') result.becamePaid.push(id);
    else if (invoice.unpaid === 1 && invoice.amountDue.minor < before.amountDue.minor) result.partPaid.push(id);
  }
  return { before, after: invoice };
}

/** Checks every row and merges the copies of one invoice (a page may list it twice); the refused go to `result`. */
function checkRows(input: readonly unknown[], result: UpsertResult): Map<string, CapturedInvoice> {
  const batch = new Map<string, CapturedInvoice>();
  const sources = new Map<string, SourceCheck>();
  for (const raw of input) {
    const parsed = parseCaptured(raw, sources);
    if (typeof parsed === 'string') {
      result.rejected.push({ number: numberOf(raw), reason: parsed });
      continue;
    }
    const id = invoiceId(parsed.source.host, parsed.number);
    const earlier = batch.get(id);
    batch.set(id, earlier ? { ...earlier, ...stripUndefined(parsed) } : parsed);
  }
  return batch;
}

type SourceCheck = ReturnType<typeof SourceSchema.safeParse>;
const RowSchema = CapturedInvoiceSchema.omit({ source: true });

/**
 * Validates one captured row. Every row of a page carries the same source (URL, host, method,
 * instant): checking it once per distinct value, not 2,000 times, halves the cost of validation.
 * Returns the row, or why it was refused.
 */
function parseCaptured(raw: unknown, sources: Map<string, SourceCheck>): CapturedInvoice | string {
  const row = RowSchema.safeParse(raw);
  if (!row.success) return row.error.issues[0]?.message ?? 'invalid';
  const source = (raw as { source?: unknown }).source;
  const key = sourceKey(source);
  let checked = key === null ? undefined : sources.get(key);
  if (!checked) {
    checked = SourceSchema.safeParse(source);
    if (key !== null) sources.set(key, checked);
  }
  if (!checked.success) return checked.error.issues[0]?.message ?? 'invalid';
  return { ...row.data, source: checked.data };
}

/** The source's four fields when they are all strings (the only ones its schema keeps), else null. */
function sourceKey(source: unknown): string | null {
  if (typeof source !== 'object' || source === null) return null;
  const { url, host, method, seenAt } = source as Record<string, unknown>;
  if (typeof url !== 'string' || typeof host !== 'string' || typeof method !== 'string' || typeof seenAt !== 'string') return null;
  return JSON.stringify([url, host, method, seenAt]);
}

/**
 * A new invoice is checked whole. A merge of a stored invoice (checked when it was written) with
 * a captured row (checked above) is checked on the one value it computes that could be invalid:
 * a due date derived from payment terms can leave the calendar's range (the amount due and the
 * payment date it sets come from checked values), and only when it is neither the stored nor the
 * captured date, both checked already. A full parse of 2,000 merged rows cost as much as writing them.
 */
function checkInvoice(invoice: Invoice, before: Invoice | undefined, captured: CapturedInvoice): Invoice | string {
  if (before && (invoice.dueDate === before.dueDate || invoice.dueDate === captured.dueDate)) return invoice;
  const checked = before ? CalendarDateSchema.safeParse(invoice.dueDate) : InvoiceSchema.safeParse(invoice);
  if (!checked.success) return checked.error.issues[0]?.message ?? 'invalid';
  return before ? invoice : (checked.data as Invoice);
}

function newInvoice(id: string, c: CapturedInvoice, options: UpsertOptions, now: string): Invoice | string {
  const total = c.total ?? c.amountDue;
  if (!total) return 'no amount on the page';
  let dueDate = c.dueDate;
  const dueDateInferred = !dueDate;
  if (!dueDate && c.issueDate) dueDate = addDays(c.issueDate, options.defaultPaymentTermsDays ?? 30);
  if (!dueDate) return 'no due date nor issue date on the page';
  const status = reconcile(c.status ?? inferStatus(total, c.amountDue), total, c.amountDue);
  const kind = c.kind ?? (total.minor < 0 ? 'credit-note' : 'invoice');
  const amountDue = c.amountDue ?? (status === 'paid' || status === 'cancelled' ? { minor: 0, currency: total.currency } : total);
  return {
    id,
    number: c.number,
    clientId: toClientId(c.clientName),
    clientName: c.clientName,
    total,
    amountDue,
    issueDate: c.issueDate,
    dueDate,
    dueDateInferred,
    status,
    statusSetBy: 'capture',
    kind,
    source: c.source,
    pdfUrl: c.pdfUrl,
    notes: '',
    unpaid: isUnpaid({ status, kind }) ? 1 : 0,
    paidAt: status === 'paid' ? options.today : undefined,
    createdAt: now,
    updatedAt: now,
  };
}

function mergeInvoice(before: Invoice, c: CapturedInvoice, options: UpsertOptions): Invoice {
  const total = c.total ?? before.total;
  const shown = c.amountDue ?? (c.status === 'paid' ? { minor: 0, currency: total.currency } : before.amountDue);
  const amountDue = keptAmountDue(before, shown);
  const takeDue = dueDateIsCaptured(before);
  const dueDate = !takeDue
    ? before.dueDate
    : (c.dueDate ?? (before.dueDateInferred && c.issueDate ? addDays(c.issueDate, options.defaultPaymentTermsDays ?? 30) : before.dueDate));
  const captured: Pick<Invoice, CapturedField> = {
    clientName: c.clientName,
    clientId: before.clientId,
    total,
    amountDue,
    issueDate: c.issueDate ?? before.issueDate,
    dueDate,
    dueDateInferred: takeDue && c.dueDate ? false : before.dueDateInferred,
    kind: c.kind ?? before.kind,
    // A CSV file says nothing of where the invoice lives on its portal: its link stays.
    source: c.source.method === 'import' ? { ...before.source, seenAt: c.source.seenAt } : c.source,
    // A list that shows no PDF link does not forget the one a detail page showed.
    pdfUrl: c.pdfUrl ?? before.pdfUrl,
  };
  // A status the user set in Relance (paid by cheque not yet booked, a dispute) outlives captures.
  const status: InvoiceStatus =
    before.statusSetBy === 'user'
      ? keptUserStatus(before, amountDue)
      : reconcile(c.status ?? inferStatus(total, amountDue, before.status), total, amountDue);
  const kind = captured.kind;
  return {
    ...before,
    ...captured,
    status,
    unpaid: isUnpaid({ status, kind }) ? 1 : 0,
    paidAt: status === 'paid' ? (before.paidAt ?? options.today) : undefined,
  };
}

function inferStatus(total: Money, amountDue: Money | undefined, fallback: InvoiceStatus = 'open'): InvoiceStatus {
  if (!amountDue) return fallback;
  if (amountDue.minor === 0 && total.minor !== 0) return 'paid';
  if (amountDue.minor !== total.minor) return 'partial';
  return fallback === 'partial' || fallback === 'paid' ? 'open' : fallback;
}

/** Portals often say "unpaid" of an invoice partly paid: the amounts decide between the two. */
function reconcile(status: InvoiceStatus, total: Money, amountDue: Money | undefined): InvoiceStatus {
  if (!amountDue || (status !== 'open' && status !== 'partial')) return status;
  if (amountDue.minor > 0 && amountDue.minor < total.minor) return 'partial';
  return amountDue.minor === total.minor ? 'open' : status;
}

/**
 * Equal in everything a capture or the user can change: such a capture needs no write. Where and
 * when it was seen (source, updatedAt) is not worth a write.
 */
function sameInvoice(a: Invoice, b: Invoice): boolean {
  for (const key of Object.keys({ ...a, ...b }) as (keyof Invoice)[]) {
    if (key === 'source' || key === 'updatedAt') continue;
    const x = a[key];
    const y = b[key];
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    const m = x as { minor?: number; currency?: string };
    const n = y as { minor?: number; currency?: string };
    if (m.minor !== n.minor || m.currency !== n.currency) return false;
  }
  return true;
}

interface SeenClient {
  name: string;
  email?: string;
  /** The portal page's host that showed `email`. */
  host?: string;
}

/**
 * New clients, and addresses pages showed, each with the host it was seen on: clients are matched
 * by name across portals, so an address is known per site (see background/recipients.ts).
 */
async function upsertClients(db: RelanceDb, seen: Map<string, SeenClient>, now: string): Promise<void> {
  if (seen.size === 0) return;
  const ids = [...seen.keys()];
  const existing = await db.clients.bulkGet(ids);
  const writes: Client[] = [];
  ids.forEach((id, i) => {
    const { name, email, host } = seen.get(id)!;
    const before = existing[i];
    // An address the user removed from the client is not learned again from the page that showed it.
    const source = email && !before?.removedEmails?.includes(email) ? { email, from: 'portal' as const, host, at: now } : undefined;
    if (before && (!source || (before.emailSources ?? []).some((s) => s.email === email && s.from === 'portal' && s.host === host))) return;
    const base = before ? { ...before, updatedAt: now } : { id, name, emails: [], emailSources: [], createdAt: now, updatedAt: now };
    writes.push(ClientSchema.parse(source ? withEmailSource(base, source) : base));
  });
  await db.clients.bulkPut(writes);
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function numberOf(raw: unknown): string {
  const n = (raw as { number?: unknown } | null)?.number;
  return typeof n === 'string' ? n.slice(0, 64) : '?';
}
