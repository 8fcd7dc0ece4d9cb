import type { Client, Invoice, Money, ReminderEvent, Settings, Stage, Tone } from '../core';
import { addDays, daysBetween } from '../core/calendar';
import { friendlyFormatIBAN } from 'ibantools';
import { BASIS, lateCharges } from '../legal';

export interface TemplateInvoice {
  number: string;
  issueDate?: string;
  dueDate: string;
  total: Money;
  amountDue: Money;
  daysLate: number;
  interest: Money;
  indemnity: Money;
}

/** Everything a reminder template can name. Built from stored data: nothing here comes from a page unescaped. */
export interface TemplateData {
  lang: 'fr' | 'en';
  today: string;
  stage: Stage;
  tone: Tone;
  company: Settings['company'];
  client: { name: string; email?: string };
  invoice: TemplateInvoice;
  invoices: TemplateInvoice[];
  multiple: boolean;
  totals: { amountDue: Money; interest: Money; indemnity: Money; withCharges: Money };
  legal: { basis: string; ratePercent: number };
  previousReminder?: { stage: Stage; date: string };
  /** Pay-by date for firm reminders and the formal notice. */
  deadline: string;
  /** A copy of the invoice goes with the message: the text may say so, and only then. */
  attachment: boolean;
}

export interface TemplateInput {
  invoices: readonly Invoice[];
  client?: Pick<Client, 'name' | 'emails' | 'language'>;
  settings: Settings;
  today: string;
  stage: Stage;
  tone?: Tone;
  history?: readonly ReminderEvent[];
  lang?: 'fr' | 'en';
  /** Whether the invoice file is attached to the message. */
  attachment?: boolean;
}

const sum = (items: Money[], currency: string): Money => ({
  minor: items.filter((m) => m.currency === currency).reduce((s, m) => s + m.minor, 0),
  currency,
});

export function buildTemplateData({
  invoices,
  client,
  settings,
  today,
  stage,
  tone = 'standard',
  history = [],
  lang,
  attachment = false,
}: TemplateInput): TemplateData {
  if (invoices.length === 0) throw new Error('a reminder needs at least one invoice');
  const regime = settings.legal.regime;
  const rows: TemplateInvoice[] = invoices.map((i) => {
    const charges = lateCharges({
      amountDue: i.amountDue,
      dueDate: i.dueDate,
      today,
      regime,
      ratePercent: settings.legal.ratePercent,
      rates: settings.legal.rates,
    });
    return {
      number: i.number,
      issueDate: i.issueDate,
      dueDate: i.dueDate,
      total: i.total,
      amountDue: i.amountDue,
      daysLate: Math.max(0, daysBetween(i.dueDate, today)),
      interest: charges.interest,
      indemnity: charges.indemnity,
    };
  });
  const currency = rows[0]!.amountDue.currency;
  const amountDue = sum(
    rows.map((r) => r.amountDue),
    currency,
  );
  const interest = sum(
    rows.map((r) => r.interest),
    currency,
  );
  const indemnity = sum(
    rows.map((r) => r.indemnity),
    rows[0]!.indemnity.currency,
  );
  const ids = new Set(invoices.map((i) => i.id));
  const previous = [...history]
    .filter(
      (e): e is ReminderEvent & { stage: Stage } =>
        e.action === 'sent' &&
        e.stage !== undefined &&
        e.invoiceIds.some((id) => ids.has(id)) &&
        e.stage !== 'thank-you' &&
        e.stage !== 'call',
    )
    .sort((a, b) => b.date.localeCompare(a.date))[0];
  const rate = lateCharges({
    amountDue: rows[0]!.amountDue,
    dueDate: rows[0]!.dueDate,
    today,
    regime,
    ratePercent: settings.legal.ratePercent,
    rates: settings.legal.rates,
  }).ratePercent;
  return {
    lang:
      lang ??
      client?.language ??
      (settings.defaultClientLanguage !== 'auto' ? settings.defaultClientLanguage : settings.uiLanguage === 'en' ? 'en' : 'fr'),
    today,
    stage,
    tone,
    company: companyForTemplates(settings.company),
    client: { name: client?.name ?? invoices[0]!.clientName, email: client?.emails[0] },
    invoice: rows[0]!,
    invoices: rows,
    multiple: rows.length > 1,
    totals: {
      amountDue,
      interest,
      indemnity,
      withCharges: { minor: amountDue.minor + interest.minor + (indemnity.currency === currency ? indemnity.minor : 0), currency },
    },
    legal: { basis: BASIS[regime], ratePercent: rate },
    previousReminder: previous && { stage: previous.stage, date: previous.date },
    deadline: addDays(today, stage === 'formal-notice' ? settings.schedule.formalNoticeDeadlineDays : 8),
    attachment,
  };
}

/** The IBAN as people read it, in groups of four, and the BIC in capitals, whatever was typed. */
export function companyForTemplates(company: Settings['company']): Settings['company'] {
  const iban = company.iban.replace(/\s+/g, '').toUpperCase();
  return { ...company, iban: iban ? (friendlyFormatIBAN(iban) ?? company.iban) : '', bic: company.bic.trim().toUpperCase() };
}
