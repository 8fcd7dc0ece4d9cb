import Dexie from 'dexie';
import { localToday } from '../core/calendar';
import {
  ClientPatchSchema,
  ClientSchema,
  InvoiceSchema,
  isUnpaid,
  ReminderEventSchema,
  type Client,
  type ClientPatch,
  type Invoice,
  type InvoiceAction,
  type InvoiceStatus,
  type InvoiceUndo,
  type ReminderEvent,
  withEmailSource,
} from '../core';
import { getDb, type RelanceDb } from './database';
import { putInvoices } from './due-totals';
import { NotFoundError } from './user-actions';

/** Why a desk action was refused; the background says it in the user's language. */
export type RefusalReason =
  | 'is-draft'
  | 'is-paid'
  | 'is-cancelled'
  | 'is-disputed'
  | 'is-credit-note'
  | 'other-currency'
  | 'not-positive'
  | 'over-due'
  | 'future-payment'
  | 'past-promise'
  | 'past-pause';

/**
 * A desk action the invoice's state does not allow (paying a paid invoice, a promise in the past).
 * The message is for logs; `reason` and `subs` (the invoice number, a currency) are for the user.
 */
export class ActionRefusedError extends Error {
  constructor(
    message: string,
    readonly reason: RefusalReason,
    readonly subs: string[] = [],
  ) {
    super(message);
    this.name = 'ActionRefusedError';
  }
}

const OPEN: ReadonlySet<InvoiceStatus> = new Set(['open', 'partial']);

function snapshot(invoice: Invoice): InvoiceUndo {
  return {
    status: invoice.status,
    statusSetBy: invoice.statusSetBy,
    amountDue: invoice.amountDue,
    unpaid: invoice.unpaid,
    dueDate: invoice.dueDate,
    dueDateSetBy: invoice.dueDateSetBy ?? null,
    paidAt: invoice.paidAt ?? null,
    promiseDate: invoice.promiseDate ?? null,
    pausedUntil: invoice.pausedUntil ?? null,
    notes: invoice.notes,
  };
}

function restore(invoice: Invoice, before: InvoiceUndo): Invoice {
  const { paidAt, promiseDate, pausedUntil, dueDateSetBy, ...rest } = before;
  return {
    ...invoice,
    ...rest,
    dueDateSetBy: dueDateSetBy ?? undefined,
    paidAt: paidAt ?? undefined,
    promiseDate: promiseDate ?? undefined,
    pausedUntil: pausedUntil ?? undefined,
  };
}

/** Open or part paid, money owed to us: what payments, promises and pauses apply to. */
function requireOpen(invoice: Invoice): void {
  if (invoice.kind !== 'invoice') throw new ActionRefusedError(`${invoice.number} is a credit note`, 'is-credit-note', [invoice.number]);
  if (!OPEN.has(invoice.status)) refuseClosed(invoice);
}

/** Refuses an action on a draft, or on an invoice paid, cancelled or disputed. */
function refuseClosed(invoice: Invoice): never {
  const reason = `is-${invoice.status}` as RefusalReason;
  throw new ActionRefusedError(`${invoice.number} is ${invoice.status}`, reason, [invoice.number]);
}

/** The status an unpaid invoice goes back to when a dispute is lifted. */
function openStatus(invoice: Invoice): InvoiceStatus {
  return invoice.amountDue.minor < invoice.total.minor ? 'partial' : 'open';
}

function withStatus(invoice: Invoice, status: InvoiceStatus): Partial<Invoice> {
  return { status, statusSetBy: 'user', unpaid: isUnpaid({ status, kind: invoice.kind }) ? 1 : 0 };
}

function appendNote(notes: string, line: string): string {
  const all = notes ? `${notes}\n${line}` : line;
  return all.length > 10_000 ? all.slice(all.length - 10_000) : all;
}

type Change = { invoice: Partial<Invoice>; event: Partial<ReminderEvent> & Pick<ReminderEvent, 'action'> };

/** What one action changes on one invoice, and the timeline entry that says so. */
function plan(invoice: Invoice, action: InvoiceAction, today: string): Change {
  switch (action.kind) {
    case 'payment': {
      requireOpen(invoice);
      const amount = action.amount ?? invoice.amountDue;
      if (amount.currency !== invoice.amountDue.currency)
        throw new ActionRefusedError(`${invoice.number} is in ${invoice.amountDue.currency}, not ${amount.currency}`, 'other-currency', [
          invoice.number,
          invoice.amountDue.currency,
        ]);
      if (amount.minor <= 0) throw new ActionRefusedError('a payment must be more than zero', 'not-positive');
      if (amount.minor > invoice.amountDue.minor)
        throw new ActionRefusedError(`${invoice.number}: the payment is more than the amount still due`, 'over-due', [invoice.number]);
      if (action.date > today) throw new ActionRefusedError('a payment cannot be dated in the future', 'future-payment');
      const left = invoice.amountDue.minor - amount.minor;
      const status = left === 0 ? 'paid' : 'partial';
      return {
        invoice: {
          ...withStatus(invoice, status),
          amountDue: { minor: left, currency: amount.currency },
          paidAt: left === 0 ? action.date : invoice.paidAt,
        },
        event: { action: 'payment', amount, date: action.date, note: action.note },
      };
    }
    case 'promise':
      requireOpen(invoice);
      if (action.date < today) throw new ActionRefusedError('a promise to pay is for today or later', 'past-promise');
      return { invoice: { promiseDate: action.date }, event: { action: 'promise', until: action.date, note: action.note } };
    case 'dispute':
      requireOpen(invoice);
      return { invoice: withStatus(invoice, 'disputed'), event: { action: 'dispute', outcome: action.reason } };
    case 'call': {
      const promise = action.outcome === 'promised' && action.promiseDate;
      if (promise && action.promiseDate! < today) throw new ActionRefusedError('a promise to pay is for today or later', 'past-promise');
      return {
        invoice: promise ? { promiseDate: action.promiseDate } : {},
        event: {
          action: 'called',
          stage: 'call',
          channel: 'phone',
          outcome: action.outcome,
          until: promise ? action.promiseDate : undefined,
          note: action.note,
        },
      };
    }
    case 'pause':
      requireOpen(invoice);
      if (action.until < today) throw new ActionRefusedError('a pause ends today or later', 'past-pause');
      return { invoice: { pausedUntil: action.until }, event: { action: 'pause', until: action.until, note: action.note } };
    case 'resume':
      return {
        invoice: {
          pausedUntil: undefined,
          promiseDate: undefined,
          ...(invoice.status === 'disputed' && withStatus(invoice, openStatus(invoice))),
        },
        event: { action: 'resume', note: action.note },
      };
    case 'cancel':
      if (invoice.status === 'paid' || invoice.status === 'cancelled') refuseClosed(invoice);
      return { invoice: withStatus(invoice, 'cancelled'), event: { action: 'cancel', note: action.note } };
    case 'correct-due-date':
      return {
        invoice: { dueDate: action.dueDate, dueDateInferred: false, dueDateSetBy: 'user' },
        event: { action: 'correct', until: action.dueDate, note: action.note },
      };
    case 'note':
      return { invoice: { notes: appendNote(invoice.notes, `${today}: ${action.text}`) }, event: { action: 'note', note: action.text } };
  }
}

/**
 * Applies one desk action to some invoices: each invoice's change and its timeline entry are
 * written in one transaction, all or nothing. The entries remember what the invoice was, for Undo.
 */
export async function applyInvoiceAction(
  ids: readonly string[],
  action: InvoiceAction,
  today: string,
  db: RelanceDb = getDb(),
): Promise<ReminderEvent[]> {
  return db.transaction('rw', db.invoices, db.dueTotals, db.events, async () => {
    const found = await db.invoices.bulkGet([...new Set(ids)]);
    const now = new Date().toISOString();
    const changes: { before: Invoice; after: Invoice }[] = [];
    const events: ReminderEvent[] = [];
    for (const [i, before] of found.entries()) {
      if (!before) throw new NotFoundError(`invoice ${ids[i]}`);
      const change = plan(before, action, today);
      const after = InvoiceSchema.parse({ ...before, ...change.invoice, updatedAt: now });
      changes.push({ before, after });
      events.push(
        ReminderEventSchema.parse({
          invoiceIds: [before.id],
          clientId: before.clientId,
          channel: 'manual',
          at: now,
          date: today,
          to: [],
          ...change.event,
          undo: snapshot(before),
        }),
      );
    }
    await putInvoices(db, changes);
    const keys = await db.events.bulkAdd(events, { allKeys: true });
    return events.map((e, i) => ({ ...e, id: keys[i] as number }));
  });
}

/**
 * Takes back the last desk action recorded on an invoice: the invoice is put back as it was and
 * the timeline entry goes. Null when there is nothing to undo.
 */
export async function undoLastAction(invoiceId: string, db: RelanceDb = getDb()): Promise<ReminderEvent | null> {
  return db.transaction('rw', [db.invoices, db.dueTotals, db.events, db.clients], async () => {
    const events = await db.events.where('invoiceIds').equals(invoiceId).toArray();
    const last = events.filter((e) => e.undo || e.clientUndo).sort((a, b) => b.id! - a.id!)[0];
    if (!last) return null;
    if (last.clientUndo) return undoAddresses(db, last);
    const before = await db.invoices.get(invoiceId);
    if (!before) throw new NotFoundError(`invoice ${invoiceId}`);
    const after = InvoiceSchema.parse({ ...restore(before, last.undo!), updatedAt: new Date().toISOString() });
    await putInvoices(db, [{ before, after }]);
    await db.events.delete(last.id!);
    return last;
  });
}

/** Puts a client's addresses back as they were before the correction `event` recorded. */
async function undoAddresses(db: RelanceDb, event: ReminderEvent): Promise<ReminderEvent> {
  const client = await db.clients.get(event.clientId);
  if (!client) throw new NotFoundError(`client ${event.clientId}`);
  await db.clients.put(ClientSchema.parse({ ...client, ...event.clientUndo, updatedAt: new Date().toISOString() }));
  await db.events.delete(event.id!);
  return event;
}

/**
 * The user's corrections to a client: addresses, language, tone, relationship, pause, notes. A
 * client known only from its invoices (an imported backup has none) gets its record here. A change
 * of addresses (the portal showed a wrong one) goes in the client's timeline, in the same transaction.
 */
export async function updateClient(id: string, patch: ClientPatch, db: RelanceDb = getDb(), today: string = localToday()): Promise<Client> {
  return db.transaction('rw', db.clients, db.invoices, db.events, async () => {
    const before = (await db.clients.get(id)) ?? (await newClientFromInvoices(id, db));
    const { tone, since, pausedUntil, emails, ...rest } = ClientPatchSchema.parse(patch);
    const now = new Date().toISOString();
    let next: Record<string, unknown> = { ...before, ...rest, updatedAt: now };
    if (emails) next = { ...next, ...withAddresses(before, [...new Set(emails)], now) };
    if (tone !== undefined) next.tone = tone ?? undefined;
    if (since !== undefined) next.since = since ?? undefined;
    if (pausedUntil !== undefined) next.pausedUntil = pausedUntil ?? undefined;
    const after = ClientSchema.parse(next);
    await db.clients.put(after);
    if (emails && after.emails.join() !== before.emails.join()) await recordAddresses(db, before, after, now, today);
    return after;
  });
}

/**
 * The client's addresses as the user set them. What the user adds, or chooses for reminders, is
 * theirs: confirmed, never asked about again. What they remove is remembered, so that the page
 * or file that showed it does not bring it back.
 */
function withAddresses(before: Client, confirmed: string[], now: string): Partial<Client> {
  const chosen = confirmed.filter((e, i) => !before.emails.includes(e) || (i === 0 && before.emails[0] !== e));
  let withSources: Pick<Client, 'emails' | 'emailSources'> = { emails: confirmed, emailSources: before.emailSources ?? [] };
  for (const email of chosen) withSources = withEmailSource(withSources, { email, from: 'user', at: now });
  const removed = before.emails.filter((e) => !confirmed.includes(e));
  const earlier = (before.removedEmails ?? []).filter((e) => !confirmed.includes(e) && !removed.includes(e));
  return {
    emails: confirmed,
    emailSources: withSources.emailSources.filter((s) => confirmed.includes(s.email)),
    removedEmails: [...earlier, ...removed].slice(-50),
  };
}

/** The timeline entry of a change of addresses, on the client's invoices still owed (else its latest). */
async function recordAddresses(db: RelanceDb, before: Client, client: Client, now: string, today: string): Promise<void> {
  const invoices = await db.invoices.where('[clientId+dueDate]').between([client.id, Dexie.minKey], [client.id, Dexie.maxKey]).toArray();
  const owed = invoices.filter((i) => i.unpaid === 1);
  const ids = (owed.length > 0 ? owed : invoices.slice(-1)).slice(0, 200).map((i) => i.id);
  if (ids.length === 0) return;
  await db.events.add(
    ReminderEventSchema.parse({
      invoiceIds: ids,
      clientId: client.id,
      channel: 'manual',
      action: 'correct',
      at: now,
      date: today,
      to: client.emails,
      clientUndo: { emails: before.emails, emailSources: before.emailSources ?? [], removedEmails: before.removedEmails ?? [] },
    }),
  );
}

async function newClientFromInvoices(id: string, db: RelanceDb): Promise<Client> {
  const invoice = await db.invoices.where('[clientId+dueDate]').between([id, Dexie.minKey], [id, Dexie.maxKey]).first();
  if (!invoice) throw new NotFoundError(`client ${id}`);
  const now = new Date().toISOString();
  return { id, name: invoice.clientName, emails: [], emailSources: [], paused: false, createdAt: now, updatedAt: now };
}
