// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractInvoices } from '../../../lib/capture';
import { readParts } from '../../../lib/capture/parts';

/**
 * What a person reads in a list that `textContent` glues or a header alone misleads: a name and an
 * e-mail set hard against each other, a header cell drawn as two lines naming two fields, a column
 * headed as a number that only some rows fill, a counterparty called "Party" beside a ledger
 * account, and one code repeated on every row (an account, not invoice numbers).
 */
const TODAY = '2026-12-03';
const doc = (lang: string, body: string) =>
  new DOMParser().parseFromString(`<html lang="${lang}"><body>${body}</body></html>`, 'text/html');
const table = (head: string[], rows: string[][]) =>
  `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;

describe('formatting set hard against another element', () => {
  it.each([
    ['<strong>Bakkerij Van den Berg</strong><em class="mail">info@vdberg.example</em>', ['Bakkerij Van den Berg', 'info@vdberg.example']],
    ['<b>Atelier Noé</b><i>compta@noe.example</i>', ['Atelier Noé', 'compta@noe.example']],
    ['Dupont <b>&amp;</b> Fils', ['Dupont & Fils']],
    ['<b>10010</b> Schreinerei Albrecht KG', ['10010 Schreinerei Albrecht KG']],
    ['<strong>Müller</strong> <em>&amp; Söhne</em>', ['Müller & Söhne']],
  ])('reads %s as %j', (html, parts) => {
    expect(readParts(doc('en', `<div id="c">${html}</div>`).getElementById('c')!)).toEqual(parts);
  });
});

describe('a header cell drawn as two lines, each naming a field', () => {
  const cases = [
    {
      lang: 'en',
      head: ['Due Date', 'Invoice Date'],
      who: ['Customer', 'Number'],
      amount: 'Amount',
      money: '$1,250.00',
      cur: 'USD',
      dates: ['Dec 18, 2026', 'Nov 18, 2026'],
    },
    {
      lang: 'fr',
      head: ['Échéance', 'Date'],
      who: ['Client', 'Numéro'],
      amount: 'Montant',
      money: '1 250,00 €',
      cur: 'EUR',
      dates: ['18/12/2026', '18/11/2026'],
    },
    {
      lang: 'de',
      head: ['Fällig am', 'Rechnungsdatum'],
      who: ['Kunde', 'Rechnungsnr.'],
      amount: 'Betrag',
      money: '1.250,00 €',
      cur: 'EUR',
      dates: ['18.12.2026', '18.11.2026'],
    },
  ];
  it.each(cases)('reads each line of the cells as its field ($lang)', (c) => {
    const lines = (a: string, b: string) => `<div>${a}</div><div class="small">${b}</div>`;
    const rows = ['A-101', 'A-102'].map((n, i) => [
      lines(c.dates[0]!, c.dates[1]!),
      lines(`Kunde ${i ? 'Zwei' : 'Eins'} GmbH`, n),
      c.money,
    ]);
    const found = extractInvoices(doc(c.lang, table([lines(c.head[0]!, c.head[1]!), lines(c.who[0]!, c.who[1]!), c.amount], rows)), {
      today: TODAY,
    });
    expect(found.map((f) => [f.number, f.clientName, f.issueDate, f.dueDate, f.total])).toEqual(
      ['A-101', 'A-102'].map((n, i) => [
        n,
        `Kunde ${i ? 'Zwei' : 'Eins'} GmbH`,
        '2026-11-18',
        '2026-12-18',
        { minor: 125_000, currency: c.cur },
      ]),
    );
  });
});

describe('a column headed as a number that only some rows fill', () => {
  it.each([
    ['es', ['Código', 'Número 2', 'Cliente', 'Total'], '1.210,00 €'],
    ['en', ['ID', 'Number 2', 'Customer', 'Total'], '$1,210.00'],
    ['fr', ['Réf.', 'N° 2', 'Client', 'Total'], '1 210,00 €'],
  ])('takes the column filled on every row for the invoice number (%s)', (lang, head, money) => {
    const rows = [
      ['FAC2026A0001', 'PED-1', 'Hostal Sol', money],
      ['FAC2026A0002', '', 'Bar Luna', money],
      ['FAC2026A0003', 'OC 7', 'Clínica Mar', money],
    ];
    const found = extractInvoices(doc(lang, table(head, rows)), { today: TODAY });
    expect(found.map((f) => [f.number, f.clientName])).toEqual(rows.map((r) => [r[0], r[2]]));
  });
});

describe('a ledger report: the party, the voucher, an account on every row', () => {
  it('reads the party as the client and the voucher as the number, never the receivable account', () => {
    const rows = [
      ['2026-11-04', 'Brightwater Ltd', '1310 - Debtors - NMS', 'SINV-0418', '$ 8,420.00'],
      ['2026-10-12', 'Kestrel Services', '1310 - Debtors - NMS', 'SINV-0391', '$ 3,150.00'],
      ['2026-09-02', 'Lumen Optics', '1310 - Debtors - NMS', 'SINV-0287', '$ 5,600.00'],
    ];
    const head = ['Posting Date', 'Party', 'Receivable Account', 'Voucher No', 'Outstanding Amount'];
    const found = extractInvoices(doc('en', table(head, rows)), { today: TODAY });
    expect(found.map((f) => [f.number, f.clientName])).toEqual(rows.map((r) => [r[3], r[1]]));
  });

  it('does not take one code repeated on every row for the invoice numbers', () => {
    const rows = [
      ['Brightwater Ltd', '1310 - Debtors', 'SINV-0418', '$ 8,420.00'],
      ['Kestrel Services', '1310 - Debtors', 'SINV-0391', '$ 3,150.00'],
      ['Lumen Optics', '1310 - Debtors', 'SINV-0287', '$ 5,600.00'],
    ];
    const found = extractInvoices(doc('en', table(['Customer', 'Ledger', 'Ref', 'Amount'], rows)), { today: TODAY });
    expect(found.map((f) => f.number)).toEqual(rows.map((r) => r[2]));
  });
});

describe('a column of icons whose labels say the status', () => {
  it.each([
    ['es', 'Pagada', 'Pagada', 'Sin pagar', '290,40 €'],
    ['en', 'Paid', 'Paid', 'Unpaid', '$290.40'],
    ['de', 'Bezahlt', 'Bezahlt', 'Offen', '290,40 €'],
  ])('reads each icon title as the row status (%s)', (lang, head, paid, unpaid, money) => {
    const icon = (label: string, attr: string) => `<i class="fas fa-${label === paid ? 'check' : 'times'}" ${attr}="${label}"></i>`;
    const rows = [
      ['A-1', 'Hostal Sol', money, icon(paid, 'title')],
      ['A-2', 'Bar Luna', money, icon(unpaid, 'title')],
      ['A-3', 'Clínica Mar', money, icon(unpaid, 'aria-label')],
    ];
    const found = extractInvoices(doc(lang, table(['#', 'Client', 'Total', head], rows)), { today: TODAY });
    expect(found.map((f) => [f.number, f.status])).toEqual([
      ['A-1', 'paid'],
      ['A-2', 'open'],
      ['A-3', 'open'],
    ]);
  });
});
