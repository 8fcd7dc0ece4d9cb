import type { Invoice } from '../lib/core';

export interface InvoiceRowLabels {
  daysLate: string;
  due: string;
  amount: string;
  markPaid: string;
  openPortal: string;
}

export interface InvoiceRowProps {
  invoice: Invoice;
  labels: InvoiceRowLabels;
  busy?: boolean;
  onMarkPaid(id: string): void;
}

/** One overdue invoice. Every page-derived value is rendered as text by React. */
export function InvoiceRow({ invoice, labels, busy, onMarkPaid }: InvoiceRowProps) {
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
      <div className="row-actions">
        <button type="button" data-relance-action="mark-paid" disabled={busy} onClick={() => onMarkPaid(invoice.id)}>
          {labels.markPaid}
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
