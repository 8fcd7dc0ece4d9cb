import { AgingChart, type AgingBar } from '../../components/AgingChart';
import { getDb } from '../../lib/db';
import { AGE_BUCKETS, agingBalance, daysSalesOutstanding, paymentsThisMonth, topOverdueClients } from '../../lib/desk';
import { formatMoney } from '../../lib/format';
import { useDesk } from './context';
import { BUCKET_LABEL } from './InvoicesView';
import { hrefOf } from './route';
import { useLoad } from './use-load';

const TONES: AgingBar['tone'][] = ['calm', 'warn', 'late', 'later', 'latest'];

/** The aging balance per currency, DSO, the clients most overdue and this month's payments. */
export function OverviewView() {
  const desk = useDesk();
  const { t, locale, today } = desk;
  const data = useLoad(async () => {
    const db = getDb();
    const [invoices, payments] = await Promise.all([db.invoices.toArray(), db.events.toArray()]);
    return {
      aging: agingBalance(invoices, today),
      dso: daysSalesOutstanding(invoices, today),
      top: topOverdueClients(invoices, today),
      paid: paymentsThisMonth(invoices, payments, today),
    };
  }, []);
  if (!data) return <section data-relance-view="overview" aria-busy="true" />;
  const money = (minor: number, currency: string) => formatMoney({ minor, currency }, locale);
  return (
    <section data-relance-view="overview" aria-labelledby="overview-title" className="overview">
      <h1 id="overview-title">{t('deskOverview')}</h1>
      <div className="figures">
        <div className="figure" data-relance="total-overdue">
          <span className="muted">{t('deskTotalOverdue')}</span>
          <strong>{data.aging.length ? data.aging.map((a) => money(a.overdue, a.currency)).join(' · ') : '—'}</strong>
        </div>
        <div className="figure" data-relance="dso">
          <span className="muted">{t('deskDso')}</span>
          <strong>
            {data.dso
              .filter((d) => d.days !== null)
              .map((d) => t('deskDsoDays', d.days!, d.currency))
              .join(' · ') || '—'}
          </strong>
        </div>
        <div className="figure" data-relance="payments-month">
          <span className="muted">{t('deskPaymentsThisMonth')}</span>
          <strong>{data.paid.length ? data.paid.map((m) => formatMoney(m, locale)).join(' · ') : '—'}</strong>
        </div>
      </div>
      <h2>{t('deskAging')}</h2>
      {data.aging.length === 0 && <p className="muted">{t('deskNothingDue')}</p>}
      {data.aging.map((a) => (
        <AgingChart
          key={a.currency}
          title={`${t('deskAging')} ${a.currency}`}
          bars={AGE_BUCKETS.map((b, i) => ({
            label: t(BUCKET_LABEL[b]),
            value: a.buckets[b],
            text: money(a.buckets[b], a.currency),
            tone: TONES[i]!,
          }))}
        />
      ))}
      {data.aging.length > 0 && (
        <table className="aging" data-relance="aging">
          <caption>{t('deskAgingCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('deskCurrency')}</th>
              {AGE_BUCKETS.map((b) => (
                <th key={b} scope="col" className="num">
                  {t(BUCKET_LABEL[b])}
                </th>
              ))}
              <th scope="col" className="num">
                {t('deskTotal')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.aging.map((a) => (
              <tr key={a.currency}>
                <th scope="row">{a.currency}</th>
                {AGE_BUCKETS.map((b) => (
                  <td key={b} className="num" data-relance-bucket={b} data-minor={a.buckets[b]} data-currency={a.currency}>
                    {money(a.buckets[b], a.currency)}
                    <span className="muted"> ({a.counts[b]})</span>
                  </td>
                ))}
                <td className="num">{money(a.total, a.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('deskTopClients')}</h2>
      {data.top.length === 0 ? (
        <p className="muted">{t('deskNothingOverdue')}</p>
      ) : (
        <ol className="top-clients" data-relance="top-clients">
          {data.top.map((c) => (
            <li key={`${c.clientId}|${c.overdue.currency}`}>
              <a href={hrefOf({ view: 'client', clientId: c.clientId })}>{c.clientName}</a>{' '}
              <strong>{formatMoney(c.overdue, locale)}</strong>{' '}
              <span className="muted">{t('deskTopClientDetail', c.invoices, c.oldestDaysLate)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
