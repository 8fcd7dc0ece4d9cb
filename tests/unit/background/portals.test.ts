import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { enablePortal, matchPattern, syncPortalScripts } from '../../../lib/background/portals';
import { getSettings, saveSettings } from '../../../lib/db';
import { freshDb } from '../db/helpers';

/** In-memory permissions and registered scripts (the fake browser has neither). */
function fakeScripting(granted: string[]) {
  const registered = new Map<string, { id: string; matches: string[] }>();
  const injected: number[] = [];
  Object.assign(fakeBrowser.permissions, {
    getAll: async () => ({ origins: [...granted], permissions: [] }),
    contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.includes(o)),
    remove: async ({ origins }: { origins: string[] }) => {
      for (const o of origins) granted.splice(granted.indexOf(o), 1);
      return true;
    },
  });
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: async () => [...registered.values()],
    registerContentScripts: async (scripts: { id: string; matches: string[] }[]) => scripts.forEach((s) => registered.set(s.id, s)),
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id)),
    executeScript: async ({ target }: { target: { tabId: number } }) => void injected.push(target.tabId),
  });
  return { registered, injected, granted };
}

describe('portal sites', () => {
  beforeEach(() => fakeBrowser.reset());

  it('refuses to enable a site the user did not grant, and registers nothing', async () => {
    const db = freshDb();
    const f = fakeScripting([]);
    expect(await enablePortal('https://erp.example.fr', 3, db)).toEqual({ enabled: false });
    expect(f.registered.size).toBe(0);
    expect(f.injected).toEqual([]);
    expect((await getSettings(db)).portals).toEqual([]);
  });

  it('registers the portal script for a granted site only, and scans the open tab', async () => {
    const db = freshDb();
    const f = fakeScripting(['https://erp.example.fr/*']);
    expect(await enablePortal('https://erp.example.fr', 3, db)).toEqual({ enabled: true });
    expect([...f.registered.values()]).toEqual([
      expect.objectContaining({ id: 'portal:https://erp.example.fr/*', matches: ['https://erp.example.fr/*'] }),
    ]);
    expect(f.injected).toEqual([3]);
  });

  it('unregisters a site whose permission the user revoked in the browser (permissions.onRemoved)', async () => {
    const db = freshDb();
    const f = fakeScripting(['https://erp.example.fr/*', 'https://other.example/*']);
    await enablePortal('https://erp.example.fr', undefined, db);
    await enablePortal('https://other.example', undefined, db);
    f.granted.splice(0, 1); // revoked from chrome://extensions
    expect(await syncPortalScripts(db)).toEqual(['https://other.example/*']);
    expect([...f.registered.keys()]).toEqual(['portal:https://other.example/*']);
  });

  it('registers again after a browser restart what is still granted', async () => {
    const db = freshDb();
    const f = fakeScripting(['https://erp.example.fr/*']);
    await saveSettings({ portals: [{ origin: 'https://erp.example.fr/*', autoTrack: false, addedAt: '2026-11-01T00:00:00.000Z' }] }, db);
    expect(f.registered.size).toBe(0);
    await syncPortalScripts(db);
    expect([...f.registered.keys()]).toEqual(['portal:https://erp.example.fr/*']);
  });

  it.each([['javascript:alert(1)'], ['https://*.example.com'], ['https://erp.example.fr/path'], ['file:///etc']])(
    'refuses %s as a site',
    (origin) => {
      expect(() => matchPattern(origin)).toThrow();
    },
  );
});
