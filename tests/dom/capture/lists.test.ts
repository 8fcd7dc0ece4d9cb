// @vitest-environment happy-dom
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractInvoices, extractInvoicesDetailed } from '../../../lib/capture';
import { DetectedInvoiceSchema } from '../../../lib/core';
import { loadPage, OWN_FIXTURES } from './load-fixture';

/**
 * Lists as other apps draw them (issue 11): rows that label their own cells, cards, net/tax/total
 * columns, paid and outstanding figures, an aging report, a statement with a running balance.
 * Every invoice shown is expected, field by field; nothing else may come out.
 */
const TODAY = '2026-11-22';
const eur = (minor: number) => ({ minor, currency: 'EUR' });
const usd = (minor: number) => ({ minor, currency: 'USD' });
const gbp = (minor: number) => ({ minor, currency: 'GBP' });

const CASES: [page: string, expected: Record<string, unknown>[]][] = [
  [
    'fr-selflabelled/factures.html',
    [
      {
        number: 'FA-2026-0312',
        clientName: 'Garage Martin SARL',
        issueDate: '2026-08-31',
        dueDate: '2026-09-30',
        total: eur(144_000),
        status: 'paid',
      },
      {
        number: 'FA-2026-0313',
        clientName: 'Boulangerie Dupont & Fils',
        clientEmail: 'compta@boulangerie-dupont.fr',
        issueDate: '2026-09-05',
        dueDate: '2026-10-05',
        total: eur(320_000),
        amountDue: eur(160_000),
        status: 'partial',
      },
      {
        number: 'FA-2026-0318',
        clientName: 'Cabinet Leroy',
        issueDate: '2026-10-10',
        dueDate: '2026-11-09',
        total: eur(96_000),
        status: 'open',
      },
      {
        number: 'FA-2026-0319',
        clientName: 'Hôtel des Voyageurs',
        issueDate: '2026-11-05',
        dueDate: '2026-12-05',
        total: eur(217_550),
        status: 'open',
      },
    ],
  ],
  [
    'en-cards/invoices.html',
    [
      {
        number: 'INV-2041',
        clientName: 'Brightline Analytics Inc.',
        clientEmail: 'billing@brightline-analytics.com',
        dueDate: '2026-12-06',
        total: usd(607_560),
        amountDue: usd(407_560),
        status: 'partial',
      },
      {
        number: 'INV-2042',
        clientName: 'Harbor & Main LLC',
        clientEmail: 'ap@harborandmain.com',
        dueDate: '2026-11-10',
        total: usd(120_000),
        status: 'open',
      },
      {
        number: 'INV-2043',
        clientName: 'Quill & Stone Studio',
        clientEmail: 'hello@quillstone.studio',
        total: usd(88_700),
        status: 'paid',
      },
      { number: 'INV-2044', clientName: 'Northwind Outfitters', dueDate: '2026-12-22', total: usd(714_250), status: 'open' },
    ],
  ],
  [
    'de-cards/rechnungen.html',
    [
      {
        number: 'RE-2026-10231',
        clientName: 'Kessler Maschinenbau GmbH',
        clientEmail: 'buchhaltung@kessler-mb.de',
        issueDate: '2026-10-01',
        dueDate: '2026-10-31',
        total: eur(238_000),
        status: 'open',
      },
      {
        number: 'RE-2026-10232',
        clientName: 'Hotel Alpenblick',
        issueDate: '2026-10-15',
        dueDate: '2026-11-14',
        total: eur(124_950),
        status: 'paid',
      },
      {
        number: 'RE-2026-10233',
        clientName: 'Bäckerei Schmidt',
        issueDate: '2026-11-02',
        dueDate: '2026-12-02',
        total: eur(59_500),
        amountDue: eur(29_500),
        status: 'partial',
      },
    ],
  ],
  [
    'fr-net-tax/factures.html',
    [
      {
        number: 'VT-26-0101',
        clientName: 'Menuiserie Bernard',
        clientEmail: 'compta@menuiserie-bernard.fr',
        issueDate: '2026-10-02',
        dueDate: '2026-11-01',
        total: eur(120_000),
        status: 'open',
      },
      {
        number: 'VT-26-0102',
        clientName: 'Pharmacie du Marché',
        issueDate: '2026-10-15',
        dueDate: '2026-11-14',
        total: eur(294_000),
        status: 'paid',
      },
      {
        number: 'VT-26-0103',
        clientName: 'Cabinet Leroy',
        issueDate: '2026-11-03',
        dueDate: '2026-12-03',
        total: eur(37_500),
        status: 'open',
      },
    ],
  ],
  [
    'de-net-tax/rechnungen.html',
    [
      { number: 'R-4711', clientName: 'Müller & Söhne GmbH', issueDate: '2026-10-01', total: eur(119_000), status: 'paid' },
      { number: 'R-4712', clientName: 'Weber Transporte', issueDate: '2026-10-12', total: eur(499_800), status: 'open' },
      { number: 'R-4713', clientName: 'Fischer KG', issueDate: '2026-10-20', total: eur(9520), status: 'open' },
    ],
  ],
  [
    'fr-paid-outstanding/factures.html',
    [
      { number: 'F2026-081', clientName: 'SARL Vidal', issueDate: '2026-09-04', total: eur(180_000), amountDue: eur(0), status: 'paid' },
      {
        number: 'F2026-082',
        clientName: 'Ets Moreau',
        issueDate: '2026-09-11',
        total: eur(240_000),
        amountDue: eur(150_000),
        status: 'partial',
      },
      {
        number: 'F2026-083',
        clientName: 'Librairie Colette',
        issueDate: '2026-09-25',
        total: eur(64_000),
        amountDue: eur(64_000),
        status: 'open',
      },
    ],
  ],
  [
    'de-paid-outstanding/rechnungen.html',
    [
      {
        number: '2026-0310',
        clientName: 'Schreinerei Vogt',
        issueDate: '2026-09-03',
        total: eur(142_800),
        amountDue: eur(0),
        status: 'paid',
      },
      {
        number: '2026-0311',
        clientName: 'Gasthof Linde',
        clientEmail: 'info@gasthof-linde.de',
        issueDate: '2026-09-17',
        total: eur(357_000),
        amountDue: eur(257_000),
        status: 'partial',
      },
      {
        number: '2026-0312',
        clientName: 'Apotheke am Markt',
        issueDate: '2026-09-30',
        total: eur(24_990),
        amountDue: eur(24_990),
        status: 'open',
      },
    ],
  ],
  [
    'en-aging/report.html',
    [
      {
        number: '1042',
        clientName: 'Acme Corporation',
        issueDate: '2026-10-02',
        dueDate: '2026-11-01',
        amountDue: usd(250_000),
        status: 'open',
      },
      { number: '1038', clientName: 'Globex Ltd', issueDate: '2026-08-15', dueDate: '2026-09-14', amountDue: usd(64_025), status: 'open' },
      { number: '1051', clientName: 'Initech', issueDate: '2026-11-05', dueDate: '2026-12-05', amountDue: usd(112_000), status: 'open' },
    ],
  ],
  [
    'en-aging/by-customer.html',
    [
      { number: 'UK-5521', clientName: 'Contoso plc', dueDate: '2026-10-31', amountDue: gbp(145_050), status: 'open' },
      { number: 'UK-5530', clientName: 'Contoso plc', dueDate: '2026-12-15', amountDue: gbp(32_000), status: 'open' },
      { number: 'UK-5488', clientName: 'Fabrikam Ltd', dueDate: '2026-08-20', amountDue: gbp(9900), status: 'open' },
    ],
  ],
  [
    'fr-statement/releve.html',
    [
      { number: 'FC-2026-201', issueDate: '2026-09-12', dueDate: '2026-10-12', amountDue: eur(120_000) },
      { number: 'FC-2026-214', issueDate: '2026-09-28', dueDate: '2026-10-28', amountDue: eur(35_000) },
      { number: 'FC-2026-230', issueDate: '2026-10-15', dueDate: '2026-11-14', amountDue: eur(208_040) },
    ],
  ],
  [
    'en-price-grid/invoices.html',
    [
      {
        number: 'A-0077',
        clientName: 'Brightline Analytics Inc.',
        clientEmail: 'billing@brightline-analytics.com',
        issueDate: '2026-10-03',
        total: usd(88_700),
        status: 'open',
      },
      { number: 'A-0078', clientName: 'Kessler Maschinenbau GmbH', issueDate: '2026-10-09', total: usd(124_000), status: 'paid' },
      { number: 'A-0079', clientName: 'Hotel Alpenblick', issueDate: '2026-10-20', total: usd(1_250_000), status: 'open' },
    ],
  ],
];

/** Fields a fixture must not give (a payment date is no due date; no e-mail where none is shown). */
const ABSENT: Record<string, string[]> = {
  'FA-2026-0312': ['amountDue', 'clientEmail'],
  'INV-2043': ['dueDate', 'issueDate'],
  'INV-2044': ['clientEmail'],
  '1042': ['total'],
  'UK-5521': ['total', 'issueDate'],
  'FC-2026-201': ['total', 'status'],
  'A-0078': ['clientEmail'],
  'R-4711': ['amountDue'],
};

const table: string[] = [];
afterAll(() => console.log(['List fixtures: page | expected | found | fields right', ...table].join('\n')));

describe.each(CASES)('%s', (page, expected) => {
  it(`yields exactly its ${expected.length} customer invoices, every shown field right`, () => {
    const found = extractInvoicesDetailed(loadPage(path.join(OWN_FIXTURES, page)), { today: TODAY });
    let fields = 0;
    let right = 0;
    for (const e of expected) {
      const f = found.find((x) => x.number === e.number) as Record<string, unknown> | undefined;
      for (const [k, v] of Object.entries(e)) {
        fields++;
        if (JSON.stringify(f?.[k]) === JSON.stringify(v)) right++;
      }
    }
    table.push(`${page} | ${expected.length} | ${found.length} | ${right}/${fields}`);
    expect(found.map((f) => f.number)).toEqual(expected.map((e) => e.number));
    expected.forEach((e, i) => {
      expect(found[i], String(e.number)).toMatchObject(e);
      for (const k of ABSENT[String(e.number)] ?? []) expect(found[i], `${String(e.number)} ${k}`).not.toHaveProperty(k);
    });
  });

  it('returns only what DetectedInvoiceSchema accepts unchanged', () => {
    for (const invoice of extractInvoices(loadPage(path.join(OWN_FIXTURES, page)), { today: TODAY })) {
      const parsed = DetectedInvoiceSchema.safeParse(invoice);
      expect(parsed.success, invoice.number).toBe(true);
      expect(parsed.data).toEqual(invoice);
    }
  });
});
