import { useState, type ChangeEvent } from 'react';
import { localeOf, t, type UiLanguage } from '../../lib/i18n';
import { send } from '../../lib/messaging/send';
import { invoicesToCsv } from '../../lib/csv';
import { getDb } from '../../lib/db/database';
import { exportBackup } from '../../lib/db/backup-export';
import { importBackup, type BackupProgress } from '../../lib/db/backup';
import { download, fileStamp } from '../../lib/page/download';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const STEP_KEY = { read: 'optionsProgressRead', check: 'optionsProgressCheck', write: 'optionsProgressWrite' } as const;

function Progress({ progress, lang }: { progress: BackupProgress; lang: UiLanguage }) {
  const n = (value: number) => value.toLocaleString(localeOf(lang));
  return (
    <p className="progress">
      <progress data-relance="data-progress" data-step={progress.step} value={progress.done} max={Math.max(progress.total, 1)} />
      <span data-relance="data-progress-text">{t(STEP_KEY[progress.step], lang, n(progress.done), n(progress.total))}</span>
    </p>
  );
}

/**
 * Backup, restore and deletion. Backups are read and written here, straight in IndexedDB: a large
 * one exceeds what a runtime message may carry (64 MiB in Chrome). The background is told after
 * an import, so that the badge and the schedule follow.
 */
export function DataSection({ lang }: { lang: UiLanguage }) {
  const [status, setStatus] = useState('');
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  // Off by default: the copies of invoices can weigh more than everything else together.
  const [withFiles, setWithFiles] = useState(false);

  const exportJson = async () => {
    setStatus('');
    try {
      const parts = await exportBackup(getDb(), setProgress, { files: withFiles });
      download(new Blob(parts, { type: 'application/json' }), `relance-backup-${fileStamp()}.json`);
    } catch (error) {
      setStatus(t('optionsExportFailed', lang, message(error)));
    } finally {
      setProgress(null);
    }
  };

  // The page reads the invoices itself (an extension page may open IndexedDB): no megabytes through a message.
  const exportCsv = async () => {
    const invoices = await getDb().invoices.toArray();
    download(new Blob([invoicesToCsv(invoices, { lang })], { type: 'text/csv;charset=utf-8' }), `relance-invoices-${fileStamp()}.csv`);
  };

  const importJson = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (!file) return;
    setStatus('');
    try {
      const counts = await importBackup(await file.text(), getDb(), setProgress);
      await send({ type: 'ui:dataChanged' });
      const n = (value: number) => value.toLocaleString(localeOf(lang));
      const imported = t('optionsImported', lang, n(counts.invoices), n(counts.clients), n(counts.events));
      setStatus(counts.files === undefined ? imported : `${imported} ${t('optionsImportedFiles', lang, n(counts.files))}`);
    } catch (error) {
      setStatus(message(error));
    } finally {
      setProgress(null);
    }
  };

  const deleteAll = async () => {
    if (!confirm(t('optionsDeleteConfirm', lang))) return;
    await send({ type: 'ui:deleteAll', confirm: 'DELETE' });
    setStatus(t('optionsDeleted', lang));
  };

  const busy = progress !== null;
  return (
    <section className="data">
      <h2>{t('optionsData', lang)}</h2>
      <p className="hint">{t('optionsDataHint', lang)}</p>
      <div className="buttons">
        <button type="button" data-relance-action="export" disabled={busy} onClick={() => void exportJson()}>
          {t('optionsExport', lang)}
        </button>
        <button type="button" data-relance-action="export-csv" onClick={() => void exportCsv()}>
          {t('optionsExportCsv', lang)}
        </button>
        <label className="button">
          {t('optionsImport', lang)}
          <input
            type="file"
            accept="application/json,.json"
            data-relance-action="import"
            disabled={busy}
            onChange={(e) => void importJson(e)}
            hidden
          />
        </label>
        <button type="button" className="danger" disabled={busy} onClick={() => void deleteAll()}>
          {t('optionsDeleteAll', lang)}
        </button>
      </div>
      <label className="check">
        <input
          type="checkbox"
          data-relance-action="export-files"
          checked={withFiles}
          onChange={(e) => setWithFiles(e.currentTarget.checked)}
        />{' '}
        {t('optionsIncludeFiles', lang)}
      </label>
      {progress && <Progress progress={progress} lang={lang} />}
      <p role="status" data-relance="data-status">
        {status}
      </p>
    </section>
  );
}
