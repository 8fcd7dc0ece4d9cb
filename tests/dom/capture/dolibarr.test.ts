// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractInvoices } from '../../../lib/capture';
import { toMoney, type DetectedInvoice } from '../../../lib/core';
import { loadPage, SHARED_FIXTURES } from './load-fixture';

/** Real Dolibarr 20.0.2 pages and their ground truth from its database (../shared/fixtures/SOURCES.md). */
const DIR = path.join(SHARED_FIXTURES, 'dolibarr');
interface Truth {
  ref: string;
  type: string;
  customer: string;
  amount_ttc: string;
  invoice_date: string;
  due_date: string;
  status: string;
  overdue: boolean;
  remaining: string | null;
}
const truth = JSON.parse(readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as { captured_on: string; invoices: Truth[] };
const TODAY = truth.captured_on;
const STATUS: Record<string, string> = { draft: 'draft', unpaid: 'open', partially_paid: 'partial', paid: 'paid', abandoned: 'cancelled' };
const byDueDate = (a: Truth, b: Truth) => a.due_date.localeCompare(b.due_date);

const load = (page: string) => loadPage(path.join(DIR, 'pages', page), page.startsWith('fr') ? 'fr' : 'en-US');
const read = (page: string) => extractInvoices(load(page), { today: TODAY });
const money = (amount: string) => toMoney(Number(amount), 'EUR');

/** The fields every list row shows: reference, customer, dates, amount incl. tax, status. */
function listFields(t: Truth): Partial<DetectedInvoice> {
  return {
    number: t.ref,
    clientName: t.customer,
    total: money(t.amount_ttc),
    issueDate: t.invoice_date,
    dueDate: t.due_date,
    status: STATUS[t.status] as DetectedInvoice['status'],
    ...(t.type === 'credit_note' && { kind: 'credit-note' as const }),
  };
}

/**
 * Which documents each list shows, from what the list is (its search filter), not from the
 * page's text: all of them; the unpaid ones (validated, not paid: unpaid or partly paid); the
 * late ones (overdue as of the capture date).
 */
const LISTS: [page: string, shows: (t: Truth) => boolean][] = [
  ['fr_invoice_list.html', () => true],
  ['en_invoice_list.html', () => true],
  ['fr_invoice_list_unpaid.html', (t) => t.status === 'unpaid' || t.status === 'partially_paid'],
  ['en_invoice_list_unpaid.html', (t) => t.status === 'unpaid' || t.status === 'partially_paid'],
  ['fr_invoice_list_late.html', (t) => t.overdue],
  ['en_invoice_list_late.html', (t) => t.overdue],
];

const results: string[] = [];
afterAll(() => console.log(['Dolibarr fixtures: page | shown | found | fields right', ...results].join('\n')));

describe.each(LISTS)('%s', (page, shows) => {
  const shown = truth.invoices.filter(shows);
  const found = read(page);

  it('yields exactly the documents the list shows', () => {
    expect(found.map((f) => f.number).sort()).toEqual(shown.map((t) => t.ref).sort());
    // The filter is what the page says it is: each of these references is on it.
    const text = load(page).body.textContent!;
    for (const t of shown) expect(text).toContain(t.ref);
  });

  it('reads every field right, and invents no amount still due (the list has no such column)', () => {
    let right = 0;
    for (const t of shown) {
      const got = found.find((f) => f.number === t.ref);
      expect(got, t.ref).toMatchObject(listFields(t));
      expect(got?.amountDue, t.ref).toBeUndefined();
      expect(got?.clientEmail, t.ref).toBeUndefined();
      right++;
    }
    results.push(`${page} | ${shown.length} | ${found.length} | ${right}/${shown.length}`);
  });
});

/**
 * The billing area shows three boxes: the drafts; the three last modified documents (the
 * database export carries no modification time, so these three are named as the page shows
 * them); the unpaid documents with the earliest due dates (three, then "More... (5)").
 */
const LAST_MODIFIED = ['FA2605-0005', '(PROV14)', 'FA2611-0011'];
const drafts = truth.invoices.filter((t) => t.status === 'draft');
const unpaidBox = truth.invoices
  .filter((t) => t.status === 'unpaid' || t.status === 'partially_paid')
  .sort(byDueDate)
  .slice(0, 3);

describe.each(['fr_billing_area.html', 'en_billing_area.html'])('%s', (page) => {
  const found = read(page);
  const shown = truth.invoices.filter((t) => drafts.includes(t) || unpaidBox.includes(t) || LAST_MODIFIED.includes(t.ref));

  it('yields exactly the documents of its three boxes', () => {
    expect(shown).toHaveLength(6);
    expect(found.map((f) => f.number).sort()).toEqual(shown.map((t) => t.ref).sort());
  });

  it('reads every field the boxes show, and takes no modification date for an issue date', () => {
    let right = 0;
    for (const t of shown) {
      const got = found.find((f) => f.number === t.ref);
      expect(got, t.ref).toMatchObject({
        number: t.ref,
        clientName: t.customer,
        total: money(t.amount_ttc),
        status: STATUS[t.status],
        ...(t.type === 'credit_note' && { kind: 'credit-note' }),
        // The unpaid box shows the due date and what was received: what is still due follows.
        ...(unpaidBox.includes(t) && { dueDate: t.due_date, amountDue: money(t.remaining!) }),
      });
      expect(got?.issueDate, t.ref).toBeUndefined();
      if (!unpaidBox.includes(t)) expect(got?.dueDate, t.ref).toBeUndefined();
      right++;
    }
    results.push(`${page} | ${shown.length} | ${found.length} | ${right}/${shown.length}`);
  });
});

describe('customer cards', () => {
  it.each(['fr', 'en'].flatMap((l) => [1, 2, 3, 4].map((n) => `${l}_thirdparty_card_socid${n}.html`)))(
    '%s shows no invoice, so none is reported',
    (page) => {
      // Its event log quotes invoice references ("Invoice FA2601-0001 validated"): not invoices.
      expect(load(page).body.textContent).toMatch(/FA26\d\d-\d{4}|AV26/);
      expect(read(page)).toEqual([]);
    },
  );
});

describe('two locales of one page', () => {
  it.each(['invoice_list', 'invoice_list_unpaid', 'invoice_list_late', 'billing_area'])(
    '%s reads the same in French and in English',
    (name) => {
      expect(read(`fr_${name}.html`)).toEqual(read(`en_${name}.html`));
    },
  );
});
