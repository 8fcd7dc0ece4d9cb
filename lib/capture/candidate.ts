import type { DetectedInvoice, InvoiceStatus, Money } from '../core';
import { MAX_MINOR, toMoney } from '../core/minor-units';
import { parseAmount, parseDate, parseStatus, type DateOrder } from '../parse';
import { findEmail } from './parts';
import { isDraftNumber } from './text';

export type Method = 'table' | 'grid' | 'detail' | 'jsonld' | 'microdata' | 'recipe';

export interface Candidate extends DetectedInvoice {
  method: Method;
}

export interface ReadHints {
  lang?: string;
  today?: string;
  /** The currency of amounts shown without a mark, when the caller knows it. */
  currency?: string;
  /**
   * Otherwise the page's, found only when an amount needs it: counting a page's currency marks
   * costs as much as reading a long list, and lists print the mark on every amount.
   */
  pageCurrency?: () => string | undefined;
  decimal?: ',' | '.';
  order?: DateOrder;
  /**
   * Amounts already read under these same hints, by text: a list repeats "0,00 €" and its
   * usual totals on many rows. One memo per set of hints, never shared across tables.
   */
  memo?: Map<string, Money | null>;
  /** Dates and statuses already read under these hints, the same way: a list repeats them row after row. */
  dates?: Map<string, string | null>;
  statuses?: Map<string, ReturnType<typeof parseStatus>>;
}

/** The texts one invoice shows, by field, before parsing. */
export interface RawInvoice {
  number: string;
  client?: string;
  email?: string;
  issueDate?: string;
  dueDate?: string;
  total?: string;
  totalExcl?: string;
  tax?: string;
  amountDue?: string;
  paid?: string;
  status?: string;
  type?: string;
}

/** What a whole table says about each of its rows ("Customer draft invoices"). */
export interface RowDefaults {
  status?: InvoiceStatus;
  /** A list's open word ("Overdue", "Sent") says when, not how much: figures showing part paid make it partial. */
  byFigures?: boolean;
}

/** The currency of amounts without a mark: the caller's, else the page's (found now if not yet). */
export function currencyHint(h: ReadHints): string | undefined {
  return h.currency ?? h.pageCurrency?.();
}

/** An amount with its currency, within Money's bounds, or undefined. */
export function money(text: string | undefined, h: ReadHints): Money | undefined {
  if (!text) return undefined;
  const hit = h.memo?.get(text);
  if (hit !== undefined) return hit ?? undefined;
  let a = parseAmount(text, { lang: h.lang, currency: h.currency, decimal: h.decimal });
  // A mark in the text decides alone; without one, the page's currency is read and the text again.
  if (a && !a.currency && !h.currency && h.pageCurrency) {
    const currency = h.pageCurrency();
    if (currency) a = parseAmount(text, { lang: h.lang, currency, decimal: h.decimal });
  }
  let result: Money | null = null;
  if (a && a.currency) {
    const m = toMoney(a.value, a.currency);
    // 10^12 € parses, but no invoice is that large: drop the field, keep the invoice.
    if (Math.abs(m.minor) <= MAX_MINOR) result = m;
  }
  if (h.memo && h.memo.size < 4096) h.memo.set(text, result);
  return result ?? undefined;
}

/**
 * A date a real invoice can have: not 1900, not 2999. Within 30 years before and 5 after today,
 * or, with no today given, between 1970 and 2100.
 */
export function plausibleDate(text: string | undefined, h: ReadHints): string | undefined {
  if (!text) return undefined;
  const hit = h.dates?.get(text);
  if (hit !== undefined) return hit ?? undefined;
  const result = readPlausibleDate(text, h);
  if (h.dates && h.dates.size < 4096) h.dates.set(text, result ?? null);
  return result;
}

function readPlausibleDate(text: string, h: ReadHints): string | undefined {
  const d = parseDate(text, { lang: h.lang, order: h.order, today: h.today });
  if (!d) return undefined;
  const year = Number(d.slice(0, 4));
  const now = h.today ? Number(h.today.slice(0, 4)) : undefined;
  const [min, max] = now ? [now - 30, now + 5] : [1970, 2100];
  return year >= min && year <= max ? d : undefined;
}

function statusOf(text: string, h: ReadHints): ReturnType<typeof parseStatus> {
  const hit = h.statuses?.get(text);
  if (hit !== undefined) return hit;
  const result = parseStatus(text);
  if (h.statuses && h.statuses.size < 1024) h.statuses.set(text, result);
  return result;
}

/** The status a row does not state, from what it shows paid and still due: nothing due is paid, something paid and due partial, nothing paid open. */
function statusFromAmounts(paid: Money | undefined, due: Money | undefined): InvoiceStatus | undefined {
  if (!paid || !due || paid.currency !== due.currency || paid.minor < 0 || due.minor < 0) return undefined;
  if (due.minor === 0) return paid.minor > 0 ? 'paid' : undefined;
  return paid.minor > 0 ? 'partial' : 'open';
}

/** The same from the total and what remains due, when no paid amount is shown. */
function statusFromDue(total: Money | undefined, due: Money | undefined): InvoiceStatus | undefined {
  if (!total || !due || total.currency !== due.currency || total.minor <= 0 || due.minor < 0 || due.minor > total.minor) return undefined;
  return due.minor === 0 ? 'paid' : due.minor === total.minor ? 'open' : 'partial';
}

/**
 * Parses a raw invoice; the confidence grows with the fields found. The status comes from, in
 * order: the row's own status text, a provisional number (a draft), what was paid and is due,
 * and what the whole table says (`defaults`).
 */
export function toCandidate(
  raw: RawInvoice,
  h: ReadHints,
  method: Method,
  baseConfidence: number,
  defaults: RowDefaults = {},
): Candidate | null {
  return candidateFrom(raw.number, (field) => raw[field], h, method, baseConfidence, defaults);
}

/** The text of one field of an invoice, read when asked. */
export type FieldText = (field: Exclude<keyof RawInvoice, 'number'>) => string | undefined;

/**
 * toCandidate with the texts read through `text`, each field once and only when needed: a grid
 * row reads its cells on demand.
 */
export function candidateFrom(
  rawNumber: string,
  text: FieldText,
  h: ReadHints,
  method: Method,
  baseConfidence: number,
  defaults: RowDefaults = {},
): Candidate | null {
  const number = rawNumber.trim();
  if (!number) return null;
  let total = money(text('total'), h);
  if (!total) {
    // Only when the total incl. tax is missing: excl. tax plus tax, else excl. tax alone.
    const excl = money(text('totalExcl'), h);
    const tax = excl && money(text('tax'), h);
    if (excl && tax && excl.currency === tax.currency) total = { minor: excl.minor + tax.minor, currency: excl.currency };
    total ??= excl;
  }
  let amountDue = money(text('amountDue'), h);
  // Nothing billed and a credit entry that leaves its whole amount owed back (Soll empty, Haben
  // 595,00, Saldo −595,00): the line is a credit note of that amount.
  if (!total && amountDue && amountDue.minor < 0) {
    const credit = money(text('paid'), h);
    if (credit?.currency === amountDue.currency && credit.minor === -amountDue.minor) total = amountDue;
  }
  const statusText = text('status');
  const parsedStatus = statusText ? statusOf(statusText, h) : null;
  let status = isDraftNumber(number) ? 'draft' : parsedStatus?.status;
  if (!amountDue || !status) {
    const paid = money(text('paid'), h);
    if (paid) {
      if (!amountDue && total && paid.currency === total.currency)
        amountDue = { minor: total.minor - paid.minor, currency: total.currency };
      status ??= statusFromAmounts(paid, amountDue);
    }
    status ??= statusFromDue(total, amountDue);
  }
  status ??= defaults.status;
  if (
    defaults.byFigures &&
    status === 'open' &&
    amountDue &&
    (statusFromDue(total, amountDue) === 'partial' || statusFromAmounts(money(text('paid'), h), amountDue) === 'partial')
  )
    status = 'partial';
  let kind = parsedStatus?.kind;
  if (!kind) {
    const typeText = text('type');
    kind = (typeText ? statusOf(typeText, h)?.kind : undefined) ?? (total && total.minor < 0 ? 'credit-note' : undefined);
  }
  // A credit note whose only figure is the credit it gives (a statement's "Haben" or "Crédit" line).
  if (kind === 'credit-note' && !total && !amountDue) total = money(text('paid'), h);
  // A credit note a list prints positive ("Nota de crédito … 123,00 €") owes back: stored negative, as on its own page.
  if (kind === 'credit-note') {
    if (total && total.minor > 0) total = { ...total, minor: -total.minor };
    if (amountDue && amountDue.minor > 0) amountDue = { ...amountDue, minor: -amountDue.minor };
  }
  const client = text('client')?.trim();
  const clientName = client && /\p{L}/u.test(client) && !client.includes(number) ? client.slice(0, 200).trim() : undefined;
  const email = findEmail(text('email'));
  const issueDate = plausibleDate(text('issueDate'), h);
  const dueDate = plausibleDate(text('dueDate'), h);
  // Built field by field: a list of thousands of rows should not allocate a spread per field.
  const candidate: Candidate = { number, confidence: 0, method };
  if (clientName) candidate.clientName = clientName;
  if (email) candidate.clientEmail = email;
  if (total) candidate.total = total;
  if (amountDue) candidate.amountDue = amountDue;
  if (issueDate) candidate.issueDate = issueDate;
  if (dueDate) candidate.dueDate = dueDate;
  if (status) candidate.status = status;
  if (kind) candidate.kind = kind;
  const present = Number(!!clientName) + Number(!!total) + Number(!!issueDate) + Number(!!dueDate) + Number(!!status);
  candidate.confidence = Math.max(0, Math.min(1, Math.round((baseConfidence + present * 0.08) * 100) / 100));
  return candidate;
}
