import type { Client, Invoice, Money, Settings } from '../core';
import { daysBetween } from '../core/calendar';
import { formatDate, formatMoney, totalsByCurrency } from '../format';
import { lateCharges } from '../legal';
import { companyForTemplates, renderPaymentBlock } from '../templates';
import { LATE_MENTIONS, STATEMENT_WORDS, type StatementLang } from './words';

export interface StatementInput {
  client: Pick<Client, 'name'> & Partial<Pick<Client, 'emails'>>;
  /** Every invoice of the client; the statement keeps what is still open. */
  invoices: readonly Invoice[];
  settings: Settings;
  today: string;
  lang: StatementLang;
}

export interface Statement {
  title: string;
  /** Relance's own HTML (every value escaped), for htmlToNodes. */
  html: string;
  /** The lines shown, oldest due date first. */
  lines: Invoice[];
  totals: { currency: string; due: Money; overdue: Money }[];
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const lines2br = (s: string) => esc(s).replace(/\r?\n/g, '<br>');

/** Open invoices (open, part paid) and credit notes not yet used up: what the client owes, net. */
export function statementLines(invoices: readonly Invoice[]): Invoice[] {
  return invoices
    .filter((i) =>
      i.kind === 'invoice'
        ? i.status === 'open' || i.status === 'partial' || i.status === 'disputed'
        : i.status !== 'cancelled' && i.status !== 'paid' && i.amountDue.minor !== 0,
    )
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number));
}

/** Per currency: the balance (credit notes deducted) and the part of it past its due date. */
export function statementTotals(lines: readonly Invoice[], today: string): Statement['totals'] {
  return totalsByCurrency(lines.map((l) => l.amountDue)).map((due) => {
    const overdue = lines
      .filter((l) => l.kind === 'invoice' && l.amountDue.currency === due.currency && l.dueDate < today)
      .reduce((s, l) => s + l.amountDue.minor, 0);
    return { currency: due.currency, due, overdue: { minor: overdue, currency: due.currency } };
  });
}

function letterhead(company: Settings['company']): string {
  const contact = [company.phone, company.email].filter(Boolean).map(esc).join(' · ');
  const parts = [company.name && `<strong>${esc(company.name)}</strong>`, company.address && lines2br(company.address), contact].filter(
    Boolean,
  );
  return parts.length ? `<p data-relance="letterhead">${parts.join('<br>')}</p>` : '';
}

function table(lines: readonly Invoice[], today: string, lang: StatementLang): string {
  const w = STATEMENT_WORDS[lang];
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const td = 'style="border:1px solid #d0d5dd;padding:4px 8px"';
  const num = 'style="border:1px solid #d0d5dd;padding:4px 8px;text-align:right"';
  const head = [w.number, w.kind, w.issued, w.due, w.total, w.amountDue, w.late]
    .map((h, i) => `<th ${i >= 4 ? num : td}>${esc(h)}</th>`)
    .join('');
  const rows = lines.map((l) => {
    const late = l.kind === 'invoice' ? Math.max(0, daysBetween(l.dueDate, today)) : 0;
    const cells = [
      esc(l.number),
      esc(l.kind === 'invoice' ? w.invoice : w.creditNote),
      l.issueDate ? formatDate(l.issueDate, locale) : '',
      formatDate(l.dueDate, locale),
    ];
    const amounts = [formatMoney(l.total, locale), formatMoney(l.amountDue, locale), late > 0 ? w.daysLate(late) : ''];
    return `<tr data-relance-invoice="${esc(l.number)}">${cells.map((c) => `<td ${td}>${c}</td>`).join('')}${amounts.map((c) => `<td ${num}>${esc(c)}</td>`).join('')}</tr>`;
  });
  return `<table style="border-collapse:collapse;width:100%;margin:12px 0"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function totalsBlock(totals: Statement['totals'], lang: StatementLang): string {
  const w = STATEMENT_WORDS[lang];
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const rows = totals.map(
    (t) =>
      `<tr data-relance-total="${esc(t.currency)}" data-relance-minor="${t.due.minor}" data-relance-overdue-minor="${t.overdue.minor}"><td>${esc(w.balance)} (${esc(t.currency)})</td><td style="text-align:right"><strong>${esc(formatMoney(t.due, locale))}</strong></td><td style="padding-left:16px">${esc(w.ofWhichOverdue)}</td><td style="text-align:right"><strong>${esc(formatMoney(t.overdue, locale))}</strong></td></tr>`,
  );
  return `<table style="margin:8px 0 16px auto">${rows.join('')}</table>`;
}

/**
 * A client's statement of account (relevé de compte): letterhead, the open invoices and credit
 * notes, the balance and what is overdue per currency, the late-payment terms of the regime, and
 * how to pay. Pure: the background gives it the stored data, the page prints it.
 */
export function buildStatement({ client, invoices, settings, today, lang }: StatementInput): Statement {
  const w = STATEMENT_WORDS[lang];
  const lines = statementLines(invoices);
  const totals = statementTotals(lines, today);
  const company = companyForTemplates(settings.company);
  const regime = settings.legal.regime;
  const { ratePercent } = lateCharges({
    amountDue: { minor: 100, currency: 'EUR' },
    dueDate: today,
    today,
    regime,
    ratePercent: settings.legal.ratePercent,
    rates: settings.legal.rates,
  });
  // "ces factures" when several are open: the block is the reminders' own, given the open invoices.
  const open = lines.filter((l) => l.kind === 'invoice');
  const pay = open.length ? renderPaymentBlock(settings, lang, today, open) : '';
  const title = `${w.title} – ${client.name}`;
  const html = [
    '<div style="font-family:Georgia,serif">',
    letterhead(company),
    `<p style="text-align:right">${esc(client.name)}${client.emails?.[0] ? `<br>${esc(client.emails[0])}` : ''}</p>`,
    `<p style="text-align:right">${esc(w.dated(formatDate(today, lang === 'fr' ? 'fr-FR' : 'en-GB', 'long')))}</p>`,
    `<h1 style="font-size:20px">${esc(w.title)}</h1>`,
    lines.length ? table(lines, today, lang) + totalsBlock(totals, lang) : `<p>${esc(w.nothingOpen)}</p>`,
    totals.some((t) => t.overdue.minor > 0) ? `<p>${esc(w.pleasePay)}</p>` : '',
    `<p data-relance="late-mentions" style="font-size:13px">${esc(LATE_MENTIONS[regime][lang](ratePercent))}</p>`,
    pay,
    company.signature ? `<p>${lines2br(company.signature)}</p>` : '',
    '</div>',
  ].join('\n');
  return { title, html, lines, totals };
}
