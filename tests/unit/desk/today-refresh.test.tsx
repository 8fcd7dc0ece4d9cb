// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeskContext } from '../../../entrypoints/desk/context';
import { TodayView } from '../../../entrypoints/desk/TodayView';
import { SettingsSchema, type Invoice } from '../../../lib/core';
import type { TodayGroup } from '../../../lib/desk';
import type { TodayReply } from '../../../lib/messaging/replies';
import { testDesk } from './test-desk';

const DAY = '2026-03-09';
const asked: { resolve(reply: TodayReply): void }[] = [];
vi.mock('../../../lib/messaging/send', () => ({
  send: vi.fn((message: { type: string }) =>
    message.type === 'ui:today' ? new Promise<TodayReply>((resolve) => asked.push({ resolve })) : Promise.resolve(null),
  ),
}));
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function invoice(n: number, clientId: string): Invoice {
  return {
    id: `erp.example.fr:F${n}`,
    number: `F${n}`,
    clientId,
    clientName: `Client ${clientId}`,
    total: { minor: 10_000 * n, currency: 'EUR' },
    amountDue: { minor: 10_000 * n, currency: 'EUR' },
    dueDate: '2026-03-01',
    dueDateInferred: false,
    status: 'open',
    statusSetBy: 'capture',
    kind: 'invoice',
    source: { url: 'https://erp.example.fr/list', host: 'erp.example.fr', method: 'table', seenAt: `${DAY}T08:00:00.000Z` },
    notes: '',
    unpaid: 1,
    createdAt: `${DAY}T08:00:00.000Z`,
    updatedAt: `${DAY}T08:00:00.000Z`,
  };
}

function group(...invoices: Invoice[]): TodayGroup {
  const [first] = invoices;
  const minor = invoices.reduce((sum, i) => sum + i.amountDue.minor, 0);
  const { clientId, clientName } = first!;
  return {
    clientId,
    clientName,
    stage: 'reminder1',
    date: DAY,
    catchUp: false,
    invoices,
    amountDue: [{ minor, currency: 'EUR' }],
    brokenPromises: [],
  };
}

function reply(groups: TodayGroup[], done: number): TodayReply {
  return { day: DAY, groups, total: groups.length, done, settings: SettingsSchema.parse({}) };
}

const desk = (version: number) => testDesk(DAY, { version });

let unmount = () => undefined as void;
afterEach(() => unmount());

describe("Today between the desk's change and the answer after it", () => {
  it('keeps the answer before on screen, busy and out of reach, then swaps the new one in', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    const root = createRoot(host);
    unmount = () => act(() => root.unmount());
    const render = (version: number) =>
      act(() =>
        root.render(
          <DeskContext.Provider value={desk(version)}>
            <TodayView />
          </DeskContext.Provider>,
        ),
      );
    const section = () => host.querySelector<HTMLElement>('[data-relance-view="today"]')!;
    const clients = () => [...host.querySelectorAll('[data-relance="today-group"]')].map((g) => g.getAttribute('data-relance-client'));
    const list = () => host.querySelector('ol.groups')!;

    await render(0);
    await act(async () => asked.shift()!.resolve(reply([group(invoice(3, 'a')), group(invoice(2, 'b'), invoice(1, 'b'))], 0)));
    expect(clients()).toEqual(['a', 'b']);
    expect(section().getAttribute('aria-busy')).toBe('false');
    expect(list().hasAttribute('inert')).toBe(false);

    // Client a's invoice paid: the desk's version moves, Today asks again.
    await render(1);
    expect(asked).toHaveLength(1);
    expect(clients()).toEqual(['a', 'b']);
    expect(section().getAttribute('aria-busy')).toBe('true');
    expect(section().classList.contains('refreshing')).toBe(true);
    expect(list().hasAttribute('inert')).toBe(true);

    await act(async () => asked.shift()!.resolve(reply([group(invoice(2, 'b'), invoice(1, 'b'))], 1)));
    expect(clients()).toEqual(['b']);
    expect(section().getAttribute('aria-busy')).toBe('false');
    expect(list().hasAttribute('inert')).toBe(false);
    expect(host.querySelector('[data-relance="today-summary"]')!.textContent).toBe('deskTodayCounts 1 1');
  });

  it("shows the last change's answer even when an earlier one comes after it", async () => {
    const host = document.body.appendChild(document.createElement('div'));
    const root = createRoot(host);
    unmount = () => act(() => root.unmount());
    const render = (version: number) =>
      act(() =>
        root.render(
          <DeskContext.Provider value={desk(version)}>
            <TodayView />
          </DeskContext.Provider>,
        ),
      );
    const clients = () => [...host.querySelectorAll('[data-relance="today-group"]')].map((g) => g.getAttribute('data-relance-client'));
    await render(0);
    await act(async () => asked.shift()!.resolve(reply([group(invoice(3, 'a'))], 0)));
    await render(1);
    await render(2);
    const [late, last] = [asked.shift()!, asked.shift()!];
    await act(async () => last.resolve(reply([group(invoice(5, 'c'))], 2)));
    await act(async () => late.resolve(reply([group(invoice(4, 'b'))], 1)));
    expect(clients()).toEqual(['c']);
    expect(host.querySelector('[data-relance-view="today"]')!.getAttribute('aria-busy')).toBe('false');
  });
});
