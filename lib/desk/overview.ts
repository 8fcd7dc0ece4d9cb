import { toDayNumber } from '../core/calendar';
import type { Invoice, Money, ReminderEvent } from '../core';
import { inBalance } from './aging';

export interface ClientOverdue {
  clientId: string;
  clientName: string;
  overdue: Money;
  invoices: number;
  oldestDaysLate: number;
}

/** The clients who owe the most overdue money, per currency amount (largest first). */
export function topOverdueClients(invoices: readonly Invoice[], today: string, limit = 10): ClientOverdue[] {
  const day = toDayNumber(today);
  const byKey = new Map<string, ClientOverdue>();
  for (const i of invoices) {
    if (!inBalance(i) || i.status === 'disputed') continue;
    const late = day - toDayNumber(i.dueDate);
    if (late <= 0) continue;
    const key = `${i.clientId}|${i.amountDue.currency}`;
    const row = byKey.get(key) ?? {
      clientId: i.clientId,
      clientName: i.clientName,
      overdue: { minor: 0, currency: i.amountDue.currency },
      invoices: 0,
      oldestDaysLate: 0,
    };
    row.overdue.minor += i.amountDue.minor;
    row.invoices += 1;
    row.oldestDaysLate = Math.max(row.oldestDaysLate, late);
    byKey.set(key, row);
  }
  return [...byKey.values()].sort((a, b) => b.overdue.minor - a.overdue.minor || a.clientName.localeCompare(b.clientName)).slice(0, limit);
}

export interface Dso {
  currency: string;
  /** Days of sales outstanding, rounded; null when nothing was invoiced in the period. */
  days: number | null;
  receivable: number;
  sales: number;
}

/**
 * Days sales outstanding by the count-back-free formula: what is still owed, over what was invoiced
 * in the last `period` days, times `period`. Per currency.
 */
export function daysSalesOutstanding(invoices: readonly Invoice[], today: string, period = 90): Dso[] {
  const day = toDayNumber(today);
  const rows = new Map<string, Dso>();
  const row = (currency: string) =>
    rows.get(currency) ?? rows.set(currency, { currency, days: null, receivable: 0, sales: 0 }).get(currency)!;
  for (const i of invoices) {
    if (i.kind !== 'invoice' || i.status === 'cancelled' || i.status === 'draft') continue;
    if (inBalance(i)) row(i.amountDue.currency).receivable += i.amountDue.minor;
    const issued = i.issueDate ? day - toDayNumber(i.issueDate) : NaN;
    if (issued >= 0 && issued < period) row(i.total.currency).sales += i.total.minor;
  }
  for (const r of rows.values()) r.days = r.sales > 0 ? Math.round((r.receivable / r.sales) * period) : null;
  return [...rows.values()].sort((a, b) => b.receivable - a.receivable);
}

/**
 * Money received in the month of `today`, per currency: the payments recorded in Relance, and the
 * invoices a portal showed paid this month with no payment recorded (counted at what was still due
 * before, which the portal no longer shows: their total less any part payments recorded).
 */
export function paymentsThisMonth(invoices: readonly Invoice[], events: readonly ReminderEvent[], today: string): Money[] {
  const month = today.slice(0, 7);
  const sums = new Map<string, number>();
  const add = (m: Money) => sums.set(m.currency, (sums.get(m.currency) ?? 0) + m.minor);
  const recorded = new Map<string, number>();
  for (const e of events) {
    if (e.action !== 'payment' || !e.amount) continue;
    for (const id of e.invoiceIds) recorded.set(id, (recorded.get(id) ?? 0) + e.amount.minor);
    if (e.date.startsWith(month)) add(e.amount);
  }
  for (const i of invoices) {
    if (i.status !== 'paid' || !i.paidAt?.startsWith(month) || i.statusSetBy === 'user' || i.kind !== 'invoice') continue;
    add({ minor: i.total.minor - (recorded.get(i.id) ?? 0), currency: i.total.currency });
  }
  return [...sums].filter(([, minor]) => minor !== 0).map(([currency, minor]) => ({ currency, minor }));
}
