// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DetectedInvoice } from '../../../lib/core';
import type { ContentMessage } from '../../../lib/messaging/protocol';
import type { CaptureReply } from '../../../lib/messaging/replies';
import { countOverdue, startPortalCapture, type PortalDeps } from '../../../lib/portal/controller';
import { notStored, stored } from './capture-reply';

const inv = (number: string, dueDate: string, status: DetectedInvoice['status'] = 'open'): DetectedInvoice => ({
  number,
  clientName: 'Dupont',
  dueDate,
  status,
  total: { minor: 100, currency: 'EUR' },
  confidence: 0.9,
});

/** A fake extractor that reads rows the test writes into the page. */
const extract: PortalDeps['extract'] = (root) =>
  [...(root as Document).querySelectorAll('tr[data-n]')].map((tr) =>
    inv(tr.getAttribute('data-n')!, tr.getAttribute('data-due')!, (tr.getAttribute('data-status') as DetectedInvoice['status']) ?? 'open'),
  );

function setup(reply: CaptureReply = notStored()) {
  const sent: Extract<ContentMessage, { type: 'cs:invoicesFound' }>[] = [];
  const deps: PortalDeps = {
    extract: vi.fn(extract),
    send: async (m) => {
      sent.push(m);
      return { ok: true, data: m.track ? stored('track') : reply };
    },
    today: () => '2026-11-22',
    lang: 'en',
    debounceMs: 50,
    maxWaitMs: 200,
  };
  return { sent, deps };
}

const pillText = () => document.querySelector('[data-relance="pill"]')?.shadowRoot?.textContent ?? null;
const trackButton = () =>
  document.querySelector('[data-relance="pill"]')?.shadowRoot?.querySelector<HTMLButtonElement>('[data-relance-action="track"]') ?? null;

describe('portal capture', () => {
  let stop: () => void = () => {};
  const start = (deps: PortalDeps) => {
    const handle = startPortalCapture(document, deps);
    return () => handle.stop();
  };
  beforeEach(() => {
    document.body.replaceChildren();
    document.body.insertAdjacentHTML(
      'beforeend',
      '<table><tr data-n="A1" data-due="2026-11-01"></tr><tr data-n="A2" data-due="2026-12-01"></tr></table>',
    );
  });
  afterEach(() => stop());

  it('shows what it found, with the overdue count, and reports it without tracking', async () => {
    const { sent, deps } = setup();
    stop = start(deps);
    await vi.waitFor(() => expect(pillText()).toContain('2 invoices·1 overdueTrack'));
    expect(sent).toEqual([
      expect.objectContaining({
        type: 'cs:invoicesFound',
        track: false,
        invoices: [expect.objectContaining({ number: 'A1' }), expect.objectContaining({ number: 'A2' })],
      }),
    ]);
  });

  it('ignores a synthetic click on Track: a page script cannot track invoices', async () => {
    const { sent, deps } = setup();
    stop = start(deps);
    await vi.waitFor(() => expect(trackButton()).not.toBeNull());
    trackButton()!.click(); // untrusted: dispatched by script
    await new Promise((r) => setTimeout(r, 20));
    expect(sent.filter((m) => m.track)).toEqual([]);
  });

  it('says the site is tracked automatically when the background stored the invoices on its own', async () => {
    const { deps } = setup(stored('auto'));
    stop = start(deps);
    await vi.waitFor(() => expect(pillText()).toContain('Tracked automatically'));
  });

  it('scans again after the page changes, once per burst, and not for its own pill', async () => {
    const { sent, deps } = setup();
    stop = start(deps);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    const table = document.querySelector('table')!;
    for (let i = 0; i < 5; i++) {
      const tr = document.createElement('tr');
      tr.setAttribute('data-n', `B${i}`);
      tr.setAttribute('data-due', `2026-10-0${i + 1}`);
      table.append(tr);
    }
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]!.invoices).toHaveLength(7);
    await new Promise((r) => setTimeout(r, 150));
    expect(sent).toHaveLength(2);
    expect(pillText()).toContain('7 invoices·6 overdue');
  });

  it('still scans a page that changes every 20 ms, at least every maxWait', async () => {
    const { deps } = setup();
    stop = start(deps);
    const ticker = setInterval(() => document.body.append(document.createElement('span')), 20);
    await new Promise((r) => setTimeout(r, 700));
    clearInterval(ticker);
    expect((deps.extract as ReturnType<typeof vi.fn>).mock.calls.length).toBeGreaterThanOrEqual(3);
    expect((deps.extract as ReturnType<typeof vi.fn>).mock.calls.length).toBeLessThan(12);
  });

  it('removes the pill when the page no longer shows invoices', async () => {
    const { deps } = setup();
    stop = start(deps);
    await vi.waitFor(() => expect(pillText()).not.toBeNull());
    document.querySelector('table')!.remove();
    await vi.waitFor(() => expect(pillText()).toBeNull());
  });

  it('renders page text as text in the pill', async () => {
    const { deps } = setup(notStored());
    deps.send = async () => ({ ok: false, error: '<img src=x onerror=alert(1)>' });
    stop = start(deps);
    await vi.waitFor(() => expect(pillText()).toContain('<img src=x onerror=alert(1)>'));
    expect(document.querySelector('[data-relance="pill"]')!.shadowRoot!.querySelector('img')).toBeNull();
  });
});

describe('countOverdue', () => {
  it('counts open and part-paid invoices past due, not paid ones, credit notes or those without a due date', () => {
    expect(
      countOverdue(
        [
          inv('1', '2026-11-01'),
          inv('2', '2026-11-01', 'paid'),
          { ...inv('3', '2026-11-01'), kind: 'credit-note' },
          { ...inv('4', '2026-11-01'), dueDate: undefined },
          inv('5', '2026-11-21', 'partial'),
          inv('6', '2026-11-22'),
        ],
        '2026-11-22',
      ),
    ).toBe(2);
  });
});
