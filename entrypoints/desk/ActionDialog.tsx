import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { actionFromForm, dialogKeys } from './action-form';
import { addDays, CALL_OUTCOMES, toMajor, type Invoice, type InvoiceActionKind } from '../../lib/core';
import { formatMoney } from '../../lib/format';
import type { MessageKey } from '../../lib/i18n';
import { useDesk } from './context';
import { ACTION_TITLE } from './action-titles';

const OUTCOME_LABEL: Record<(typeof CALL_OUTCOMES)[number], MessageKey> = {
  reached: 'deskOutcomeReached',
  'no-answer': 'deskOutcomeNoAnswer',
  voicemail: 'deskOutcomeVoicemail',
  promised: 'deskOutcomePromised',
  disputed: 'deskOutcomeDisputed',
  'wrong-number': 'deskOutcomeWrongNumber',
};

interface Props {
  kind: InvoiceActionKind;
  invoices: Invoice[];
  onClose(): void;
}

/**
 * The small form an action needs. Its first field has the focus and Enter confirms; Escape
 * closes; Tab stays inside.
 */
export function ActionDialog({ kind, invoices, onClose }: Props) {
  const desk = useDesk();
  const { t } = desk;
  const titleId = useId();
  const box = useRef<HTMLFormElement>(null);
  const [error, setError] = useState('');
  const [outcome, setOutcome] = useState<(typeof CALL_OUTCOMES)[number]>('reached');
  const one = invoices.length === 1 ? invoices[0]! : null;
  const previous = useRef(document.activeElement as HTMLElement | null);

  useEffect(() => {
    box.current?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    const back = previous.current;
    return () => back?.focus();
  }, []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const action = actionFromForm(kind, new FormData(event.currentTarget), { one, outcome, lang: desk.lang });
    if ('error' in action) return setError(t(action.error));
    if (
      await desk.act(
        invoices.map((i) => i.id),
        action,
      )
    )
      onClose();
  };

  return (
    <div className="backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      {/* The dialog holds the form: a form element may not take the dialog role. */}
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(e) => dialogKeys(e, box.current, onClose)}
      >
        <form ref={box} className="dialog-form" onSubmit={(e) => void submit(e)} data-relance="action-form">
          <h2 id={titleId}>{t(ACTION_TITLE[kind])}</h2>
          <p className="muted">
            {one
              ? `${one.number} · ${one.clientName} · ${formatMoney(one.amountDue, desk.locale)}`
              : t('deskSelectedCount', invoices.length)}
          </p>
          <KindFields kind={kind} one={one} outcome={outcome} setOutcome={setOutcome} />
          {kind !== 'dispute' && (
            <label>
              {t(kind === 'note' ? 'deskNote' : 'deskNoteOptional')}
              <textarea name="note" rows={kind === 'note' ? 3 : 2} maxLength={2000} />
            </label>
          )}
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <div className="buttons">
            <button type="submit" className="primary" data-relance-action="confirm">
              {t('deskConfirm')}
            </button>
            <button type="button" onClick={onClose}>
              {t('mailCancel')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}

type Outcome = (typeof CALL_OUTCOMES)[number];

/** What the action asks for: an amount and date, a date, a reason, or a call's outcome. */
function KindFields({
  kind,
  one,
  outcome,
  setOutcome,
}: {
  kind: Props['kind'];
  one: Props['invoices'][number] | null;
  outcome: Outcome;
  setOutcome(outcome: Outcome): void;
}) {
  const desk = useDesk();
  const { t, today } = desk;
  const dateField = (label: MessageKey, value: string, min?: string) => (
    <label>
      {t(label)}
      <input name="date" type="date" required defaultValue={value} min={min} />
    </label>
  );
  return (
    <>
      {kind === 'payment' && one && (
        <label>
          {t('deskAmount')}
          <input
            name="amount"
            inputMode="decimal"
            required
            defaultValue={String(toMajor(one.amountDue)).replace('.', desk.lang === 'fr' ? ',' : '.')}
          />
        </label>
      )}
      {kind === 'payment' && !one && <p>{t('deskFullPayment')}</p>}
      {kind === 'payment' && dateField('deskPaymentDate', today)}
      {kind === 'promise' && dateField('deskPromiseDate', addDays(today, 7), today)}
      {kind === 'pause' && dateField('deskPauseUntil', addDays(today, 14), today)}
      {kind === 'correct-due-date' && dateField('deskDueDate', one?.dueDate ?? today)}
      {kind === 'dispute' && (
        <label>
          {t('deskReason')}
          <input name="reason" required maxLength={500} />
        </label>
      )}
      {kind === 'call' && (
        <>
          <label>
            {t('deskOutcome')}
            <select name="outcome" value={outcome} onChange={(e) => setOutcome(e.target.value as typeof outcome)}>
              {CALL_OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {t(OUTCOME_LABEL[o])}
                </option>
              ))}
            </select>
          </label>
          {outcome === 'promised' && dateField('deskPromiseDate', addDays(today, 7), today)}
        </>
      )}
    </>
  );
}

export { OUTCOME_LABEL };
