// @vitest-environment happy-dom
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractInvoices, extractInvoicesDetailed } from '../../../lib/capture';
import { DetectedInvoiceSchema } from '../../../lib/core';
import { loadPage, OWN_FIXTURES } from './load-fixture';

const TODAY = '2026-11-22';
const eur = (minor: number) => ({ minor, currency: 'EUR' });
const usd = (minor: number) => ({ minor, currency: 'USD' });
const gbp = (minor: number) => ({ minor, currency: 'GBP' });
const load = (page: string) => loadPage(path.join(OWN_FIXTURES, 'details', page));

/**
 * Single-invoice pages of every layout, and the one invoice each shows with every field it
 * shows. `absent` lists fields the page does not show, which must stay empty rather than be
 * taken from the seller, a reference or a neighbour.
 */
const CASES: [page: string, expected: Record<string, unknown>, absent: string[]][] = [
  [
    'fr-dl.html',
    {
      number: 'FA2601-0007',
      clientName: 'Boulangerie Dupont & Fils',
      clientEmail: 'factures@boulangerie-dupont.fr',
      issueDate: '2026-01-05',
      dueDate: '2026-02-04',
      total: eur(124_000),
      amountDue: eur(124_000),
      status: 'open',
    },
    ['kind'],
  ],
  [
    'en-two-column.html',
    {
      number: 'INV-1042',
      clientName: 'Northwind Traders Ltd',
      clientEmail: 'accounts@northwind-traders.co.uk',
      issueDate: '2026-02-03',
      dueDate: '2026-03-05',
      total: gbp(144_000),
      amountDue: gbp(94_000),
      status: 'partial',
    },
    ['kind'],
  ],
  [
    'fr-nested-erp.html',
    {
      number: 'FC-000912',
      clientName: 'TRANSPORTS GIRAUD SA',
      clientEmail: 'compta@transports-giraud.example',
      issueDate: '2026-10-12',
      dueDate: '2026-11-11',
      total: eur(222_000),
    },
    ['amountDue', 'status', 'kind'],
  ],
  [
    'fr-letter.html',
    {
      number: '2026-044',
      clientName: 'Cabinet Vasseur & Associés',
      clientEmail: 'claire.vasseur@cabinet-vasseur.example',
      issueDate: '2026-03-15',
      dueDate: '2026-04-14',
      total: eur(420_000),
    },
    ['amountDue', 'status', 'kind'],
  ],
  [
    'fr-edit-form.html',
    {
      number: 'F-2026-0318',
      clientName: 'Pharmacie du Marché',
      clientEmail: 'compta@pharmacie-du-marche.example',
      issueDate: '2026-10-20',
      dueDate: '2026-11-19',
      total: eur(102_000),
      status: 'open',
    },
    ['amountDue', 'kind'],
  ],
  [
    'de-rechnung.html',
    {
      number: 'RE-2026-118',
      clientName: 'Hotel Alpenblick',
      clientEmail: 'buchhaltung@hotel-alpenblick.example',
      issueDate: '2026-11-02',
      dueDate: '2026-12-02',
      total: eur(119_000),
      status: 'open',
    },
    ['amountDue', 'kind'],
  ],
  [
    'en-divs-po.html',
    {
      number: 'INV-20931',
      clientName: 'Acme Corporation',
      clientEmail: 'ap@acme-corp.example',
      issueDate: '2026-10-06',
      dueDate: '2026-11-05',
      total: usd(435_000),
      amountDue: usd(435_000),
      status: 'open',
    },
    ['kind'],
  ],
  [
    'en-jsonld.html',
    {
      number: 'UK-7710',
      clientName: 'Contoso plc',
      clientEmail: 'payables@contoso.example',
      issueDate: '2026-11-15',
      dueDate: '2026-12-15',
      total: gbp(240_000),
      amountDue: gbp(200_000),
      status: 'partial',
    },
    ['kind'],
  ],
  [
    'en-paid-stamp.html',
    {
      number: 'KC-3391',
      clientName: 'Galway Bay Hotel Ltd',
      clientEmail: 'accounts@galwaybayhotel.example',
      issueDate: '2026-09-01',
      dueDate: '2026-10-01',
      total: eur(246_000),
      amountDue: eur(0),
      status: 'paid',
    },
    ['kind'],
  ],
  [
    'fr-avoir.html',
    {
      number: 'AV-2026-0012',
      clientName: 'Garage Martin SARL',
      clientEmail: 'garage.martin@example.fr',
      issueDate: '2026-10-12',
      total: eur(-12_000),
      kind: 'credit-note',
    },
    ['dueDate', 'amountDue'],
  ],
  [
    'de-gutschrift.html',
    { number: 'GS-2026-007', clientName: 'Bäckerei Schmidt', issueDate: '2026-11-05', total: eur(-4760), kind: 'credit-note' },
    ['clientEmail', 'dueDate', 'amountDue'],
  ],
];

const table: string[] = [];
afterAll(() => console.log(['Detail pages: page | invoices | fields right', ...table].join('\n')));

describe.each(CASES)('%s', (page, expected, absent) => {
  it('gives exactly one invoice, every field it shows right and none it does not show', () => {
    const found = extractInvoicesDetailed(load(page), { today: TODAY });
    expect(found.map((f) => f.number)).toEqual([expected.number]);
    const [invoice] = found;
    const fields = Object.keys(expected);
    const right = fields.filter((k) => JSON.stringify(invoice![k as keyof typeof invoice]) === JSON.stringify(expected[k])).length;
    table.push(`${page} | ${found.length} | ${right}/${fields.length}`);
    expect(invoice).toMatchObject(expected);
    for (const field of absent) expect(invoice![field as keyof typeof invoice], field).toBeUndefined();
    expect(invoice!.method).toBe(page.includes('jsonld') ? 'jsonld' : 'detail');
  });

  it('returns what DetectedInvoiceSchema accepts unchanged, and leaves the page as it was', () => {
    const doc = load(page);
    const before = doc.documentElement.outerHTML;
    for (const invoice of extractInvoices(doc, { today: TODAY })) expect(DetectedInvoiceSchema.parse(invoice)).toEqual(invoice);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('structured data and the visible page', () => {
  const withJsonLd = (json: unknown, body: string) => {
    const d = new DOMParser().parseFromString(`<html lang="en-GB"><body>${body}</body></html>`, 'text/html');
    const script = d.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = JSON.stringify(json);
    d.head.append(script);
    return d;
  };
  const card = '<h1>Invoice INV-1005</h1><p>Invoice date: 01/10/2026</p><p>Total: £12.00</p><p>Amount due: £2.00</p>';

  it.each([
    ['the same number', { identifier: 'INV-1005' }],
    ['the number without its prefix', { identifier: '1005' }],
    ['the number as a PropertyValue', { identifier: { '@type': 'PropertyValue', value: 'INV-1005' } }],
    ['a name that shows the number', { name: 'Invoice INV-1005' }],
  ])('agree on one invoice when the JSON-LD gives %s, the page filling what it lacks', (_what, id) => {
    const found = extractInvoices(
      withJsonLd(
        {
          '@type': 'Invoice',
          ...id,
          accountId: 'ACC-1',
          totalPaymentDue: { price: '12.00', priceCurrency: 'GBP' },
          paymentDueDate: '2026-10-31',
        },
        card,
      ),
      { today: TODAY },
    );
    expect(found).toEqual([
      expect.objectContaining({
        number: 'INV-1005',
        issueDate: '2026-10-01',
        dueDate: '2026-10-31',
        total: gbp(1200),
        amountDue: gbp(200),
      }),
    ]);
  });

  it('takes no account number for an invoice number', () => {
    const found = extractInvoices(
      withJsonLd({ '@type': 'Invoice', accountId: 'ACC-1', totalPaymentDue: { price: '12.00', priceCurrency: 'GBP' } }, '<p>Hello</p>'),
      { today: TODAY },
    );
    expect(found).toEqual([]);
  });
});
