import type { Stage } from '../core';
import type { ActionGroup } from '../dunning/plan';
import { formatDate, formatMoney } from '../format';
import { localeOf, t, type MessageKey, type UiLanguage } from '../i18n';
import { STAGE_LABEL } from '../i18n/stages';

export type ButtonAction = 'draft-email' | 'log-call' | 'mark-paid';

/** What a notification's buttons do, kept in storage so a click after a worker restart still works. */
export interface NotificationTarget {
  stage: Stage;
  clientId: string;
  invoiceIds: string[];
  buttons: ButtonAction[];
}

/** Chrome shows at most two buttons: the stage's own action, then "Mark paid" while money is owed. */
export function buttonsFor(stage: Stage): ButtonAction[] {
  if (stage === 'thank-you') return ['draft-email'];
  if (stage === 'litigation') return ['mark-paid'];
  return [stage === 'call' ? 'log-call' : 'draft-email', 'mark-paid'];
}

const BUTTON_LABEL: Readonly<Record<ButtonAction, MessageKey>> = {
  'draft-email': 'notifyDraftEmail',
  'log-call': 'notifyLogCall',
  'mark-paid': 'notifyMarkPaid',
};

export interface NotificationContent {
  title: string;
  message: string;
  buttons: { title: string }[];
}

/** "FA2601-0007 · Boulangerie Dupont · 1 240,00 € · 9 days late" / "First reminder". */
export function describeGroup(group: ActionGroup, today: string, lang: UiLanguage): NotificationContent {
  const locale = localeOf(lang);
  const first = group.invoices[0]!;
  const numbers = group.invoices.length === 1 ? first.number : `${first.number} +${group.invoices.length - 1}`;
  const amount = group.amountDue.map((m) => formatMoney(m, locale)).join(' + ');
  const late = Math.round((Date.parse(today) - Date.parse(first.dueDate)) / 86_400_000);
  const when = late > 0 ? t('notifyDaysLate', lang, late) : t('notifyDueIn', lang, formatDate(first.dueDate, locale));
  const title = [numbers, group.clientName, amount, when].join(' · ');
  const message = t(STAGE_LABEL[group.stage], lang) + (group.catchUp ? ` ${t('notifyCatchUp', lang)}` : '');
  return { title, message, buttons: buttonsFor(group.stage).map((b) => ({ title: t(BUTTON_LABEL[b], lang) })) };
}

export function summaryContent(count: number, lang: UiLanguage): NotificationContent {
  return { title: t('notifySummaryTitle', lang, count), message: t('notifySummaryBody', lang), buttons: [] };
}
