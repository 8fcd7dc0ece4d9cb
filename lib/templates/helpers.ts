import { format } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import type { Money } from '../core/money';
import { daysBetween } from '../core/calendar';
import { formatDate, formatMoney } from '../format';
import { SafeString, type Helper, type HelperOptions } from './render';

type Lang = 'fr' | 'en';
const langOf = (o: HelperOptions): Lang => ((o.data.root as { lang?: string } | undefined)?.lang === 'en' ? 'en' : 'fr');
const localeOf = (lang: Lang) => (lang === 'fr' ? 'fr-FR' : 'en-GB');
const isMoney = (v: unknown): v is Money =>
  !!v && typeof v === 'object' && Number.isInteger((v as Money).minor) && typeof (v as Money).currency === 'string';
const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const last = (args: unknown[]) => args[args.length - 1] as HelperOptions;

const escapeHtml = (s: string) => s.replace(/[&<>"'`=]/g, (c) => `&#${c.charCodeAt(0)};`);

/** `1 240,00 €` (fr) or `€1,240.00` (en), from Money. */
const money: Helper = (...args) => (isMoney(args[0]) ? formatMoney(args[0], localeOf(langOf(last(args)))) : '');

/** `15 mars 2026` / `15 March 2026`; `{{date d "short"}}` gives `15/03/2026`. */
const date: Helper = (...args) => {
  const [d, style] = args;
  if (!isDate(d)) return '';
  const lang = langOf(last(args));
  if (style === 'short') return formatDate(d, localeOf(lang));
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  // A local-time Date of that calendar day: date-fns formats local fields, whatever the time zone.
  return format(new Date(y, m - 1, day), 'd MMMM yyyy', { locale: lang === 'fr' ? fr : enGB });
};

/** Days between the due date and `@root.today`, never negative. */
const daysLate: Helper = (...args) => {
  const due = args[0];
  const today = (last(args).data.root as { today?: string } | undefined)?.today;
  return isDate(due) && isDate(today) ? Math.max(0, daysBetween(due, today)) : 0;
};

/**
 * A payment link from the company's pattern (`https://pay.example/{number}?amount={amount}`),
 * values URL-encoded; empty unless the result is an http(s) URL.
 */
const paymentLink: Helper = (...args) => {
  const [pattern, invoice] = args as [unknown, { number?: string; amountDue?: Money } | undefined];
  if (typeof pattern !== 'string' || !invoice?.number) return '';
  const amount = isMoney(invoice.amountDue) ? (invoice.amountDue.minor / 100).toFixed(2) : '';
  const url = pattern.replace(/\{number\}/g, encodeURIComponent(invoice.number)).replace(/\{amount\}/g, encodeURIComponent(amount));
  return /^https?:\/\/[^\s"'<>]+$/.test(url) ? url : '';
};

interface TableInvoice {
  number: string;
  issueDate?: string;
  dueDate: string;
  amountDue: Money;
  daysLate?: number;
}

const LABELS: Record<Lang, string[]> = {
  fr: ['Facture', 'Date', 'Échéance', 'Montant dû', 'Retard'],
  en: ['Invoice', 'Date', 'Due date', 'Amount due', 'Days late'],
};

/** An e-mail-safe HTML table of the invoices, every cell escaped. */
const invoiceTable: Helper = (...args) => {
  const invoices = (Array.isArray(args[0]) ? args[0] : []) as TableInvoice[];
  const lang = langOf(last(args));
  const locale = localeOf(lang);
  const cell = 'style="border:1px solid #d0d5dd;padding:6px 10px;text-align:left"';
  const right = 'style="border:1px solid #d0d5dd;padding:6px 10px;text-align:right"';
  const head = LABELS[lang].map((l, i) => `<th ${i >= 3 ? right : cell}>${escapeHtml(l)}</th>`).join('');
  const rows = invoices
    .map((i) => {
      const cells = [
        escapeHtml(String(i.number)),
        i.issueDate && isDate(i.issueDate) ? formatDate(i.issueDate, locale) : '',
        isDate(i.dueDate) ? formatDate(i.dueDate, locale) : '',
      ];
      const due = isMoney(i.amountDue) ? formatMoney(i.amountDue, locale) : '';
      const late = typeof i.daysLate === 'number' && i.daysLate > 0 ? (lang === 'fr' ? `${i.daysLate} j` : `${i.daysLate} d`) : '';
      return `<tr>${cells.map((c) => `<td ${cell}>${c}</td>`).join('')}<td ${right}>${escapeHtml(due)}</td><td ${right}>${escapeHtml(late)}</td></tr>`;
    })
    .join('');
  return new SafeString(
    `<table style="border-collapse:collapse;margin:8px 0"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`,
  );
};

const eq: Helper = (...args) => args[0] === args[1];

/** The first truthy argument (`{{#if (or company.iban company.chequePayee)}}`), else false. */
const or: Helper = (...args) => args.slice(0, -1).find(Boolean) ?? false;

/** `12,15 %` (fr) or `12.15%` (en). */
const percent: Helper = (...args) => {
  const n = Number(args[0]);
  if (!Number.isFinite(n)) return '';
  return langOf(last(args)) === 'fr' ? `${String(n).replace('.', ',')} %` : `${n}%`;
};

/** The helpers every template can use, besides Handlebars' own. */
export const DOMAIN_HELPERS: Readonly<Record<string, Helper>> = {
  money,
  interest: money,
  indemnity: money,
  date,
  daysLate,
  paymentLink,
  invoiceTable,
  eq,
  or,
  percent,
};
export const HELPER_NAMES = ['if', 'unless', 'each', 'with', 'lookup', 'log', ...Object.keys(DOMAIN_HELPERS)];
