import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../../lib/background/handlers';
import { saveSettings } from '../../../lib/db';
import { freshDb } from '../db/helpers';

const enabled = { origin: 'https://erp.example.fr/*', autoTrack: false, addedAt: '2026-11-01T00:00:00.000Z' };
const portal = { kind: 'content-script' as const, origin: 'https://erp.example.fr', tabId: 3, frameId: 0 };
const framed = { ...portal, frameId: 7 };
const gmail = { kind: 'content-script' as const, origin: 'https://mail.google.com', tabId: 5, frameId: 0 };
const stranger = { kind: 'content-script' as const, origin: 'https://shop.example', tabId: 8, frameId: 0 };

type Injection = { target: { tabId: number; frameIds?: number[] }; files: string[] };

describe('cs:loadReader: the readers few pages need, run beside the portal script that asks', () => {
  let injected: Injection[];
  beforeEach(() => {
    fakeBrowser.reset();
    injected = [];
    Object.assign(fakeBrowser.scripting, {
      executeScript: async (injection: Injection) => {
        injected.push(injection);
        return [];
      },
    });
  });

  it('runs the readers script in the frame of an enabled site that asked, and there only', async () => {
    const db = freshDb();
    await saveSettings({ portals: [enabled] }, db);
    const handlers = createHandlers({}, db);
    expect(await handlers['cs:loadReader']({ type: 'cs:loadReader', reader: 'detail' }, portal)).toBe(true);
    expect(await handlers['cs:loadReader']({ type: 'cs:loadReader', reader: 'records' }, framed)).toBe(true);
    expect(injected).toEqual([
      { target: { tabId: 3, frameIds: [0] }, files: ['/readers.js'] },
      { target: { tabId: 3, frameIds: [7] }, files: ['/readers.js'] },
    ]);
  });

  it('refuses a webmail script and a site neither enabled nor scanned, and injects nothing', async () => {
    const db = freshDb();
    await saveSettings({ portals: [enabled] }, db);
    const handlers = createHandlers({}, db);
    await expect(handlers['cs:loadReader']({ type: 'cs:loadReader', reader: 'detail' }, gmail)).rejects.toThrow(/not allowed/);
    await expect(handlers['cs:loadReader']({ type: 'cs:loadReader', reader: 'structured' }, stranger)).rejects.toThrow(/not allowed/);
    expect(injected).toEqual([]);
  });

  it('serves a tab the user scanned', async () => {
    const handlers = createHandlers({}, freshDb());
    await handlers['ui:scanTab']({ type: 'ui:scanTab', tabId: stranger.tabId }, { kind: 'extension-page' });
    injected = [];
    expect(await handlers['cs:loadReader']({ type: 'cs:loadReader', reader: 'detail' }, stranger)).toBe(true);
    expect(injected).toEqual([{ target: { tabId: 8, frameIds: [0] }, files: ['/readers.js'] }]);
  });
});
