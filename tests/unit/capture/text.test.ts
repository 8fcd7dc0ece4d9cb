import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { captionStatus } from '../../../lib/capture/header';
import { headerKey, isDraftNumber, looksLikeNumber } from '../../../lib/capture/text';

describe('invoice numbers', () => {
  it.each([
    'FA2611-0012',
    'AV2602-0001',
    '(PROV13)',
    'PROV-7',
    'INV-2026-0107',
    '2026/0301',
    'R-2026/0007',
    'F-2026-001',
    'RE-10231',
    'DRAFT-31',
    '10231',
  ])('takes %j for a number', (token) => {
    expect(looksLikeNumber(token)).toBe(true);
  });

  it.each([
    ['no digit', 'Total'],
    ['a date', '12/10/2026'],
    ['an ISO date', '2026-10-12'],
    ['an amount', '1,234.00'],
    ['an amount with cents', '120,50'],
    ['one character', '7'],
    ['too long', `X${'1'.repeat(45)}`],
    ['markup', '<img src=x onerror=alert(1)>'],
    ['a script URL', 'javascript:alert(1)'],
    ['a dash', '—'],
  ])('refuses %s (%j)', (_what, token) => {
    expect(looksLikeNumber(token)).toBe(false);
  });

  it('reads tokens by their codes exactly as the patterns that define a number do', () => {
    // The definition: a provisional reference, or a code of letters, digits and . _ / - that is neither a date nor an amount.
    const NUMBER = /^(?:\(?PROV[-\s]?\d+\)?|[A-Z0-9][A-Z0-9._/-]{1,38})$/i;
    const reference = (t: string) =>
      t.length >= 2 &&
      t.length <= 40 &&
      /\d/.test(t) &&
      NUMBER.test(t) &&
      !/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(t) &&
      !/^\d{4}-\d{2}-\d{2}$/.test(t) &&
      !/^\d+[.,]\d{2}$/.test(t) &&
      !/^\d{1,3}([.,]\d{3})+([.,]\d+)?$/.test(t);
    const chars = fc.constantFrom(
      '1',
      '2',
      '0',
      '9',
      'F',
      'a',
      'P',
      'R',
      'O',
      'V',
      'v',
      '.',
      ',',
      '-',
      '/',
      '_',
      '(',
      ')',
      ' ',
      'é',
      'ſ',
      'K',
      '#',
    );
    const long = fc.array(fc.constantFrom('1', 'F', 'a', '-', '.', '/', '_'), { minLength: 36, maxLength: 42 }).map((a) => a.join(''));
    const token = fc.oneof(
      long,
      fc.array(chars, { maxLength: 42 }).map((a) => a.join('')),
      fc.stringMatching(/^\(?(PROV|prov|Prov)[- ]?\d{1,6}\)?$/),
      fc.stringMatching(/^\d{1,4}[./-]\d{1,3}([./-]\d{1,4})?$/),
    );
    fc.assert(
      fc.property(token, (t) => looksLikeNumber(t) === reference(t)),
      { numRuns: 30_000 },
    );
  });

  it.each([
    ['(PROV13)', true],
    ['PROV14', true],
    ['(12)', true],
    ['FA2611-0012', false],
    ['DRAFT-31', false],
  ])('knows whether %j is a provisional number: %s', (n, draft) => {
    expect(isDraftNumber(n)).toBe(draft);
  });
});

describe('header keys', () => {
  it.each([
    ['N° facture ▲', 'n° facture'],
    ['Échéance :', 'echeance'],
    ['Client (12)', 'client'],
    ['  Montant\u00a0TTC ', 'montant ttc'],
    ['Invoices 8', 'invoices'],
  ])('reads %j as %j', (header, key) => expect(headerKey(header)).toBe(key));
});

describe('what a caption says of every row', () => {
  it.each([
    ['Unpaid customer invoices 8', 'open'],
    ['Factures clients impayées 8', 'open'],
    ['Customer draft invoices2', 'draft'],
    ['Factures clients brouillons2', 'draft'],
    ['Offene Rechnungen', 'open'],
    ['Bezahlte Rechnungen', 'paid'],
    ['Facturas pendientes', 'open'],
    ['Overdue invoices', 'open'],
    ['Latest 3 customer invoices', undefined],
    ['Les 3 dernières factures client', undefined],
    ['Customer invoices (15)', undefined],
  ])('%j: %s', (caption, status) => expect(captionStatus(caption)).toBe(status));
});
