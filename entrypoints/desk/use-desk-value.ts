import { useMemo, type Dispatch, type SetStateAction } from 'react';
import type { Invoice, InvoiceAction, InvoiceActionKind, Settings } from '../../lib/core';
import { localeOf, t, uiLanguage, type MessageKey } from '../../lib/i18n';
import { send } from '../../lib/messaging/send';
import type { Desk } from './context';

export interface Notice {
  text: string;
  /** The invoice whose last action Undo takes back. */
  undoId?: string;
  error?: boolean;
}

const ACTION_DONE: Record<InvoiceActionKind, MessageKey> = {
  payment: 'deskDonePayment',
  promise: 'deskDonePromise',
  dispute: 'deskDoneDispute',
  call: 'deskDoneCall',
  pause: 'deskDonePause',
  resume: 'deskDoneResume',
  cancel: 'deskDoneCancel',
  'correct-due-date': 'deskDoneCorrect',
  note: 'deskDoneNote',
};

/** What every view of the desk shares: the language, today, and the actions through the background. */
export function useDeskValue(
  base: { settings: Settings; today: string } | null,
  version: number,
  setVersion: Dispatch<SetStateAction<number>>,
  setNotice: (notice: Notice) => void,
  setAsking: (asking: { kind: InvoiceActionKind; invoices: Invoice[] }) => void,
): Desk | null {
  return useMemo<Desk | null>(() => {
    if (!base) return null;
    const lang = uiLanguage(base.settings.uiLanguage);
    const tr = (key: MessageKey, ...subs: (string | number)[]) => t(key, lang, ...subs);
    const fail = (error: unknown) => setNotice({ text: error instanceof Error ? error.message : String(error), error: true });
    const changed = (text?: string) => {
      setVersion((v) => v + 1);
      if (text) setNotice({ text });
    };
    return {
      ...base,
      lang,
      locale: localeOf(lang),
      version,
      t: tr,
      fail,
      changed,
      ask: (kind, invoices) => setAsking({ kind, invoices }),
      async act(invoiceIds: string[], action: InvoiceAction) {
        try {
          await send({ type: 'ui:invoiceAction', invoiceIds, action });
          changed();
          setNotice({ text: tr(ACTION_DONE[action.kind], invoiceIds.length), undoId: invoiceIds.length === 1 ? invoiceIds[0] : undefined });
          return true;
        } catch (error) {
          fail(error);
          return false;
        }
      },
      async undo(invoiceId: string) {
        try {
          const undone = await send({ type: 'ui:undoAction', invoiceId });
          changed(tr(undone ? 'deskUndone' : 'deskNothingToUndo'));
        } catch (error) {
          fail(error);
        }
      },
      async draft(invoiceIds: string[], webmail: 'gmail' | 'outlook') {
        try {
          const d = await send({ type: 'ui:prepareDraft', invoiceIds });
          // The compose link carries plain text: the formatted reminder goes in when the editor appears, and is on the clipboard too.
          await navigator.clipboard
            .write([
              new ClipboardItem({
                'text/html': new Blob([d.html], { type: 'text/html' }),
                'text/plain': new Blob([d.text], { type: 'text/plain' }),
              }),
            ])
            .catch(() => undefined);
          await send({ type: 'ui:openDraft', token: d.token, webmail });
          changed(tr('popupDrafted', webmail === 'gmail' ? 'Gmail' : 'Outlook'));
        } catch (error) {
          fail(error);
        }
      },
    };
  }, [base, version, setVersion, setNotice, setAsking]);
}
