import { describe, expect, it } from 'vitest';
import { detectDateOrder, detectDecimalSeparator, parseAmount, parseDate } from '../../../lib/parse';

describe('detectDateOrder', () => {
  it.each([
    [['01/02/2026', '14/02/2026'], undefined, 'DMY'],
    [['01/02/2026', '02/14/2026'], undefined, 'MDY'],
    // The numbers outweigh the language.
    [['01/02/2026', '14/02/2026'], 'en-US', 'DMY'],
    [['01/02/2026', '02/14/2026'], 'fr', 'MDY'],
    // One odd cell does not overrule a column.
    [['13/02/2026', '02/14/2026', '02/15/2026'], undefined, 'MDY'],
    [['14.02.2026'], undefined, 'DMY'],
    [['01/02/2026'], 'fr', 'DMY'],
    [['01/02/2026'], 'de-DE', 'DMY'],
    [['01/02/2026'], 'es', 'DMY'],
    [['01/02/2026'], 'it', 'DMY'],
    [['01/02/2026'], 'en-GB', 'DMY'],
    [['01/02/2026'], 'en-US', 'MDY'],
    [['01/02/2026'], 'en', 'MDY'],
    [['01/02/2026'], 'ja', 'YMD'],
    [['2026/03/15', '2026/04/01'], undefined, 'YMD'],
    [['Échéance : 15/03/2026', 'n/a', ''], undefined, 'DMY'],
    [['01/02/2026'], undefined, null],
    [[], undefined, null],
  ])('reads the order of %j (lang %s) as %s', (samples, lang, order) => {
    expect(detectDateOrder(samples, lang)).toBe(order);
  });
});

describe('detectDecimalSeparator', () => {
  it.each([
    [['1 234,56 €', '1,234'], undefined, ','],
    [['1\u202f234,56\u00a0€'], undefined, ','],
    [['1&nbsp;234,56&nbsp;&euro;'], undefined, ','],
    [['1.234,56 €'], undefined, ','],
    [['12,50 €'], undefined, ','],
    [['1.234.567'], undefined, ','],
    [['1,234.56 €'], 'fr', '.'],
    [["1'234.50 CHF"], undefined, '.'],
    [['12.50'], undefined, '.'],
    [['1,234,567'], undefined, '.'],
    [['1,234'], 'fr', ','],
    [['1,234'], 'en-US', '.'],
    [['1.234'], 'de', ','],
    [['1,234'], undefined, null],
    [['1.234'], undefined, null],
  ])('reads the separator of %j (lang %s) as %s', (samples, lang, sep) => {
    expect(detectDecimalSeparator(samples, lang)).toBe(sep);
  });
});

describe('page hints feed the parsers', () => {
  it('reads an ambiguous amount from the other amounts on the page', () => {
    const page = ['1,234', '12,345.67', '99.00'];
    const decimal = detectDecimalSeparator(page, 'fr') ?? undefined;
    expect(decimal).toBe('.');
    expect(parseAmount('1,234', { lang: 'fr', decimal })?.value).toBe(1234);
  });

  it('reads an ambiguous date from another date on the page', () => {
    const column = ['03/04/2026', '03/28/2026'];
    const order = detectDateOrder(column, 'fr') ?? undefined;
    expect(order).toBe('MDY');
    expect(parseDate('03/04/2026', { lang: 'fr', order })).toBe('2026-03-04');
  });
});
