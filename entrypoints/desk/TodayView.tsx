import { startTransition, useEffect, useState } from 'react';
// From the calendar module, not lib/core's index: the first view loads no zod schemas.
import { addDays, daysBetween } from '../../lib/core/calendar';
import type { Invoice, Stage } from '../../lib/core';
import type { TodayGroup } from '../../lib/desk';
import { formatDate, formatMoney } from '../../lib/format';
import { STAGE_LABEL } from '../../lib/i18n/stages';
import { send } from '../../lib/messaging/send';
import { useDesk } from './context';
import { GROUPS_AT_FIRST, loadToday, takeArrivedToday } from './today-data';
import { InvoiceActions } from './InvoiceActions';
import { hrefOf } from './route';
import { useLoadState } from './use-load';

const EMAIL_STAGES = new Set<Stage>(['courtesy', 'reminder1', 'reminder2', 'formal-notice', 'thank-you']);
/** The cards drawn before the first paint (a screenful); the others follow in an interruptible render. */
const CARDS_FIRST = 6;
/** Each client's first invoices in its card (the reminder covers them all); the client page lists every one. */
const INVOICES_PER_GROUP = 5;

/** The morning's work: what the schedule proposes today, one card per client and stage. */
export function TodayView() {
  const desk = useDesk();
  const { t, today } = desk;
  const [shown, setShown] = useState(GROUPS_AT_FIRST);
  // The background works today's schedule out once per change of the data and keeps it: the
  // first groups come in one message, the rest when asked.
  const [arrived] = useState(() => takeArrivedToday(desk.version));
  const { value: data, current } = useLoadState(() => loadToday(shown, desk.version), [shown], arrived);
  const [drawn, setDrawn] = useState(CARDS_FIRST);
  useEffect(() => {
    if (data && drawn < shown) startTransition(() => setDrawn(shown));
  }, [data, drawn, shown]);
  if (!data) return <section data-relance-view="today" aria-busy="true" />;
  // Until the answer after a change comes, the one before stays (no blank page between two
  // answers) but dimmed and out of reach: a card of what was just done cannot be acted on again.
  return (
    <section data-relance-view="today" aria-labelledby="today-title" aria-busy={!current} className={current ? undefined : 'refreshing'}>
      <h1 id="today-title">{t('deskTodayTitle', formatDate(today, desk.locale, 'long'))}</h1>
      <p className="summary" data-relance="today-summary">
        {t('deskTodayCounts', data.total, data.done)}
      </p>
      {data.groups.length === 0 ? (
        <p className="empty" data-relance="empty-state">
          {t('deskTodayEmpty')}
        </p>
      ) : (
        <ol className="groups" inert={!current}>
          {data.groups.slice(0, Math.min(drawn, shown)).map((g) => (
            <GroupCard key={`${g.clientId}|${g.stage}`} group={g} />
          ))}
        </ol>
      )}
      {data.total > shown && (
        <button type="button" data-relance-action="more-groups" onClick={() => setShown((n) => n + GROUPS_AT_FIRST)}>
          {t('deskShowMoreGroups', Math.min(GROUPS_AT_FIRST, data.total - shown))}
        </button>
      )}
    </section>
  );
}

function GroupCard({ group }: { group: TodayGroup }) {
  const desk = useDesk();
  const { t, locale, today } = desk;
  const ids = group.invoices.map((i) => i.id);
  const snooze = (days: number) => desk.act(ids, { kind: 'pause', until: addDays(today, days - 1) });
  const markSent = async () => {
    try {
      await send({ type: 'ui:recordSent', invoiceIds: ids, stage: group.stage });
      desk.changed(t('popupSentRecorded'));
    } catch (error) {
      desk.fail(error);
    }
  };
  return (
    <li className={`group stage-${group.stage}`} data-relance="today-group" data-relance-client={group.clientId}>
      <div className="group-head">
        <h2>
          <a href={hrefOf({ view: 'client', clientId: group.clientId })}>{group.clientName}</a>
        </h2>
        <span className="stage">{t(STAGE_LABEL[group.stage])}</span>
        {group.catchUp && <span className="tag">{t('notifyCatchUp')}</span>}
        <span className="amount">{group.amountDue.map((m) => formatMoney(m, locale)).join(' · ')}</span>
      </div>
      {group.brokenPromises.length > 0 && (
        <p className="warning" data-relance="broken-promise">
          {t('deskBrokenPromise', formatDate(group.invoices.find((i) => i.id === group.brokenPromises[0])!.promiseDate!, locale))}
        </p>
      )}
      <ul className="group-invoices">
        {group.invoices.slice(0, INVOICES_PER_GROUP).map((invoice) => (
          <TodayInvoice key={invoice.id} invoice={invoice} />
        ))}
      </ul>
      {group.invoices.length > INVOICES_PER_GROUP && (
        <p className="muted small">
          <a href={hrefOf({ view: 'client', clientId: group.clientId })}>
            {t('deskMoreInvoices', group.invoices.length - INVOICES_PER_GROUP)}
          </a>
        </p>
      )}
      <div className="buttons">
        {EMAIL_STAGES.has(group.stage) && (
          <>
            <button type="button" className="primary" data-relance-action="draft-gmail" onClick={() => void desk.draft(ids, 'gmail')}>
              {t('popupDraftGmail')}
            </button>
            <button type="button" data-relance-action="draft-outlook" onClick={() => void desk.draft(ids, 'outlook')}>
              {t('popupDraftOutlook')}
            </button>
            <button type="button" data-relance-action="mark-sent" onClick={() => void markSent()}>
              {t('popupMarkSent')}
            </button>
          </>
        )}
        <button
          type="button"
          className={group.stage === 'call' ? 'primary' : undefined}
          data-relance-action="log-call"
          onClick={() => desk.ask('call', group.invoices)}
        >
          {t('deskLogCall')}
        </button>
        {group.stage === 'formal-notice' && (
          <button
            type="button"
            data-relance-action="print-letter"
            onClick={() =>
              void browser.tabs.create({ url: browser.runtime.getURL(`/letter.html?invoices=${encodeURIComponent(ids.join(','))}`) })
            }
          >
            {t('popupPrintLetter')}
          </button>
        )}
        <button type="button" data-relance-action="skip" onClick={() => void snooze(1)}>
          {t('deskSkipTomorrow')}
        </button>
        <button type="button" data-relance-action="snooze" onClick={() => void snooze(7)}>
          {t('deskSnoozeWeek')}
        </button>
      </div>
    </li>
  );
}

function TodayInvoice({ invoice }: { invoice: Invoice }) {
  const desk = useDesk();
  const late = daysBetween(invoice.dueDate, desk.today);
  return (
    <li data-relance-invoice={invoice.number}>
      <span className="number">{invoice.number}</span>
      <span className="amount">{formatMoney(invoice.amountDue, desk.locale)}</span>
      <span className={late > 0 ? 'late' : 'muted'}>
        {late > 0 ? desk.t('popupDaysLate', late) : desk.t('popupDue', formatDate(invoice.dueDate, desk.locale))}
      </span>
      <InvoiceActions invoice={invoice} compact />
    </li>
  );
}
