import { useCallback, useEffect, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { InvoiceRow } from '../../components/InvoiceRow';
import { SiteSection } from '../../components/SiteSection';
import type { Settings, Stage } from '../../lib/core';
import { STAGE_LABEL } from '../../lib/i18n/stages';
import { today as currentDay } from '../../lib/clock';
import { daysBetween } from '../../lib/core';
import { getSettings, overdueOverview, type Overview } from '../../lib/db';
import { formatDate, formatMoney } from '../../lib/format';
import { localeOf, t, uiLanguage, type UiLanguage } from '../../lib/i18n';
import { send } from '../../lib/messaging/send';
import { useCurrentSite } from './use-current-site';

const POPUP_ROWS = 6;

/** Opens the desk in a tab (on a view or an invoice) and closes the popup. */
function openDesk(hash = 'today') {
  void browser.tabs.create({ url: browser.runtime.getURL(`/desk.html#${hash}`) });
  window.close();
}

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; lang: UiLanguage; day: string; overview: Overview; settings: Settings };

export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<string>();
  const [next, setNext] = useState<Record<string, { stage: Stage; due: boolean; files?: number } | null>>({});
  // "Attach the invoice" per invoice, as the user set it; unset: on for the first reminder.
  const [attach, setAttach] = useState<Record<string, boolean>>({});
  const attachOf = (id: string) => attach[id] ?? next[id]?.stage === 'reminder1';
  const ready = state.kind === 'ready' ? state : null;
  const current = useCurrentSite(ready?.settings ?? null, ready?.lang ?? 'en');

  const load = useCallback(async () => {
    try {
      const settings = await getSettings();
      const lang = uiLanguage(settings.uiLanguage);
      const day = await currentDay();
      document.documentElement.lang = lang;
      // The popup stays small: the first few; the desk has the rest.
      const overview = await overdueOverview(day, POPUP_ROWS);
      setState({ kind: 'ready', lang, day, settings, overview });
      if (overview.invoices.length) setNext(await send({ type: 'ui:nextActions', invoiceIds: overview.invoices.map((i) => i.id) }));
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  useEffect(() => void load(), [load]);

  const markPaid = async (id: string) => {
    setBusy(id);
    try {
      await send({ type: 'ui:markPaid', id });
      await load();
    } finally {
      setBusy(null);
    }
  };

  const draft = async (id: string, webmail: 'gmail' | 'outlook', lang: UiLanguage) => {
    setBusy(id);
    try {
      const d = await send({ type: 'ui:prepareDraft', invoiceIds: [id], ...(next[id]?.files ? { attach: attachOf(id) } : {}) });
      // The compose link carries plain text only: Relance's content script puts the formatted
      // reminder in when the editor appears; the clipboard holds it too, in case it cannot.
      await navigator.clipboard
        .write([new ClipboardItem({ 'text/html': new Blob([d.html], { type: 'text/html' }), 'text/plain': new Blob([d.text], { type: 'text/plain' }) })])
        .catch(() => undefined);
      // An address learned from a send or another site is not put in To: the user confirms it in the picker.
      setNotice(d.newAddress ? t('mailAddressLeftEmpty', lang, d.newAddress.email) : t('popupDrafted', lang, webmail === 'gmail' ? 'Gmail' : 'Outlook'));
      await send({ type: 'ui:openDraft', token: d.token, webmail });
    } finally {
      setBusy(null);
    }
  };

  const markSent = async (id: string, stage: Stage, lang: UiLanguage) => {
    setBusy(id);
    try {
      await send({ type: 'ui:recordSent', invoiceIds: [id], stage });
      setNotice(t('popupSentRecorded', lang));
      await load();
    } finally {
      setBusy(null);
    }
  };

  const snoozeInvoice = async (id: string, lang: UiLanguage, locale: string) => {
    setBusy(id);
    try {
      const until = await send({ type: 'ui:snooze', invoiceIds: [id], days: 3 });
      setNotice(t('popupSnoozed', lang, formatDate(until, locale)));
      await load();
    } finally {
      setBusy(null);
    }
  };

  if (state.kind === 'loading') return <main className="popup" aria-busy="true" />;
  if (state.kind === 'error') return <main className="popup"><p role="alert">{t('popupError', 'en', state.message)}</p></main>;

  const { lang, day, overview } = state;
  const locale = localeOf(lang);
  return (
    <main className="popup">
      <header>
        <h1>Relance</h1>
        {overview.count > 0 && <span className="count" data-relance="overdue-count">{t('popupOverdueCount', lang, overview.count)}</span>}
        <button type="button" className="link" data-relance-action="open-desk" onClick={() => openDesk()}>
          {t('deskOpen', lang)}
        </button>
        <button type="button" className="link settings" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOptions', lang)}
        </button>
      </header>
      {current.site && (
        <SiteSection
          host={current.site.host}
          enabled={current.site.enabled}
          autoTrack={current.site.autoTrack}
          message={current.message}
          labels={{ enable: t('popupEnableSite', lang, current.site.host), enabled: t('popupSiteEnabled', lang, current.site.host), scan: t('popupScanPage', lang), autoTrack: t('popupAutoTrack', lang), teach: t('popupTeach', lang) }}
          onEnable={() => void current.enable()}
          onScan={() => void current.scan().then(() => setTimeout(() => void load(), 1500))}
          onTeach={() => void current.teach()}
          onAutoTrack={(v) => void current.setAutoTrack(v)}
        />
      )}
      {notice && <p className="notice" role="status" data-relance="notice">{notice}</p>}
      {overview.count === 0 ? (
        <EmptyState title={t('popupEmptyTitle', lang)} body={t('popupEmptyBody', lang)} />
      ) : (
        <>
          <p className="totals" data-relance="totals">
            {t('popupTotalDue', lang)}: {overview.totals.map((m) => formatMoney(m, locale)).join(' · ')}
          </p>
          <ul className="rows" aria-label={t('popupOverdueTitle', lang)}>
            {overview.invoices.map((invoice) => (
              <InvoiceRow
                key={invoice.id}
                invoice={invoice}
                busy={busy === invoice.id}
                onMarkPaid={(id) => void markPaid(id)}
                onDraft={(id, webmail) => void draft(id, webmail, lang)}
                onMarkSent={next[invoice.id]?.due ? (id) => void markSent(id, next[invoice.id]!.stage, lang) : undefined}
                onSnooze={(id) => void snoozeInvoice(id, lang, locale)}
                onMore={(id) => openDesk(`client/${encodeURIComponent(invoice.clientId)}/${encodeURIComponent(id)}`)}
                onPrintLetter={next[invoice.id]?.stage === 'formal-notice' ? (id) => void browser.tabs.create({ url: browser.runtime.getURL(`/letter.html?invoices=${encodeURIComponent(id)}`) }) : undefined}
                attach={next[invoice.id]?.files ? { checked: attachOf(invoice.id), label: t('mailAttachInvoice', lang), onChange: (checked) => setAttach((a) => ({ ...a, [invoice.id]: checked })) } : undefined}
                labels={{
                  next: next[invoice.id] ? t('popupNext', lang, t(STAGE_LABEL[next[invoice.id]!.stage], lang)) : undefined,
                  draftGmail: t('popupDraftGmail', lang),
                  draftOutlook: t('popupDraftOutlook', lang),
                  markSent: t('popupMarkSent', lang),
                  snooze: t('popupSnooze', lang),
                  printLetter: t('popupPrintLetter', lang),
                  amount: formatMoney(invoice.amountDue, locale),
                  daysLate: t('popupDaysLate', lang, daysBetween(invoice.dueDate, day)),
                  due: t('popupDue', lang, formatDate(invoice.dueDate, locale)),
                  markPaid: t('popupMarkPaid', lang),
                  openPortal: t('popupOpenPortal', lang),
                  more: t('deskActionsMore', lang),
                }}
              />
            ))}
          </ul>
          {overview.count > overview.invoices.length && <p className="more">{t('popupMore', lang, overview.count - overview.invoices.length)}</p>}
        </>
      )}
    </main>
  );
}
