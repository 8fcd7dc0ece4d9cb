import { injectPortalScript } from './portals';

const KEY = 'teach:tabs';
/**
 * Teach mode's own content script (entrypoints/teach): injected when the user asks to
 * teach a page, so that the script every portal page loads does not carry it.
 */
export const TEACH_SCRIPT = '/teach.js';

/** Session storage: teach mode ends with the browser, and survives a worker restart. */
async function tabs(): Promise<number[]> {
  const value = (await browser.storage.session.get(KEY))[KEY];
  return Array.isArray(value) ? value.filter((n): n is number => typeof n === 'number') : [];
}

/** The user asked to teach this tab (from the popup): make sure capture runs there, then start. */
export async function startTeaching(tabId: number): Promise<void> {
  await browser.storage.session.set({ [KEY]: [...new Set([...(await tabs()), tabId])] });
  await injectPortalScript(tabId);
  await browser.scripting.executeScript({ target: { tabId }, files: [TEACH_SCRIPT] });
}

export async function isTeaching(tabId: number): Promise<boolean> {
  return (await tabs()).includes(tabId);
}

export async function stopTeaching(tabId: number): Promise<void> {
  await browser.storage.session.set({ [KEY]: (await tabs()).filter((t) => t !== tabId) });
}
