import { addDays, defaultSettings, type Invoice, type ReminderEvent } from '../core';
import { nextAction } from '../dunning';
import { buildTemplateData, builtinTemplate, renderEmail, renderTemplate } from '../templates';
import { measure, type Measurement } from './measure';

const TODAY = '2026-11-22';
const now = '2026-11-01T00:00:00.000Z';

function invoice(i: number): Invoice {
  const dueDate = addDays(TODAY, (i % 200) - 150);
  return {
    id: `erp.example.fr:F${i}`,
    number: `F${i}`,
    clientId: `c${i % 800}`,
    clientName: `Client ${i % 800}`,
    total: { minor: 10_000 + i, currency: 'EUR' },
    amountDue: { minor: 10_000 + i, currency: 'EUR' },
    issueDate: addDays(dueDate, -30),
    dueDate,
    dueDateInferred: false,
    status: i % 7 === 0 ? 'paid' : 'open',
    statusSetBy: 'capture',
    kind: 'invoice',
    source: { url: 'https://erp.example.fr/', host: 'erp.example.fr', method: 'table', seenAt: now },
    notes: '',
    unpaid: i % 7 === 0 ? 0 : 1,
    paidAt: i % 7 === 0 ? addDays(TODAY, -3) : undefined,
    createdAt: now,
    updatedAt: now,
  };
}

/** The schedule over 100,000 invoices (a third with history), and template rendering. */
export async function remindersSuite(): Promise<Measurement[]> {
  const settings = defaultSettings();
  const items = Array.from({ length: 100_000 }, (_, i) => {
    const inv = invoice(i);
    const history: ReminderEvent[] =
      i % 3 === 0
        ? [
            {
              invoiceIds: [inv.id],
              clientId: inv.clientId,
              stage: 'reminder1',
              channel: 'email',
              action: 'sent',
              at: `${addDays(inv.dueDate, 8)}T09:00:00.000Z`,
              date: addDays(inv.dueDate, 8),
              to: [],
            },
          ]
        : [];
    return { invoice: inv, history };
  });
  let due = 0;
  const schedule = await measure(
    'nextAction over 100,000 invoices',
    () => {
      due = 0;
      for (const item of items) if (nextAction({ ...item, settings, today: TODAY })?.due) due++;
    },
    { runs: 5, target: 200 },
  );
  schedule.note = `${due.toLocaleString('en')} actions due today`;

  const data = buildTemplateData({ invoices: [items[5]!.invoice], settings, today: TODAY, stage: 'reminder1', lang: 'fr' });
  const many = buildTemplateData({
    invoices: items.slice(1, 11).map((x) => x.invoice),
    settings,
    today: TODAY,
    stage: 'formal-notice',
    lang: 'fr',
  });
  const r1 = builtinTemplate('reminder1', 'fr')!;
  const notice = builtinTemplate('formal-notice', 'fr')!;
  renderTemplate(r1.body, data); // parse once: the AST cache is part of normal use
  return [
    schedule,
    await measure('render reminder 1 (FR, one invoice): subject + HTML + text', () => renderEmail(r1, data), {
      runs: 201,
      warmup: 20,
      target: 1,
    }),
    await measure('render formal notice (FR, 10 invoices): subject + HTML + text', () => renderEmail(notice, many), {
      runs: 201,
      warmup: 20,
      target: 1,
    }),
  ];
}
