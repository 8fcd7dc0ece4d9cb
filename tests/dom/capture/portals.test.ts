// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { explainExtraction, extractInvoices, extractInvoicesDetailed } from '../../../lib/capture';
import { DetectedInvoiceSchema } from '../../../lib/core';
import { loadPage, OWN_FIXTURES } from './load-fixture';

const TODAY = '2026-11-22';
const eur = (minor: number) => ({ minor, currency: 'EUR' });
const usd = (minor: number) => ({ minor, currency: 'USD' });
const gbp = (minor: number) => ({ minor, currency: 'GBP' });
const load = (page: string) => loadPage(path.join(OWN_FIXTURES, page));

/** Each fixture, how it must be read, and every invoice it shows with the fields it shows. */
const CASES: [page: string, method: string, expected: Record<string, unknown>[]][] = [
  [
    'saas-grid/invoices.html',
    'grid',
    [
      {
        number: 'INV-2026-0107',
        clientName: 'Acme Corporation',
        issueDate: '2026-10-02',
        dueDate: '2026-11-01',
        total: usd(1_248_000),
        amountDue: usd(1_248_000),
        status: 'open',
      },
      {
        number: 'INV-2026-0108',
        clientName: 'Globex Ltd',
        issueDate: '2026-10-15',
        dueDate: '2026-11-14',
        total: usd(315_075),
        amountDue: usd(115_075),
        status: 'partial',
      },
      {
        number: 'INV-2026-0109',
        clientName: 'Initech <img src=x onerror=alert(1)>',
        total: usd(98_000),
        amountDue: usd(0),
        status: 'paid',
      },
      { number: 'INV-2026-0110', clientName: 'Umbrella Health', total: usd(44_000), status: 'cancelled' },
      { number: 'INV-2026-0111', clientName: 'Stark Industries', dueDate: '2026-12-20', total: usd(2_500_000), status: 'open' },
      { number: 'DRAFT-31', clientName: 'Wayne Enterprises', total: usd(120_000), status: 'draft' },
    ],
  ],
  [
    'fr-table/factures.html',
    'table',
    [
      {
        number: 'F-2026-0412',
        clientName: 'Boulangerie Dupont & Fils',
        issueDate: '2026-10-02',
        dueDate: '2026-11-01',
        total: eur(124_000),
        amountDue: eur(124_000),
        status: 'open',
      },
      {
        number: 'F-2026-0413',
        clientName: 'Garage Martin SARL',
        issueDate: '2026-10-13',
        dueDate: '2026-11-12',
        total: eur(318_050),
        amountDue: eur(118_050),
        status: 'partial',
      },
      { number: 'F-2026-0414', clientName: 'Hôtel des Voyageurs', total: eur(96_000), amountDue: eur(0), status: 'paid' },
      { number: 'AV-2026-0007', clientName: 'Pharmacie du Marché', total: eur(-12_000), amountDue: eur(-12_000), kind: 'credit-note' },
      { number: 'F-2026-0415', clientName: 'Cabinet Leroy', total: eur(225_000), status: 'disputed' },
    ],
  ],
  [
    'de-list/rechnungen.html',
    'table',
    [
      {
        number: 'RE-10231',
        clientName: 'Müller & Söhne GmbH',
        issueDate: '2026-09-01',
        dueDate: '2026-10-01',
        total: eur(119_000),
        amountDue: eur(119_000),
        status: 'open',
      },
      { number: 'RE-10232', clientName: 'Bäckerei Schmidt', total: eur(23_800), amountDue: eur(0), status: 'paid' },
      { number: 'RE-10233', total: eur(1_249_500), amountDue: eur(600_000), status: 'partial' },
      { number: 'RE-10234', total: eur(59_500), status: 'draft' },
      { number: 'RE-10235', total: eur(7735), status: 'cancelled' },
      { number: 'GS-00012', total: eur(-4760), kind: 'credit-note' },
    ],
  ],
  [
    'es-list/facturas.html',
    'table',
    [
      {
        number: '2026/0301',
        clientName: 'Construcciones López S.L.',
        issueDate: '2026-10-03',
        dueDate: '2026-11-02',
        total: eur(242_000),
        amountDue: eur(242_000),
        status: 'open',
      },
      { number: '2026/0302', clientName: 'Farmacia Ruiz', total: eur(60_500), amountDue: eur(0), status: 'paid' },
      { number: '2026/0303', clientName: 'Hostal La Plaza', total: eur(151_250), amountDue: eur(51_250), status: 'partial' },
      { number: 'R-2026/0007', total: eur(-12_100), kind: 'credit-note' },
    ],
  ],
  [
    'detail-fr/facture.html',
    'detail',
    [
      {
        number: 'FA-2026-118',
        clientName: 'Menuiserie Bernard',
        clientEmail: 'compta@menuiserie-bernard.fr',
        issueDate: '2026-10-15',
        dueDate: '2026-11-14',
        total: eur(271_800),
        amountDue: eur(200_000),
        status: 'open',
      },
    ],
  ],
  [
    'detail-en/invoice.html',
    'detail',
    [
      {
        number: 'INV-0042',
        clientName: 'Northwind Traders Ltd',
        clientEmail: 'accounts@northwind-traders.co.uk',
        issueDate: '2026-02-03',
        dueDate: '2026-03-04',
        total: gbp(144_000),
        amountDue: gbp(94_000),
        status: 'partial',
      },
    ],
  ],
  ['dashboard/tableau-de-bord.html', '-', []],
  [
    'jsonld/invoices.html',
    'jsonld',
    [
      {
        number: 'UK-5521',
        clientName: 'Northwind Traders Ltd',
        clientEmail: 'accounts@northwind-traders.co.uk',
        total: gbp(145_050),
        dueDate: '2026-10-31',
        status: 'open',
      },
      { number: 'UK-5522', clientName: 'Contoso plc', total: gbp(32_000), status: 'paid' },
      { number: 'UK-5524', clientName: '<img src=x onerror=alert(1)> Ltd', status: 'open' },
      { number: 'UK-5523', clientName: 'Fabrikam Ltd', total: gbp(9900), dueDate: '2026-11-30', status: 'open' },
    ],
  ],
];

const table: string[] = [];
afterAll(() => console.log(['Portal fixtures: page | method | expected | found | fields right', ...table].join('\n')));

describe.each(CASES)('%s', (page, method, expected) => {
  it(`yields exactly its ${expected.length} customer invoices, every shown field right`, () => {
    const found = extractInvoicesDetailed(load(page), { today: TODAY });
    expect(found.map((f) => f.number)).toEqual(expected.map((e) => e.number));
    let right = 0;
    expected.forEach((e, i) => {
      expect(found[i], String(e.number)).toMatchObject(e);
      right++;
    });
    for (const f of found) expect(f.method === method || (method === 'jsonld' && f.method === 'microdata'), f.number).toBe(true);
    table.push(`${page} | ${method} | ${expected.length} | ${found.length} | ${right}/${expected.length}`);
  });

  it('returns only what DetectedInvoiceSchema accepts unchanged, and leaves the page as it was', () => {
    const doc = load(page);
    const before = doc.documentElement.outerHTML;
    for (const invoice of extractInvoices(doc, { today: TODAY })) {
      const parsed = DetectedInvoiceSchema.safeParse(invoice);
      expect(parsed.success, invoice.number).toBe(true);
      expect(parsed.data).toEqual(invoice);
    }
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('duplicates and hidden copies', () => {
  it('reports an invoice shown twice once, with the visible list winning over a stale hidden copy', () => {
    const found = extractInvoices(load('saas-grid/invoices.html'), { today: TODAY });
    const acme = found.filter((f) => f.number === 'INV-2026-0107');
    expect(acme).toHaveLength(1);
    expect(acme[0]).toMatchObject({ status: 'open', clientName: 'Acme Corporation', amountDue: usd(1_248_000) });
  });

  it('gives a hidden copy less confidence than the visible row', () => {
    const { report } = explainExtraction(load('saas-grid/invoices.html'), { today: TODAY });
    const grids = report.grids.filter((g) => g.found);
    expect(grids.map((g) => g.hidden)).toEqual([false, true]);
  });
});

describe('the extraction report', () => {
  it('says which columns were read and why other tables were left out', () => {
    const { report } = explainExtraction(load('de-list/rechnungen.html'), { today: TODAY });
    expect(report.lang).toBe('de');
    expect(report.grids[0]).toMatchObject({
      method: 'table',
      headerRow: 0,
      columns: { number: 0, client: 1, issueDate: 2, dueDate: 3, total: 4, amountDue: 5, status: 6 },
      found: 6,
    });
    expect(report.grids[1]?.rejected).toMatch(/foreign caption/);
  });

  it('says which fields came from cell contents when no header named them', () => {
    const { report } = explainExtraction(load('fr-table/factures.html'), { today: TODAY });
    expect(report.grids[0]?.inferred).toBeUndefined();
    expect(report.grids[0]?.columns).toMatchObject({
      number: 0,
      client: 1,
      issueDate: 2,
      dueDate: 3,
      totalExcl: 4,
      total: 5,
      amountDue: 6,
      status: 7,
    });
  });
});
