// The list's search and the aging were rewritten for speed (one pass, nothing built per row): these
// check them against the plain versions they replace, written here as the reference, on generated
// invoices and queries. Any difference in what is found or summed fails. The compact table the list
// keeps (typed columns, one search string) is held to the same references, and to sortRows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, INVOICE_STATUSES, STAGES, type Invoice, type ReminderEvent } from '../../../lib/core';
import { toDayNumber } from '../../../lib/core/calendar';
import {
  AGE_BUCKETS,
  agingBalance,
  bucketOf,
  buildRows,
  buildTable,
  filterRows,
  filterTable,
  fold,
  idOf,
  inBalance,
  inOrder,
  listRowOf,
  rowOfId,
  SORT_KEYS,
  sortRows,
  sortTable,
  tableAging,
  type CurrencyAging,
  type DeskRow,
  type InvoiceQuery,
} from '../../../lib/desk';

const TODAY = '2026-11-20';
const at = '2026-10-01T08:00:00.000Z';

function referenceAmount(text: string): string | null {
  const bare = text.replace(/[\s\u00a0\u202f€$£]|eur|gbp|usd|chf/gi, '');
  if (!/^\d+([.,]\d{1,2})?$/.test(bare)) return null;
  const [int, frac = ''] = bare.split(/[.,]/) as [string, string?];
  return frac ? `${int}.${frac.padEnd(2, '0')}` : `${int}.`;
}

function referenceFilter(rows: readonly DeskRow[], query: InvoiceQuery): DeskRow[] {
  const text = query.text ? fold(query.text) : '';
  const amount = text ? referenceAmount(text) : null;
  const words = text ? text.split(' ') : [];
  const ok = <T>(list: readonly T[] | undefined, value: T) => !list || list.length === 0 || list.includes(value);
  return rows.filter((row) => {
    const inv = row.invoice;
    if (!ok(query.statuses, inv.status) || !ok(query.stages, row.reached ?? 'none') || !ok(query.hosts, inv.source.host)) return false;
    if (!ok(query.currencies, inv.amountDue.currency) || !ok(query.buckets, row.bucket)) return false;
    if (amount && (row.haystack.includes(` ${amount}`) || row.haystack.includes(` ${amount.replace('.', ',')}`))) return true;
    return words.every((w) => row.haystack.includes(w));
  });
}

function referenceAging(invoices: readonly Invoice[], today: string): CurrencyAging[] {
  const byCurrency = new Map<string, CurrencyAging>();
  for (const invoice of invoices) {
    if (!inBalance(invoice)) continue;
    const { currency, minor } = invoice.amountDue;
    const zero = () => Object.fromEntries(AGE_BUCKETS.map((b) => [b, 0])) as Record<(typeof AGE_BUCKETS)[number], number>;
    const row = byCurrency.get(currency) ?? { currency, buckets: zero(), counts: zero(), total: 0, overdue: 0 };
    byCurrency.set(currency, row);
    const bucket = bucketOf(toDayNumber(today) - toDayNumber(invoice.dueDate));
    row.buckets[bucket] += minor;
    row.counts[bucket] += 1;
    row.total += minor;
    if (bucket !== 'not-due') row.overdue += minor;
  }
  return [...byCurrency.values()].sort((a, b) => b.total - a.total || a.currency.localeCompare(b.currency));
}

const HOSTS = ['erp.example.fr', 'books.example.co.uk'];
const CURRENCIES = ['EUR', 'GBP', 'CHF'];
// Names with digits, dots and commas, accents and odd spaces: what a search by amount could also hit.
const NAMES = [
  'Boulangerie Dupont',
  'Hôtel des Voyageurs',
  'Garage 1234.50 SARL',
  'Atelier 12,5',
  'Café\u00a0Crème 990',
  'Client 42 Ltd',
  'ÉTS MARTIN & FILS',
  // Equal to others for the sort's collator (case, accents): ties must fall back to the due date the same way.
  'hotel des voyageurs',
  'client 42 ltd',
  // A line break inside a name must not let a search match across two rows of the one search string.
  'Ligne\nCoupée 42',
];

const invoiceArb = fc.record({
  number: fc.oneof(
    fc.nat(99_999).map((n) => `FA-${n}`),
    fc.nat(9999).map((n) => `INV ${n}.${n % 100}`),
    fc.nat(30).map((n) => `fa-${n}`),
  ),
  name: fc.constantFrom(...NAMES),
  total: fc.oneof(fc.integer({ min: -500_00, max: 5_000_000_00 }), fc.constantFrom(0, 99_000, 123_456, 1_234_50, 990_00)),
  paidPart: fc.integer({ min: 0, max: 100 }),
  currency: fc.constantFrom(...CURRENCIES),
  status: fc.constantFrom(...INVOICE_STATUSES),
  kind: fc.constantFrom<Invoice['kind']>('invoice', 'invoice', 'credit-note'),
  days: fc.integer({ min: -120, max: 400 }),
  host: fc.constantFrom(...HOSTS),
  stage: fc.option(fc.constantFrom(...STAGES), { nil: undefined }),
  issued: fc.option(fc.integer({ min: -400, max: 0 }), { nil: undefined }),
});

type Spec = typeof invoiceArb extends fc.Arbitrary<infer T> ? T : never;

function build(specs: Spec[]): { invoices: Invoice[]; events: ReminderEvent[] } {
  const invoices = specs.map((s, i): Invoice => {
    const due = Math.round((s.total * s.paidPart) / 100);
    return {
      id: `${s.host}:${s.number}#${i}`,
      number: s.number,
      clientId: `c${i % 5}`,
      clientName: s.name,
      total: { minor: s.total, currency: s.currency },
      amountDue: { minor: due, currency: s.currency },
      issueDate: s.issued === undefined ? undefined : addDays(TODAY, s.issued),
      dueDate: addDays(TODAY, -s.days),
      dueDateInferred: false,
      status: s.status,
      statusSetBy: 'capture',
      kind: s.kind,
      source: { url: `https://${s.host}/`, host: s.host, method: 'table', seenAt: at },
      notes: '',
      unpaid: s.status === 'open' || s.status === 'partial' ? 1 : 0,
      createdAt: at,
      updatedAt: at,
    };
  });
  const events = specs.flatMap((s, i): ReminderEvent[] =>
    s.stage
      ? [
          {
            id: i,
            invoiceIds: [invoices[i]!.id],
            clientId: invoices[i]!.clientId,
            channel: 'email',
            action: 'sent',
            stage: s.stage,
            at: `${TODAY}T09:00:00.000Z`,
            date: TODAY,
            to: [],
          },
        ]
      : [],
  );
  return { invoices, events };
}

// Queries as people type them: amounts in every spelling, words of names and numbers, and nonsense.
const textArb = fc.oneof(
  fc.constantFrom(
    '1 234,50',
    '1234.5',
    '1234,50 €',
    '990',
    '0990',
    '€12',
    '12,5',
    '42',
    'fa-1',
    'hotel voyageurs',
    'crème',
    'MARTIN & fils',
    'sarl 1234',
    '  ',
    'inv 12.',
  ),
  fc.integer({ min: 0, max: 5_000_000_00 }).map((m) => `${Math.floor(m / 100)},${String(m % 100).padStart(2, '0')}`),
  fc.integer({ min: 0, max: 50_000 }).map(String),
  fc.string({ maxLength: 6 }),
);
const some = <T>(values: readonly T[]) => fc.option(fc.subarray([...values], { maxLength: 2 }), { nil: undefined });
const queryArb = fc.record(
  {
    text: textArb,
    pick: fc.record({ k: fc.nat(), form: fc.nat(5) }),
    statuses: some(INVOICE_STATUSES),
    stages: some([...STAGES, 'none' as const]),
    hosts: some(HOSTS),
    currencies: some(CURRENCIES),
    buckets: some(AGE_BUCKETS),
  },
  { requiredKeys: [] },
);

/** What someone looking for `invoice` would type: its amount in some spelling, its number, a word of its client. */
function typedFrom(invoice: Invoice, form: number): string {
  const minor = Math.abs(form % 2 ? invoice.amountDue.minor : invoice.total.minor);
  const int = String(Math.floor(minor / 100));
  const cents = String(minor % 100).padStart(2, '0');
  const spaced = int.replace(/\B(?=(\d{3})+$)/g, '\u202f');
  return [
    `${spaced},${cents} €`,
    `${int}.${cents}`,
    int,
    `${int}.${cents[0]}`,
    invoice.number.toUpperCase(),
    invoice.clientName.split(' ')[0]!,
  ][form]!;
}

describe('search and filters find exactly what the plain version finds', () => {
  it('on generated invoices and queries', () => {
    let byText = 0;
    fc.assert(
      fc.property(fc.array(invoiceArb, { maxLength: 40 }), fc.array(queryArb, { minLength: 1, maxLength: 5 }), (specs, queries) => {
        const { invoices, events } = build(specs);
        const rows = buildRows(invoices, events, TODAY);
        for (const { pick, ...generated } of queries) {
          const query =
            pick && invoices.length > 0 ? { ...generated, text: typedFrom(invoices[pick.k % invoices.length]!, pick.form) } : generated;
          const expected = referenceFilter(rows, query);
          expect(filterRows(rows, query)).toEqual(expected);
          if (query.text?.trim()) byText += expected.length;
        }
      }),
      { numRuns: 300 },
    );
    // The cases must find something by text, or they would prove nothing about the search.
    expect(byText).toBeGreaterThan(100);
  });

  it('finds an invoice by its amount typed in any spelling, and not by another amount', () => {
    const { invoices } = build([
      {
        number: 'FA-1',
        name: 'Boulangerie Dupont',
        total: 1_234_50,
        paidPart: 100,
        currency: 'EUR',
        status: 'open',
        kind: 'invoice',
        days: 3,
        host: HOSTS[0]!,
        stage: undefined,
        issued: undefined,
      },
    ]);
    const rows = buildRows(invoices, [], TODAY);
    for (const text of ['1 234,50', '1234.5', '1234,50 €', '1234']) expect(filterRows(rows, { text })).toHaveLength(1);
    expect(filterRows(rows, { text: '1234,51' })).toHaveLength(0);
  });
});

describe('the aging sums exactly what the plain version sums', () => {
  it('on generated invoices, currencies mixed in any order', () => {
    fc.assert(
      fc.property(fc.array(invoiceArb, { maxLength: 60 }), (specs) => {
        const { invoices } = build(specs);
        expect(agingBalance(invoices, TODAY)).toEqual(referenceAging(invoices, TODAY));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the compact table answers what the rows answer', () => {
  it('finds the same rows, in the same order once sorted, for generated invoices, queries and sorts', () => {
    let found = 0;
    fc.assert(
      fc.property(
        fc.array(invoiceArb, { maxLength: 40 }),
        fc.array(queryArb, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...SORT_KEYS),
        fc.constantFrom<'asc' | 'desc'>('asc', 'desc'),
        (specs, queries, key, dir) => {
          const { invoices, events } = build(specs);
          const rows = buildRows(invoices, events, TODAY);
          const table = buildTable(invoices, events, TODAY);
          const order = sortTable(table, { key, dir });
          expect([...order].map((i) => rows[i])).toEqual(sortRows(rows, { key, dir }));
          for (const { pick, ...generated } of queries) {
            const query =
              pick && invoices.length > 0 ? { ...generated, text: typedFrom(invoices[pick.k % invoices.length]!, pick.form) } : generated;
            const expected = referenceFilter(rows, query);
            const matched = filterTable(table, query);
            expect([...matched].map((i) => rows[i])).toEqual(expected);
            expect([...inOrder(table, order, matched)].map((i) => rows[i])).toEqual(sortRows(expected, { key, dir }));
            found += expected.length;
          }
        },
      ),
      { numRuns: 300 },
    );
    // The cases must find something, or they would prove nothing about the search.
    expect(found).toBeGreaterThan(100);
  });

  it('sums the same aging', () => {
    fc.assert(
      fc.property(fc.array(invoiceArb, { maxLength: 60 }), (specs) => {
        const { invoices, events } = build(specs);
        expect(tableAging(buildTable(invoices, events, TODAY))).toEqual(referenceAging(invoices, TODAY));
      }),
      { numRuns: 300 },
    );
  });

  it('gives back each row as the list shows it, and finds each row by its id', () => {
    fc.assert(
      fc.property(fc.array(invoiceArb, { maxLength: 40 }), (specs) => {
        const { invoices, events } = build(specs);
        const rows = buildRows(invoices, events, TODAY);
        const table = buildTable(invoices, events, TODAY);
        rows.forEach(({ invoice, daysLate, reached }, i) => {
          expect(listRowOf(table, i)).toEqual({
            row: i,
            id: invoice.id,
            number: invoice.number,
            clientId: invoice.clientId,
            clientName: invoice.clientName,
            host: invoice.source.host,
            dueDate: invoice.dueDate,
            daysLate,
            total: invoice.total,
            amountDue: invoice.amountDue,
            status: invoice.status,
            kind: invoice.kind,
            reached,
          });
          expect(idOf(table, i)).toBe(invoice.id);
          expect(rowOfId(table, invoice.id)).toBe(i);
        });
        // Ids that are not there, including one row's id cut short or run on into the next.
        for (const id of ['', 'nope', `${invoices[0]?.id ?? 'x'}#`, invoices[0]?.id.slice(0, -1) ?? 'y'])
          expect(rowOfId(table, id)).toBe(-1);
      }),
      { numRuns: 200 },
    );
  });
});

describe('folding', () => {
  // The normalisation fold skips for plain ASCII, written out: the two must never differ.
  const referenceFold = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[\s\u00a0\u202f]+/g, ' ')
      .trim();

  it('gives what the full normalisation gives, for plain ASCII and for any text', () => {
    const ascii = fc.string({ unit: fc.constantFrom(...' \t\n  AaZz09-.,&éÉ\u00a0\u202fİıß'.split(''), 'x', 'Q'), maxLength: 20 });
    fc.assert(
      fc.property(fc.oneof(ascii, fc.string({ unit: 'binary', maxLength: 20 }), fc.string({ maxLength: 20 })), (text) => {
        expect(fold(text)).toBe(referenceFold(text));
      }),
      { numRuns: 2000 },
    );
  });
});
