// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractInvoices, extractInvoicesDetailed } from '../../../lib/capture';
import { DetectedInvoiceSchema } from '../../../lib/core';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/portals');
export function loadFixture(name: string): Document {
  const html = readFileSync(path.join(FIXTURES, name), 'utf8');
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
  const lang = /<html lang="([^"]+)"/.exec(html)?.[1];
  if (lang) doc.documentElement.setAttribute('lang', lang);
  return doc;
}

const TODAY = '2026-11-22';
const eur = (minor: number) => ({ minor, currency: 'EUR' });
const usd = (minor: number) => ({ minor, currency: 'USD' });
const gbp = (minor: number) => ({ minor, currency: 'GBP' });

const CASES: [string, string, Record<string, unknown>[]][] = [
  ['saas-grid-en.html', 'grid', [
    { number: 'INV-2026-0107', clientName: 'Acme Corporation', issueDate: '2026-10-02', dueDate: '2026-11-01', total: usd(1_248_000), amountDue: usd(1_248_000), status: 'open' },
    { number: 'INV-2026-0108', clientName: 'Globex Ltd', total: usd(315_075), amountDue: usd(115_075), status: 'partial' },
    { number: 'INV-2026-0109', clientName: 'Initech <img src=x onerror=alert(1)>', total: usd(98_000), amountDue: usd(0), status: 'paid' },
    { number: 'INV-2026-0110', status: 'cancelled' },
    { number: 'INV-2026-0111', clientName: 'Stark Industries', dueDate: '2026-12-20', status: 'open' },
    { number: 'DRAFT-31', status: 'draft' },
  ]],
  ['fr-table-nbsp.html', 'table', [
    { number: 'F-2026-0412', clientName: 'Boulangerie Dupont & Fils', issueDate: '2026-10-02', dueDate: '2026-11-01', total: eur(124_000), amountDue: eur(124_000), status: 'open' },
    { number: 'F-2026-0413', clientName: 'Garage Martin SARL', total: eur(318_050), amountDue: eur(118_050), status: 'partial' },
    { number: 'F-2026-0414', total: eur(96_000), amountDue: eur(0), status: 'paid' },
    { number: 'AV-2026-0007', total: eur(-12_000), kind: 'credit-note' },
    { number: 'F-2026-0415', clientName: 'Cabinet Leroy', status: 'disputed' },
  ]],
  ['de-list.html', 'table', [
    { number: 'RE-10231', clientName: 'Müller & Söhne GmbH', issueDate: '2026-09-01', dueDate: '2026-10-01', total: eur(119_000), amountDue: eur(119_000), status: 'open' },
    { number: 'RE-10232', status: 'paid', amountDue: eur(0) },
    { number: 'RE-10233', total: eur(1_249_500), amountDue: eur(600_000), status: 'partial' },
    { number: 'RE-10234', status: 'draft' },
    { number: 'RE-10235', status: 'cancelled' },
    { number: 'GS-00012', total: eur(-4760), kind: 'credit-note' },
  ]],
  ['detail-fr.html', 'detail', [
    { number: 'FA-2026-118', clientName: 'Menuiserie Bernard', clientEmail: 'compta@menuiserie-bernard.fr', issueDate: '2026-10-15', dueDate: '2026-11-14', total: eur(271_800), amountDue: eur(200_000), status: 'open' },
  ]],
  ['dashboard-expenses.html', '-', []],
  ['jsonld.html', 'jsonld', [
    { number: 'UK-5521', clientName: 'Northwind Traders Ltd', clientEmail: 'accounts@northwind-traders.co.uk', total: gbp(145_050), dueDate: '2026-10-31', status: 'open' },
    { number: 'UK-5522', clientName: 'Contoso plc', total: gbp(32_000), status: 'paid' },
    { number: 'UK-5523', clientName: 'Fabrikam Ltd', total: gbp(9900), dueDate: '2026-11-30', status: 'open' },
  ]],
];

const table: string[] = [];
afterAll(() => console.log(['Portal fixtures: page | method | expected | found | all fields right', ...table].join('\n')));

describe.each(CASES)('%s', (page, method, expected) => {
  const found = extractInvoicesDetailed(loadFixture(page), { today: TODAY });
  it(`yields exactly its ${expected.length} customer invoices, each field right`, () => {
    expect(found.map((f) => f.number)).toEqual(expected.map((e) => e.number));
    expected.forEach((e, i) => expect(found[i], String(e.number)).toMatchObject(e));
    for (const f of found) expect(f.method === method || (method === 'jsonld' && f.method === 'microdata')).toBe(true);
    for (const f of found) expect(DetectedInvoiceSchema.safeParse({ ...f, method: undefined }).success, f.number).toBe(true);
    table.push(`${page} | ${method} | ${expected.length} | ${found.length} | yes`);
  });
});

describe('the mobile copy of a list', () => {
  it('reports an invoice shown twice once', () => {
    const found = extractInvoices(loadFixture('saas-grid-en.html'), { today: TODAY });
    expect(found.filter((f) => f.number === 'INV-2026-0107')).toHaveLength(1);
  });
});
