import type { Invoice, InvoiceActionKind } from '../../lib/core';
import type { MessageKey } from '../../lib/i18n';
import { ACTION_TITLE } from './action-titles';
import { useDesk } from './context';

/** The DESIGN.md hooks of the actions tests drive; the others are named after their kind. */
const HOOK: Partial<Record<InvoiceActionKind, string>> = {
  payment: 'record-payment',
  promise: 'promise',
  dispute: 'dispute',
  call: 'log-call',
  pause: 'pause',
};

function available(invoice: Invoice): InvoiceActionKind[] {
  const open = invoice.kind === 'invoice' && (invoice.status === 'open' || invoice.status === 'partial');
  const held = invoice.status === 'disputed' || invoice.pausedUntil !== undefined || invoice.promiseDate !== undefined;
  return [
    ...(open ? (['payment', 'promise', 'call', 'dispute', 'pause'] as const) : []),
    ...(held ? (['resume'] as const) : []),
    ...(invoice.status !== 'paid' && invoice.status !== 'cancelled' ? (['correct-due-date', 'cancel'] as const) : []),
    'note',
  ];
}

/** Every action on one invoice, as buttons; those that need a value open their form. */
export function InvoiceActions({ invoice, compact = false }: { invoice: Invoice; compact?: boolean }) {
  const desk = useDesk();
  const kinds = available(invoice);
  const label = (key: MessageKey) => desk.t(key);
  return (
    <div className="actions" role="group" aria-label={desk.t('deskActionsFor', invoice.number)}>
      {kinds.map((kind) =>
        kind === 'resume' ? (
          <button key={kind} type="button" data-relance-action="resume" onClick={() => void desk.act([invoice.id], { kind: 'resume' })}>
            {label(ACTION_TITLE[kind])}
          </button>
        ) : compact && !HOOK[kind] ? null : (
          <button key={kind} type="button" data-relance-action={HOOK[kind] ?? kind} onClick={() => desk.ask(kind, [invoice])}>
            {label(ACTION_TITLE[kind])}
          </button>
        ),
      )}
      <button type="button" data-relance-action="undo" className="quiet" onClick={() => void desk.undo(invoice.id)}>
        {label('deskUndoLast')}
      </button>
    </div>
  );
}
