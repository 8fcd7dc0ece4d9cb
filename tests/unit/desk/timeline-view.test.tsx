// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { DeskContext } from '../../../entrypoints/desk/context';
import { Timeline } from '../../../entrypoints/desk/Timeline';
import { EventActionSchema, type Invoice, type ReminderEvent } from '../../../lib/core';
import { clientTimeline } from '../../../lib/desk';
import { testDesk } from './test-desk';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const DAY = '2026-11-20';

const desk = testDesk(DAY, { fail: () => undefined });

const invoice = {
  id: 'erp.example.fr:FA-7',
  number: 'FA-7',
  clientId: 'dupont',
  clientName: 'Dupont',
  total: { minor: 124_000, currency: 'EUR' },
  amountDue: { minor: 124_000, currency: 'EUR' },
  dueDate: '2026-10-31',
  status: 'open',
  statusSetBy: 'capture',
  kind: 'invoice',
  source: { url: 'https://erp.example.fr/list', host: 'erp.example.fr', method: 'table', seenAt: '2026-10-01T08:00:00.000Z' },
  notes: '',
  unpaid: 1,
  createdAt: '2026-10-01T08:00:00.000Z',
  updatedAt: '2026-10-01T08:00:00.000Z',
} as Invoice;

/** One event of every kind, a day apart, in the order they happened; what each one carries. */
const happened: Partial<ReminderEvent>[] = [
  { action: 'drafted', stage: 'reminder1', channel: 'email' },
  { action: 'sent', stage: 'reminder1', channel: 'email', subject: 'Facture FA-7', to: ['compta@dupont.fr'] },
  { action: 'called', stage: 'call', channel: 'phone', outcome: 'voicemail', note: 'Left a message' },
  { action: 'promise', until: '2026-11-12' },
  { action: 'dispute', outcome: 'Goods returned' },
  { action: 'payment', amount: { minor: 40_000, currency: 'EUR' } },
  { action: 'printed', stage: 'formal-notice', channel: 'letter' },
  { action: 'pause', until: '2026-12-01' },
  { action: 'resume' },
  { action: 'correct', until: '2026-11-15' },
  { action: 'correct', to: ['patron@dupont.fr'] },
  { action: 'note', note: 'Cheque in the post' },
  { action: 'cancel' },
  { action: 'done', stage: 'litigation', channel: 'task' },
];

function events(): ReminderEvent[] {
  return happened.map((e, i) => {
    const date = `2026-11-${String(i + 2).padStart(2, '0')}`;
    return {
      id: i + 1,
      invoiceIds: [invoice.id],
      clientId: 'dupont',
      channel: 'manual',
      at: `${date}T09:00:00.000Z`,
      date,
      to: [],
      ...e,
    } as ReminderEvent;
  });
}

let unmount = () => undefined as void;
afterEach(() => unmount());

describe("the client's timeline as shown", () => {
  it('shows every kind of event, newest first, each with what it carried', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    const root = createRoot(host);
    unmount = () => act(() => root.unmount());
    await act(async () =>
      root.render(
        <DeskContext.Provider value={desk}>
          <Timeline entries={clientTimeline([invoice], events())} />
        </DeskContext.Provider>,
      ),
    );
    const items = [...host.querySelectorAll<HTMLElement>('[data-relance="timeline"] > li')];
    const kinds = items.map((li) => li.dataset.relanceEvent);
    expect(kinds).toEqual([...happened.map((e) => e.action).reverse(), 'captured']);
    // Every action an event can record is among those shown.
    expect(new Set(kinds)).toEqual(new Set([...EventActionSchema.options, 'captured']));
    const line = (i: number) => items[happened.length - 1 - i]!.textContent!;
    expect(line(1)).toContain('« Facture FA-7 »');
    expect(line(1)).toContain('deskTo compta@dupont.fr');
    expect(line(2)).toContain('deskOutcomeVoicemail');
    expect(line(2)).toContain('Left a message');
    expect(line(4)).toContain('Goods returned');
    expect(line(5)).toContain('€400.00');
    expect(line(9)).toContain('deskEventCorrect');
    expect(line(10)).toContain('deskEventAddresses');
    expect(line(10)).toContain('deskTo patron@dupont.fr');
    expect(line(11)).toContain('Cheque in the post');
    expect(items.at(-1)!.textContent).toContain('deskCapturedFrom erp.example.fr');
    expect(items.every((li) => li.textContent!.includes('FA-7'))).toBe(true);
  });
});
