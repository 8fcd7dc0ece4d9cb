import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_OVERDUE_COLOR, refreshBadge } from '../../../lib/background/badge';
import { createHandlers } from '../../../lib/background/handlers';
import { exportBackup, importBackup, rebuildDueTotals, saveSettings } from '../../../lib/db';
import { freshDb } from '../db/helpers';
import type { DetectedInvoice } from '../../../lib/core';

const found = (number: string, dueDate: string): DetectedInvoice => ({
  number,
  clientName: 'Café du Port',
  total: { minor: 42_000, currency: 'EUR' },
  dueDate,
  status: 'open',
  confidence: 0.9,
});
const context = { kind: 'content-script' as const, origin: 'https://erp.example.fr', tabId: 3, frameId: 0 };

/** A database where the test portal is an enabled site: capture is accepted from it only. */
async function enabledDb() {
  const db = freshDb();
  await saveSettings({ portals: [{ origin: 'https://erp.example.fr/*', autoTrack: false, addedAt: '2026-11-01T00:00:00.000Z' }] }, db);
  return db;
}

describe('background handlers', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-22T10:00:00'));
  });

  it('stores nothing from a site before the user clicked Track', async () => {
    const db = await enabledDb();
    const reply = await createHandlers({}, db)['cs:invoicesFound'](
      { type: 'cs:invoicesFound', url: 'https://erp.example.fr/list', track: false, invoices: [found('F1', '2026-11-01')] },
      context,
    );
    expect(reply).toEqual({ stored: false, mode: 'none', found: 1 });
    expect(await db.invoices.count()).toBe(0);
  });

  it('stores tracked invoices under the sender origin host, whatever url the message claims, and updates the badge', async () => {
    const db = await enabledDb();
    const handlers = createHandlers({}, db);
    await handlers['cs:invoicesFound'](
      {
        type: 'cs:invoicesFound',
        url: 'https://bank.example/steal',
        track: true,
        invoices: [found('F1', '2026-11-01'), found('F2', '2026-12-30')],
      },
      context,
    );
    const stored = await db.invoices.toArray();
    expect(stored.map((i) => i.id)).toEqual(['erp.example.fr:F1', 'erp.example.fr:F2']);
    expect(stored[0]!.source.url).toBe('https://erp.example.fr/');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('stores without a click on a site set to track automatically', async () => {
    const db = await enabledDb();
    await saveSettings({ portals: [{ origin: 'https://erp.example.fr/*', autoTrack: true, addedAt: '2026-11-01T00:00:00.000Z' }] }, db);
    const reply = await createHandlers({}, db)['cs:invoicesFound'](
      { type: 'cs:invoicesFound', url: 'https://erp.example.fr/list', track: false, invoices: [found('F1', '2026-11-01')] },
      context,
    );
    expect(reply).toMatchObject({ stored: true, added: ['erp.example.fr:F1'] });
  });

  it('marks an invoice paid for the user and clears the badge', async () => {
    const db = await enabledDb();
    const handlers = createHandlers({}, db);
    await handlers['cs:invoicesFound'](
      { type: 'cs:invoicesFound', url: 'https://erp.example.fr/list', track: true, invoices: [found('F1', '2026-11-01')] },
      context,
    );
    await handlers['ui:markPaid']({ type: 'ui:markPaid', id: 'erp.example.fr:F1' }, { kind: 'extension-page' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    await expect(handlers['ui:markPaid']({ type: 'ui:markPaid', id: 'nope:1' }, { kind: 'extension-page' })).rejects.toThrow(/not found/);
  });

  it('after an extension page imported a backup itself, refreshes the badge and reruns the schedule', async () => {
    const db = await enabledDb();
    const onDataChanged = vi.fn();
    const handlers = createHandlers({ onDataChanged }, db);
    await handlers['cs:invoicesFound'](
      { type: 'cs:invoicesFound', url: 'https://erp.example.fr/list', track: true, invoices: [found('F1', '2026-11-01')] },
      context,
    );
    onDataChanged.mockClear();
    // What the options page writes straight into the database, without the background knowing.
    const text = JSON.stringify({ ...JSON.parse((await exportBackup(db)).join('')), exportedAt: '2026-11-22T09:00:00.000Z' })
      .replaceAll('erp.example.fr:F1', 'erp.example.fr:F2')
      .replaceAll('"F1"', '"F2"');
    await importBackup(text, db);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await handlers['ui:dataChanged']({ type: 'ui:dataChanged' }, { kind: 'extension-page' })).toBe(2);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(onDataChanged).toHaveBeenCalledTimes(1);
  });

  it('deletes everything only through the confirmed message', async () => {
    const db = await enabledDb();
    const handlers = createHandlers({}, db);
    await handlers['cs:invoicesFound'](
      { type: 'cs:invoicesFound', url: 'https://erp.example.fr/list', track: true, invoices: [found('F1', '2026-11-01')] },
      context,
    );
    await handlers['ui:deleteAll']({ type: 'ui:deleteAll', confirm: 'DELETE' }, { kind: 'extension-page' });
    expect(await db.invoices.count()).toBe(0);
    expect(await db.clients.count()).toBe(0);
  });
});

describe('badge', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    [0, ''],
    [3, '3'],
    [1200, '999+'],
  ])('shows %i overdue invoices as "%s", red when any', async (count, text) => {
    const db = freshDb();
    await db.invoices.bulkAdd(
      Array.from({ length: count }, (_, i) => ({
        id: `h:${i}`,
        number: `${i}`,
        clientId: 'c',
        clientName: 'C',
        total: { minor: 1, currency: 'EUR' },
        amountDue: { minor: 1, currency: 'EUR' },
        dueDate: '2026-01-01',
        dueDateInferred: false,
        status: 'open' as const,
        statusSetBy: 'capture' as const,
        kind: 'invoice' as const,
        source: { url: 'https://h/', host: 'h', method: 'table' as const, seenAt: '2026-01-01T00:00:00.000Z' },
        notes: '',
        unpaid: 1 as const,
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      })),
    );
    await rebuildDueTotals(db);
    expect(await refreshBadge('2026-11-22', db)).toBe(count);
    expect(await fakeBrowser.action.getBadgeText({})).toBe(text);
    if (count > 0) expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0xc5, 0x22, 0x1f, 255]);
    expect(BADGE_OVERDUE_COLOR).toBe('#C5221F');
  });
});

describe('capture after the first Track', () => {
  beforeEach(() => fakeBrowser.reset());
  const portal = { origin: 'https://erp.example.fr/*', autoTrack: false, addedAt: '2026-11-01T00:00:00.000Z' };

  it('updates invoices already tracked silently, and waits for a Track for new ones', async () => {
    const db = freshDb();
    await saveSettings({ portals: [portal] }, db);
    const handlers = createHandlers({}, db);
    const send = (track: boolean, invoices: ReturnType<typeof found>[]) =>
      handlers['cs:invoicesFound']({ type: 'cs:invoicesFound', url: 'https://erp.example.fr/list', track, invoices }, context);
    await send(true, [found('F1', '2026-11-01')]);
    const later = await send(false, [{ ...found('F1', '2026-11-01'), status: 'paid' }, found('F2', '2026-11-05')]);
    expect(later).toMatchObject({ stored: true, mode: 'update', becamePaid: ['erp.example.fr:F1'], added: [] });
    expect(await db.invoices.get('erp.example.fr:F2')).toBeUndefined();
  });
});
