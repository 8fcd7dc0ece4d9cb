import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type Invoice, type InvoiceStatus, type ReminderEvent } from '../../../lib/core';
import {
  agingBalance,
  AGE_BUCKETS,
  bucketOf,
  buildRows,
  clientTimeline,
  daysSalesOutstanding,
  doneToday,
  filterRows,
  paymentsThisMonth,
  sortRows,
  topOverdueClients,
} from '../../../lib/desk';

const TODAY = '2026-11-20';
const at = '2026-10-01T08:00:00.000Z';

function inv(number: string, over: Partial<Invoice> = {}): Invoice {
  const minor = over.total?.minor ?? 100_00;
  const currency = over.total?.currency ?? 'EUR';
  return {
    id: `erp.example.fr:${number}`,
    number,
    clientId: 'dupont',
    clientName: 'Boulangerie Dupont',
    total: { minor, currency },
    amountDue: { minor, currency },
    issueDate: '2026-10-01',
    dueDate: '2026-10-31',
    dueDateInferred: false,
    status: 'open',
    statusSetBy: 'capture',
    kind: 'invoice',
    source: { url: 'https://erp.example.fr/list', host: 'erp.example.fr', method: 'table', seenAt: at },
    notes: '',
    unpaid: 1,
    createdAt: at,
    updatedAt: at,
    ...over,
  };
}

function event(over: Partial<ReminderEvent>): ReminderEvent {
  return {
    id: 1,
    invoiceIds: ['erp.example.fr:A'],
    clientId: 'dupont',
    channel: 'email',
    action: 'sent',
    stage: 'reminder1',
    at: '2026-11-10T09:00:00.000Z',
    date: '2026-11-10',
    to: [],
    ...over,
  };
}

describe('aging balance', () => {
  it.each([
    [-5, 'not-due'],
    [0, 'not-due'],
    [1, '1-30'],
    [30, '1-30'],
    [31, '31-60'],
    [60, '31-60'],
    [61, '61-90'],
    [90, '61-90'],
    [91, '90+'],
    [400, '90+'],
  ] as const)('%i days past the due date is %s', (days, bucket) => {
    expect(bucketOf(days)).toBe(bucket);
  });

  it('sums what is still due per currency and bucket, keeps disputes, leaves out paid, cancelled, drafts and credit notes', () => {
    const rows = agingBalance(
      [
        inv('A', { dueDate: addDays(TODAY, 5) }),
        inv('B', { dueDate: addDays(TODAY, -10), amountDue: { minor: 40_00, currency: 'EUR' }, status: 'partial' }),
        inv('C', { dueDate: addDays(TODAY, -95), status: 'disputed', unpaid: 0 }),
        inv('D', { dueDate: addDays(TODAY, -45), status: 'paid', amountDue: { minor: 0, currency: 'EUR' }, unpaid: 0 }),
        inv('E', { dueDate: addDays(TODAY, -45), status: 'cancelled', unpaid: 0 }),
        inv('F', {
          dueDate: addDays(TODAY, -45),
          kind: 'credit-note',
          total: { minor: -50_00, currency: 'EUR' },
          amountDue: { minor: -50_00, currency: 'EUR' },
        }),
        inv('G', { dueDate: addDays(TODAY, -70), total: { minor: 500_00, currency: 'GBP' } }),
        inv('H', { dueDate: addDays(TODAY, -3), status: 'draft' }),
      ],
      TODAY,
    );
    expect(rows).toEqual([
      {
        currency: 'GBP',
        buckets: { 'not-due': 0, '1-30': 0, '31-60': 0, '61-90': 500_00, '90+': 0 },
        counts: { 'not-due': 0, '1-30': 0, '31-60': 0, '61-90': 1, '90+': 0 },
        total: 500_00,
        overdue: 500_00,
      },
      {
        currency: 'EUR',
        buckets: { 'not-due': 100_00, '1-30': 40_00, '31-60': 0, '61-90': 0, '90+': 100_00 },
        counts: { 'not-due': 1, '1-30': 1, '31-60': 0, '61-90': 0, '90+': 1 },
        total: 240_00,
        overdue: 140_00,
      },
    ]);
  });

  it('buckets always add up to the total, whatever the invoices', () => {
    const arb = fc.array(
      fc.record({
        days: fc.integer({ min: -200, max: 400 }),
        minor: fc.integer({ min: 0, max: 10 ** 9 }),
        currency: fc.constantFrom('EUR', 'GBP', 'USD'),
        status: fc.constantFrom<InvoiceStatus>('open', 'partial', 'paid', 'disputed', 'cancelled'),
      }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(arb, (specs) => {
        const invoices = specs.map((s, i) =>
          inv(`N${i}`, { dueDate: addDays(TODAY, -s.days), total: { minor: s.minor, currency: s.currency }, status: s.status }),
        );
        for (const row of agingBalance(invoices, TODAY)) {
          expect(AGE_BUCKETS.reduce((sum, b) => sum + row.buckets[b], 0)).toBe(row.total);
          const expected = invoices
            .filter((i) => i.total.currency === row.currency && ['open', 'partial', 'disputed'].includes(i.status))
            .reduce((s, i) => s + i.amountDue.minor, 0);
          expect(row.total).toBe(expected);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('invoice list: search, filters and sort', () => {
  const invoices = [
    inv('FA2611-0007', {
      clientName: 'Boulangerie Dupont & Fils',
      total: { minor: 1_240_00, currency: 'EUR' },
      dueDate: addDays(TODAY, -9),
    }),
    inv('FA2610-0031', {
      clientName: 'Garage Martin SARL',
      clientId: 'garage-martin-sarl',
      total: { minor: 3_180_50, currency: 'EUR' },
      dueDate: addDays(TODAY, -40),
    }),
    inv('INV-1042', {
      clientName: 'Hôtel des Voyageurs',
      clientId: 'hotel',
      total: { minor: 990_00, currency: 'GBP' },
      dueDate: addDays(TODAY, 12),
      source: { url: 'https://books.example.co.uk/', host: 'books.example.co.uk', method: 'grid', seenAt: at },
    }),
    inv('FA2609-0002', {
      clientName: 'Cabinet Leroy',
      clientId: 'leroy',
      status: 'paid',
      unpaid: 0,
      amountDue: { minor: 0, currency: 'EUR' },
    }),
  ];
  const events = [
    event({ invoiceIds: ['erp.example.fr:FA2610-0031'], stage: 'reminder2' }),
    event({ invoiceIds: ['erp.example.fr:FA2610-0031'], stage: 'reminder1', date: '2026-10-30', at: '2026-10-30T09:00:00.000Z' }),
  ];
  const rows = buildRows(invoices, events, TODAY);
  const numbers = (r: { invoice: Invoice }[]) => r.map((x) => x.invoice.number);

  it.each([
    ['a client, any case and accents', { text: 'hotel voyageurs' }, ['INV-1042']],
    ['part of a number', { text: '2611' }, ['FA2611-0007']],
    ['an amount with a comma and spaces', { text: '3 180,50 €' }, ['FA2610-0031']],
    ['an amount with a dot', { text: '1240.00' }, ['FA2611-0007']],
    ['a whole amount', { text: '990' }, ['INV-1042']],
    ['a status', { statuses: ['paid'] as InvoiceStatus[] }, ['FA2609-0002']],
    ['the last stage reached', { stages: ['reminder2'] as const }, ['FA2610-0031']],
    ['never chased', { stages: ['none'] as const }, ['FA2611-0007', 'INV-1042', 'FA2609-0002']],
    ['a portal', { hosts: ['books.example.co.uk'] }, ['INV-1042']],
    ['a currency', { currencies: ['EUR'], statuses: ['open'] as InvoiceStatus[] }, ['FA2611-0007', 'FA2610-0031']],
    ['an age bucket', { buckets: ['31-60'] as const }, ['FA2610-0031']],
    ['nothing', {}, ['FA2611-0007', 'FA2610-0031', 'INV-1042', 'FA2609-0002']],
  ])('finds by %s', (_label, query, expected) => {
    expect(numbers(filterRows(rows, query))).toEqual(expected);
  });

  it('sorts by any column both ways', () => {
    expect(numbers(sortRows(rows, { key: 'amountDue', dir: 'desc' }))).toEqual(['FA2610-0031', 'FA2611-0007', 'INV-1042', 'FA2609-0002']);
    expect(numbers(sortRows(rows, { key: 'client', dir: 'asc' }))).toEqual(['FA2611-0007', 'FA2609-0002', 'FA2610-0031', 'INV-1042']);
    expect(numbers(sortRows(rows, { key: 'daysLate', dir: 'desc' }))[0]).toBe('FA2610-0031');
    expect(sortRows(rows, { key: 'stage', dir: 'desc' })[0]!.reached).toBe('reminder2');
  });
});

describe('overview figures', () => {
  it('ranks clients by overdue amount, leaves out disputes and what is not yet due', () => {
    const top = topOverdueClients(
      [
        inv('A', { clientId: 'a', clientName: 'A', dueDate: addDays(TODAY, -5), total: { minor: 100, currency: 'EUR' } }),
        inv('B', { clientId: 'b', clientName: 'B', dueDate: addDays(TODAY, -50), total: { minor: 900, currency: 'EUR' } }),
        inv('B2', { clientId: 'b', clientName: 'B', dueDate: addDays(TODAY, -5), total: { minor: 200, currency: 'EUR' } }),
        inv('C', {
          clientId: 'c',
          clientName: 'C',
          dueDate: addDays(TODAY, -5),
          total: { minor: 5000, currency: 'EUR' },
          status: 'disputed',
        }),
        inv('D', { clientId: 'd', clientName: 'D', dueDate: addDays(TODAY, 5), total: { minor: 5000, currency: 'EUR' } }),
      ],
      TODAY,
    );
    expect(top.map((c) => [c.clientName, c.overdue.minor, c.invoices, c.oldestDaysLate])).toEqual([
      ['B', 1100, 2, 50],
      ['A', 100, 1, 5],
    ]);
  });

  it('computes days sales outstanding over the last 90 days of invoicing', () => {
    const dso = daysSalesOutstanding(
      [
        inv('A', { issueDate: addDays(TODAY, -10), total: { minor: 30_000, currency: 'EUR' } }),
        inv('B', {
          issueDate: addDays(TODAY, -80),
          total: { minor: 60_000, currency: 'EUR' },
          status: 'paid',
          amountDue: { minor: 0, currency: 'EUR' },
        }),
        inv('C', { issueDate: addDays(TODAY, -200), total: { minor: 15_000, currency: 'EUR' } }),
      ],
      TODAY,
    );
    // Owed 45,000 over 90,000 invoiced in 90 days: 45 days.
    expect(dso).toEqual([{ currency: 'EUR', days: 45, receivable: 45_000, sales: 90_000 }]);
  });

  it('counts the payments recorded this month and the invoices a portal showed paid, once each', () => {
    const invoices = [
      inv('A', { status: 'paid', statusSetBy: 'user', paidAt: '2026-11-05', amountDue: { minor: 0, currency: 'EUR' } }),
      inv('B', { status: 'paid', paidAt: '2026-11-12', total: { minor: 500, currency: 'EUR' }, amountDue: { minor: 0, currency: 'EUR' } }),
      inv('C', { status: 'paid', paidAt: '2026-10-12', amountDue: { minor: 0, currency: 'EUR' } }),
    ];
    const events = [
      event({
        action: 'payment',
        stage: undefined,
        invoiceIds: [invoices[0]!.id],
        date: '2026-11-05',
        amount: { minor: 100_00, currency: 'EUR' },
      }),
      event({
        action: 'payment',
        stage: undefined,
        invoiceIds: [invoices[1]!.id],
        date: '2026-10-28',
        amount: { minor: 200, currency: 'EUR' },
      }),
    ];
    // 100.00 recorded this month, and B's last 3.00 (5.00 less the 2.00 recorded in October).
    expect(paymentsThisMonth(invoices, events, TODAY)).toEqual([{ currency: 'EUR', minor: 100_00 + 300 }]);
  });

  it('counts what was done today, once per action', () => {
    const events = [
      event({ action: 'sent', date: TODAY, at: `${TODAY}T09:00:00.000Z`, invoiceIds: ['x:1', 'x:2'] }),
      event({ action: 'drafted', date: TODAY, at: `${TODAY}T08:00:00.000Z` }),
      event({ action: 'payment', date: '2026-11-02', at: `${TODAY}T12:00:00.000Z` }),
      event({ action: 'called', date: '2026-11-19', at: '2026-11-19T12:00:00.000Z' }),
    ];
    expect(doneToday(events, TODAY)).toBe(2);
  });
});

describe('client timeline', () => {
  it('lists captures and every event newest first, with the invoice numbers', () => {
    const a = inv('A', { createdAt: '2026-10-01T08:00:00.000Z' });
    const entries = clientTimeline(
      [a],
      [
        event({ id: 1, invoiceIds: [a.id], action: 'sent', at: '2026-11-10T09:00:00.000Z', subject: 'Relance', to: ['compta@dupont.fr'] }),
        event({ id: 2, invoiceIds: [a.id], action: 'promise', stage: undefined, at: '2026-11-12T09:00:00.000Z', until: '2026-11-30' }),
        event({ id: 3, invoiceIds: ['other.example:Z9'], action: 'note', stage: undefined, at: '2026-11-12T09:00:00.000Z', note: 'x' }),
      ],
    );
    expect(entries.map((e) => [e.kind, e.numbers.join()])).toEqual([
      ['note', 'Z9'],
      ['promise', 'A'],
      ['sent', 'A'],
      ['captured', 'A'],
    ]);
    expect(entries.at(-1)!.source).toEqual({ host: 'erp.example.fr', method: 'table' });
  });
});
