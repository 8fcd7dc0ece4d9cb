// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractInvoices } from '../../../lib/capture';
import { DetectedInvoiceSchema } from '../../../lib/core';

function page(rows: string[], head = '<tr><th>Invoice</th><th>Customer</th><th>Date</th><th>Due date</th><th>Amount</th><th>Status</th></tr>'): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.setAttribute('lang', 'en-GB');
  const table = doc.createElement('table');
  table.innerHTML = head + rows.join('');
  doc.body.append(table);
  return doc;
}
const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

describe('hostile and absurd pages', () => {
  it('reads script-bearing text as text and changes nothing in the page', () => {
    const doc = page([row(['INV-1', '&lt;img src=x onerror=alert(1)&gt;', '01/10/2026', '31/10/2026', '&lt;script&gt;alert(1)&lt;/script&gt; £10.00', '<b onclick="alert(1)">Unpaid</b>'])]);
    const before = doc.body.innerHTML;
    const [inv] = extractInvoices(doc, { today: '2026-11-22' });
    expect(inv).toMatchObject({ number: 'INV-1', clientName: '<img src=x onerror=alert(1)>', total: { minor: 1000, currency: 'GBP' }, status: 'open' });
    expect(doc.body.innerHTML).toBe(before);
    expect(doc.querySelectorAll('img, script')).toHaveLength(0);
  });

  it.each([
    ['a date in 1900', ['INV-2', 'Acme', '01/01/1900', '31/12/2999', '£10.00', 'Unpaid'], { issueDate: undefined, dueDate: undefined }],
    ['an amount of 10^15', ['INV-3', 'Acme', '01/10/2026', '31/10/2026', '£1,000,000,000,000,000.00', 'Unpaid'], { total: undefined }],
    ['a client name of 5,000 characters', ['INV-4', 'A'.repeat(5000), '01/10/2026', '31/10/2026', '£10.00', 'Unpaid'], { clientName: 'A'.repeat(200) }],
  ])('stores nothing nonsensical for %s', (_label, cells, expected) => {
    const [inv] = extractInvoices(page([row(cells)]), { today: '2026-11-22' });
    expect(inv).toMatchObject({ number: cells[0] });
    for (const [k, v] of Object.entries(expected)) expect((inv as Record<string, unknown>)[k]).toEqual(v);
    expect(DetectedInvoiceSchema.safeParse(inv).success).toBe(true);
  });

  it('refuses a number that is not one: too long, no digit, a date or an amount', () => {
    const rows = [['X'.repeat(80) + '1'], ['Total'], ['12/10/2026'], ['1,234.00'], ['—']].map(([n]) => row([n!, 'Acme', '01/10/2026', '31/10/2026', '£10.00', 'Unpaid']));
    expect(extractInvoices(page(rows), { today: '2026-11-22' })).toEqual([]);
  });

  it('reads 10,000 rows without failing, each once', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => row([`INV-${i}`, `Client ${i % 50}`, '01/10/2026', '31/10/2026', `£${i}.50`, i % 3 ? 'Unpaid' : 'Paid']));
    const found = extractInvoices(page(rows), { today: '2026-11-22' });
    expect(found).toHaveLength(10_000);
    expect(new Set(found.map((f) => f.number)).size).toBe(10_000);
    expect(found[9999]).toMatchObject({ number: 'INV-9999', total: { minor: 999_950, currency: 'GBP' } });
  });

  it('does not read into iframes (each frame is its own page) and survives them', () => {
    const doc = page([row(['INV-5', 'Acme', '01/10/2026', '31/10/2026', '£10.00', 'Unpaid'])]);
    const frame = doc.createElement('iframe');
    frame.setAttribute('srcdoc', '<table><tr><th>Invoice</th><th>Customer</th></tr><tr><td>EVIL-1</td><td>X</td></tr></table>');
    doc.body.append(frame);
    expect(extractInvoices(doc, { today: '2026-11-22' }).map((f) => f.number)).toEqual(['INV-5']);
  });

  it('skips broken JSON-LD and keeps going', () => {
    const doc = page([row(['INV-6', 'Acme', '01/10/2026', '31/10/2026', '£10.00', 'Unpaid'])]);
    const s = doc.createElement('script');
    s.type = 'application/ld+json';
    s.textContent = '{"@type":"Invoice", "confirmationNumber": ';
    doc.head.append(s);
    expect(extractInvoices(doc).map((f) => f.number)).toEqual(['INV-6']);
  });
});

describe('chunked extraction', () => {
  it('gives the same invoices as the one-go extraction, yielding between slices', async () => {
    const { extractInvoicesChunked } = await import('../../../lib/capture');
    const rows = Array.from({ length: 3000 }, (_, i) => row([`INV-${i}`, `Client ${i % 50}`, '01/10/2026', '31/10/2026', `£${i}.50`, 'Unpaid']));
    const doc = page(rows);
    let yields = 0;
    const chunked = await extractInvoicesChunked(doc, { today: '2026-11-22' }, { budgetMs: 1, yieldToPage: async () => void yields++ });
    expect(chunked).toEqual(extractInvoices(doc, { today: '2026-11-22' }));
    expect(yields).toBeGreaterThan(5);
  });
});
