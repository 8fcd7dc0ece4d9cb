import { describe, expect, it } from 'vitest';
import { money, plausibleDate, toCandidate, type RawInvoice } from '../../../lib/capture/candidate';
import { findEmail } from '../../../lib/capture/parts';

const FR = { lang: 'fr', currency: 'EUR', today: '2026-11-22' };
const eur = (minor: number) => ({ minor, currency: 'EUR' });
const read = (raw: Partial<RawInvoice>, defaults = {}) => toCandidate({ number: 'F-1', ...raw }, FR, 'table', 0.5, defaults);

describe('amounts', () => {
  it.each([
    ['the total incl. tax when shown', { total: '1 200,00 €', totalExcl: '1 000,00 €', tax: '200,00 €' }, eur(120_000)],
    ['excl. tax plus tax when only those are shown', { totalExcl: '1 000,00 €', tax: '200,00 €' }, eur(120_000)],
    ['excl. tax alone as a last resort', { totalExcl: '1 000,00 €' }, eur(100_000)],
  ])('takes %s for the total', (_what, raw, total) => {
    expect(read(raw)?.total).toEqual(total);
  });

  it.each([
    ['what is left to pay when shown', { total: '100,00 €', amountDue: '40,00 €', paid: '10,00 €' }, eur(4000)],
    ['the total less what was paid otherwise', { total: '100,00 €', paid: '60,00 €' }, eur(4000)],
  ])('takes %s for the amount due', (_what, raw, due) => {
    expect(read(raw)?.amountDue).toEqual(due);
  });

  it('drops an amount beyond Money’s bounds but keeps the invoice', () => {
    const got = read({ total: '1 000 000 000 000,00 €', client: 'Acme' });
    expect(got).toMatchObject({ number: 'F-1', clientName: 'Acme' });
    expect(got?.total).toBeUndefined();
  });

  it('reads each distinct text once per table, through the memo', () => {
    const memo = new Map();
    expect(money('0,00 €', { ...FR, memo })).toEqual(eur(0));
    memo.set('0,00 €', eur(999));
    expect(money('0,00 €', { ...FR, memo })).toEqual(eur(999));
  });
});

describe('status', () => {
  it.each([
    ['the row’s own word first', { status: 'Payée', paid: '10,00 €', amountDue: '5,00 €' }, { status: 'draft' }, 'paid'],
    ['a provisional number over any word', { number: '(PROV3)', status: 'Impayée' }, {}, 'draft'],
    ['part paid from what was paid and is due', { total: '100,00 €', paid: '40,00 €' }, { status: 'open' }, 'partial'],
    ['paid when nothing is left after a payment', { total: '100,00 €', paid: '100,00 €' }, {}, 'paid'],
    ['the table’s caption last', { total: '100,00 €', paid: '0,00 €' }, { status: 'open' }, 'open'],
    ['nothing when nothing says it', { total: '100,00 €' }, {}, undefined],
  ])('takes %s', (_what, raw, defaults, status) => {
    expect(read(raw, defaults)?.status).toBe(status);
  });

  it.each([
    ['a credit-note word', { status: 'Avoir', total: '120,00 €' }],
    ['a type column', { type: 'Credit note', total: '120,00 €' }],
    ['a negative total', { total: '-120,00 €' }],
  ])('recognises a credit note from %s', (_what, raw) => {
    expect(read(raw)?.kind).toBe('credit-note');
  });
});

describe('dates', () => {
  it.each([
    ['01/01/1900', undefined],
    ['31/12/2999', undefined],
    ['01/01/1996', '1996-01-01'],
    ['01/01/1995', undefined],
    ['31/12/2031', '2031-12-31'],
    ['01/01/2032', undefined],
    ['31/02/2026', undefined],
  ])('keeps %j only within 30 years before and 5 after today: %s', (text, date) => {
    expect(plausibleDate(text, { ...FR, order: 'DMY' })).toBe(date);
  });

  it('falls back to 1970–2100 when no today is given', () => {
    expect(plausibleDate('01/01/1971', { lang: 'fr' })).toBe('1971-01-01');
    expect(plausibleDate('01/01/2150', { lang: 'fr' })).toBeUndefined();
  });
});

describe('client and e-mail', () => {
  it.each([
    ['Contact: ACCOUNTS@Northwind.co.uk', 'accounts@northwind.co.uk'],
    ['mailto-ish <a.b+c@d-e.fr>', 'a.b+c@d-e.fr'],
    ['two dots in a row a..b@x.com', undefined],
    ['"<script>"@evil.com', undefined],
    ['no address here', undefined],
    ['user@localhost', undefined],
  ])('finds in %j: %s', (text, email) => expect(findEmail(text)).toBe(email));

  it.each([
    ['a name without letters', '1234', undefined],
    ['a name that is the number itself', 'F-1 (copy)', undefined],
    ['a name of 5,000 characters, cut to 200', 'A'.repeat(5000), 'A'.repeat(200)],
    ['markup, as text', '<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
  ])('keeps %s right', (_what, client, name) => {
    expect(read({ client })?.clientName).toBe(name);
  });

  it('grows the confidence with each field found and keeps it within 0..1', () => {
    const bare = read({})!.confidence;
    const full = read({ client: 'Acme', total: '1,00 €', dueDate: '01/12/2026', issueDate: '01/11/2026', status: 'Impayée' })!.confidence;
    expect(full).toBeGreaterThan(bare);
    expect(
      toCandidate(
        { number: 'F-1', client: 'A', total: '1,00 €', dueDate: '01/12/2026', issueDate: '01/11/2026', status: 'Payée' },
        FR,
        'table',
        0.9,
      )!.confidence,
    ).toBe(1);
  });
});
