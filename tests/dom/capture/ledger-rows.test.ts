// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractInvoices } from '../../../lib/capture';

/**
 * Three ways a list says what a person reads without printing it in the row: a customer named once
 * in a group row above its invoices with its account number in front, a status shown only as an
 * icon's label, a credit note on a debit/credit ledger shown only in the credit column.
 */
const TODAY = '2026-12-03';
const doc = (body: string, lang: string) =>
  new DOMParser().parseFromString(`<html lang="${lang}"><body>${body}</body></html>`, 'text/html');
const read = (body: string, lang = 'de') => extractInvoices(doc(body, lang), { today: TODAY });

const ledger = (groups: [label: string, rows: string][]) =>
  '<table><thead><tr><th>Beleg-Nr.</th><th>Belegdatum</th><th>Fällig am</th><th>Soll</th><th>Haben</th><th>Saldo</th></tr></thead><tbody>' +
  groups.map(([label, rows]) => `<tr><td colspan="6">${label}</td></tr>${rows}`).join('') +
  '</tbody></table><p>Beträge in EUR</p>';
const line = (n: string, soll: string, haben: string, saldo: string) =>
  `<tr><td>${n}</td><td>02.10.2026</td><td>01.11.2026</td><td>${soll}</td><td>${haben}</td><td>${saldo}</td></tr>`;

describe('a group row naming the customer after its account number', () => {
  const NAMES = ['Schreinerei Albrecht KG', 'Praxis Dr. Yilmaz', 'Hofmann Medientechnik GmbH', 'Bäckerei Sommer'];
  // Generated: account numbers of five to eight digits, set off by a space alone or inside their own element.
  const cases = [10010, 240517, 7001234, 69999001].flatMap((code, i): [string, string][] => {
    const [name, other] = [NAMES[i]!, NAMES[3 - i]!];
    return [
      [`${code} ${name}`, name],
      [`<b>${code}</b> ${other}`, other],
    ];
  });
  it.each(cases)('reads %s as the client of the rows under it', (label, name) => {
    const found = read(ledger([[label, line('RE-1', '100,00 €', '', '100,00 €') + line('RE-2', '50,00 €', '', '50,00 €')]]));
    expect(found.map((f) => [f.number, f.clientName])).toEqual([
      ['RE-1', name],
      ['RE-2', name],
    ]);
  });

  it.each(['2026 Oktober', '12 Rue de la Paix', '1234 Main Street'])(
    'takes no client from "%s" (a year, an address: too few digits)',
    (label) => {
      const found = read(ledger([[label, line('RE-1', '100,00 €', '', '100,00 €') + line('RE-2', '50,00 €', '', '50,00 €')]]));
      expect(found.map((f) => f.number)).toEqual(['RE-1', 'RE-2']);
      for (const f of found) expect(f.clientName).toBeUndefined();
    },
  );
});

describe('a status shown only as an icon', () => {
  const list = (icons: string[]) =>
    `<table><thead><tr><th><span class="sr-only">Status</span></th><th>No.</th><th>Client</th><th>Total</th><th>Due</th></tr></thead><tbody>` +
    icons
      .map((icon, i) => `<tr><td>${icon}</td><td>R-${i + 1}</td><td>Client ${i + 1}</td><td>100,00 €</td><td>100,00 €</td></tr>`)
      .join('') +
    '</tbody></table>';
  it.each([
    ['de', '<i role="img" aria-label="Storniert"></i>', 'cancelled'],
    ['de', '<span class="icon" title="Entwurf"></span>', 'draft'],
    ['fr', '<img src="x.svg" alt="Annulée">', 'cancelled'],
    ['fr', '<svg role="img" aria-label="Payée"></svg>', 'paid'],
    ['en', '<i class="fa fa-ban" title="Void"></i>', 'cancelled'],
  ])('(%s) reads %s as %s', (lang, icon, status) => {
    const found = read(list([icon, icon]), lang);
    expect(found.map((f) => f.status)).toEqual([status, status]);
  });

  it('keeps the words of a cell before its icon', () => {
    const found = read(list(['<i title="Storniert"></i> Bezahlt', '<i title="Storniert"></i> Bezahlt']));
    expect(found.map((f) => f.status)).toEqual(['paid', 'paid']);
  });
});

describe('a credit on a debit/credit ledger', () => {
  it('reads a line with only a credit, owed back whole, as a credit note of that amount', () => {
    const found = read(ledger([['10010 Kunde GmbH', line('RE-1', '100,00', '', '100,00') + line('GU-1', '', '30,00', '-30,00')]]));
    expect(found.find((f) => f.number === 'GU-1')).toMatchObject({ total: { minor: -3000, currency: 'EUR' }, kind: 'credit-note' });
  });

  it('invents no total when the credit is not the whole balance', () => {
    const found = read(ledger([['10010 Kunde GmbH', line('RE-1', '100,00', '', '100,00') + line('GU-1', '', '30,00', '-20,00')]]));
    const gu = found.find((f) => f.number === 'GU-1');
    expect(gu?.total).toBeUndefined();
  });
});
