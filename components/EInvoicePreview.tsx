/** One file of an e-invoice import, as the preview shows it (already formatted for the UI language). */
export interface EInvoicePreviewRow {
  file: string;
  action: 'add' | 'update' | 'refuse';
  number?: string;
  client?: string;
  amountDue?: string;
  dueDate?: string;
  /** Where the due date comes from when the file does not state it as a date. */
  dueNote?: string;
  /** Why the file is refused, or what it updates. */
  note: string;
}

export interface EInvoicePreviewProps {
  rows: EInvoicePreviewRow[];
  labels: { file: string; number: string; client: string; amountDue: string; dueDate: string; action: string };
}

/** What each chosen file would import, or why it is refused: nothing is stored yet. */
export function EInvoicePreview({ rows, labels }: EInvoicePreviewProps) {
  return (
    <table className="einvoice-preview" data-relance="einvoice-preview">
      <thead>
        <tr>
          <th scope="col">{labels.file}</th>
          <th scope="col">{labels.number}</th>
          <th scope="col">{labels.client}</th>
          <th scope="col">{labels.amountDue}</th>
          <th scope="col">{labels.dueDate}</th>
          <th scope="col">{labels.action}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr
            key={`${i}-${row.file}`}
            data-relance-einvoice-file={row.file}
            data-relance-einvoice-action={row.action}
            className={row.action === 'refuse' ? 'refused' : undefined}
          >
            <td>{row.file}</td>
            <td>{row.number}</td>
            <td>{row.client}</td>
            <td className="amount">{row.amountDue}</td>
            <td>
              {row.dueDate}
              {row.dueNote ? <small className="hint"> ({row.dueNote})</small> : null}
            </td>
            <td>{row.note}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
