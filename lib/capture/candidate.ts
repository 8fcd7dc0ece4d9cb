import type { DetectedInvoice, Money } from '../core';
import { toMoney } from '../core/minor-units';
import { parseAmount, parseDate, parseStatus, type DateOrder } from '../parse';
import { isDraftNumber } from './text';

export type Method = 'table' | 'grid' | 'detail' | 'jsonld' | 'microdata' | 'recipe';

export interface Candidate extends DetectedInvoice {
  method: Method;
}

export interface ReadHints {
  lang?: string;
  today?: string;
  currency?: string;
  decimal?: ',' | '.';
  order?: DateOrder;
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

export function money(text: string | undefined, h: ReadHints): Money | undefined {
  if (!text) return undefined;
  const a = parseAmount(text, { lang: h.lang, currency: h.currency, decimal: h.decimal });
  if (!a || !a.currency) return undefined;
  return toMoney(a.value, a.currency);
}

/** A date a real invoice can have: not 1900, not 2999 (within 30 years back, 5 ahead of today). */
export function plausibleDate(text: string | undefined, h: ReadHints): string | undefined {
  if (!text) return undefined;
  const d = parseDate(text, { lang: h.lang, order: h.order, today: h.today });
  if (!d) return undefined;
  const year = Number(d.slice(0, 4));
  const now = h.today ? Number(h.today.slice(0, 4)) : 2026;
  return year >= now - 30 && year <= now + 5 ? d : undefined;
}

const EMAIL = /[A-Z0-9._%+-]{1,64}@[A-Z0-9.-]{1,189}\.[A-Z]{2,24}/i;

/** Parses a raw invoice; the confidence grows with the fields found. */
export function toCandidate(raw: RawInvoice, h: ReadHints, method: Method, baseConfidence: number): Candidate | null {
  const number = raw.number.trim();
  if (!number) return null;
  const excl = money(raw.totalExcl, h);
  const tax = money(raw.tax, h);
  let total = money(raw.total, h);
  if (!total && excl && tax && excl.currency === tax.currency) total = { minor: excl.minor + tax.minor, currency: excl.currency };
  total ??= excl;
  let amountDue = money(raw.amountDue, h);
  const paid = money(raw.paid, h);
  if (!amountDue && total && paid && paid.currency === total.currency) amountDue = { minor: total.minor - paid.minor, currency: total.currency };
  const parsedStatus = raw.status ? parseStatus(raw.status) : null;
  const typeStatus = raw.type ? parseStatus(raw.type) : null;
  let status = parsedStatus?.status;
  if (isDraftNumber(number)) status = 'draft';
  const kind = parsedStatus?.kind ?? typeStatus?.kind ?? (total && total.minor < 0 ? 'credit-note' : undefined);
  const clientName = raw.client && /\p{L}/u.test(raw.client) && !raw.client.includes(number) ? raw.client.slice(0, 200) : undefined;
  const email = raw.email?.match(EMAIL)?.[0]?.toLowerCase();
  const issueDate = plausibleDate(raw.issueDate, h);
  const dueDate = plausibleDate(raw.dueDate, h);
  const present = [clientName, total, dueDate, issueDate, status].filter((x) => x !== undefined).length;
  return {
    number,
    ...(clientName && { clientName }),
    ...(email && { clientEmail: email }),
    ...(total && { total }),
    ...(amountDue && { amountDue }),
    ...(issueDate && { issueDate }),
    ...(dueDate && { dueDate }),
    ...(status && { status }),
    ...(kind && { kind }),
    confidence: Math.min(1, Math.round((baseConfidence + present * 0.08) * 100) / 100),
    method,
  };
}
