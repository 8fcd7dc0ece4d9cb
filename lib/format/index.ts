// Direct imports: content scripts format amounts too, and must not pull zod in with lib/core.
import { toMajor } from '../core/minor-units';
import type { Money } from '../core/money';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** `1 240,00 €` in French, `€1,240.00` in English, with ordinary spaces so e-mails and tests agree. */
export function formatMoney(money: Money, locale: string): string {
  const key = `${locale}|${money.currency}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
    numberFormats.set(key, format);
  }
  return format.format(toMajor(money)).replace(/[\u202f\u00a0]/g, ' ');
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** Formatted dates: lists repeat a few hundred dates over thousands of rows. Bounded. */
const formattedDates = new Map<string, string>();

/**
 * A calendar date as the locale writes it, never shifted by the machine's time zone. Formatters
 * are kept per locale and style: building one costs far more than formatting with it.
 */
export function formatDate(date: string, locale: string, style: 'short' | 'long' = 'short'): string {
  const cacheKey = `${locale}|${style}|${date}`;
  const known = formattedDates.get(cacheKey);
  if (known !== undefined) return known;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const key = `${locale}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      style === 'long'
        ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
        : { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' };
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  const text = format.format(new Date(Date.UTC(y, m - 1, d)));
  if (formattedDates.size >= 10_000) formattedDates.clear();
  formattedDates.set(cacheKey, text);
  return text;
}

/** Sums amounts per currency; amounts in different currencies are never added together. */
export function totalsByCurrency(amounts: Iterable<Money>): Money[] {
  const sums = new Map<string, number>();
  for (const m of amounts) sums.set(m.currency, (sums.get(m.currency) ?? 0) + m.minor);
  return [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([currency, minor]) => ({ minor, currency }));
}
