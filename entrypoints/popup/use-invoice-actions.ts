import { useState } from 'react';
import type { Stage } from '../../lib/core';
import { formatDate } from '../../lib/format';
import { t, type UiLanguage } from '../../lib/i18n';
import type { NextActions } from '../../lib/messaging/replies';
import { send } from '../../lib/messaging/send';

/** The buttons of a popup row: each asks the background, says what happened, then reloads. */
export function useInvoiceActions(next: NextActions, load: () => Promise<void>) {
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<string>();
  // "Attach the invoice" per invoice, as the user set it; unset: on for the first reminder.
  const [attach, setAttach] = useState<Record<string, boolean>>({});
  const attachOf = (id: string) => attach[id] ?? next[id]?.stage === 'reminder1';

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
    await draftFor(id, [id], webmail, lang, next[id]?.files ? attachOf(id) : undefined);
  };

  /** One reminder for `ids` (a row's invoice, or a card's); `key` marks what is busy meanwhile. */
  const draftFor = async (key: string, ids: string[], webmail: 'gmail' | 'outlook', lang: UiLanguage, attachFile?: boolean) => {
    setBusy(key);
    try {
      const d = await send({ type: 'ui:prepareDraft', invoiceIds: ids, ...(attachFile !== undefined ? { attach: attachFile } : {}) });
      // The compose link carries plain text only: Relance's content script puts the formatted
      // reminder in when the editor appears; the clipboard holds it too, in case it cannot.
      await navigator.clipboard
        .write([
          new ClipboardItem({
            'text/html': new Blob([d.html], { type: 'text/html' }),
            'text/plain': new Blob([d.text], { type: 'text/plain' }),
          }),
        ])
        .catch(() => undefined);
      // An address learned from a send or another site is not put in To: the user confirms it in the picker.
      setNotice(
        d.newAddress
          ? t('mailAddressLeftEmpty', lang, d.newAddress.email)
          : t('popupDrafted', lang, webmail === 'gmail' ? 'Gmail' : 'Outlook'),
      );
      await send({ type: 'ui:openDraft', token: d.token, webmail });
    } finally {
      setBusy(null);
    }
  };

  /** A card's call: recorded as made, as a notification's "Log the call" does; its outcome goes in the desk. */
  const logCall = async (key: string, ids: string[], lang: UiLanguage) => {
    setBusy(key);
    try {
      await send({ type: 'ui:recordSent', invoiceIds: ids, stage: 'call' });
      setNotice(t('popupCallLogged', lang));
      await load();
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

  return { busy, notice, attachOf, setAttach, markPaid, draft, draftFor, logCall, markSent, snoozeInvoice };
}
