import { EmptyState } from '../../components/EmptyState';
import { SiteSection } from '../../components/SiteSection';
import { formatMoney } from '../../lib/format';
import { localeOf, t } from '../../lib/i18n';
import { OverdueRows } from './OverdueRows';
import { TodayActions, type MainAction } from './TodayActions';
import type { TodayGroup } from '../../lib/desk/today';
import { useCurrentSite } from './use-current-site';
import { useInvoiceActions } from './use-invoice-actions';
import { usePopupData } from './use-popup-data';

/** Opens the desk in a tab (on a view or an invoice) and closes the popup. */
function openDesk(hash = 'today') {
  void browser.tabs.create({ url: browser.runtime.getURL(`/desk.html#${hash}`) });
  window.close();
}

export function App() {
  const { state, next, today, load } = usePopupData();
  const actions = useInvoiceActions(next, load);
  const { notice } = actions;
  const ready = state.kind === 'ready' ? state : null;
  const current = useCurrentSite(ready?.settings ?? null, ready?.lang ?? 'en');

  if (state.kind === 'loading') return <main className="popup" aria-busy="true" />;
  if (state.kind === 'error')
    return (
      <main className="popup">
        <p role="alert">{t('popupError', 'en', state.message)}</p>
      </main>
    );

  const { lang, day, overview } = state;
  const locale = localeOf(lang);
  const act = (action: MainAction, group: TodayGroup) => {
    const key = `${group.clientId}|${group.stage}`;
    const ids = group.invoices.map((i) => i.id);
    if (action === 'draft-gmail') void actions.draftFor(key, ids, 'gmail', lang);
    else if (action === 'log-call') void actions.logCall(key, ids, lang);
    else if (action === 'print-letter')
      void browser.tabs.create({ url: browser.runtime.getURL(`/letter.html?invoices=${encodeURIComponent(ids.join(','))}`) });
    else openDesk(`client/${encodeURIComponent(group.clientId)}`);
  };
  return (
    <main className="popup">
      <header>
        <h1>Relance</h1>
        {overview.count > 0 && (
          <span className="count" data-relance="overdue-count">
            {t('popupOverdueCount', lang, overview.count)}
          </span>
        )}
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
          labels={{
            enable: t('popupEnableSite', lang, current.site.host),
            enabled: t('popupSiteEnabled', lang, current.site.host),
            scan: t('popupScanPage', lang),
            autoTrack: t('popupAutoTrack', lang),
            teach: t('popupTeach', lang),
          }}
          onEnable={() => void current.enable()}
          onScan={() => void current.scan().then(() => setTimeout(() => void load(), 1500))}
          onTeach={() => void current.teach()}
          onAutoTrack={(v) => void current.setAutoTrack(v)}
        />
      )}
      {notice && (
        <p className="notice" role="status" data-relance="notice">
          {notice}
        </p>
      )}
      {overview.count > 0 && (
        <p className="totals" data-relance="totals">
          {t('popupTotalDue', lang)}: {overview.totals.map((m) => formatMoney(m, locale)).join(' · ')}
        </p>
      )}
      {/* Courtesy notes can be due with nothing overdue; "nothing today" only beside overdue invoices. */}
      {today && (today.total > 0 || overview.count > 0) && (
        <TodayActions today={today} lang={lang} locale={locale} busy={actions.busy} act={act} openDesk={openDesk} />
      )}
      {overview.count === 0 ? (
        <EmptyState title={t('popupEmptyTitle', lang)} body={t('popupEmptyBody', lang)} />
      ) : (
        <>
          <OverdueRows overview={overview} next={next} actions={actions} lang={lang} locale={locale} day={day} openDesk={openDesk} />
          {overview.count > overview.invoices.length && (
            <p className="more">{t('popupMore', lang, overview.count - overview.invoices.length)}</p>
          )}
        </>
      )}
    </main>
  );
}
