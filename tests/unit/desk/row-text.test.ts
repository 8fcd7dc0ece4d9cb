import { describe, expect, it } from 'vitest';
import type { Invoice, InvoiceStatus, ReminderEvent, Stage } from '../../../lib/core';
import { buildRows, rowTextOf, type RowLabels } from '../../../lib/desk';
import { formatDate, formatMoney } from '../../../lib/format';

const TODAY = '2026-11-20';
const at = '2026-10-01T08:00:00.000Z';

function inv(number: string, over: Partial<Invoice> = {}): Invoice {
  return {
    id: `erp.example.fr:${number}`,
    number,
    clientId: 'dupont',
    clientName: 'Boulangerie Dupont',
    total: { minor: 1_240_50, currency: 'EUR' },
    amountDue: { minor: 1_240_50, currency: 'EUR' },
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

const sent: ReminderEvent = {
  id: 1,
  invoiceIds: ['erp.example.fr:A'],
  clientId: 'dupont',
  channel: 'email',
  action: 'sent',
  stage: 'reminder1',
  at: '2026-11-10T09:00:00.000Z',
  date: '2026-11-10',
  to: [],
};

/** Labels that count their calls, to tell a cached text from one worked out again. */
function labels(locale: string) {
  const calls = { select: 0 };
  const l: RowLabels = {
    locale,
    select: (n) => (calls.select++, `${locale}: select ${n}`),
    status: (s: InvoiceStatus) => `${locale}: ${s}`,
    stage: (s: Stage) => `${locale}: ${s}`,
  };
  return { labels: l, calls };
}

describe('the text of a list row', () => {
  it('shows the invoice as the page writes it: dates and amounts in the locale, days late, status and stage', () => {
    const [row] = buildRows([inv('A', { amountDue: { minor: 240_50, currency: 'EUR' }, status: 'partial' })], [sent], TODAY);
    const { labels: en } = labels('en-GB');
    expect(rowTextOf(en)(row!)).toEqual({
      select: 'en-GB: select A',
      dueDate: formatDate('2026-10-31', 'en-GB'),
      daysLate: '20',
      total: formatMoney({ minor: 1_240_50, currency: 'EUR' }, 'en-GB'),
      amountDue: formatMoney({ minor: 240_50, currency: 'EUR' }, 'en-GB'),
      status: 'en-GB: partial',
      stage: 'en-GB: reminder1',
    });
  });

  it.each([
    ['not yet due', '2026-12-01', ''],
    ['due today', TODAY, ''],
    ['one day late', '2026-11-19', '1'],
  ])('leaves the days late empty unless late (%s)', (_label, dueDate, shown) => {
    const [row] = buildRows([inv('A', { dueDate })], [], TODAY);
    expect(rowTextOf(labels('fr-FR').labels)(row!).daysLate).toBe(shown);
    expect(rowTextOf(labels('fr-FR').labels)(row!).stage).toBe('');
  });

  it('formats a row once, however often it scrolls back into view', () => {
    const rows = buildRows([inv('A'), inv('B')], [], TODAY);
    const { labels: fr, calls } = labels('fr-FR');
    const textOf = rowTextOf(fr);
    const first = rows.map(textOf);
    for (let i = 0; i < 5; i++) expect(rows.map(textOf)).toEqual(first);
    expect(rows.map(textOf)[0]).toBe(first[0]);
    expect(calls.select).toBe(2);
  });

  it('stays in step with the invoice: the row rebuilt after a payment shows what is now due', () => {
    const { labels: fr } = labels('fr-FR');
    const textOf = rowTextOf(fr);
    const before = buildRows([inv('A')], [], TODAY)[0]!;
    expect(textOf(before).amountDue).toBe(formatMoney({ minor: 1_240_50, currency: 'EUR' }, 'fr-FR'));
    const after = buildRows([inv('A', { amountDue: { minor: 0, currency: 'EUR' }, status: 'paid' })], [sent], TODAY)[0]!;
    expect(textOf(after)).toMatchObject({
      amountDue: formatMoney({ minor: 0, currency: 'EUR' }, 'fr-FR'),
      status: 'fr-FR: paid',
      stage: 'fr-FR: reminder1',
    });
  });

  it('writes each language its own way: another language is another cache', () => {
    const [row] = buildRows([inv('A')], [], TODAY);
    const fr = rowTextOf(labels('fr-FR').labels)(row!);
    const en = rowTextOf(labels('en-GB').labels)(row!);
    expect(fr.select).toBe('fr-FR: select A');
    expect(en.select).toBe('en-GB: select A');
    expect(fr.total).not.toBe(en.total);
  });
});
