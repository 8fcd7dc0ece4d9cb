// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DeskContext } from '../../../entrypoints/desk/context';
import { TodayView } from '../../../entrypoints/desk/TodayView';
import { addDays, SettingsSchema, type Invoice, type Stage } from '../../../lib/core';
import type { TodayGroup } from '../../../lib/desk';
import type { TodayReply } from '../../../lib/messaging/replies';
import { recordingDesk, type DeskCalls } from './test-desk';

const DAY = '2026-03-09';
let answer: TodayReply;
const sent: { type: string }[] = [];
vi.mock('../../../lib/messaging/send', () => ({
  send: vi.fn((message: { type: string }) => {
    sent.push(message);
    return Promise.resolve(message.type === 'ui:today' ? answer : null);
  }),
}));
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function invoice(number: string, clientId: string, minor: number, promiseDate?: string): Invoice {
  const at = `${DAY}T08:00:00.000Z`;
  return {
    id: `erp.example.fr:${number}`,
    number,
    clientId,
    clientName: `Client ${clientId}`,
    total: { minor, currency: 'EUR' },
    amountDue: { minor, currency: 'EUR' },
    dueDate: '2026-02-20',
    dueDateInferred: false,
    status: 'open',
    statusSetBy: 'capture',
    kind: 'invoice',
    source: { url: 'https://erp.example.fr/list', host: 'erp.example.fr', method: 'table', seenAt: at },
    promiseDate,
    notes: '',
    unpaid: 1,
    createdAt: at,
    updatedAt: at,
  };
}

function group(stage: Stage, invoices: Invoice[], extra: Partial<TodayGroup> = {}): TodayGroup {
  const { clientId, clientName } = invoices[0]!;
  const minor = invoices.reduce((sum, i) => sum + i.amountDue.minor, 0);
  return {
    clientId,
    clientName,
    stage,
    date: DAY,
    catchUp: false,
    invoices,
    amountDue: [{ minor, currency: 'EUR' }],
    brokenPromises: [],
    ...extra,
  };
}

let unmount = () => undefined as void;
afterEach(() => unmount());
beforeEach(() => {
  fakeBrowser.reset();
  sent.length = 0;
});

async function renderToday(groups: TodayGroup[], done: number): Promise<{ host: HTMLElement; calls: DeskCalls }> {
  answer = { day: DAY, groups, total: groups.length, done, settings: SettingsSchema.parse({}) };
  const { desk, calls } = recordingDesk(DAY, 1);
  const host = document.body.appendChild(document.createElement('div'));
  const root = createRoot(host);
  unmount = () => act(() => root.unmount());
  await act(async () =>
    root.render(
      <DeskContext.Provider value={desk}>
        <TodayView />
      </DeskContext.Provider>,
    ),
  );
  return { host, calls };
}

const card = (host: HTMLElement, clientId: string) => host.querySelector<HTMLElement>(`[data-relance-client="${clientId}"]`)!;
const button = (el: HTMLElement, action: string) =>
  el.querySelector<HTMLButtonElement>(`:scope > .buttons [data-relance-action="${action}"]`);
const click = (el: HTMLElement | null) => act(async () => el!.click());

describe("Today's cards: each group's buttons act on all of its invoices", () => {
  const dupont = [invoice('F1', 'dupont', 124_000), invoice('F2', 'dupont', 9_900)];
  const ids = dupont.map((i) => i.id);

  it('drafts one reminder for the whole group in Gmail or Outlook, and records it sent', async () => {
    const { host, calls } = await renderToday([group('reminder1', dupont)], 0);
    const g = card(host, 'dupont');
    expect(g.querySelectorAll('[data-relance-invoice]')).toHaveLength(2);
    await click(button(g, 'draft-gmail'));
    await click(button(g, 'draft-outlook'));
    expect(calls.draft).toEqual([
      [ids, 'gmail'],
      [ids, 'outlook'],
    ]);
    await click(button(g, 'mark-sent'));
    expect(sent.filter((m) => m.type === 'ui:recordSent')).toEqual([{ type: 'ui:recordSent', invoiceIds: ids, stage: 'reminder1' }]);
  });

  it('skips to tomorrow (paused through today) or snoozes a week (back on the seventh day)', async () => {
    const { host, calls } = await renderToday([group('reminder1', dupont)], 0);
    await click(button(card(host, 'dupont'), 'skip'));
    await click(button(card(host, 'dupont'), 'snooze'));
    expect(calls.act).toEqual([
      [ids, { kind: 'pause', until: DAY }],
      [ids, { kind: 'pause', until: addDays(DAY, 6) }],
    ]);
  });

  it('opens the call form for the group; the call is the main button at the call stage, and no e-mail is offered there', async () => {
    const { host, calls } = await renderToday([group('call', dupont)], 0);
    const g = card(host, 'dupont');
    expect(button(g, 'draft-gmail')).toBeNull();
    expect(button(g, 'log-call')!.className).toBe('primary');
    await click(button(g, 'log-call'));
    expect(calls.ask).toEqual([['call', ids]]);
  });

  it('prints the formal notice of the group, and offers the letter only at that stage', async () => {
    const roux = [invoice('F3', 'roux', 50_000)];
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const { host } = await renderToday([group('formal-notice', dupont), group('reminder2', roux)], 0);
    expect(button(card(host, 'roux'), 'print-letter')).toBeNull();
    await click(button(card(host, 'dupont'), 'print-letter'));
    expect(create).toHaveBeenCalledWith({
      url: fakeBrowser.runtime.getURL(`/letter.html?invoices=${encodeURIComponent(ids.join(','))}` as '/desk.html'),
    });
  });

  it('shows the cards in the order given, the catch-up tag, a broken promise and the count of what is done today', async () => {
    const late = [invoice('F4', 'martin', 318_050, '2026-03-02')];
    const { host } = await renderToday(
      [group('reminder2', late, { catchUp: true, brokenPromises: [late[0]!.id] }), group('reminder1', dupont)],
      3,
    );
    const order = [...host.querySelectorAll('[data-relance="today-group"]')].map((g) => g.getAttribute('data-relance-client'));
    expect(order).toEqual(['martin', 'dupont']);
    expect(card(host, 'martin').querySelector('.tag')!.textContent).toBe('notifyCatchUp');
    expect(card(host, 'dupont').querySelector('.tag')).toBeNull();
    expect(card(host, 'martin').querySelector('[data-relance="broken-promise"]')!.textContent).toContain('deskBrokenPromise');
    expect(card(host, 'dupont').querySelector('[data-relance="broken-promise"]')).toBeNull();
    expect(host.querySelector('[data-relance="today-summary"]')!.textContent).toBe('deskTodayCounts 2 3');
  });
});
