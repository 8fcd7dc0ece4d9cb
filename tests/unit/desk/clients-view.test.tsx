// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ClientsView } from '../../../entrypoints/desk/ClientsView';
import { DeskContext } from '../../../entrypoints/desk/context';
import { addDays } from '../../../lib/core';
import { getDb, upsertDetected } from '../../../lib/db';
import { recordingDesk, type DeskCalls } from './test-desk';

const DAY = '2026-11-20';
const saved: { name: string; text: string }[] = [];
vi.mock('../../../lib/page/download', () => ({
  download: (blob: Blob, name: string) => void blob.text().then((text) => saved.push({ name, text })),
  fileStamp: () => DAY,
}));
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const seenAt = `${DAY}T08:00:00.000Z`;
const row = (number: string, clientName: string, minor: number, late: number, status = 'open') => ({
  number,
  clientName,
  total: { minor, currency: 'EUR' },
  dueDate: addDays(DAY, -late),
  status,
  source: { url: 'https://erp.example.fr/list', host: 'erp.example.fr', method: 'table', seenAt },
});

beforeAll(async () => {
  await upsertDetected(
    [
      row('D1', 'Boulangerie Dupont', 124_000, 9),
      row('D2', 'Boulangerie Dupont', 9_900, -5),
      row('D3', 'Boulangerie Dupont', 20_000, 60, 'paid'),
      row('M1', 'Garage Martin', 318_050, 40),
      row('R1', 'Hôtel Royal', 45_000, 65),
    ],
    { today: DAY },
    getDb(),
  );
});

let unmount = () => undefined as void;
afterEach(() => unmount());

async function render(): Promise<{ host: HTMLElement; calls: DeskCalls }> {
  const { desk, calls } = recordingDesk(DAY);
  const host = document.body.appendChild(document.createElement('div'));
  const root = createRoot(host);
  unmount = () => act(() => root.unmount());
  await act(async () =>
    root.render(
      <DeskContext.Provider value={desk}>
        <ClientsView />
      </DeskContext.Provider>,
    ),
  );
  await vi.waitFor(() => expect(host.querySelector('[data-relance-client]')).not.toBeNull());
  return { host, calls };
}

const clientsShown = (host: HTMLElement) =>
  [...host.querySelectorAll('tbody [data-relance-client]')].map((r) => r.getAttribute('data-relance-client'));
const choose = (host: HTMLElement, id: string) =>
  act(async () => host.querySelector<HTMLInputElement>(`[data-relance-client="${id}"] input`)!.click());
const bulk = (host: HTMLElement, action: string) =>
  act(async () => host.querySelector<HTMLButtonElement>(`[data-relance="bulk"] [data-relance-action="${action}"]`)!.click());

describe('the desk lists the clients and acts on a selection of them', () => {
  it('lists every client, the most overdue first, and finds one by name', async () => {
    const { host } = await render();
    expect(clientsShown(host)).toEqual(['garage-martin', 'boulangerie-dupont', 'hotel-royal']);
    expect(host.querySelector('[data-relance-client="boulangerie-dupont"]')!.textContent).toContain('€1,339.00');
    const search = host.querySelector<HTMLInputElement>('[data-relance="client-search"]')!;
    await act(async () => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(search, 'hotel');
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(clientsShown(host)).toEqual(['hotel-royal']);
    expect(host.querySelector('[data-relance="result-count"]')!.textContent).toBe('deskClientsShown 1 3');
  });

  it('drafts one reminder per chosen client, marks their invoices owed paid, pauses them, and exports all their invoices', async () => {
    const { host, calls } = await render();
    expect(host.querySelector('[data-relance="bulk"]')).toBeNull();
    await choose(host, 'boulangerie-dupont');
    await choose(host, 'hotel-royal');
    expect(host.querySelector('[data-relance="bulk"]')!.textContent).toContain('deskSelectedCount 4');
    await bulk(host, 'bulk-draft');
    expect(calls.draft.map(([ids]) => ids.map((id) => id.split(':')[1]))).toEqual([['D1', 'D2'], ['R1']]);
    await bulk(host, 'bulk-paid');
    expect(calls.act).toEqual([[['erp.example.fr:D1', 'erp.example.fr:D2', 'erp.example.fr:R1'], { kind: 'payment', date: DAY }]]);
    await choose(host, 'garage-martin');
    await bulk(host, 'bulk-pause');
    await vi.waitFor(() => expect(calls.ask).toHaveLength(1));
    expect(calls.ask[0]![0]).toBe('pause');
    expect(calls.ask[0]![1].map((id) => id.split(':')[1])).toEqual(['M1']);
    await choose(host, 'boulangerie-dupont');
    await bulk(host, 'bulk-export');
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe(`relance-selection-${DAY}.csv`);
    const lines = saved[0]!.text.trim().split('\n').slice(1);
    expect(lines.map((l) => l.split(',')[0]).sort()).toEqual(['D1', 'D2', 'D3', 'M1']);
  });
});
