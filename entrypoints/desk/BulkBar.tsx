import { useMemo } from 'react';
import { INVOICE_STATUSES, type Invoice } from '../../lib/core';
import { invoicesToCsv } from '../../lib/csv';
import { getDb } from '../../lib/db';
import { idOf, stringAt, type InvoiceTable } from '../../lib/desk';
import { download, fileStamp } from '../../lib/page/download';
import { useDesk } from './context';

const OPEN = INVOICE_STATUSES.indexOf('open');
const PARTIAL = INVOICE_STATUSES.indexOf('partial');

/** The selected invoices that can still be chased (open or part paid, not credit notes), by client: from the table, no invoice read. */
function openByClient(table: InvoiceTable, rows: Int32Array): { open: string[]; byClient: Map<string, string[]> } {
  const open: string[] = [];
  const byClient = new Map<string, string[]>();
  for (const r of rows) {
    if (table.kind[r] !== 0 || (table.status[r] !== OPEN && table.status[r] !== PARTIAL)) continue;
    const id = idOf(table, r);
    const clientId = stringAt(table.clientIds, r);
    open.push(id);
    const ids = byClient.get(clientId);
    if (ids) ids.push(id);
    else byClient.set(clientId, [id]);
  }
  return { open, byClient };
}

/** The selected invoices in full, read when an action needs more than the table holds (a CSV file, the pause form). */
async function readInvoices(ids: string[]): Promise<Invoice[]> {
  return (await getDb().invoices.bulkGet(ids)).filter((i): i is Invoice => i !== undefined);
}

/** What can be done to the selected invoices at once: drafts per client, paid, pause, a CSV file. */
export function BulkBar({ table, rows, onClear }: { table: InvoiceTable; rows: Int32Array; onClear(): void }) {
  const desk = useDesk();
  const { t, today } = desk;
  const { open, byClient } = useMemo(() => openByClient(table, rows), [table, rows]);
  const draftAll = async () => {
    for (const ids of byClient.values()) await desk.draft(ids, desk.settings.webmail);
  };
  const exportAll = async () => {
    const invoices = await readInvoices(Array.from(rows, (r) => idOf(table, r)));
    download(
      new Blob([invoicesToCsv(invoices, { lang: desk.lang })], { type: 'text/csv;charset=utf-8' }),
      `relance-selection-${fileStamp()}.csv`,
    );
  };
  return (
    <div className="bulk" role="toolbar" aria-label={t('deskSelectedCount', rows.length)} data-relance="bulk">
      <span>{t('deskSelectedCount', rows.length)}</span>
      <button
        type="button"
        data-relance-action="bulk-draft"
        disabled={byClient.size === 0 || byClient.size > 20}
        onClick={() => void draftAll()}
      >
        {t('deskDraftPerClient', byClient.size)}
      </button>
      <button
        type="button"
        data-relance-action="bulk-paid"
        disabled={open.length === 0}
        onClick={() => void desk.act(open, { kind: 'payment', date: today }).then((ok) => ok && onClear())}
      >
        {t('popupMarkPaid')}
      </button>
      <button
        type="button"
        data-relance-action="bulk-pause"
        disabled={open.length === 0}
        onClick={() =>
          void readInvoices(open).then(
            (invoices) => desk.ask('pause', invoices),
            (error: unknown) => desk.fail(error),
          )
        }
      >
        {t('deskPause')}
      </button>
      <button type="button" data-relance-action="bulk-export" onClick={() => void exportAll().catch((error: unknown) => desk.fail(error))}>
        {t('deskExportSelection')}
      </button>
      <button type="button" className="quiet" onClick={onClear}>
        {t('deskClearSelection')}
      </button>
    </div>
  );
}
