import { describe, expect, it } from 'vitest';
import { detectDateOrder, detectDecimalSeparator, parseAmount, parseDate, parseStatus } from '../../../lib/parse';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('parseAmount', () => {
  it.each([
    ['1 234,56 €', 1234.56, 'EUR'],
    [`1${NBSP}234,56${NBSP}€`, 1234.56, 'EUR'],
    [`1${NNBSP}234,56${NBSP}€`, 1234.56, 'EUR'],
    ['1&nbsp;234,56&nbsp;&euro;', 1234.56, 'EUR'],
    ['1&#8239;234,56&#160;€', 1234.56, 'EUR'],
    ['1.234,56 €', 1234.56, 'EUR'],
    ['€1,234.56', 1234.56, 'EUR'],
    ["1'234.50 CHF", 1234.5, 'CHF'],
    ['1’234.50 CHF', 1234.5, 'CHF'],
    ['CHF 1\'234.50', 1234.5, 'CHF'],
    ['EUR 1234', 1234, 'EUR'],
    ['-150,00 €', -150, 'EUR'],
    ['−150,00 €', -150, 'EUR'],
    ['€ -150.00', -150, 'EUR'],
    ['(150.00)', -150, null],
    ['(€150.00)', -150, 'EUR'],
    ['12 450 € TTC', 12450, 'EUR'],
    ['12 450,00 € HT', 12450, 'EUR'],
    ['£1,500.00', 1500, 'GBP'],
    ['1.481.481,47 €', 1481481.47, 'EUR'],
    ['1,481,481.47 €', 1481481.47, 'EUR'],
    ['USD 99.90', 99.9, 'USD'],
    ['0,99 €', 0.99, 'EUR'],
    ['12€50', 12.5, 'EUR'],
    ['Montant : 2 500,00 €', 2500, 'EUR'],
    ['1.234,56', 1234.56, null],
  ])('reads %j as %d %s', (text, value, currency) => {
    expect(parseAmount(text)).toEqual({ value, currency });
  });

  it.each([
    ['1,234', {}, 1234],
    ['1,234', { lang: 'fr' }, 1.234],
    ['1.234', { lang: 'fr' }, 1234],
    ['1.234', { lang: 'de' }, 1234],
    ['1.234', { lang: 'en' }, 1.234],
    ['1,234', { decimal: ',' as const }, 1.234],
    ['1,234', { decimal: '.' as const }, 1234],
    ['1.234', { decimal: '.' as const }, 1.234],
  ])('resolves the ambiguous %j with %j as %d', (text, hint, value) => {
    expect(parseAmount(text, hint)?.value).toBe(value);
  });

  it('takes the currency from the hint when the text has none', () => {
    expect(parseAmount('1 240,00', { currency: 'EUR' })).toEqual({ value: 1240, currency: 'EUR' });
    expect(parseAmount('1 240,00 £', { currency: 'EUR' })).toEqual({ value: 1240, currency: 'GBP' });
  });

  it.each([['', null], ['—', null], ['N/A', null], ['40% off', null], ['1000000000000000 €', null], ['9'.repeat(400), null], ['x'.repeat(600), null]])('refuses %j', (text) => {
    expect(parseAmount(text)).toBeNull();
  });
});

describe('parseDate', () => {
  it.each([
    ['15/03/2026', {}, '2026-03-15'],
    ['03/15/2026', {}, '2026-03-15'],
    ['03/04/2026', { lang: 'fr' }, '2026-04-03'],
    ['03/04/2026', { lang: 'en-US' }, '2026-03-04'],
    ['03/04/2026', { order: 'MDY' as const }, '2026-03-04'],
    ['03/04/2026', { order: 'DMY' as const, lang: 'en' }, '2026-04-03'],
    ['2026-03-15', {}, '2026-03-15'],
    ['15 mars 2026', {}, '2026-03-15'],
    ['1er mars 2026', {}, '2026-03-01'],
    ['Mar 5, 2026', {}, '2026-03-05'],
    ['5 March 2026', {}, '2026-03-05'],
    ['05.03.2026', {}, '2026-03-05'],
    ['05.03.26', {}, '2026-03-05'],
    ['15/03/26', {}, '2026-03-15'],
    ['3. März 2026', {}, '2026-03-03'],
    ['15 de marzo de 2026', {}, '2026-03-15'],
    ['15 févr. 2026', {}, '2026-02-15'],
    ['Échéance : 14/02/2026', {}, '2026-02-14'],
  ])('reads %j %j as %s', (text, hint, expected) => {
    expect(parseDate(text, hint)).toBe(expected);
  });

  it.each([
    ['Due in 3 days', '2026-11-30'],
    ['due today', '2026-11-27'],
    ['en retard de 12 jours', '2026-11-15'],
    ['overdue by 9 days', '2026-11-18'],
    ['9 days overdue', '2026-11-18'],
    ['Échéance dans 5 jours', '2026-12-02'],
    ['il y a 2 jours', '2026-11-25'],
    ['Retard : 30 j', '2026-10-28'],
  ])('turns %j into a date from today', (text, expected) => {
    expect(parseDate(text, { today: '2026-11-27' })).toBe(expected);
  });

  it.each([['31/02/2026'], ['2026-13-01'], ['32/01/2026'], ['hello'], [''], ['12/1899/01'], ['Due in 3 days']])('refuses %j (no today for relative phrases)', (text) => {
    expect(parseDate(text)).toBeNull();
  });
});

describe('parseStatus', () => {
  it.each([
    ['Payée', { status: 'paid' }],
    ['Paid', { status: 'paid' }],
    ['Bezahlt', { status: 'paid' }],
    ['Pagada', { status: 'paid' }],
    ['Impayée', { status: 'open' }],
    ['Non payée', { status: 'open' }],
    ['Not paid', { status: 'open' }],
    ['Unpaid', { status: 'open' }],
    ['Offen', { status: 'open' }],
    ['Pendiente', { status: 'open' }],
    ['En retard', { status: 'open', overdue: true }],
    ['Overdue', { status: 'open', overdue: true }],
    ['Überfällig', { status: 'open', overdue: true }],
    ['Vencida', { status: 'open', overdue: true }],
    ['Partiellement payée', { status: 'partial' }],
    ['Partially paid', { status: 'partial' }],
    ['Teilweise bezahlt', { status: 'partial' }],
    ['Pago parcial', { status: 'partial' }],
    ['Started', { status: 'partial' }],
    ['Brouillon', { status: 'draft' }],
    ['Draft (needs to be validated)', { status: 'draft' }],
    ['Entwurf', { status: 'draft' }],
    ['Borrador', { status: 'draft' }],
    ['Abandonnée', { status: 'cancelled' }],
    ['Abandoned', { status: 'cancelled' }],
    ['Void', { status: 'cancelled' }],
    ['Storniert', { status: 'cancelled' }],
    ['Anulada', { status: 'cancelled' }],
    ['En litige', { status: 'disputed' }],
    ['Disputed', { status: 'disputed' }],
    ['Bestritten', { status: 'disputed' }],
    ['Avoir', { kind: 'credit-note' }],
    ['Credit note – Paid', { kind: 'credit-note', status: 'paid' }],
    ['Gutschrift', { kind: 'credit-note' }],
  ])('reads %j', (text, expected) => {
    expect(parseStatus(text)).toEqual(expected);
  });

  it.each([['Boulangerie Dupont'], ['FA2601-0001'], ['']])('finds no status in %j', (text) => expect(parseStatus(text)).toBeNull());
});

describe('page-level hints', () => {
  it.each([
    [['01/02/2026', '14/02/2026'], undefined, 'DMY'],
    [['01/02/2026', '02/14/2026'], undefined, 'MDY'],
    [['01/02/2026'], 'fr', 'DMY'],
    [['01/02/2026'], 'en-US', 'MDY'],
    [['01/02/2026'], undefined, null],
  ])('date order of %j (lang %s) is %s', (samples, lang, order) => expect(detectDateOrder(samples, lang)).toBe(order));

  it.each([
    [['1 234,56 €', '1,234'], undefined, ','],
    [['1,234.56 €'], 'fr', '.'],
    [['12,50 €'], undefined, ','],
    [['1,234'], 'fr', ','],
    [['1,234'], undefined, null],
  ])('decimal separator of %j (lang %s) is %s', (samples, lang, sep) => expect(detectDecimalSeparator(samples, lang)).toBe(sep));
});
