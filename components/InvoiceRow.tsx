import type { Invoice } from '../lib/core';

export interface InvoiceRowLabels {
  daysLate: string;
  due: string;
  amount: string;
  markPaid: string;
  openPortal: string;
  next?: string;
  draftGmail: string;
  draftOutlook: string;
  markSent: string;
  snooze: string;
  printLetter: string;
  /** "Actions…": the desk, on this invoice (payment, promise, dispute, call…). */
  more: string;
}

export interface InvoiceRowProps {
  invoice: Invoice;
  labels: InvoiceRowLabels;
  busy?: boolean;
  onMarkPaid(id: string): void;
  onDraft(id: string, webmail: 'gmail' | 'outlook'): void;
  onMarkSent?(id: string): void;
  onSnooze(id: string): void;
  /** Shown when the next step is the formal notice. */
  onPrintLetter?(id: string): void;
  /** Opens the desk on this invoice's actions. */
  onMore(id: string): void;
  /** "Attach the invoice" for the drafts, shown when the invoice has a stored copy. */
  attach?: { checked: boolean; label: string; onChange(checked: boolean): void };
}

/** One overdue invoice. Every page-derived value is rendered as text by React. */
export function InvoiceRow({
  invoice,
  labels,
  busy,
  onMarkPaid,
  onDraft,
  onMarkSent,
  onSnooze,
  onPrintLetter,
  onMore,
  attach,
}: InvoiceRowProps) {
  return (
    <li className="row" data-relance-invoice={invoice.number}>
      <div className="row-main">
        <span className="client">{invoice.clientName}</span>
        <span className="amount">{labels.amount}</span>
      </div>
      <div className="row-meta">
        <span className="number">{invoice.number}</span>
        <span className="late">{labels.daysLate}</span>
        <span className="due">{labels.due}</span>
      </div>
      {labels.next && <div className="next">{labels.next}</div>}
      <div className="row-actions">
        {attach && (
          <label className="attach" data-relance="attach-invoice">
            <input type="checkbox" checked={attach.checked} disabled={busy} onChange={(e) => attach.onChange(e.currentTarget.checked)} />{' '}
            {attach.label}
          </label>
        )}
        <button type="button" data-relance-action="draft-gmail" disabled={busy} onClick={() => onDraft(invoice.id, 'gmail')}>
          {labels.draftGmail}
        </button>
        <button type="button" data-relance-action="draft-outlook" disabled={busy} onClick={() => onDraft(invoice.id, 'outlook')}>
          {labels.draftOutlook}
        </button>
        {onMarkSent && (
          <button type="button" data-relance-action="mark-sent" disabled={busy} onClick={() => onMarkSent(invoice.id)}>
            {labels.markSent}
          </button>
        )}
        {onPrintLetter && (
          <button type="button" data-relance-action="print-letter" disabled={busy} onClick={() => onPrintLetter(invoice.id)}>
            {labels.printLetter}
          </button>
        )}
        <button type="button" data-relance-action="snooze" disabled={busy} onClick={() => onSnooze(invoice.id)}>
          {labels.snooze}
        </button>
        <button type="button" data-relance-action="mark-paid" disabled={busy} onClick={() => onMarkPaid(invoice.id)}>
          {labels.markPaid}
        </button>
        <button type="button" data-relance-action="more" disabled={busy} onClick={() => onMore(invoice.id)}>
          {labels.more}
        </button>
        {/^https?:/.test(invoice.source.url) && (
          <a href={invoice.source.url} target="_blank" rel="noreferrer noopener">
            {labels.openPortal}
          </a>
        )}
      </div>
    </li>
  );
}
