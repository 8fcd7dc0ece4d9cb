import { getSettings, type RelanceDb } from '../db';
import type { HandlerContext } from '../messaging';
import { WEBMAIL_ORIGINS } from './mail';

const KEY = 'scan:tabs';
/** Enough for every tab a person scans in one browser session. */
const MAX_TABS = 100;

/** Session storage: a scan is for this browser session, and survives a worker restart. */
async function scannedTabs(): Promise<number[]> {
  const value = (await browser.storage.session.get(KEY))[KEY];
  return Array.isArray(value) ? value.filter((n): n is number => typeof n === 'number') : [];
}

/** The user ran the portal script in this tab (Scan this page, Teach this page, enabling the site). */
export async function rememberScannedTab(tabId: number): Promise<void> {
  const tabs = (await scannedTabs()).filter((t) => t !== tabId);
  await browser.storage.session.set({ [KEY]: [...tabs, tabId].slice(-MAX_TABS) });
}

/**
 * Capture messages (`cs:invoicesFound`, `cs:getRecipes`, `cs:saveRecipe`) are the portal content
 * script's. Three content scripts exist: the portal one, registered on the sites the user enabled or
 * injected in a tab the user scanned, and the Gmail and Outlook ones. A capture report from any
 * other sender (a webmail script, or a page driving one) would write invoices in a site's name.
 * A webmail origin is refused even from a scanned tab: the tab may have moved on to the webmail.
 */
export async function assertCaptureSender(context: HandlerContext, db: RelanceDb): Promise<string> {
  const origin = context.origin;
  if (!origin || origin in WEBMAIL_ORIGINS) throw new Error('not allowed: capture is for portal pages');
  const settings = await getSettings(db);
  if (settings.portals.some((p) => p.origin === `${origin}/*`)) return origin;
  if (context.tabId !== undefined && (await scannedTabs()).includes(context.tabId)) return origin;
  throw new Error('not allowed: this site is neither enabled nor scanned');
}
