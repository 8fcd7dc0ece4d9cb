import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, INVOICE_STATUSES, type Invoice } from '../../../lib/core';
import { buildTable, clientSummaries, idOf, rowsOfClients } from '../../../lib/desk';

const TODAY = '2026-11-20';
const at = '2026-10-01T08:00:00.000Z';

function inv(number: string, clientId: string, over: Partial<Invoice> = {}): Invoice {
  const total = over.total ?? { minor: 100_00, currency: 'EUR' };
  return {
    id: `erp.example.fr:${number}`,
    number,
    clientId,
    clientName: `Client ${clientId}`,
    total,
    amountDue: total,
    dueDate: addDays(TODAY, -10),
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

describe("the desk's client list", () => {
  const invoices = [
    inv('A1', 'dupont', { total: { minor: 124_000, currency: 'EUR' }, dueDate: addDays(TODAY, -9) }),
    inv('A2', 'dupont', { total: { minor: 9_900, currency: 'EUR' }, dueDate: addDays(TODAY, 5) }),
    inv('A3', 'dupont', { status: 'paid', unpaid: 0, amountDue: { minor: 0, currency: 'EUR' } }),
    inv('B1', 'martin', { total: { minor: 318_050, currency: 'EUR' }, dueDate: addDays(TODAY, -40) }),
    inv('C1', 'royal', { total: { minor: 45_000, currency: 'GBP' }, dueDate: addDays(TODAY, -65) }),
    inv('C2', 'royal', { total: { minor: -5_000, currency: 'GBP' }, kind: 'credit-note' }),
    inv('D1', 'leroy', { status: 'disputed', unpaid: 0 }),
  ];
  const table = buildTable(invoices, [], TODAY);
  const clients = clientSummaries(table);

  it('gives each client what it owes and what of it is overdue, the most overdue first', () => {
    expect(clients.map((c) => [c.clientId, c.open, c.due, c.overdue, c.oldestDaysLate])).toEqual([
      ['martin', 1, [{ minor: 318_050, currency: 'EUR' }], [{ minor: 318_050, currency: 'EUR' }], 40],
      ['dupont', 2, [{ minor: 133_900, currency: 'EUR' }], [{ minor: 124_000, currency: 'EUR' }], 9],
      ['royal', 1, [{ minor: 45_000, currency: 'GBP' }], [{ minor: 45_000, currency: 'GBP' }], 65],
      ['leroy', 0, [], [], 0],
    ]);
  });

  it('selects every invoice of the chosen clients, paid ones and credit notes included (an export wants them)', () => {
    const ids = (rows: Int32Array) => Array.from(rows, (r) => idOf(table, r).split(':')[1]);
    expect(ids(rowsOfClients(clients, new Set(['dupont', 'royal'])))).toEqual(['A1', 'A2', 'A3', 'C1', 'C2']);
    expect(ids(rowsOfClients(clients, new Set()))).toEqual([]);
  });

  it('whatever the invoices, each is in exactly one client, and the sums are those of its open invoices', () => {
    const arb = fc.array(
      fc.record({
        client: fc.constantFrom('a', 'b', 'c', 'd'),
        minor: fc.integer({ min: 1, max: 1_000_000 }),
        currency: fc.constantFrom('EUR', 'GBP', 'CHF'),
        late: fc.integer({ min: -60, max: 200 }),
        status: fc.constantFrom(...INVOICE_STATUSES),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(arb, (drawn) => {
        const list = drawn.map((d, i) =>
          inv(`N${i}`, d.client, { total: { minor: d.minor, currency: d.currency }, dueDate: addDays(TODAY, -d.late), status: d.status }),
        );
        const t = buildTable(list, [], TODAY);
        const summaries = clientSummaries(t);
        const seen = summaries.flatMap((c) => Array.from(c.rows));
        expect(seen.sort((x, y) => x - y)).toEqual(list.map((_, i) => i));
        for (const c of summaries) {
          const mine = list.filter((i) => i.clientId === c.clientId && (i.status === 'open' || i.status === 'partial'));
          expect(c.open).toBe(mine.length);
          for (const { currency, minor } of c.due)
            expect(minor).toBe(mine.filter((i) => i.amountDue.currency === currency).reduce((s, i) => s + i.amountDue.minor, 0));
          const late = mine.filter((i) => i.dueDate < TODAY);
          expect(c.overdue.reduce((s, m) => s + m.minor, 0)).toBe(late.reduce((s, i) => s + i.amountDue.minor, 0));
        }
        const top = summaries.map((c) => Math.max(0, ...c.overdue.map((m) => m.minor)));
        expect(top).toEqual([...top].sort((x, y) => y - x));
      }),
      { numRuns: 100 },
    );
  });
});
