// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractInvoices } from '../../../lib/capture';

/**
 * An invoice opened in a modal dialog over the list of invoices: while the dialog is open the
 * person reads it alone, so capture gives its one invoice; a closed or hidden dialog, or one
 * that shows no invoice (settings, a confirmation), leaves the list as it is.
 */
const TODAY = '2026-12-03';
const parse = (html: string, lang: string) => {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.documentElement.setAttribute('lang', lang);
  return doc;
};

interface Words {
  lang: string;
  list: [number: string, client: string, issued: string, due: string, amount: string][];
  head: string[];
  title: string;
  client: string;
  issued: string;
  due: string;
  total: string;
}
const WORDS: Words[] = [
  {
    lang: 'en',
    head: ['Number', 'Customer', 'Date', 'Due date', 'Amount'],
    list: [
      ['INV-201', 'Acme Corp', '11/02/2026', '12/02/2026', '$1,200.00'],
      ['INV-202', 'Globex LLC', '11/05/2026', '12/05/2026', '$540.00'],
      ['INV-203', 'Initech Inc.', '11/09/2026', '12/09/2026', '$2,310.50'],
    ],
    title: 'Invoice',
    client: 'Customer',
    issued: 'Invoice date',
    due: 'Due date',
    total: 'Total',
  },
  {
    lang: 'fr',
    head: ['N°', 'Client', 'Date', 'Échéance', 'Montant TTC'],
    list: [
      ['F-2026-301', 'Boulangerie Martin', '02/11/2026', '02/12/2026', '1 200,00 €'],
      ['F-2026-302', 'Garage du Lac', '05/11/2026', '05/12/2026', '540,00 €'],
      ['F-2026-303', 'Cabinet Roux', '09/11/2026', '09/12/2026', '2 310,50 €'],
    ],
    title: 'Facture',
    client: 'Client',
    issued: 'Date de facture',
    due: 'Échéance',
    total: 'Total TTC',
  },
  {
    lang: 'de',
    head: ['Nr.', 'Kunde', 'Datum', 'Fällig am', 'Betrag'],
    list: [
      ['RE-401', 'Autohaus Keller', '02.11.2026', '16.11.2026', '1.200,00 €'],
      ['RE-402', 'Praxis Dr. Vogt', '05.11.2026', '19.11.2026', '540,00 €'],
      ['RE-403', 'Weingut Rebenhang', '09.11.2026', '23.11.2026', '2.310,50 €'],
    ],
    title: 'Rechnung',
    client: 'Kunde',
    issued: 'Rechnungsdatum',
    due: 'Fällig am',
    total: 'Gesamt',
  },
];

const listOf = (w: Words) =>
  `<table><thead><tr>${w.head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${w.list
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
const detailOf = (w: Words, row: Words['list'][number]) =>
  `<h2>${w.title} ${row[0]}</h2>` +
  [
    [w.client, row[1]],
    [w.issued, row[2]],
    [w.due, row[3]],
    [w.total, row[4]],
  ]
    .map(([k, v]) => `<div><span>${k}</span> <span>${v}</span></div>`)
    .join('');

/** Ways a page marks an open modal dialog, with the invoice of the list's second row inside. */
const OPEN: [name: string, wrap: (inner: string) => string][] = [
  ['role=dialog aria-modal', (inner) => `<div class="modal" role="dialog" aria-modal="true">${inner}</div>`],
  ['<dialog open aria-modal>', (inner) => `<dialog open aria-modal="true">${inner}</dialog>`],
  ['role=alertdialog aria-modal', (inner) => `<section role="alertdialog" aria-modal="true"><div class="body">${inner}</div></section>`],
];
/** Dialogs that are not open, or show no invoice: the list stays what the page gives. */
const NOT_READ: [name: string, dialog: (inner: string) => string][] = [
  ['a closed <dialog>', (inner) => `<dialog aria-modal="true">${inner}</dialog>`],
  ['a hidden modal', (inner) => `<div role="dialog" aria-modal="true" hidden>${inner}</div>`],
  ['a modal hidden by its style', (inner) => `<div role="dialog" aria-modal="true" style="display: none">${inner}</div>`],
  ['a settings modal', () => `<div role="dialog" aria-modal="true"><h2>Columns</h2><label><input type="checkbox"> Due date</label></div>`],
  ['a non-modal dialog', (inner) => `<div role="dialog">${inner}</div>`],
];

describe.each(WORDS)('$lang', (w) => {
  it.each(OPEN)('an open modal (%s) gives its one invoice, not the list behind it', (_, wrap) => {
    const doc = parse(`<body><main>${listOf(w)}</main>${wrap(detailOf(w, w.list[1]!))}</body>`, w.lang);
    const found = extractInvoices(doc, { today: TODAY });
    expect(found.map((f) => f.number)).toEqual([w.list[1]![0]]);
    expect(found[0]!.clientName).toBe(w.list[1]![1]);
  });

  it.each(NOT_READ)('%s leaves the list as it is', (name, dialog) => {
    const doc = parse(`<body><main>${listOf(w)}</main>${dialog(detailOf(w, w.list[1]!))}</body>`, w.lang);
    const numbers = extractInvoices(doc, { today: TODAY }).map((f) => f.number);
    for (const row of w.list) expect(numbers, name).toContain(row[0]);
  });
});
