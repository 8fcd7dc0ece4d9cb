import type { TimelineEntry } from '../../lib/desk';
import { formatDate, formatMoney } from '../../lib/format';
import type { MessageKey } from '../../lib/i18n';
import { STAGE_LABEL } from '../../lib/i18n/stages';
import { OUTCOME_LABEL } from './ActionDialog';
import { useDesk } from './context';

const KIND_LABEL: Record<TimelineEntry['kind'], MessageKey> = {
  captured: 'deskEventCaptured',
  drafted: 'deskEventDrafted',
  sent: 'deskEventSent',
  called: 'deskEventCalled',
  printed: 'deskEventPrinted',
  done: 'deskEventDone',
  note: 'deskEventNote',
  payment: 'deskEventPayment',
  promise: 'deskEventPromise',
  dispute: 'deskEventDispute',
  pause: 'deskEventPause',
  resume: 'deskEventResume',
  cancel: 'deskEventCancel',
  correct: 'deskEventCorrect',
};

/** A correction is of the due date (its new date) or, with none, of the client's addresses (the ones kept). */
const labelOf = (entry: TimelineEntry): MessageKey =>
  entry.kind === 'correct' && !entry.event?.until ? 'deskEventAddresses' : KIND_LABEL[entry.kind];

/** The evidence trail, newest first: what was sent to whom and when, calls, promises, payments. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const desk = useDesk();
  const { t, locale } = desk;
  if (entries.length === 0) return <p className="muted">{t('deskTimelineEmpty')}</p>;
  return (
    <ol className="timeline" data-relance="timeline">
      {entries.map((entry, i) => {
        const e = entry.event;
        const details = [
          e?.stage && entry.kind !== 'called' ? t(STAGE_LABEL[e.stage]) : '',
          entry.kind === 'captured' && entry.source ? t('deskCapturedFrom', entry.source.host) : '',
          e?.subject ? `« ${e.subject} »` : '',
          e && e.to.length > 0 ? t('deskTo', e.to.join(', ')) : '',
          e?.outcome
            ? entry.kind === 'called' && e.outcome in OUTCOME_LABEL
              ? t(OUTCOME_LABEL[e.outcome as keyof typeof OUTCOME_LABEL])
              : e.outcome
            : '',
          entry.amount && entry.kind === 'payment' ? formatMoney(entry.amount, locale) : '',
          e?.until ? formatDate(e.until, locale) : '',
          e?.note && !e.note.startsWith('relance|') ? e.note : '',
        ].filter(Boolean);
        return (
          <li key={e?.id ?? `c${i}`} data-relance-event={entry.kind === 'captured' ? 'captured' : entry.kind}>
            <time dateTime={entry.at}>{formatDate(entry.date, locale)}</time>
            <strong>{t(labelOf(entry))}</strong>
            <span className="numbers">{entry.numbers.join(', ')}</span>
            {details.length > 0 && <span className="details">{details.join(' · ')}</span>}
          </li>
        );
      })}
    </ol>
  );
}
