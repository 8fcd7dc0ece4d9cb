import type { Stage } from '../../lib/core/reminder-event';
import type { TodayGroup } from '../../lib/desk/today';
import { formatMoney } from '../../lib/format';
import { t, type MessageKey, type UiLanguage } from '../../lib/i18n';
import { STAGE_LABEL } from '../../lib/i18n/stages';
import type { TodayReply } from '../../lib/messaging/replies';

/** The one button a card gets: what that stage asks the user to do first. */
export type MainAction = 'draft-gmail' | 'log-call' | 'print-letter' | 'open-desk';

export function mainActionOf(stage: Stage): MainAction {
  if (stage === 'call') return 'log-call';
  if (stage === 'formal-notice') return 'print-letter';
  if (stage === 'litigation') return 'open-desk'; // no template: a task the desk shows
  return 'draft-gmail';
}

const MAIN_LABEL: Record<MainAction, MessageKey> = {
  'draft-gmail': 'popupDraftGmail',
  'log-call': 'deskLogCall',
  'print-letter': 'popupPrintLetter',
  'open-desk': 'popupTodayOpen',
};

interface Props {
  today: TodayReply;
  lang: UiLanguage;
  locale: string;
  busy: string | null;
  act(action: MainAction, group: TodayGroup): void;
  openDesk(hash: string): void;
}

/** Today's first actions, as the desk's Today shows them (the same groups, from the background), each with its main button. */
export function TodayActions({ today, lang, locale, busy, act, openDesk }: Props) {
  if (today.total === 0)
    return (
      <p className="today-none" data-relance="today-none">
        {t('popupTodayNone', lang)}
      </p>
    );
  return (
    <section className="today" aria-labelledby="popup-today">
      <h2 id="popup-today">{t('popupTodayTitle', lang)}</h2>
      <ul className="today-groups">
        {today.groups.map((g) => {
          const main = mainActionOf(g.stage);
          const key = `${g.clientId}|${g.stage}`;
          return (
            <li key={key} className="today-group" data-relance="today-group" data-relance-client={g.clientId} data-relance-stage={g.stage}>
              <div className="row-main">
                <button type="button" className="link client" onClick={() => openDesk(`client/${encodeURIComponent(g.clientId)}`)}>
                  {g.clientName}
                </button>
                <span className="amount">{g.amountDue.map((m) => formatMoney(m, locale)).join(' · ')}</span>
              </div>
              <div className="row-meta">
                <span>{t(STAGE_LABEL[g.stage], lang)}</span>
                <span>{t('popupTodayInvoices', lang, g.invoices.length)}</span>
              </div>
              <button
                type="button"
                className="main"
                data-relance-action="today-main"
                data-relance-main={main}
                disabled={busy === key}
                onClick={() => act(main, g)}
              >
                {t(MAIN_LABEL[main], lang)}
              </button>
            </li>
          );
        })}
      </ul>
      {today.total > today.groups.length && (
        <button type="button" className="link more" data-relance-action="today-more" onClick={() => openDesk('today')}>
          {t('popupTodayMore', lang, today.total - today.groups.length)}
        </button>
      )}
    </section>
  );
}
