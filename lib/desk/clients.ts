import { INVOICE_STATUSES, type Money } from '../core';
import { collator } from './filter';
import { stringAt, type InvoiceTable } from './table';

/** One client of the desk's client list: what it owes, and the rows of its invoices in the table. */
export interface ClientSummary {
  clientId: string;
  clientName: string;
  /** Every invoice of the client, open or not: a bulk action or an export acts on them. */
  rows: Int32Array;
  /** Invoices still owed (open or part paid, credit notes aside). */
  open: number;
  /** What is still due and what of it is overdue, per currency (currencies in alphabetical order). */
  due: Money[];
  overdue: Money[];
  /** Days late of its oldest overdue invoice; 0 when nothing is overdue. */
  oldestDaysLate: number;
}

const OPEN = INVOICE_STATUSES.indexOf('open');
const PARTIAL = INVOICE_STATUSES.indexOf('partial');

interface Tally {
  name: string;
  rows: number[];
  open: number;
  due: Map<string, number>;
  overdue: Map<string, number>;
  oldest: number;
}

const moneyOf = (sums: Map<string, number>): Money[] =>
  [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([currency, minor]) => ({ minor, currency }));

/** The largest overdue amount of a client, whatever its currency: the list's order. */
const largest = (c: ClientSummary) => Math.max(0, ...c.overdue.map((m) => m.minor));

/**
 * Every client of the table, one line each, the most overdue first (then by name): the list a
 * selection of clients is made from. One walk of the table.
 */
export function clientSummaries(t: InvoiceTable): ClientSummary[] {
  const byClient = new Map<string, Tally>();
  for (let r = 0; r < t.length; r++) {
    const id = stringAt(t.clientIds, r);
    let c = byClient.get(id);
    if (!c) byClient.set(id, (c = { name: stringAt(t.clientNames, r), rows: [], open: 0, due: new Map(), overdue: new Map(), oldest: 0 }));
    c.rows.push(r);
    if (t.kind[r] !== 0 || (t.status[r] !== OPEN && t.status[r] !== PARTIAL)) continue;
    const currency = t.currencies[t.dueCurrency[r]!]!;
    c.open += 1;
    c.due.set(currency, (c.due.get(currency) ?? 0) + t.amountDue[r]!);
    if (t.daysLate[r]! <= 0) continue;
    c.overdue.set(currency, (c.overdue.get(currency) ?? 0) + t.amountDue[r]!);
    c.oldest = Math.max(c.oldest, t.daysLate[r]!);
  }
  const list = [...byClient].map(([clientId, c]): ClientSummary => ({
    clientId,
    clientName: c.name,
    rows: Int32Array.from(c.rows),
    open: c.open,
    due: moneyOf(c.due),
    overdue: moneyOf(c.overdue),
    oldestDaysLate: c.oldest,
  }));
  return list.sort((a, b) => largest(b) - largest(a) || collator.compare(a.clientName, b.clientName));
}

/** The table rows of the chosen clients' invoices, in table order. */
export function rowsOfClients(clients: readonly ClientSummary[], chosen: ReadonlySet<string>): Int32Array {
  const parts = clients.filter((c) => chosen.has(c.clientId)).map((c) => c.rows);
  const rows = new Int32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    rows.set(p, at);
    at += p.length;
  }
  return rows.sort();
}
