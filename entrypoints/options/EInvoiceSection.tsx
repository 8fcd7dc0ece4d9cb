import { useState, type DragEvent } from 'react';
import { EInvoicePreview, type EInvoicePreviewRow } from '../../components/EInvoicePreview';
import { today } from '../../lib/clock';
import { importEInvoices, planEInvoiceImport } from '../../lib/db/import-einvoices';
import { formatDate, formatMoney } from '../../lib/format';
import { localeOf, t, type UiLanguage } from '../../lib/i18n';
import { send } from '../../lib/messaging/send';
import { readEInvoiceFiles, withPlan, type ReadFile } from './einvoice-files';

type Previewed = ReturnType<typeof withPlan>;

/**
 * Import of e-invoice files. The page writes IndexedDB itself, in one transaction (an extension
 * page may): file bytes through a message would be copied and capped; then the badge is told.
 */
export function EInvoiceSection({ lang, defaultPaymentTermsDays }: { lang: UiLanguage; defaultPaymentTermsDays: number }) {
  const [files, setFiles] = useState<Previewed | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const options = async () => ({ today: await today(), defaultPaymentTermsDays });

  const choose = async (list: readonly File[]) => {
    if (list.length === 0) return;
    setBusy(true);
    setStatus(t('einvReading', lang, list.length));
    try {
      const read: ReadFile[] = await readEInvoiceFiles(list);
      const plan = await planEInvoiceImport(
        read.flatMap((f) => (f.item ? [f.item] : [])),
        await options(),
      );
      setFiles(withPlan(read, plan));
      setStatus('');
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const items = (files ?? []).filter((f) => f.item && f.plan?.action !== 'refuse').map((f) => f.item!);
  const confirm = async () => {
    setBusy(true);
    try {
      const result = await importEInvoices(items, await options());
      setFiles(null);
      setStatus(t('einvDone', lang, result.added, result.updated, result.refused + (files?.length ?? 0) - items.length, result.files));
      await send({ type: 'ui:refreshBadge' }).catch(() => undefined);
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const drop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    void choose([...event.dataTransfer.files]);
  };

  return (
    <section className="einvoices" data-relance="einvoices" onDragOver={(e) => e.preventDefault()} onDrop={drop}>
      <h2>{t('einvTitle', lang)}</h2>
      <p className="hint">{t('einvHint', lang)}</p>
      <div className="buttons drop-zone">
        <label className="button">
          {t('einvChoose', lang)}
          <input
            type="file"
            multiple
            hidden
            accept=".pdf,.xml,application/pdf,application/xml,text/xml"
            data-relance-action="import-einvoices"
            disabled={busy}
            onChange={(e) => {
              const list = [...(e.currentTarget.files ?? [])];
              e.currentTarget.value = '';
              void choose(list);
            }}
          />
        </label>
        <span className="hint">{t('einvDrop', lang)}</span>
      </div>
      {files && files.length > 0 ? (
        <>
          <EInvoicePreview rows={files.map((f) => previewRow(f, lang, defaultPaymentTermsDays))} labels={labels(lang)} />
          <div className="buttons">
            <button
              type="button"
              className="primary"
              data-relance-action="confirm-einvoices"
              disabled={busy || items.length === 0}
              onClick={() => void confirm()}
            >
              {t('einvConfirm', lang, items.length)}
            </button>
            <button type="button" onClick={() => setFiles(null)}>
              {t('einvCancel', lang)}
            </button>
          </div>
        </>
      ) : null}
      <p role="status" data-relance="einvoice-status">
        {status}
      </p>
    </section>
  );
}

function labels(lang: UiLanguage) {
  return {
    file: t('einvColFile', lang),
    number: t('einvColNumber', lang),
    client: t('einvColClient', lang),
    amountDue: t('einvColAmountDue', lang),
    dueDate: t('einvColDueDate', lang),
    action: t('einvColAction', lang),
  };
}

function previewRow(f: Previewed[number], lang: UiLanguage, days: number): EInvoicePreviewRow {
  const e = f.item?.einvoice;
  if (!e || !f.plan || f.plan.action === 'refuse') {
    const reason = f.error ?? (f.plan?.action === 'refuse' ? f.plan.reason : '');
    return { file: f.name, action: 'refuse', number: e?.number, client: e?.clientName, note: t('einvRefused', lang, reason) };
  }
  const locale = localeOf(lang);
  const kind = e.kind === 'credit-note' ? ` (${t('einvCreditNote', lang)})` : '';
  return {
    file: f.name,
    action: f.plan.action,
    number: e.number + kind,
    client: e.clientName,
    amountDue: formatMoney(e.amountDue, locale),
    dueDate: e.dueDate ? formatDate(e.dueDate, locale) : undefined,
    dueNote: e.dueDateFrom === 'terms' ? t('einvFromTerms', lang) : e.dueDate ? undefined : t('einvNoDueDate', lang, days),
    note: t(f.plan.action === 'add' ? 'einvAdd' : 'einvUpdate', lang),
  };
}
