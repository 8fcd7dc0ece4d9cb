// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractInvoices } from '../../../lib/capture';

/**
 * Single-invoice pages read as a person reads them: a credit note known by its number's label
 * ("Credit Memo #", "Avoir n°", "Gutschrift Nr."), an amount under a label that also names an
 * invoice ("Facturé : 14 940,00") that is no number, and a view whose heading is the number alone
 * beside a sidebar of other invoices, which gives that one invoice only.
 */
const TODAY = '2026-12-03';
const doc = (lang: string, body: string, title = 'Document') =>
  new DOMParser().parseFromString(`<html lang="${lang}"><head><title>${title}</title></head><body>${body}</body></html>`, 'text/html');
const pairs = (rows: [string, string][]) => `<table>${rows.map(([l, v]) => `<tr><td>${l}</td><td>${v}</td></tr>`).join('')}</table>`;

describe('a credit note known by its number label', () => {
  it.each([
    ['en', 'Credit Memo #', 'CM-2026-007', 'Date', 'November 27, 2026', 'Customer', 'Total Credit', '$379.32', 'USD'],
    ['en', 'Credit Note No.', 'CN-88', 'Date', 'November 27, 2026', 'Customer', 'Total', '$379.32', 'USD'],
    ['fr', 'Avoir n°', 'AV-2026-12', 'Date', '27/11/2026', 'Client', "Montant de l'avoir", '379,32 €', 'EUR'],
    ['de', 'Gutschrift Nr.', 'GS-2026-3', 'Datum', '27.11.2026', 'Kunde', 'Gutschriftsbetrag', '379,32 €', 'EUR'],
  ])(
    'reads %s "%s" as a credit note owing back its total',
    (lang, label, number, dateLabel, date, clientLabel, totalLabel, total, currency) => {
      const page = doc(
        lang,
        `<h1>Papeterie Lenoir</h1>${pairs([
          [label, number],
          [dateLabel, date],
        ])}<p><b>${clientLabel}</b><br>Brasserie du Port</p>${pairs([[totalLabel, total]])}`,
      );
      const [found, ...more] = extractInvoices(page, { today: TODAY });
      expect(more).toEqual([]);
      expect(found).toMatchObject({ number, kind: 'credit-note', issueDate: '2026-11-27', total: { minor: -37_932, currency } });
    },
  );
});

describe('an amount under a label that names an invoice', () => {
  it.each([
    ['fr', 'Facturé :', '14 940,00', 'FA2611-0219 – Facture'],
    ['en', 'Invoiced:', '14,940.00', 'INV-0219 – Invoice'],
    ['de', 'Rechnungsbetrag:', '14.940,00', 'RE-0219 – Rechnung'],
  ])('is no number: the invoice is the one the title names (%s)', (lang, label, amount, title) => {
    const page = doc(
      lang,
      pairs([
        [label, amount],
        ['Total', amount],
      ]),
      title,
    );
    expect(extractInvoices(page, { today: TODAY }).map((f) => f.number)).toEqual([title.split(' ')[0]]);
  });
});

describe('a view headed by its number beside a sidebar of others', () => {
  it.each(['INV-2026-0091', '#2026-0091'])('gives the invoice headed %s, not the sidebar', (heading) => {
    const number = heading.replace('#', '');
    const others = ['0088', '0092', '0094'].map((n) => `2026-${n}`);
    const side = [...others.slice(0, 1), number, ...others.slice(1)]
      .map(
        (n, i) =>
          `<a class="item" href="#"><span>Client ${i} LLC</span><span>${n === number ? number : `INV-${n}`}</span><span>$${i + 1},000.00</span><span>SENT</span></a>`,
      )
      .join('');
    const page = doc(
      'en',
      `<aside>${side}</aside><main><h2>${heading}</h2>${pairs([
        ['Invoice Number', number],
        ['Invoice Date', '10/15/2026'],
      ])}<div><b>Bill To</b><br>Harborview Dental Group</div>${pairs([['Total', '$4,360.00']])}</main>`,
    );
    const found = extractInvoices(page, { today: TODAY });
    expect(found.map((f) => [f.number, f.clientName, f.total?.minor])).toEqual([[number, 'Harborview Dental Group', 436_000]]);
  });
});

describe('totals printed as the last rows of the line-items table', () => {
  it.each([
    ['en', 'Invoice #', 'Item', 'Qty', 'Subtotal', 'Tax', 'Total', 'Balance', '$', '.'],
    ['fr', 'Facture n°', 'Désignation', 'Qté', 'Total HT', 'TVA 20 %', 'Total TTC', 'Reste à payer', '€', ','],
    ['de', 'Rechnungsnummer', 'Artikel', 'Menge', 'Zwischensumme', 'MwSt. 19 %', 'Gesamtbetrag', 'Offener Betrag', '€', ','],
  ])('reads the total and the balance under the items (%s)', (lang, numberLabel, item, qty, sub, tax, total, balance, cur, dec) => {
    const m = (n: string) => (cur === '$' ? `$${n}` : `${n.replace('.', dec)} €`);
    const sums = [
      [sub, '2862.50'],
      [tax, '150.00'],
      [total, '3012.50'],
      [balance, '3012.50'],
    ]
      .map(([l, v]) => `<tr><td colspan="3">${l}</td><td>${m(v!)}</td></tr>`)
      .join('');
    const page = doc(
      lang,
      `${pairs([[numberLabel, 'IP-221']])}<table><thead><tr><th>${item}</th><th>${qty}</th><th>Price</th><th>Amount</th></tr></thead>
       <tbody><tr><td>Website</td><td>1</td><td>${m('2862.50')}</td><td>${m('2862.50')}</td></tr></tbody><tbody>${sums}</tbody></table>`,
    );
    const [found] = extractInvoices(page, { today: TODAY });
    const minor = 301_250;
    expect([found?.number, found?.total?.minor, found?.amountDue?.minor]).toEqual(['IP-221', minor, minor]);
  });
});
