import { fold } from '../parse';
import { money, type ReadHints } from './candidate';
import { fieldOfHeader, type ColumnMap } from './columns';
import type { GridRow } from './grid';
import { columnKind } from './infer-columns';
import { shownText } from './text';

/**
 * What a list's figures say about its columns, beyond their names: an aging report's buckets
 * (every row is open, the amount shown is what remains due), a statement's running balance
 * (a cumulative sum, never an invoice's total), "Fällig" over amounts (the outstanding amount,
 * not a date).
 */

/** "Current", "1-30", "31–60 jours", "90+", "> 90 days", "< 1 month", "2 months", "Older", "Non échu": an aging bucket's header. */
const BUCKET =
  /^(?:current|older|not (?:yet )?due|non echu|a echoir|nicht fallig|noch nicht fallig|(?:\d{1,3}\s*(?:-|–|to|a|bis)\s*\d{1,3}|(?:[<>]|over|plus de|\+ de|uber|mehr als|more than)\s*\d{1,3}|\d{2,3}\s*\+|\d{1,2}(?= ?m))(?:\s*(?:days?|jours?|j|tage?n?|d|months?|mois|monate?))?\+?)$/;

/** The columns of aging buckets, when at least two name a range of days. */
export function agingBuckets(texts: readonly (string | undefined)[]): number[] {
  const buckets: number[] = [];
  let ranges = 0;
  texts.forEach((t, i) => {
    // Folded only: headerKey would take "1 - 30" for a label with a counter.
    const key = t ? fold(t).replace(/\s+/g, ' ').trim() : '';
    if (!key || !BUCKET.test(key)) return;
    buckets.push(i);
    if (/\d/.test(key)) ranges++;
  });
  return ranges >= 2 ? buckets : [];
}

/** A date-named column whose cells are amounts holds the amount it names ("Fällig" over "1 200,00 €"). */
export function dueColumnHoldsAmounts(map: ColumnMap, sample: readonly GridRow[], h: ReadHints): boolean {
  return map.dueDate !== undefined && map.amountDue === undefined && columnKind(sample, map.dueDate, h) === 'amount';
}

/**
 * Whether a balance column is a running sum: from one row to the next it moves by that row's
 * amount (debit minus credit), on most rows of the sample.
 */
/** A balance's header ("Solde", "Balance", "Saldo", "Solde cumulé"), not a per-invoice amount due ("Reste à payer", "Balance due"). */
export const BALANCE_HEADER = /^(?:solde|balance|saldo|running balance|solde cumule|cumul|kontostand|saldo acumulado)$/;

export function isRunningBalance(
  sample: readonly GridRow[],
  balance: number,
  amounts: readonly (number | undefined)[],
  credit: number | undefined,
  h: ReadHints,
): boolean {
  const minor = (row: GridRow, c: number | undefined) => (c === undefined ? undefined : money(shownText(row.cells[c]), h)?.minor);
  let pairs = 0;
  let running = 0;
  // A sum of several lines exceeds the line's own amount somewhere; what one invoice still owes never does.
  let cumulative = false;
  for (let i = 1; i < sample.length && i < 40; i++) {
    const before = minor(sample[i - 1]!, balance);
    const after = minor(sample[i]!, balance);
    if (before === undefined || after === undefined) continue;
    const amount = amounts.map((c) => minor(sample[i]!, c)).find((m) => m !== undefined) ?? 0;
    const move = amount - (minor(sample[i]!, credit) ?? 0);
    pairs++;
    if (after - before === move && move !== 0) running++;
    if (Math.abs(after) > Math.abs(amount)) cumulative = true;
  }
  return pairs >= 2 && cumulative && running / pairs >= 0.8;
}

/**
 * The columns as their figures say, in place: "Fällig" over amounts is the amount still due; on
 * an aging report the total column is what remains due. Returns the aging buckets (none for a list).
 */
export function columnsByFigures(
  map: ColumnMap,
  texts: readonly (string | undefined)[],
  sample: readonly GridRow[],
  h: ReadHints,
): number[] {
  const buckets = agingBuckets(texts);
  if (dueColumnHoldsAmounts(map, sample, h)) {
    map.amountDue = map.dueDate;
    delete map.dueDate;
  }
  // "Due Date | Paid | Due": the second "due" column, left unnamed beside the date, holds the amount due.
  if (map.amountDue === undefined) {
    const taken = new Set(Object.values(map));
    const due = texts.findIndex(
      (t, i) => !taken.has(i) && t !== undefined && fieldOfHeader(t) === 'dueDate' && columnKind(sample, i, h) === 'amount',
    );
    if (due >= 0) map.amountDue = due;
  }
  if (buckets.length) {
    // What remains due is in a total column, or in the one bucket filled; beside an open-amount
    // column, the total is the invoice's own ("Rechnungsbetrag | Offener Betrag").
    if (map.amountDue === undefined && map.total !== undefined) {
      map.amountDue = map.total;
      delete map.total;
    }
  }
  return buckets;
}
