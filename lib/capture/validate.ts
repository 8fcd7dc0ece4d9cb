import type { DetectedInvoice, Money } from '../core';
import { MAX_MINOR } from '../core/minor-units';

/**
 * DetectedInvoiceSchema's rules, by hand: zod would triple the size of the content script, which
 * imports no zod at all. This is not the trust boundary (the background parses every message
 * with zod); it keeps the capture from reporting what storage would refuse. A property test
 * (tests/unit/capture/validate.test.ts) checks that whatever passes here passes the schema too.
 */
const STATUSES = new Set(['draft', 'open', 'partial', 'paid', 'cancelled', 'disputed']);
const KINDS = new Set(['invoice', 'credit-note']);
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Currency codes already found well-formed: a page has one or two. */
const validCodes = new Set<string>();
function code(c: string): boolean {
  if (validCodes.has(c)) return true;
  if (!/^[A-Z]{3}$/.test(c)) return false;
  if (validCodes.size < 300) validCodes.add(c);
  return true;
}
const money = (m: Money | undefined) =>
  m === undefined ||
  (Number.isSafeInteger(m.minor) && Math.abs(m.minor) <= MAX_MINOR && typeof m.currency === 'string' && code(m.currency));

/** Dates already found valid: a list repeats the same few hundred. */
const validDates = new Set<string>();

function date(d: string | undefined): boolean {
  if (d === undefined || validDates.has(d)) return true;
  if (!checkDate(d)) return false;
  if (validDates.size < 10_000) validDates.add(d);
  return true;
}

function checkDate(d: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) return false;
  const [y, mo, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Years before 1000 are refused: none is an invoice's, and Date.UTC reads 0–99 as 1900–1999.
  if (y < 1000 || mo < 1 || mo > 12 || day < 1 || day > DAYS_IN_MONTH[mo - 1]!) return false;
  return mo !== 2 || day < 29 || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0));
}

/** Trimmed already (zod would trim, and a value that changes on the way is not what we saw). */
const text = (s: string | undefined, max: number) =>
  s === undefined || (typeof s === 'string' && s.length > 0 && s.length <= max && s.trim() === s);

/** A subset of `z.email()`: dot-separated atoms before the @, labels starting with a letter or digit after it, in lower case. */
const EMAIL = /^[a-z0-9_+-]+(?:\.[a-z0-9_+-]+)*@(?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,}$/;

export function isValidDetected(i: DetectedInvoice): boolean {
  return (
    text(i.number, 64) &&
    text(i.clientName, 200) &&
    (i.clientEmail === undefined || (i.clientEmail.length <= 254 && EMAIL.test(i.clientEmail))) &&
    money(i.total) &&
    money(i.amountDue) &&
    date(i.issueDate) &&
    date(i.dueDate) &&
    (i.status === undefined || STATUSES.has(i.status)) &&
    (i.kind === undefined || KINDS.has(i.kind)) &&
    typeof i.confidence === 'number' &&
    i.confidence >= 0 &&
    i.confidence <= 1
  );
}
