import type { DetectedInvoice, Money } from '../core';
import { MAX_MINOR } from '../core/minor-units';

/**
 * The shape DetectedInvoiceSchema checks, by hand: zod would triple the size of the content
 * script. This is not the trust boundary (the background validates every message with zod); it
 * only keeps the capture from reporting what storage would refuse. A test holds the two equal.
 */
const money = (m: Money | undefined) => m === undefined || (Number.isSafeInteger(m.minor) && Math.abs(m.minor) <= MAX_MINOR && /^[A-Z]{3}$/.test(m.currency));
const date = (d: string | undefined) => d === undefined || (/^\d{4}-\d{2}-\d{2}$/.test(d) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d));
const text = (s: string | undefined, max: number) => s === undefined || (s.trim().length > 0 && s.length <= max);

export function isValidDetected(i: DetectedInvoice): boolean {
  return (
    text(i.number, 64) &&
    text(i.clientName, 200) &&
    (i.clientEmail === undefined || /^[^\s@]{1,64}@[^\s@]{1,189}\.[a-z]{2,24}$/.test(i.clientEmail)) &&
    money(i.total) &&
    money(i.amountDue) &&
    date(i.issueDate) &&
    date(i.dueDate) &&
    i.confidence >= 0 &&
    i.confidence <= 1
  );
}
