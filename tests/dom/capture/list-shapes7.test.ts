// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractInvoices } from '../../../lib/capture';

/**
 * The list shapes of the seventh held-out round (blind7), each drawn here in other languages,
 * other apps' markup and with its look-alike that must not be read: a flat CSS grid, a board column
 * of one card, a client beside its avatar, a record page's party, aging group rows with lettered
 * account codes, a list folded in a `<details>` per customer, a statement titled with a dash.
 */
const TODAY = '2026-12-03';
const read = (html: string, lang = 'en') =>
  extractInvoices(new DOMParser().parseFromString(`<html lang="${lang}"><body>${html}</body></html>`, 'text/html'), { today: TODAY });
const pick = (found: ReturnType<typeof read>, ...keys: string[]) =>
  found.map((f) => Object.fromEntries(keys.map((k) => [k, (f as Record<string, unknown>)[k]])));

describe('a flat CSS grid: every cell a child of the list', () => {
  it.each([
    {
      lang: 'en',
      head: ['', 'Invoice #', 'Customer', 'Issued', 'Due', 'Total', 'Status', ''],
      rows: [
        [
          '<input type="checkbox">',
          'INV-2201',
          'Harbor Supply Co',
          'Nov 2, 2026',
          'Dec 2, 2026',
          '$1,200.00',
          'Overdue',
          '<button>⋯</button>',
        ],
        [
          '<input type="checkbox">',
          'INV-2202',
          'Quill &amp; Stone Studio',
          'Nov 9, 2026',
          'Dec 9, 2026',
          '$480.50',
          'Paid',
          '<button>⋯</button>',
        ],
      ],
      want: [
        { number: 'INV-2201', clientName: 'Harbor Supply Co', dueDate: '2026-12-02', status: 'open' },
        { number: 'INV-2202', clientName: 'Quill & Stone Studio', dueDate: '2026-12-09', status: 'paid' },
      ],
    },
    {
      lang: 'fr',
      head: ['Client', 'N° facture', 'Date', 'Échéance', 'Montant TTC'],
      rows: [
        ['Pharmacie du Marché', 'FA-0091', '02/11/2026', '02/12/2026', '1 234,50 €'],
        ['Cabinet Leroy', 'FA-0092', '05/11/2026', '05/12/2026', '860,00 €'],
        ['Garage Martin SARL', 'FA-0093', '12/11/2026', '12/12/2026', '95,00 €'],
      ],
      want: [
        { number: 'FA-0091', clientName: 'Pharmacie du Marché', dueDate: '2026-12-02', status: undefined },
        { number: 'FA-0092', clientName: 'Cabinet Leroy', dueDate: '2026-12-05', status: undefined },
        { number: 'FA-0093', clientName: 'Garage Martin SARL', dueDate: '2026-12-12', status: undefined },
      ],
    },
    {
      lang: 'de',
      head: ['Rechnungsnr.', 'Kunde', 'Fällig am', 'Betrag', 'Status'],
      rows: [
        [
          'RE-5501',
          '<span title="Müller &amp; Söhne Maschinenbau GmbH">Müller &amp; Söhne Masch…</span>',
          '15.12.2026',
          '2.380,00 €',
          'Offen',
        ],
        ['RE-5502', 'Bäckerei Schmidt', '20.12.2026', '119,00 €', 'Bezahlt'],
      ],
      want: [
        { number: 'RE-5501', clientName: 'Müller & Söhne Maschinenbau GmbH', dueDate: '2026-12-15', status: 'open' },
        { number: 'RE-5502', clientName: 'Bäckerei Schmidt', dueDate: '2026-12-20', status: 'paid' },
      ],
    },
  ])('reads its rows from its cells in order ($lang)', ({ lang, head, rows, want }) => {
    const cells = [...head, ...rows.flat()].map((c) => `<div>${c}</div>`).join('');
    const found = read(`<main><h1>Invoices</h1><div class="grid" style="display:grid">${cells}</div></main>`, lang);
    expect(pick(found, 'number', 'clientName', 'dueDate', 'status')).toEqual(want);
  });

  it('gives nothing for a flat grid of bills the user owes', () => {
    const cells = [
      'Bill #',
      'Vendor',
      'Due',
      'Amount',
      'B-901',
      'Stadtwerke Kiel',
      'Dec 1, 2026',
      '$231.00',
      'B-902',
      'Office Depot',
      'Dec 5, 2026',
      '$118.20',
    ];
    expect(read(`<h2>Bills to pay</h2><div class="grid">${cells.map((c) => `<div>${c}</div>`).join('')}</div>`)).toEqual([]);
  });
});

describe('cards on a board', () => {
  const card = (n: string, title: string, initials: string, client: string, amount: string) =>
    `<div class="card"><div class="t">${title}</div><div>Invoice ${n}</div><div>${amount}</div><div class="co"><span class="av" aria-hidden="true">${initials}</span><a href="#">${client}</a></div><div class="owner"><span class="av">PN</span></div></div>`;
  const column = (heading: string, cards: string[]) =>
    `<section class="col"><h3>${heading}</h3><div class="col-cards">${cards.join('')}</div></section>`;

  it('reads a column of one card as its sibling columns, the client beside its avatar rather than the deal title', () => {
    const found = read(
      `<div class="board">${column('Overdue', [card('INV-71', 'Annual audit', 'HS', 'Harbor Supply Co', '$2,950'), card('INV-72', 'Brand refresh', 'CL', 'Cabinet Leroy', '$410.00')])}${column('Paid', [card('INV-70', 'Spring campaign', 'QS', 'Quill & Stone Studio', '$1,000.00')])}</div>`,
    );
    expect(pick(found, 'number', 'clientName', 'status')).toEqual([
      { number: 'INV-71', clientName: 'Harbor Supply Co', status: 'open' },
      { number: 'INV-72', clientName: 'Cabinet Leroy', status: 'open' },
      { number: 'INV-70', clientName: 'Quill & Stone Studio', status: 'paid' },
    ]);
  });

  it('takes no name beside initials that are not its own (the deal owner), and no card alone in a box shaped otherwise', () => {
    const found = read(
      `<div class="board">${column('Overdue', [card('INV-81', 'Harbor Supply Co', 'ZZ', 'Someone Else', '$90.00'), card('INV-82', 'Cabinet Leroy', 'XY', 'Nobody Here', '$91.00')])}</div><aside class="featured"><div class="card"><div>Invoice INV-83</div><div>$5.00</div><div>Garage Martin</div></div></aside>`,
    );
    expect(pick(found, 'number', 'clientName')).toEqual([
      { number: 'INV-81', clientName: 'Harbor Supply Co' },
      { number: 'INV-82', clientName: 'Cabinet Leroy' },
    ]);
  });
});

describe("a record page's party", () => {
  const items = ['F-301', 'F-302']
    .map(
      (n, i) =>
        `<li><a href="#">${n}</a><span>Échéance</span><span>1${i}/12/2026</span><span>Montant</span><span>${i + 4}00,00 €</span></li>`,
    )
    .join('');

  it('is the client of the records on its page that name none', () => {
    const found = read(
      `<header><div class="label">Client</div><h1>Maison Girard SARL</h1></header><h2>Factures</h2><ul>${items}</ul>`,
      'fr',
    );
    expect(pick(found, 'number', 'clientName', 'dueDate')).toEqual([
      { number: 'F-301', clientName: 'Maison Girard SARL', dueDate: '2026-12-10' },
      { number: 'F-302', clientName: 'Maison Girard SARL', dueDate: '2026-12-11' },
    ]);
  });

  it('is no one when the heading is not labelled as a party (a list titled "Factures")', () => {
    expect(read(`<header><div class="label">Ventes</div><h1>Factures</h1></header><ul>${items}</ul>`, 'fr')).toEqual([]);
  });
});

describe('aging group rows with an account code', () => {
  it.each([
    ['fr', '411BOUL', 'Boulangerie Dupont', 'FC-1', '12/11/2026', '1 560,00'],
    ['de', 'D10023', 'Bäckerei Wolf GmbH', 'RE-7', '12.11.2026', '1.560,00'],
    ['en', 'CUST0042', 'Harbor Supply Co', 'INV-9', '11/12/2026', '1,560.00'],
  ])('gives the name after the code to the invoices under it (%s)', (lang, code, name, number, date, amount) => {
    const head = { fr: ['Pièce', 'Date pièce', 'Solde'], de: ['Beleg', 'Belegdatum', 'Saldo'], en: ['Invoice', 'Invoice date', 'Balance'] }[
      lang
    ]!;
    const found = read(
      `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody><tr><td colspan="3"><b>${code}</b>&nbsp;&nbsp;${name}</td></tr><tr><td>${number}</td><td>${date}</td><td>${amount}</td></tr><tr><td>${number}b</td><td>${date}</td><td>${amount}</td></tr></tbody></table>`,
      lang,
    );
    expect(pick(found, 'number', 'clientName', 'issueDate')).toEqual([
      { number, clientName: name, issueDate: '2026-11-12' },
      { number: `${number}b`, clientName: name, issueDate: '2026-11-12' },
    ]);
  });
});

describe('a list folded in a <details> per customer', () => {
  const table = (n: string) =>
    `<table><tr><th>Invoice</th><th>Due</th><th>Outstanding</th></tr><tr><td>${n}-1</td><td>Dec 10, 2026</td><td>$120.00</td></tr><tr><td>${n}-2</td><td>Dec 11, 2026</td><td>$80.00</td></tr></table>`;

  it('gives each list the customer its summary names, whether open or closed', () => {
    const found = read(
      `<details open><summary><span>Fernhill Vets</span> · 2 invoices · $200.00</summary>${table('A')}</details><details><summary>Saltbush Landscaping · 2 invoices</summary>${table('B')}</details>`,
    );
    expect(pick(found, 'number', 'clientName')).toEqual([
      { number: 'A-1', clientName: 'Fernhill Vets' },
      { number: 'A-2', clientName: 'Fernhill Vets' },
      { number: 'B-1', clientName: 'Saltbush Landscaping' },
      { number: 'B-2', clientName: 'Saltbush Landscaping' },
    ]);
  });

  it('takes no client from a summary that names a status or a month', () => {
    const found = read(
      `<details open><summary>Overdue</summary>${table('C')}</details><details open><summary>November 2026</summary>${table('D')}</details>`,
    );
    expect(found.map((f) => [f.number, f.clientName])).toEqual([
      ['C-1', undefined],
      ['C-2', undefined],
      ['D-1', undefined],
      ['D-2', undefined],
    ]);
  });
});

describe('a statement addressed "To:" its customer', () => {
  it('names the customer of every line from the block under "To:"', () => {
    const found = read(
      `<h1>Statement</h1><div class="to"><div>To:</div><div>Pentreath Boatyard Ltd</div><div>2 Harbour Road</div></div><table><tr><th>Date</th><th>Reference</th><th>Debit</th><th>Credit</th><th>Balance</th></tr><tr><td>12/09/2026</td><td>INV-51</td><td>240.00</td><td></td><td>240.00</td></tr><tr><td>30/09/2026</td><td>INV-52</td><td>75.40</td><td></td><td>315.40</td></tr></table>`,
      'en-GB',
    );
    expect(found.map((f) => [f.number, f.clientName])).toEqual([
      ['INV-51', 'Pentreath Boatyard Ltd'],
      ['INV-52', 'Pentreath Boatyard Ltd'],
    ]);
  });
});

describe('a statement titled with a dash', () => {
  it.each(['Customer statement — Harbour Lights Marine Ltd', 'Statement of account – Harbour Lights Marine Ltd'])(
    'names its customer: %s',
    (title) => {
      const found = read(
        `<h1>${title}</h1><table><tr><th>Date</th><th>Reference</th><th>Debit</th><th>Credit</th><th>Balance</th></tr><tr><td>12/09/2026</td><td>INV-4471</td><td>2,340.00</td><td></td><td>2,340.00</td></tr><tr><td>30/09/2026</td><td>INV-4502</td><td>875.40</td><td></td><td>3,215.40</td></tr></table>`,
        'en-GB',
      );
      expect(found.map((f) => f.clientName)).toEqual(['Harbour Lights Marine Ltd', 'Harbour Lights Marine Ltd']);
    },
  );
});
