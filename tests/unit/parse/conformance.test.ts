import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCurrency, parseAmount, parseDate } from '../../../lib/parse';

/**
 * The peers' suites in ../shared/fixtures/conformance (see its SOURCES.md): scrapinghub's
 * price-parser (BSD-3-Clause) and dateparser (BSD-3-Clause) cases. Rates are printed and gated
 * by the thresholds of issue 3.
 */
const FIXTURES = path.resolve(import.meta.dirname, '../../../../shared/fixtures/conformance');

interface PriceCase {
  input: string | null;
  currency_hint: string | null;
  amount: string | null;
  currency: string | null;
  decimal_separator_hint: string | null;
  xfail: boolean;
}
interface DateCase {
  input: string;
  lang: string;
  expected: string;
}
const prices = JSON.parse(readFileSync(path.join(FIXTURES, 'price-parser-cases.json'), 'utf8')) as PriceCase[];
const dates = JSON.parse(readFileSync(path.join(FIXTURES, 'date-cases.json'), 'utf8')) as DateCase[];

/**
 * The suite names currencies as its library prints them; each maps here to one ISO 4217 code.
 * Where a mark is shared, the code is the one its cases mean and a reader would name without
 * other context: "$" USD, "kr" SEK (the cases are Swedish: "Pris från 172 kr"), "C$" CAD,
 * "Rs" INR, "lei" RON, "р." RUB, "Br" BYN, "ƒ" ANG, "₨" PKR, "﷼" IRR, "CFA" XOF, "FCFA" XAF,
 * "₣" FRF, "Bs" VES, "र" NPR, "ريال" SAR, "درهم" AED, "جنيه" EGP. Two marks have no ISO code and
 * are left out of the rate (printed): ₶ (the livre tournois) and ₿ (bitcoin; XBT is not ISO).
 */
const ISO: Readonly<Record<string, string>> = {
  '€': 'EUR',
  EUR: 'EUR',
  euro: 'EUR',
  $: 'USD',
  US$: 'USD',
  USD: 'USD',
  Kč: 'CZK',
  '£': 'GBP',
  '₤': 'GBP',
  GBP: 'GBP',
  'руб.': 'RUB',
  руб: 'RUB',
  'р.': 'RUB',
  Р: 'RUB',
  '₽': 'RUB',
  zł: 'PLN',
  Zł: 'PLN',
  PLN: 'PLN',
  pln: 'PLN',
  R$: 'BRL',
  'грн.': 'UAH',
  грн: 'UAH',
  '₴': 'UAH',
  DKK: 'DKK',
  Rp: 'IDR',
  تومان: 'IRR',
  ریال: 'IRR',
  '﷼': 'IRR',
  lei: 'RON',
  Lei: 'RON',
  LEI: 'RON',
  RON: 'RON',
  '₫': 'VND',
  đ: 'VND',
  Ft: 'HUF',
  HUF: 'HUF',
  TL: 'TRY',
  '₺': 'TRY',
  SGD: 'SGD',
  kr: 'SEK',
  CHF: 'CHF',
  'Fr.': 'CHF',
  '₪': 'ILS',
  Rs: 'INR',
  '₹': 'INR',
  NOK: 'NOK',
  C$: 'CAD',
  CA$: 'CAD',
  Br: 'BYN',
  'лв.': 'BGN',
  лв: 'BGN',
  AED: 'AED',
  درهم: 'AED',
  RM: 'MYR',
  NT$: 'TWD',
  ƒ: 'ANG',
  PTE: 'PTE',
  DEM: 'DEM',
  A$: 'AUD',
  AU$: 'AUD',
  AUD: 'AUD',
  원: 'KRW',
  円: 'JPY',
  جنيه: 'EGP',
  ريال: 'SAR',
  '฿': 'THB',
  Dinara: 'RSD',
  NZD: 'NZD',
  र: 'NPR',
  MX$: 'MXN',
  '؋': 'AFN',
  Lek: 'ALL',
  '֏': 'AMD',
  '₼': 'AZN',
  '৳': 'BDT',
  BZ$: 'BZD',
  'Nu.': 'BTN',
  KM: 'BAM',
  FBu: 'BIF',
  BD: 'BHD',
  '៛': 'KHR',
  CFA: 'XOF',
  FCFA: 'XAF',
  KMF: 'KMF',
  '₣': 'FRF',
  '₡': 'CRC',
  kn: 'HRK',
  CUC$: 'CUC',
  '₱': 'PHP',
  Fdj: 'DJF',
  RD$: 'DOP',
  Nfk: 'ERN',
  'GH₵': 'GHS',
  J$: 'JMD',
  KD: 'KWD',
  '₭': 'LAK',
  LD: 'LYD',
  MOP$: 'MOP',
  MK: 'MWK',
  Rf: 'MVR',
  UM: 'MRU',
  '₦': 'NGN',
  '₨': 'PKR',
  '₮': 'MNT',
  'B/.': 'PAB',
  'S/.': 'PEN',
  Db: 'STN',
  TSh: 'TZS',
  T$: 'TOP',
  TT$: 'TTD',
  DT: 'TND',
  USh: 'UGX',
  $U: 'UYU',
  VT: 'VUV',
  Bs: 'VES',
  ZK: 'ZMW',
  Z$: 'ZWL',
  GEL: 'GEL',
  FG: 'GNF',
};
const NOT_ISO = new Set(['₶', '₿']);

/** The suite's second argument is a currency as printed; our hint takes an ISO code. */
function hintOf(c: PriceCase, decimal?: ',' | '.') {
  return { currency: c.currency_hint ? findCurrency(c.currency_hint)?.code : undefined, decimal };
}

/** The suite's inputs include `None`; our contract takes strings, and an empty one has no amount. */
const read = (c: PriceCase, decimal?: ',' | '.') => parseAmount(c.input ?? '', hintOf(c, decimal));

function amountOk(c: PriceCase, decimal?: ',' | '.'): boolean {
  const r = read(c, decimal);
  if (c.amount === null) return r === null;
  return r !== null && Math.abs(r.value - Number(c.amount)) < 1e-9;
}

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)} % (${n}/${d})`;

describe('price-parser conformance', () => {
  const base = prices.filter((c) => !c.xfail && !c.decimal_separator_hint);

  it('has a mapping for every currency the suite names', () => {
    const unmapped = [...new Set(base.map((c) => c.currency).filter((m): m is string => m !== null && !ISO[m] && !NOT_ISO.has(m)))];
    expect(unmapped).toEqual([]);
  });

  it('reads at least 99 % of the amounts (cases not xfail, no decimal hint)', () => {
    const failures = base.filter((c) => !amountOk(c));
    console.log(`price-parser amounts: ${pct(base.length - failures.length, base.length)}`);
    for (const f of failures)
      console.log(`  amount miss: ${JSON.stringify(f.input)} → expected ${f.amount}, got ${JSON.stringify(read(f))}`);
    expect((base.length - failures.length) / base.length).toBeGreaterThanOrEqual(0.99);
  });

  it('names the right ISO currency in at least 95 % of the cases where the suite names one', () => {
    const named = base.filter((c) => c.currency !== null && ISO[c.currency]);
    const failures = named.filter((c) => read(c)?.currency !== ISO[c.currency!]);
    const left = base.filter((c) => c.currency !== null && NOT_ISO.has(c.currency));
    console.log(
      `price-parser currencies: ${pct(named.length - failures.length, named.length)}; left out, no ISO code: ${left.map((c) => `${JSON.stringify(c.input)} (${c.currency})`).join(', ')}`,
    );
    for (const f of failures)
      console.log(
        `  currency miss: ${JSON.stringify(f.input)} (hint ${JSON.stringify(f.currency_hint)}) → expected ${ISO[f.currency!]}, got ${read(f)?.currency ?? 'no amount, so no currency'}`,
      );
    expect((named.length - failures.length) / named.length).toBeGreaterThanOrEqual(0.95);
  });

  it('names no currency where the suite names none (reported)', () => {
    const none = base.filter((c) => c.currency === null);
    const invented = none.filter((c) => read(c)?.currency);
    console.log(`price-parser no currency where the suite has none: ${pct(none.length - invented.length, none.length)}`);
    for (const f of invented) console.log(`  invented: ${JSON.stringify(f.input)} → ${read(f)?.currency}`);
    expect(none.length).toBeGreaterThan(0);
  });

  it('reports the cases with a decimal-separator hint (not gated)', () => {
    const hinted = prices.filter((c) => !c.xfail && c.decimal_separator_hint);
    // The suite also hints "€" as a decimal separator ("1250€60"); our hint holds only , and .
    const sep = (c: PriceCase) =>
      c.decimal_separator_hint === ',' || c.decimal_separator_hint === '.' ? c.decimal_separator_hint : undefined;
    const ok = hinted.filter((c) => amountOk(c, sep(c)));
    console.log(`price-parser with decimal hint: ${pct(ok.length, hinted.length)}`);
    for (const f of hinted.filter((c) => !ok.includes(c)))
      console.log(
        `  hinted miss: ${JSON.stringify(f.input)} (${f.decimal_separator_hint}) → expected ${f.amount}, got ${JSON.stringify(read(f, sep(f)))}`,
      );
    expect(hinted.length).toBeGreaterThan(0);
  });
});

/**
 * dateparser's cases include four historical dates (1939, 1945, 1957 twice). Issue 3 wants
 * dates before 1970 refused on invoice pages, so the suite runs with the year window widened to
 * 1900–2100 through the `years` hint; the rate with the default window is printed beside it.
 */
const SUITE_YEARS: readonly [number, number] = [1900, 2100];

describe('dateparser conformance', () => {
  it.each(dates.map((d) => [d.input, d.lang, d.expected] as const))('reads %j (%s) as %s', (input, lang, expected) => {
    expect(parseDate(input, { lang, years: SUITE_YEARS })).toBe(expected);
  });

  it('prints the pass rate', () => {
    const ok = dates.filter((d) => parseDate(d.input, { lang: d.lang, years: SUITE_YEARS }) === d.expected);
    const strict = dates.filter((d) => parseDate(d.input, { lang: d.lang }) === d.expected);
    const refused = dates.filter((d) => !strict.includes(d)).map((d) => d.input);
    console.log(
      `dateparser dates: ${pct(ok.length, dates.length)}; with the default 1970–2100 window ${pct(strict.length, dates.length)}, refused: ${refused.join(' | ')}`,
    );
    expect(ok.length).toBe(dates.length);
    expect(refused.every((input) => /\b19[0-6]\d\b/.test(input))).toBe(true);
  });
});
