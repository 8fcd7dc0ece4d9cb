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

const CASES: [page: string, expected: Record<string, unknown>[]][] = [
  ['fr-selflabelled/factures.html', [
    { number: 'FA-2026-0312', clientName: 'Garage Martin SARL', issueDate: '2026-08-31', dueDate: '2026-09-30', total: eur(144_000), status: 'paid' },
    { number: 'FA-2026-0313', clientName: 'Boulangerie Dupont & Fils', clientEmail: 'compta@boulangerie-dupont.fr', issueDate: '2026-09-05', dueDate: '2026-10-05', total: eur(320_000), amountDue: eur(160_000), status: 'partial' },
    { number: 'FA-2026-0318', clientName: 'Cabinet Leroy', issueDate: '2026-10-10', dueDate: '2026-11-09', total: eur(96_000), status: 'open' },
    { number: 'FA-2026-0319', clientName: 'Hôtel des Voyageurs', issueDate: '2026-11-05', dueDate: '2026-12-05', total: eur(217_550), status: 'open' },
  ]],
  ['en-cards/invoices.html', [
    { number: 'INV-2041', clientName: 'Brightline Analytics Inc.', clientEmail: 'billing@brightline-analytics.com', dueDate: '2026-12-06', total: usd(607_560), amountDue: usd(407_560), status: 'partial' },
    { number: 'INV-2042', clientName: 'Harbor & Main LLC', clientEmail: 'ap@harborandmain.com', dueDate: '2026-11-10', total: usd(120_000), status: 'open' },
    { number: 'INV-2043', clientName: 'Quill & Stone Studio', clientEmail: 'hello@quillstone.studio', total: usd(88_700), status: 'paid' },
    { number: 'INV-2044', clientName: 'Northwind Outfitters', dueDate: '2026-12-22', total: usd(714_250), status: 'open' },
  ]],
];

/** Fields a fixture must not give (a payment date is no due date; no e-mail where none is shown). */
const ABSENT: Record<string, string[]> = {
  'FA-2026-0312': ['amountDue', 'clientEmail'],
  'INV-2043': ['dueDate', 'issueDate'],
  'INV-2044': ['clientEmail'],
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
