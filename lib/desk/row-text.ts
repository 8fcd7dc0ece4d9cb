import type { InvoiceStatus, Stage } from '../core';
import { formatDate, formatMoney } from '../format';
import type { DeskRow } from './rows';
import type { ListRow } from './table';

/** What one line of the invoice list shows, as text. */
export interface RowText {
  /** The checkbox's accessible name ("Select FA-12"). */
  select: string;
  dueDate: string;
  /** Empty when not late. */
  daysLate: string;
  total: string;
  amountDue: string;
  status: string;
  /** Empty when never chased. */
  stage: string;
}

/** The words a row needs from the page's catalog, in its language. */
export interface RowLabels {
  locale: string;
  select(number: string): string;
  status(status: InvoiceStatus): string;
  stage(stage: Stage): string;
}

/**
 * The text of each row, worked out the first time the row shows and kept: scrolling back over a
 * row formats nothing again. Keyed by the row object itself (a DeskRow, or the ListRow made for a row in view), so a row rebuilt after a change (a
 * payment, a new stage) is formatted anew and a dropped one is freed with it; one cache per
 * language, so switching language never shows the old words.
 */
export function rowTextOf(labels: RowLabels): (row: DeskRow | ListRow) => RowText {
  const known = new WeakMap<DeskRow | ListRow, RowText>();
  return (row) => {
    let text = known.get(row);
    if (!text) {
      // A ListRow (the compact table's row in view) carries the invoice's fields itself.
      const invoice = 'invoice' in row ? row.invoice : row;
      const { daysLate, reached } = row;
      text = {
        select: labels.select(invoice.number),
        dueDate: formatDate(invoice.dueDate, labels.locale),
        daysLate: daysLate > 0 ? String(daysLate) : '',
        total: formatMoney(invoice.total, labels.locale),
        amountDue: formatMoney(invoice.amountDue, labels.locale),
        status: labels.status(invoice.status),
        stage: reached ? labels.stage(reached) : '',
      };
      known.set(row, text);
    }
    return text;
  };
}
