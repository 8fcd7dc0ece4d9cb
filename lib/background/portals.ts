import { z } from 'zod';
import { getDb, getSettings, saveSettings, type RelanceDb } from '../db';

/** The built portal content script (entrypoints/portal). */
export const PORTAL_SCRIPT = '/portal.js';
const SCRIPT_PREFIX = 'portal:';

/** `https://erp.example.fr` → `https://erp.example.fr/*`; anything else is refused. */
export const SiteOriginSchema = z
  .string()
  .max(300)
  .regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i, 'expected an origin like https://erp.example.fr');

export function matchPattern(origin: string): string {
  return `${SiteOriginSchema.parse(origin).toLowerCase()}/*`;
}

function scriptId(pattern: string): string {
  return SCRIPT_PREFIX + pattern;
}

/**
 * Makes the registered content scripts match the enabled portals the browser still grants.
 * Registered scripts survive a worker stop but not always a browser restart, and the user may
 * revoke a site from the browser's own settings: so this runs at install, at startup, and on
 * every permission change.
 */
export async function syncPortalScripts(db: RelanceDb = getDb()): Promise<string[]> {
  const granted = new Set((await browser.permissions.getAll()).origins ?? []);
  const settings = await getSettings(db);
  const wanted = settings.portals.map((p) => p.origin).filter((o) => granted.has(o));
  const registered = await browser.scripting.getRegisteredContentScripts();
  const stale = registered.filter((s) => s.id.startsWith(SCRIPT_PREFIX) && !wanted.includes(s.id.slice(SCRIPT_PREFIX.length)));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale.map((s) => s.id) });
  const present = new Set(registered.map((s) => s.id));
  const missing = wanted.filter((o) => !present.has(scriptId(o)));
  if (missing.length) {
    await browser.scripting.registerContentScripts(
      missing.map((pattern) => ({
        id: scriptId(pattern),
        matches: [pattern],
        js: [PORTAL_SCRIPT],
        runAt: 'document_idle' as const,
        persistAcrossSessions: true,
      })),
    );
  }
  return wanted;
}

/** After the user granted the site: remember it, register the script, and scan the open tab. */
export async function enablePortal(origin: string, tabId: number | undefined, db: RelanceDb = getDb()): Promise<{ enabled: boolean }> {
  const pattern = matchPattern(origin);
  if (!(await browser.permissions.contains({ origins: [pattern] }))) return { enabled: false };
  const settings = await getSettings(db);
  if (!settings.portals.some((p) => p.origin === pattern)) {
    await saveSettings({ portals: [...settings.portals, { origin: pattern, autoTrack: false, addedAt: new Date().toISOString() }] }, db);
  }
  await syncPortalScripts(db);
  if (tabId !== undefined) await injectPortalScript(tabId);
  return { enabled: true };
}

/** Forgets a site: settings, registered script, and the permission itself. */
export async function disablePortal(origin: string, db: RelanceDb = getDb()): Promise<void> {
  const pattern = matchPattern(origin);
  const settings = await getSettings(db);
  await saveSettings({ portals: settings.portals.filter((p) => p.origin !== pattern) }, db);
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
  await syncPortalScripts(db);
}

/** Runs the portal script once in a tab: an enabled site now, or any page through activeTab. */
export async function injectPortalScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [PORTAL_SCRIPT] });
}
