import type { InvoiceStatus } from '../core';
import { parseStatus } from '../parse';

/** Statuses a badge can add to "open" without contradicting it: the more specific one wins. */
const SPECIFIC: ReadonlySet<InvoiceStatus> = new Set(['paid', 'partial', 'cancelled', 'disputed', 'draft']);

/**
 * A record's status from the words among its parts: a specific one (paid, partly paid,
 * cancelled, disputed, draft) over "open", which "Due in 3 days" or "Sent" also say. A payment
 * date with no status word ("Paid Nov 18, 2026" read as a date) says paid.
 */
export function statusOfParts(parts: readonly string[], paidOn: boolean): InvoiceStatus | undefined {
  let open = false;
  for (const p of parts) {
    if (p.length > 120) continue;
    const s = parseStatus(p)?.status;
    if (s && SPECIFIC.has(s)) return s;
    if (s === 'open') open = true;
  }
  return paidOn ? 'paid' : open ? 'open' : undefined;
}

/** A badge: a short part whose words say a status ("Overdue", "En retard · depuis 12 jours"), never a name. */
export function isStatusPart(part: string): boolean {
  if (!parseStatus(part)?.status) return false;
  return part.split(/\s+/).length <= 2 || /[·•|—–(]/.test(part);
}
