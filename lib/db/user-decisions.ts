import type { Invoice, InvoiceStatus, Money } from '../core';

/**
 * What the user decided in Relance about an invoice, which a later capture or import must not
 * undo: a payment recorded (the portal may not have booked it yet), a corrected due date (the
 * portal was wrong), a status set by hand (disputed, cancelled).
 */

/** The user recorded a payment on it (part or full): the amount still due is theirs. */
function paymentRecorded(invoice: Invoice): boolean {
  return invoice.statusSetBy === 'user' && (invoice.status === 'partial' || invoice.status === 'paid');
}

/**
 * The amount due a capture leaves: what the page shows, except that it never raises what is due
 * above what the user's recorded payment left (a portal that has not booked it yet). A lower
 * figure is a later payment the portal booked, and is taken.
 */
export function keptAmountDue(before: Invoice, shown: Money): Money {
  if (!paymentRecorded(before) || shown.currency !== before.amountDue.currency) return shown;
  return shown.minor > before.amountDue.minor ? before.amountDue : shown;
}

/**
 * The status of an invoice whose status the user set: theirs, except that a part payment the user
 * recorded becomes paid when the page shows nothing left to pay (that only completes it).
 */
export function keptUserStatus(before: Invoice, amountDue: Money): InvoiceStatus {
  return before.status === 'partial' && amountDue.minor === 0 ? 'paid' : before.status;
}

/** Whether a capture or an import may move the due date: not once the user corrected it. */
export function dueDateIsCaptured(before: Invoice): boolean {
  return before.dueDateSetBy !== 'user';
}
