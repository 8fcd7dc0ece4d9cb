// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { extractInvoices, extractInvoicesChunked, MAX_INVOICES } from '../../../lib/capture';
import { DetectedInvoiceSchema, type DetectedInvoice } from '../../../lib/core';

const TODAY = '2026-11-22';
const HEAD = '<tr><th>Invoice</th><th>Customer</th><th>Date</th><th>Due date</th><th>Amount</th><th>Status</th></tr>';
const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
const ok = (n: string) => row([n, 'Acme', '01/10/2026', '31/10/2026', '£10.00', 'Unpaid']);

/** A British page holding one table; markup is parsed, never run (DOMParser gives an inert document). */
function page(rows: string[], head = HEAD, extra = ''): Document {
  const doc = new DOMParser().parseFromString(
    `<html lang="en-GB"><body><table>${head}${rows.join('')}</table>${extra}</body></html>`,
    'text/html',
  );
  return doc;
}

function expectSane(found: DetectedInvoice[]) {
  for (const f of found) expect(DetectedInvoiceSchema.safeParse(f).success, f.number).toBe(true);
  expect(new Set(found.map((f) => f.number)).size).toBe(found.length);
}

describe('script-bearing text', () => {
  const hostile = '<img src=x onerror=alert(1)>';
  it.each([
    [
      'the client',
      ['INV-1', '&lt;img src=x onerror=alert(1)&gt;', '01/10/2026', '31/10/2026', '£10.00', 'Unpaid'],
      { number: 'INV-1', clientName: hostile, total: { minor: 1000, currency: 'GBP' } },
    ],
    ['the number', ['&lt;img src=x onerror=alert(1)&gt;', 'Acme', '01/10/2026', '31/10/2026', '£10.00', 'Unpaid'], undefined],
    [
      'the amount',
      ['INV-2', 'Acme', '01/10/2026', '31/10/2026', '&lt;script&gt;alert(1)&lt;/script&gt; £10.00', 'Unpaid'],
      { number: 'INV-2', total: { minor: 1000, currency: 'GBP' } },
    ],
    [
      'the dates',
      ['INV-3', 'Acme', '&lt;svg onload=alert(1)&gt;', 'javascript:alert(1)', '£10.00', 'Unpaid'],
      { number: 'INV-3', issueDate: undefined, dueDate: undefined },
    ],
    [
      'the status',
      ['INV-4', 'Acme', '01/10/2026', '31/10/2026', '£10.00', '<b onclick="alert(1)">Unpaid</b>'],
      { number: 'INV-4', status: 'open' },
    ],
    [
      'a real script element in a cell',
      ['INV-5', 'Acme<script>window.__pwned = "INV-666"</script>', '01/10/2026', '31/10/2026', '£10.00', 'Unpaid'],
      { number: 'INV-5', clientName: 'Acme' },
    ],
    [
      'a real image with an error handler',
      ['INV-6', 'Acme<img src="x" onerror="window.__pwned = 1">', '01/10/2026', '31/10/2026', '£10.00', 'Unpaid'],
      { number: 'INV-6', clientName: 'Acme' },
    ],
  ])('in %s is read as text or dropped, and nothing runs or changes', (_where, cells, expected) => {
    const doc = page([row(cells)]);
    const before = doc.documentElement.outerHTML;
    const found = extractInvoices(doc, { today: TODAY });
    if (expected) expect(found).toHaveLength(1);
    else expect(found).toEqual([]);
    for (const [k, v] of Object.entries(expected ?? {})) expect((found[0] as Record<string, unknown>)[k]).toEqual(v);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
    expectSane(found);
  });
});

// Large pages in happy-dom: the work is bounded by counts below; the time limit only stops a hang,
// and is wide because a loaded machine runs them several times slower.
describe('absurd values', { timeout: 120_000 }, () => {
  it.each([
    ['a date in 1900', ['INV-2', 'Acme', '01/01/1900', '31/10/2026', '£10.00', 'Unpaid'], { issueDate: undefined, dueDate: '2026-10-31' }],
    ['a date in 2999', ['INV-2', 'Acme', '01/10/2026', '31/12/2999', '£10.00', 'Unpaid'], { issueDate: '2026-10-01', dueDate: undefined }],
    ['31 February', ['INV-2', 'Acme', '31/02/2026', '31/10/2026', '£10.00', 'Unpaid'], { issueDate: undefined }],
    ['an amount of 10^15', ['INV-3', 'Acme', '01/10/2026', '31/10/2026', '£1,000,000,000,000,000.00', 'Unpaid'], { total: undefined }],
    [
      'an amount of 10^12, beyond Money’s bound',
      ['INV-3', 'Acme', '01/10/2026', '31/10/2026', '£1,000,000,000,000.00', 'Unpaid'],
      { total: undefined, clientName: 'Acme' },
    ],
    ['an amount of Infinity', ['INV-3', 'Acme', '01/10/2026', '31/10/2026', '£Infinity', 'Unpaid'], { total: undefined }],
    [
      'an amount written 1e308',
      ['INV-3', 'Acme', '01/10/2026', '31/10/2026', '£1e308', 'Unpaid'],
      { total: { minor: 100, currency: 'GBP' } },
    ],
    ['minus zero', ['INV-3', 'Acme', '01/10/2026', '31/10/2026', '-£0.00', 'Paid'], { total: { minor: 0, currency: 'GBP' } }],
    [
      'a client name of 5,000 characters',
      ['INV-4', 'A'.repeat(5000), '01/10/2026', '31/10/2026', '£10.00', 'Unpaid'],
      { clientName: 'A'.repeat(200) },
    ],
    [
      'a status of 5,000 characters',
      ['INV-4', 'Acme', '01/10/2026', '31/10/2026', '£10.00', `Unpaid ${'x'.repeat(5000)}`],
      { status: undefined },
    ],
  ])('stores nothing nonsensical for %s', (_label, cells, expected) => {
    const [inv] = extractInvoices(page([row(cells)]), { today: TODAY });
    expect(inv).toMatchObject({ number: cells[0] });
    for (const [k, v] of Object.entries(expected)) expect((inv as Record<string, unknown>)[k], k).toEqual(v);
    expectSane([inv!]);
  });

  it('refuses a number that is not one: too long, no digit, a date, an amount, a dash', () => {
    const rows = [`X${'1'.repeat(80)}`, 'Total', '12/10/2026', '1,234.00', '—'].map((n) =>
      row([n, 'Acme', '01/10/2026', '31/10/2026', '£10.00', 'Unpaid']),
    );
    expect(extractInvoices(page(rows), { today: TODAY })).toEqual([]);
  });

  it.each([
    ['a colspan of a million', '<td colspan="1000000">INV-1</td>'],
    ['a negative colspan', '<td colspan="-5">INV-1</td>'],
    ['a colspan that is not a number', '<td colspan="abc">INV-1</td>'],
  ])('survives %s', (_what, first) => {
    const found = extractInvoices(
      page([`<tr>${first}<td>Acme</td><td>01/10/2026</td><td>31/10/2026</td><td>£10.00</td><td>Unpaid</td></tr>`, ok('INV-2')]),
      { today: TODAY },
    );
    expect(found.map((f) => f.number)).toContain('INV-2');
    expectSane(found);
  });

  it('reads a row of 100,000 cells with work bounded by the columns it needs, not by the cells', () => {
    const wide = `<tr>${'<td>9</td>'.repeat(100_000)}</tr>`;
    const doc = page([ok('INV-1'), wide, ok('INV-2')]);
    // Counts reads of element text (textContent, innerText) instead of timing them: a count does
    // not change with the machine's load.
    const reads = countTextReads(doc);
    const found = extractInvoices(doc, { today: TODAY });
    reads.stop();
    expect(found.map((f) => f.number)).toEqual(['INV-1', 'INV-2']);
    expect(reads.count).toBeGreaterThan(0); // the counter sees capture's reads
    expect(reads.count).toBeLessThan(5_000); // 544 today: the cells no column names are never read
  });

  it('survives tables nested 300 deep', () => {
    const nested = '<table><tr><td>'.repeat(300) + 'INV-9' + '</td></tr></table>'.repeat(300);
    const found = extractInvoices(page([ok('INV-1')], HEAD, nested), { today: TODAY });
    expect(found.map((f) => f.number)).toEqual(['INV-1']);
  });
});

// Large pages in happy-dom: the work is bounded by counts below; the time limit only stops a hang,
// and is wide because a loaded machine runs them several times slower.
describe('huge pages', { timeout: 120_000 }, () => {
  it('reads 10,000 rows, each once', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      row([`INV-${i}`, `Client ${i % 50}`, '01/10/2026', '31/10/2026', `£${i}.50`, i % 3 ? 'Unpaid' : 'Paid']),
    );
    const found = extractInvoices(page(rows), { today: TODAY });
    expect(found).toHaveLength(10_000);
    expect(new Set(found.map((f) => f.number)).size).toBe(10_000);
    expect(found[9999]).toMatchObject({ number: 'INV-9999', total: { minor: 999_950, currency: 'GBP' } });
  });

  it(`stops at ${MAX_INVOICES} invoices on a page that shows more`, () => {
    const rows = Array.from({ length: MAX_INVOICES + 500 }, (_, i) => ok(`INV-${i}`));
    expect(extractInvoices(page(rows), { today: TODAY })).toHaveLength(MAX_INVOICES);
  });
});

describe('frames, templates and structured data', () => {
  it('does not read into iframes (each frame is its own page) or templates', () => {
    const extra =
      '<iframe srcdoc="<table><tr><th>Invoice</th><th>Customer</th></tr><tr><td>EVIL-1</td><td>X</td></tr></table>"></iframe>' +
      '<template><table><tr><th>Invoice</th><th>Customer</th><th>Amount</th></tr><tr><td>EVIL-2</td><td>X</td><td>£1.00</td></tr></table></template>';
    expect(extractInvoices(page([ok('INV-5')], HEAD, extra), { today: TODAY }).map((f) => f.number)).toEqual(['INV-5']);
  });

  it.each([
    ['broken JSON-LD', '{"@type":"Invoice", "confirmationNumber": '],
    ['JSON-LD nested 100,000 deep', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    [
      'a number that is an object',
      '{"@type":"Invoice","confirmationNumber":{"x":1},"totalPaymentDue":{"price":"1","priceCurrency":"GBP"}}',
    ],
    [
      'a prototype-polluting key',
      '{"@type":"Invoice","confirmationNumber":"UK-1","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}',
    ],
  ])('skips %s and keeps going', (_what, json) => {
    const doc = page([ok('INV-6')]);
    const s = doc.createElement('script');
    s.type = 'application/ld+json';
    s.textContent = json;
    doc.head.append(s);
    const found = extractInvoices(doc, { today: TODAY });
    expect(found.map((f) => f.number)).toContain('INV-6');
    expect(({} as { polluted?: string }).polluted).toBeUndefined();
    expectSane(found);
  });
});

// Large pages in happy-dom: the work is bounded by counts below; the time limit only stops a hang,
// and is wide because a loaded machine runs them several times slower.
describe('pages that keep changing', { timeout: 120_000 }, () => {
  const rows = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ok(`INV-${from + i}`));

  it.each([
    ['rows removed between slices', (t: HTMLTableElement) => t.querySelectorAll('tr:nth-child(3n)').forEach((r) => r.remove())],
    ['rows added between slices', (t: HTMLTableElement) => t.tBodies[0]?.insertAdjacentHTML('beforeend', rows(50, 100_000).join(''))],
    [
      'every cell rewritten between slices',
      (t: HTMLTableElement) => t.querySelectorAll('td').forEach((c, i) => (c.textContent = i % 6 === 4 ? 'loading…' : c.textContent)),
    ],
    ['the whole table replaced between slices', (t: HTMLTableElement) => t.replaceWith(t.ownerDocument.createElement('div'))],
  ])('gives sane results with %s', async (_what, mutate) => {
    const doc = page(rows(1500));
    const table = doc.querySelector('table')!;
    let slices = 0;
    // At the eighth slice and the fifteenth: the rows are listed, the grid planned and its first rows read by then.
    const found = await extractInvoicesChunked(
      doc,
      { today: TODAY },
      { budgetMs: 0, yieldToPage: async () => void ((++slices === 8 || slices === 15) && mutate(table)) },
    );
    expect(found.length).toBeGreaterThan(0);
    expectSane(found);
  });

  it('does not report rows the page removed before they were read', async () => {
    const doc = page(rows(1000));
    let slices = 0;
    const found = await extractInvoicesChunked(
      doc,
      { today: TODAY },
      {
        budgetMs: 0,
        // By the fifth slice only the first rows are read: the second half goes before its turn.
        yieldToPage: async () => void (++slices === 5 && doc.querySelectorAll('tbody tr').forEach((r, i) => i > 500 && r.remove())),
      },
    );
    expect(found.map((f) => f.number)).toEqual(Array.from({ length: 500 }, (_, i) => `INV-${i}`));
  });

  it('gives sane results on a page that changes every 100 ms while it is read', async () => {
    const doc = page(rows(3000));
    const body = doc.querySelector('tbody')!;
    let tick = 0;
    const timer = setInterval(() => {
      tick++;
      body.firstElementChild?.remove();
      body.insertAdjacentHTML('beforeend', ok(`NEW-${tick}`));
    }, 100);
    try {
      const found = await extractInvoicesChunked(
        doc,
        { today: TODAY },
        { budgetMs: 2, yieldToPage: () => new Promise((r) => setTimeout(r, 15)) },
      );
      expect(tick).toBeGreaterThan(0);
      expect(found.length).toBeGreaterThan(2900);
      expectSane(found);
    } finally {
      clearInterval(timer);
    }
  });
});

describe('chunked extraction', () => {
  it('gives the same invoices as the one-go extraction, yielding between slices', async () => {
    const doc = page(
      Array.from({ length: 3000 }, (_, i) => row([`INV-${i}`, `Client ${i % 50}`, '01/10/2026', '31/10/2026', `£${i}.50`, 'Unpaid'])),
    );
    let yields = 0;
    const chunked = await extractInvoicesChunked(doc, { today: TODAY }, { budgetMs: 1, yieldToPage: async () => void yields++ });
    expect(chunked).toEqual(extractInvoices(doc, { today: TODAY }));
    expect(yields).toBeGreaterThan(5);
  });

  it('yields in idle time by default, where the browser can collect garbage between slices', async () => {
    const doc = page(Array.from({ length: 1000 }, (_, i) => ok(`INV-${i}`)));
    let idle = 0;
    vi.stubGlobal('requestIdleCallback', (fn: () => void, options?: { timeout?: number }) => {
      idle++;
      expect(options?.timeout).toBeGreaterThan(0);
      return setTimeout(fn, 0);
    });
    try {
      const found = await extractInvoicesChunked(doc, { today: TODAY }, { budgetMs: 0 });
      expect(found).toHaveLength(1000);
      expect(idle).toBeGreaterThan(5);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('measures its slices with the clock it is given', async () => {
    const doc = page(Array.from({ length: 1000 }, (_, i) => ok(`INV-${i}`)));
    let t = 0;
    let yields = 0;
    // A clock that advances 1 ms per reading, budget 3 ms: a yield every few steps, deterministically.
    await extractInvoicesChunked(doc, { today: TODAY }, { budgetMs: 3, now: () => t++, yieldToPage: async () => void yields++ });
    expect(yields).toBeGreaterThan(3);
  });
});

/** Counts the reads of textContent and innerText on the elements of `doc` until stop(). */
function countTextReads(doc: Document): { count: number; stop(): void } {
  const counter = { count: 0, stop: () => {} };
  const restores: (() => void)[] = [];
  for (const name of ['textContent', 'innerText'] as const) {
    let proto: object | null = doc.body;
    while (proto && !Object.getOwnPropertyDescriptor(proto, name)) proto = Object.getPrototypeOf(proto);
    const descriptor = proto && Object.getOwnPropertyDescriptor(proto, name);
    if (!proto || !descriptor?.get) continue;
    const get = descriptor.get;
    Object.defineProperty(proto, name, {
      ...descriptor,
      get(this: Node) {
        counter.count++;
        return get.call(this);
      },
    });
    restores.push(() => Object.defineProperty(proto!, name, descriptor));
  }
  counter.stop = () => restores.forEach((r) => r());
  return counter;
}
