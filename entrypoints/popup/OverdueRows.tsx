import { InvoiceRow } from '../../components/InvoiceRow';
import { daysBetween } from '../../lib/core';
import type { Overview } from '../../lib/db';
import { formatDate, formatMoney } from '../../lib/format';
import { t, type UiLanguage } from '../../lib/i18n';
import { STAGE_LABEL } from '../../lib/i18n/stages';
import type { NextActions } from '../../lib/messaging/replies';
import type { useInvoiceActions } from './use-invoice-actions';

interface Props {
  overview: Overview;
  next: NextActions;
  actions: ReturnType<typeof useInvoiceActions>;
  lang: UiLanguage;
  locale: string;
  day: string;
  openDesk(hash: string): void;
}

/** The popup's rows of overdue invoices, each with its next step and buttons. */
export function OverdueRows({ overview, next, actions, lang, locale, day, openDesk }: Props) {
  const { busy, attachOf, setAttach, markPaid, draft, markSent, snoozeInvoice } = actions;
  return (
    <ul className="rows" aria-label={t('popupOverdueTitle', lang)}>
      {overview.invoices.map((invoice) => (
        <InvoiceRow
          key={invoice.id}
          invoice={invoice}
          busy={busy === invoice.id}
          onMarkPaid={(id) => void markPaid(id)}
          onDraft={(id, webmail) => void draft(id, webmail, lang)}
          onMarkSent={next[invoice.id]?.due ? (id) => void markSent(id, next[invoice.id]!.stage, lang) : undefined}
          onSnooze={(id) => void snoozeInvoice(id, lang, locale)}
          onMore={(id) => openDesk(`client/${encodeURIComponent(invoice.clientId)}/${encodeURIComponent(id)}`)}
          onPrintLetter={
            next[invoice.id]?.stage === 'formal-notice'
              ? (id) => void browser.tabs.create({ url: browser.runtime.getURL(`/letter.html?invoices=${encodeURIComponent(id)}`) })
              : undefined
          }
          attach={
            next[invoice.id]?.files
              ? {
                  checked: attachOf(invoice.id),
                  label: t('mailAttachInvoice', lang),
                  onChange: (checked) => setAttach((a) => ({ ...a, [invoice.id]: checked })),
                }
              : undefined
          }
          labels={{
            next: next[invoice.id] ? t('popupNext', lang, t(STAGE_LABEL[next[invoice.id]!.stage], lang)) : undefined,
            draftGmail: t('popupDraftGmail', lang),
            draftOutlook: t('popupDraftOutlook', lang),
            markSent: t('popupMarkSent', lang),
            snooze: t('popupSnooze', lang),
            printLetter: t('popupPrintLetter', lang),
            amount: formatMoney(invoice.amountDue, locale),
            daysLate: t('popupDaysLate', lang, daysBetween(invoice.dueDate, day)),
            due: t('popupDue', lang, formatDate(invoice.dueDate, locale)),
            markPaid: t('popupMarkPaid', lang),
            openPortal: t('popupOpenPortal', lang),
            more: t('deskActionsMore', lang),
          }}
        />
      ))}
    </ul>
  );
}
