// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DetectedInvoice } from '../../../lib/core';
import type { ContentMessage } from '../../../lib/messaging/protocol';
import { startPortalCapture, type PortalDeps } from '../../../lib/portal/controller';
import { previewPanel } from '../../../lib/portal/preview';
import { trusted } from '../trusted';
import { notStored, stored } from './capture-reply';

type Found = Extract<ContentMessage, { type: 'cs:invoicesFound' }>;
const inv = (n: number, clientName = `Client ${n}`): DetectedInvoice => ({
  number: `F${n}`,
  clientName,
  dueDate: '2026-11-01',
  status: n % 2 ? 'open' : 'partial',
  total: { minor: 10_000 * n, currency: 'EUR' },
  amountDue: { minor: (n % 2 ? 10_000 : 5_000) * n, currency: 'EUR' },
  confidence: 0.9,
});

/** happy-dom lays nothing out: the pill gets a box on screen, and hit testing finds what `top()` says. */
let top: () => Element[] = () => [];
function layout(host: HTMLElement, box = { left: 700, top: 700, width: 240, height: 36 }) {
  host.getBoundingClientRect = () =>
    ({ ...box, right: box.left + box.width, bottom: box.top + box.height, x: box.left, y: box.top, toJSON() {} }) as DOMRect;
}

function setup(invoices: DetectedInvoice[], siteMode: 'none' | 'update', preview: PortalDeps['preview'] = async () => previewPanel) {
  const sent: Found[] = [];
  const teach = vi.fn();
  const deps: PortalDeps = {
    extract: () => invoices,
    send: async (m) => {
      sent.push(m);
      return { ok: true, data: m.track ? stored('track') : siteMode === 'update' ? stored('update') : notStored() };
    },
    teach,
    preview,
    today: () => '2026-11-22',
    lang: 'en',
    debounceMs: 20,
    maxWaitMs: 100,
  };
  const handle = startPortalCapture(document, deps);
  return { sent, teach, stop: () => handle.stop() };
}

const host = () => document.querySelector<HTMLElement>('[data-relance="pill"]');
const shadow = () => host()?.shadowRoot ?? null;
const action = (name: string) => shadow()?.querySelector<HTMLButtonElement>(`[data-relance-action="${name}"]`) ?? null;
/** A real click in the middle of the pill, as the user makes it. */
const click = (name: string) =>
  action(name)!.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true, clientX: 800, clientY: 718, detail: 1 })));
const tracked = (sent: Found[]) => sent.filter((m) => m.track);
/** Track opens the preview once its script has loaded. */
const openPreview = async () => {
  click('track');
  await vi.waitFor(() => expect(action('confirm-track')).not.toBeNull());
};

async function pillShown() {
  await vi.waitFor(() => expect(action('track')).not.toBeNull());
  layout(host()!);
  top = () => [host()!, document.body];
}

describe('the pill cannot be clickjacked', () => {
  let stop = () => {};
  beforeEach(() => {
    document.head.replaceChildren();
    document.body.replaceChildren();
    document.body.removeAttribute('style');
    document.elementsFromPoint = (() => top()) as typeof document.elementsFromPoint;
  });
  afterEach(() => stop());

  it('tracks on a real click on a pill the user can see (a site tracked before: no preview)', async () => {
    const s = setup([inv(1), inv(2)], 'update');
    stop = s.stop;
    await pillShown();
    await vi.waitFor(() => expect(s.sent).toHaveLength(1));
    click('track');
    await vi.waitFor(() => expect(tracked(s.sent)).toHaveLength(1));
  });

  it.each([
    [
      'page CSS sets opacity: 0 on its host',
      () =>
        document.head.append(Object.assign(document.createElement('style'), { textContent: 'relance-pill { opacity: 0 !important; }' })),
    ],
    ['the page fades an ancestor to 0.3', () => document.body.setAttribute('style', 'opacity: 0.3')],
    ['an opacity filter on its host', () => host()!.style.setProperty('filter', 'opacity(0)')],
    ['visibility: hidden on its host', () => host()!.style.setProperty('visibility', 'hidden')],
    ['the host shrunk to a dot (transform: scale)', () => layout(host()!, { left: 700, top: 700, width: 2, height: 1 })],
    ['the host moved off screen', () => layout(host()!, { left: -5000, top: 700, width: 240, height: 36 })],
    [
      'another element on top of it where the click lands',
      () => (top = () => [document.body.appendChild(document.createElement('div')), host()!]),
    ],
  ])('does nothing when %s, and says why', async (_label, hide) => {
    const s = setup([inv(1), inv(2)], 'update');
    stop = s.stop;
    await pillShown();
    await vi.waitFor(() => expect(s.sent).toHaveLength(1));
    hide();
    click('track');
    await new Promise((r) => setTimeout(r, 30));
    expect(tracked(s.sent)).toEqual([]);
    expect(shadow()!.querySelector('[data-relance="pill-covered"]')).not.toBeNull();
    expect(shadow()!.querySelector('[data-relance="track-preview"]')).toBeNull();
  });

  it("also checks the preview's own Track: a page that hides the pill once the preview is open tracks nothing", async () => {
    const s = setup([inv(1)], 'none');
    stop = s.stop;
    await pillShown();
    await openPreview();
    host()!.style.setProperty('opacity', '0');
    click('confirm-track');
    await new Promise((r) => setTimeout(r, 30));
    expect(tracked(s.sent)).toEqual([]);
  });
});

describe('the Track preview (before the first Track on a site)', () => {
  let stop = () => {};
  beforeEach(() => {
    document.head.replaceChildren();
    document.body.replaceChildren();
    document.elementsFromPoint = (() => top()) as typeof document.elementsFromPoint;
  });
  afterEach(() => stop());

  it('shows the first rows (number, client, amount due, due date, status) and the count; "Track N invoices" tracks exactly those', async () => {
    const invoices = Array.from({ length: 12 }, (_, i) => inv(i + 1));
    invoices[2] = { ...invoices[2]!, amountDue: { minor: 15_000, currency: 'EUR' } };
    const s = setup(invoices, 'none');
    stop = s.stop;
    await pillShown();
    await openPreview();
    const preview = shadow()!.querySelector('[data-relance="track-preview"]')!;
    expect(preview).not.toBeNull();
    expect(tracked(s.sent)).toEqual([]);
    expect(preview.querySelector('h2')!.textContent).toBe('12 invoices will be tracked');
    const rows = [...preview.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toHaveLength(5);
    expect(rows[0]).toEqual(['F1', 'Client 1', '€100.00', '01/11/2026', 'unpaid']);
    expect(rows[1]).toEqual(['F2', 'Client 2', '€100.00', '01/11/2026', 'part paid']);
    expect(rows[2]).toEqual(['F3', 'Client 3', '€150.00', '01/11/2026', 'part paid']); // "open" on the page, half of it still due
    expect(preview.textContent).toContain('… and 7 more');
    expect(action('confirm-track')!.textContent).toBe('Track 12 invoices');
    click('confirm-track');
    await vi.waitFor(() => expect(tracked(s.sent)).toHaveLength(1));
    expect(tracked(s.sent)[0]!.invoices.map((i) => i.number)).toEqual(invoices.map((i) => i.number));
    await vi.waitFor(() => expect(host()!.getAttribute('data-relance-state')).toBe('tracked'));
  });

  it('renders page data as text: a hostile client name stays text', async () => {
    const s = setup([inv(1, '<img src=x onerror=alert(1)>')], 'none');
    stop = s.stop;
    await pillShown();
    await openPreview();
    expect(shadow()!.querySelector('tbody td:nth-child(2)')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(shadow()!.querySelector('img')).toBeNull();
  });

  it('"Not right? Teach this page" starts teach mode and tracks nothing; Cancel closes it', async () => {
    const s = setup([inv(1), inv(2)], 'none');
    stop = s.stop;
    await pillShown();
    await openPreview();
    click('teach-page');
    expect(s.teach).toHaveBeenCalledTimes(1);
    expect(shadow()!.querySelector('[data-relance="track-preview"]')).toBeNull();
    await openPreview();
    action('cancel-preview')!.click();
    expect(shadow()!.querySelector('[data-relance="track-preview"]')).toBeNull();
    await new Promise((r) => setTimeout(r, 30));
    expect(tracked(s.sent)).toEqual([]);
  });

  it('ignores a script\'s click on "Track N invoices"', async () => {
    const s = setup([inv(1)], 'none');
    stop = s.stop;
    await pillShown();
    await openPreview();
    action('confirm-track')!.click();
    await new Promise((r) => setTimeout(r, 30));
    expect(tracked(s.sent)).toEqual([]);
  });

  it('tracks at once when the preview cannot be shown (its script failed to load)', async () => {
    const s = setup([inv(1), inv(2)], 'none', async () => undefined);
    stop = s.stop;
    await pillShown();
    click('track');
    await vi.waitFor(() => expect(tracked(s.sent)).toHaveLength(1));
    expect(tracked(s.sent)[0]!.invoices.map((i) => i.number)).toEqual(['F1', 'F2']);
    expect(shadow()!.querySelector('[data-relance="track-preview"]')).toBeNull();
  });
});
