import { useCallback, useEffect, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { InvoiceRow } from '../../components/InvoiceRow';
import { today as currentDay } from '../../lib/background/clock';
import { daysBetween } from '../../lib/core';
import { getSettings, overdueOverview, type Overview } from '../../lib/db';
import { formatDate, formatMoney } from '../../lib/format';
import { localeOf, t, uiLanguage, type UiLanguage } from '../../lib/i18n';
import { send } from '../../lib/messaging/send';

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; lang: UiLanguage; day: string; overview: Overview };

export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [busy, setBusy] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const lang = uiLanguage((await getSettings()).uiLanguage);
      const day = currentDay();
      document.documentElement.lang = lang;
      setState({ kind: 'ready', lang, day, overview: await overdueOverview(day) });
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

  if (state.kind === 'loading') return <main className="popup" aria-busy="true" />;
  if (state.kind === 'error') return <main className="popup"><p role="alert">{t('popupError', 'en', state.message)}</p></main>;

  const { lang, day, overview } = state;
  const locale = localeOf(lang);
  return (
    <main className="popup">
      <header>
        <h1>Relance</h1>
        {overview.count > 0 && <span className="count" data-relance="overdue-count">{t('popupOverdueCount', lang, overview.count)}</span>}
        <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOptions', lang)}
        </button>
      </header>
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
                labels={{
                  amount: formatMoney(invoice.amountDue, locale),
                  daysLate: t('popupDaysLate', lang, daysBetween(invoice.dueDate, day)),
                  due: t('popupDue', lang, formatDate(invoice.dueDate, locale)),
                  markPaid: t('popupMarkPaid', lang),
                  openPortal: t('popupOpenPortal', lang),
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
