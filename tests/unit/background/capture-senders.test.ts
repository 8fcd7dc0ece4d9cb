import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../../lib/background/handlers';
import { saveSettings } from '../../../lib/db';
import type { DetectedInvoice, Recipe } from '../../../lib/core';
import { freshDb } from '../db/helpers';

const claim: DetectedInvoice = {
  number: 'CLAIM-0001',
  clientName: 'Café du Port',
  total: { minor: 42_000, currency: 'EUR' },
  dueDate: '2026-11-01',
  status: 'open',
  confidence: 0.9,
};
const gmail = { kind: 'content-script' as const, origin: 'https://mail.google.com', tabId: 5, frameId: 0 };
const outlook = { kind: 'content-script' as const, origin: 'https://outlook.office.com', tabId: 6, frameId: 0 };
const portal = { kind: 'content-script' as const, origin: 'https://erp.example.fr', tabId: 3, frameId: 0 };
const stranger = { kind: 'content-script' as const, origin: 'https://shop.example', tabId: 8, frameId: 0 };
const enabled = { origin: 'https://erp.example.fr/*', autoTrack: false, addedAt: '2026-11-01T00:00:00.000Z' };
const recipe = (origin: string): Recipe =>
  ({
    id: 'r1',
    origin,
    path: '/list',
    kind: 'table',
    createdAt: '2026-11-01T00:00:00.000Z',
    fields: { number: 0, client: 1, total: 2, dueDate: 3 },
    rowSelector: 'tr',
  }) as unknown as Recipe;

function scanning() {
  Object.assign(fakeBrowser.scripting, { executeScript: async () => [] });
  Object.assign(fakeBrowser.tabs, { sendMessage: async () => undefined });
}

describe('capture reports come from the portal content script only', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-22T10:00:00'));
  });

  it.each([
    ['the Gmail content script', gmail],
    ['the Outlook content script', outlook],
    ['a site neither enabled nor scanned', stranger],
  ])('refuses cs:invoicesFound with Track from %s and stores nothing', async (_label, context) => {
    const db = freshDb();
    await saveSettings({ portals: [enabled] }, db);
    const handlers = createHandlers({}, db);
    await expect(
      handlers['cs:invoicesFound']({ type: 'cs:invoicesFound', url: `${context.origin}/`, track: true, invoices: [claim] }, context),
    ).rejects.toThrow(/not allowed/);
    expect(await db.invoices.count()).toBe(0);
    expect(await db.clients.count()).toBe(0);
  });

  it('refuses cs:getRecipes and cs:saveRecipe from the webmail content scripts, even on a tab in teach mode', async () => {
    const db = freshDb();
    scanning();
    const handlers = createHandlers({}, db);
    await handlers['ui:teachTab']({ type: 'ui:teachTab', tabId: gmail.tabId }, { kind: 'extension-page' });
    await expect(handlers['cs:getRecipes']({ type: 'cs:getRecipes' }, gmail)).rejects.toThrow(/not allowed/);
    await expect(handlers['cs:saveRecipe']({ type: 'cs:saveRecipe', recipe: recipe('https://mail.google.com/*') }, gmail)).rejects.toThrow(
      /not allowed/,
    );
  });

  it('accepts capture from an enabled site', async () => {
    const db = freshDb();
    await saveSettings({ portals: [enabled] }, db);
    const reply = await createHandlers({}, db)['cs:invoicesFound'](
      { type: 'cs:invoicesFound', url: 'https://erp.example.fr/list', track: true, invoices: [claim] },
      portal,
    );
    expect(reply).toMatchObject({ stored: true, added: ['erp.example.fr:CLAIM-0001'] });
  });

  it('accepts capture from a tab the user scanned, and from that tab only', async () => {
    const db = freshDb();
    scanning();
    const handlers = createHandlers({}, db);
    await handlers['ui:scanTab']({ type: 'ui:scanTab', tabId: stranger.tabId }, { kind: 'extension-page' });
    const reply = await handlers['cs:invoicesFound'](
      { type: 'cs:invoicesFound', url: 'https://shop.example/', track: true, invoices: [claim] },
      stranger,
    );
    expect(reply).toMatchObject({ stored: true, added: ['shop.example:CLAIM-0001'] });
    await expect(
      handlers['cs:invoicesFound'](
        { type: 'cs:invoicesFound', url: 'https://shop.example/', track: true, invoices: [claim] },
        { ...stranger, tabId: 99 },
      ),
    ).rejects.toThrow(/not allowed/);
  });

  it("starts teach mode from the pill's preview on an enabled site only, never from a webmail", async () => {
    const db = freshDb();
    await saveSettings({ portals: [enabled] }, db);
    // Teach mode is its own script, injected after the portal script into that tab only.
    const injected: { tabId: number; files: string[] }[] = [];
    Object.assign(fakeBrowser.scripting, {
      executeScript: async ({ target, files }: { target: { tabId: number }; files: string[] }) => {
        injected.push({ tabId: target.tabId, files });
        return [];
      },
    });
    const handlers = createHandlers({}, db);
    await expect(handlers['cs:startTeach']({ type: 'cs:startTeach' }, gmail)).rejects.toThrow(/not allowed/);
    await expect(handlers['cs:startTeach']({ type: 'cs:startTeach' }, stranger)).rejects.toThrow(/not allowed/);
    expect(injected).toEqual([]);
    expect(await handlers['cs:startTeach']({ type: 'cs:startTeach' }, portal)).toBe(true);
    expect(injected).toEqual([
      { tabId: portal.tabId, files: ['/portal.js'] },
      { tabId: portal.tabId, files: ['/teach.js'] },
    ]);
  });
});
