// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toMoney } from '../../../lib/core';
import { extractInvoices } from '../../../lib/capture';

/** Real Dolibarr 20.0.2 pages and their ground truth from its database (../shared/fixtures/SOURCES.md). */
const DIR = path.resolve(import.meta.dirname, '../../../../shared/fixtures/portals/dolibarr');
const expected = JSON.parse(readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as {
  captured_on: string;
  invoices: { ref: string; type: string; customer: string; amount_ttc: string; invoice_date: string; due_date: string; status: string; remaining: string | null }[];
};
const STATUS: Record<string, string> = { draft: 'draft', unpaid: 'open', partially_paid: 'partial', paid: 'paid', abandoned: 'cancelled' };

function load(name: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  // innerHTML never runs the page's scripts: their text stays in the DOM, as in a real page.
  doc.documentElement.innerHTML = readFileSync(path.join(DIR, 'pages', name), 'utf8');
  doc.documentElement.setAttribute('lang', name.startsWith('fr') ? 'fr' : 'en-US');
  return doc;
}

const results: string[] = [];
afterAll(() => console.log(['Dolibarr fixtures: page | shown | found | fields right', ...results].join('\n')));

describe.each(['fr_invoice_list.html', 'en_invoice_list.html', 'fr_invoice_list_unpaid.html', 'en_invoice_list_unpaid.html', 'fr_invoice_list_late.html', 'en_invoice_list_late.html'])('%s', (page) => {
  const doc = load(page);
  const shown = expected.invoices.filter((i) => doc.body.textContent!.includes(i.ref));
  const found = extractInvoices(doc, { today: expected.captured_on });

  it('yields exactly the documents it shows', () => {
    expect(found.map((f) => f.number).sort()).toEqual(shown.map((i) => i.ref).sort());
  });

  it('reads every field right', () => {
    let right = 0;
    for (const truth of shown) {
      const got = found.find((f) => f.number === truth.ref);
      const want = {
        number: truth.ref,
        clientName: truth.customer,
        total: toMoney(Number(truth.amount_ttc), 'EUR'),
        issueDate: truth.invoice_date,
        dueDate: truth.due_date,
        status: STATUS[truth.status],
        ...(truth.type === 'credit_note' && { kind: 'credit-note' }),
      };
      expect(got, truth.ref).toMatchObject(want);
      right++;
    }
    results.push(`${page} | ${shown.length} | ${found.length} | ${right}/${shown.length}`);
  });
});

describe('billing area (summary boxes)', () => {
  it.each(['fr_billing_area.html', 'en_billing_area.html'])('%s reports only documents it shows, with no wrong field', (page) => {
    const doc = load(page);
    const found = extractInvoices(doc, { today: expected.captured_on });
    for (const f of found) {
      const truth = expected.invoices.find((i) => i.ref === f.number);
      expect(truth, f.number).toBeDefined();
      if (f.clientName) expect(f.clientName).toBe(truth!.customer);
      if (f.total) expect(f.total).toEqual(toMoney(Number(truth!.amount_ttc), 'EUR'));
      if (f.dueDate) expect(f.dueDate).toBe(truth!.due_date);
      if (f.issueDate) expect(f.issueDate).toBe(truth!.invoice_date);
      if (f.amountDue && truth!.remaining !== null) expect(f.amountDue).toEqual(toMoney(Number(truth!.remaining), 'EUR'));
    }
    results.push(`${page} | summary | ${found.length} | no wrong field`);
  });
});
