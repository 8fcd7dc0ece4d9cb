import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../lib/parse';

/** Every way a page separates digit groups and units: typed, decoded and still-encoded spaces. */
const SPACES: ReadonlyArray<readonly [string, string]> = [
  ['U+0020', ' '],
  ['U+00A0', '\u00a0'],
  ['U+202F', '\u202f'],
  ['U+2009', '\u2009'],
  ['&nbsp;', '&nbsp;'],
  ['&#160;', '&#160;'],
  ['&#8239;', '&#8239;'],
  ['&#x202F;', '&#x202F;'],
];

/** Formats of issue 3, `_` standing for the space under test. */
const FORMATS: ReadonlyArray<readonly [string, number, string | null]> = [
  ['1_234,56_€', 1234.56, 'EUR'],
  ['1.234,56_€', 1234.56, 'EUR'],
  ['1_234_567,89_€', 1234567.89, 'EUR'],
  ['€_1,234.56', 1234.56, 'EUR'],
  ["1'234.50_CHF", 1234.5, 'CHF'],
  ['1’234.50_CHF', 1234.5, 'CHF'],
  ["CHF_1'234.50", 1234.5, 'CHF'],
  ["Fr._1'234.50", 1234.5, 'CHF'],
  ['1_234.50_CHF', 1234.5, 'CHF'],
  ['EUR_1234', 1234, 'EUR'],
  ['1.234,56_EUR', 1234.56, 'EUR'],
  ['-150,00_€', -150, 'EUR'],
  ['(150.00)', -150, null],
  ['(1_234,56_€)', -1234.56, 'EUR'],
  ['12_450_€_TTC', 12450, 'EUR'],
  ['12_450,00_€_HT', 12450, 'EUR'],
  ['Total_TTC_:_1_500,00_€', 1500, 'EUR'],
  ['£1,500.00', 1500, 'GBP'],
  ['USD_99.90', 99.9, 'USD'],
];

describe('parseAmount: the formats of issue 3 with every kind of space', () => {
  const cases = SPACES.flatMap(([name, space]) =>
    FORMATS.map(([format, value, currency]) => [format.replaceAll('_', space), name, value, currency] as const),
  );
  it.each(cases)('reads %j (%s) as %d %s', (text, _space, value, currency) => {
    expect(parseAmount(text)).toEqual({ value, currency });
  });
});

describe('parseAmount: entities, signs and suffixes', () => {
  it.each([
    ['1&nbsp;234,56&nbsp;&euro;', 1234.56, 'EUR'],
    ['&euro;1,234.56', 1234.56, 'EUR'],
    ['1 234,56 &#8364;', 1234.56, 'EUR'],
    ['1&#x202f;234,56&#xa0;&#x20AC;', 1234.56, 'EUR'],
    ['&pound;12.50', 12.5, 'GBP'],
    // Escaped once too often, as tooltips and data attributes carry it.
    ['1&amp;nbsp;234,56&amp;nbsp;&amp;euro;', 1234.56, 'EUR'],
    ['−150,00 €', -150, 'EUR'],
    ['– 150,00 €', -150, 'EUR'],
    ['&minus;150,00&nbsp;€', -150, 'EUR'],
    ['€ -150.00', -150, 'EUR'],
    ['-€150', -150, 'EUR'],
    ['€-150', -150, 'EUR'],
    ['(€150.00)', -150, 'EUR'],
    ['150,00-', -150, null],
    ['150,00 €-', -150, 'EUR'],
    ['150,00- €', -150, 'EUR'],
    ['€1,234.56-', -1234.56, 'EUR'],
    ['1.234,- €', 1234, 'EUR'],
    ['50,- Kč', 50, 'CZK'],
    ["CHF 1'234.–", 1234, 'CHF'],
    ['1 234,56 € TTC (1 028,80 € HT)', 1234.56, 'EUR'],
    ['Total : 1 234,56 € dont TVA 20 %', 1234.56, 'EUR'],
    ['1 234,56 € / mois', 1234.56, 'EUR'],
    ['Solde dû : 2 345,00 €', 2345, 'EUR'],
    ['12€50', 12.5, 'EUR'],
    ['0,99 €', 0.99, 'EUR'],
    ['0,00 €', 0, 'EUR'],
    ['-0,00 €', 0, 'EUR'],
    ['1.481.481,47 €', 1481481.47, 'EUR'],
    ['1,481,481.47 €', 1481481.47, 'EUR'],
    ['1.234,56', 1234.56, null],
    ['9 999 999 999 999,99 €', 9999999999999.99, 'EUR'],
  ])('reads %j as %d %s', (text, value, currency) => {
    expect(parseAmount(text)).toEqual({ value, currency });
  });
});

describe('parseAmount: currency from symbol, code or hint, as ISO 4217', () => {
  it.each([
    ['$1,234.56', {}, 'USD'],
    ['US$ 12', {}, 'USD'],
    ['12 USD', {}, 'USD'],
    ['$1,190.00 AUD', {}, 'AUD'],
    ['CA$ 12', {}, 'CAD'],
    ['$12', { lang: 'en-CA' }, 'CAD'],
    ['12 eur', {}, 'EUR'],
    ['12 euros', {}, 'EUR'],
    ['Fr. 12.50', {}, 'CHF'],
    ['kr 1.234,50', {}, 'SEK'],
    ['1 234 zł', {}, 'PLN'],
    ['₹1,23,456.00', {}, 'INR'],
    ['¥1,234', {}, 'JPY'],
    ['1 240,00', { currency: 'EUR' }, 'EUR'],
    ['1 240,00 £', { currency: 'EUR' }, 'GBP'],
    ['1 240,00', { currency: 'XYZ' }, null],
    ['1 240,00', {}, null],
  ])('names the currency of %j (hint %j) %s', (text, hint, currency) => {
    expect(parseAmount(text, hint)?.currency).toBe(currency);
  });
});

describe('parseAmount: ambiguous 1,234 and 1.234', () => {
  it.each([
    ['1,234', {}, 1234],
    ['1.234', {}, 1234],
    ['1,234', { lang: 'fr' }, 1.234],
    ['1,234', { lang: 'de-DE' }, 1.234],
    ['1.234', { lang: 'fr' }, 1234],
    ['1.234', { lang: 'es' }, 1234],
    ['1.234', { lang: 'it' }, 1234],
    ['1.234', { lang: 'en' }, 1.234],
    ['1.234', { lang: 'de-CH' }, 1.234],
    ['1,234', { lang: 'en-GB' }, 1234],
    ['1,234', { decimal: ',' as const }, 1.234],
    ['1,234', { decimal: '.' as const }, 1234],
    ['1.234', { decimal: '.' as const }, 1.234],
    ['1.234', { decimal: ',' as const }, 1234],
    // The page's separator wins over its language: amounts on it showed `1,234.56`.
    ['1,234', { lang: 'fr', decimal: '.' as const }, 1234],
    // A currency without minor units has no decimals to show.
    ['3,500円', { lang: 'fr' }, 3500],
    ['¥1,234', { decimal: ',' as const }, 1234],
    ['1,234 €', { lang: 'fr' }, 1.234],
  ])('reads %j with %j as %d', (text, hint, value) => {
    expect(parseAmount(text, hint)?.value).toBe(value);
  });
});

describe('parseAmount: refusals', () => {
  it.each([
    [''],
    ['—'],
    ['N/A'],
    ['40% off'],
    ['12,5 %'],
    ['Infinity €'],
    ['NaN'],
    ['10000000000000 €'],
    ['-10000000000000 €'],
    ['1000000000000000 €'],
    ['9'.repeat(400)],
    ['x'.repeat(600)],
  ])('refuses %j', (text) => {
    expect(parseAmount(text)).toBeNull();
  });

  it('refuses what is not a string', () => {
    expect(parseAmount(undefined as unknown as string)).toBeNull();
    expect(parseAmount(12 as unknown as string)).toBeNull();
  });

  it('returns only finite amounts under 10^13 and ISO codes, whatever the text', () => {
    const text = fc.oneof(fc.string({ maxLength: 40 }), fc.stringMatching(/^[-(€$£ ]{0,2}[0-9 .,'\u00a0\u202f]{1,30}[ €$£)A-Z-]{0,4}$/));
    fc.assert(
      fc.property(text, fc.constantFrom(undefined, 'fr', 'en-US', 'de-CH'), (t, lang) => {
        const r = parseAmount(t, { lang });
        if (r === null) return true;
        return Number.isFinite(r.value) && Math.abs(r.value) < 1e13 && (r.currency === null || /^[A-Z]{3}$/.test(r.currency));
      }),
      { numRuns: 2000 },
    );
  });
});
