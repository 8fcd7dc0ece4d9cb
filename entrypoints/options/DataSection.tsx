import { useState, type ChangeEvent } from 'react';
import { t, type UiLanguage } from '../../lib/i18n';
import { send } from '../../lib/messaging/send';
import { invoicesToCsv } from '../../lib/csv';
import { getDb } from '../../lib/db/database';

/** Saves `blob` as a download named `name`. */
function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const stamp = () => new Date().toISOString().slice(0, 10);

/** Backup, restore and deletion. The background validates and writes; this page only asks. */
export function DataSection({ lang }: { lang: UiLanguage }) {
  const [status, setStatus] = useState('');

  const exportBackup = async () => {
    const backup = await send({ type: 'ui:export' });
    download(new Blob([JSON.stringify(backup, null, 1)], { type: 'application/json' }), `relance-backup-${stamp()}.json`);
  };

  // The page reads the invoices itself (an extension page may open IndexedDB): no megabytes through a message.
  const exportCsv = async () => {
    const invoices = await getDb().invoices.toArray();
    download(new Blob([invoicesToCsv(invoices, { lang })], { type: 'text/csv;charset=utf-8' }), `relance-invoices-${stamp()}.csv`);
  };

  const importBackup = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (!file) return;
    try {
      const counts = await send<{ invoices: number; clients: number; events: number }>({ type: 'ui:import', text: await file.text() });
      setStatus(t('optionsImported', lang, counts.invoices, counts.clients, counts.events));
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  };

  const deleteAll = async () => {
    if (!confirm(t('optionsDeleteConfirm', lang))) return;
    await send({ type: 'ui:deleteAll', confirm: 'DELETE' });
    setStatus(t('optionsDeleted', lang));
  };

  return (
    <section className="data">
      <h2>{t('optionsData', lang)}</h2>
      <p className="hint">{t('optionsDataHint', lang)}</p>
      <div className="buttons">
        <button type="button" data-relance-action="export" onClick={() => void exportBackup()}>{t('optionsExport', lang)}</button>
        <button type="button" data-relance-action="export-csv" onClick={() => void exportCsv()}>{t('optionsExportCsv', lang)}</button>
        <label className="button">
          {t('optionsImport', lang)}
          <input type="file" accept="application/json,.json" data-relance-action="import" onChange={(e) => void importBackup(e)} hidden />
        </label>
        <button type="button" className="danger" onClick={() => void deleteAll()}>{t('optionsDeleteAll', lang)}</button>
      </div>
      <p role="status" data-relance="data-status">{status}</p>
    </section>
  );
}
