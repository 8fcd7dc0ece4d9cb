import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../../../lib/parse/normalize';
import { parseAmountFully, plainAmount, type AmountHint } from '../../../lib/parse/parse-amount';

const group = (digits: string, sep: string) => (sep ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep) : digits);

/** Amounts as lists print them, in both conventions, with and without marks, signs and grouping. */
const amountText = fc
  .record({
    whole: fc
      .oneof(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999_999_999 }), fc.bigInt({ min: 0n, max: 99_999_999_999_999n }))
      .map(String),
    cents: fc.integer({ min: 0, max: 99 }).map((c) => String(c).padStart(2, '0')),
    minus: fc.constantFrom('', '-', '−', ' -'),
    space: fc.constantFrom(' ', '\u00a0', '\u202f', '  ', '&nbsp;'),
    edge: fc.constantFrom('', '', ' ', '\u00a0'),
    style: fc.constantFrom('fr', 'en'),
    grouped: fc.boolean(),
    prefix: fc.constantFrom('', '€', '£', '$'),
    suffix: fc.constantFrom('', ' €', '€', ' EUR', 'EUR', ' £', ' GBP', ' $', ' CHF'),
  })
  .map(({ whole, cents, minus, space, edge, style, grouped, prefix, suffix }) => {
    const number = style === 'fr' ? `${group(whole, grouped ? space : '')},${cents}` : `${group(whole, grouped ? ',' : '')}.${cents}`;
    return `${edge}${minus}${prefix}${number}${suffix.replace(' ', space)}${edge}`;
  });

const hint: fc.Arbitrary<AmountHint> = fc.record(
  {
    lang: fc.constantFrom('fr', 'en', 'de', 'en-ca'),
    decimal: fc.constantFrom(',' as const, '.' as const),
    currency: fc.constantFrom('EUR', 'GBP', 'JPY', 'CHF'),
  },
  { requiredKeys: [] },
);

describe('the plain-amount reading', () => {
  it('agrees with the full reading wherever it answers', () => {
    fc.assert(
      fc.property(amountText, hint, (t, h) => {
        const plain = plainAmount(t, h);
        if (plain !== null) expect(plain).toEqual(parseAmountFully(t, h));
      }),
      { numRuns: 30_000 },
    );
  });

  it('answers only for clean text, so that parseAmount may skip cleaning before it', () => {
    fc.assert(
      fc.property(amountText, hint, (t, h) => {
        if (plainAmount(t, h) !== null) expect(clean(t).replace(/[−–—‒]/g, '-')).toBe(t);
      }),
      { numRuns: 30_000 },
    );
  });

  it.each([
    ['1 240,00 €', { lang: 'fr' }, { value: 1240, currency: 'EUR' }],
    ['-150,00 €', { lang: 'fr' }, { value: -150, currency: 'EUR' }],
    ['0,00 €', { lang: 'fr' }, { value: 0, currency: 'EUR' }],
    ['1 240,00', { lang: 'fr', currency: 'EUR' }, { value: 1240, currency: 'EUR' }],
    ['€1,240.00', { lang: 'en' }, { value: 1240, currency: 'EUR' }],
    ['£5,000.00', { lang: 'en' }, { value: 5000, currency: 'GBP' }],
  ])('answers for what lists print most: %s', (t, h, expected) => {
    expect(plainAmount(t, h)).toEqual(expected);
  });

  it.each([
    ['$1,240.00', { lang: 'en-ca' }],
    ['1.240,00 €', { lang: 'de' }],
    ['(150,00)', { lang: 'fr' }],
    ['1 240 ¥', { lang: 'fr', currency: 'JPY' }],
    ['12 450 € TTC', { lang: 'fr' }],
  ])('leaves the rest to the full reading: %s', (t, h) => {
    expect(plainAmount(t, h)).toBeNull();
  });
});
