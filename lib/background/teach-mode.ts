import { injectPortalScript } from './portals';
import { sendToTab } from './tab-message';

const KEY = 'teach:tabs';

/** Session storage: teach mode ends with the browser, and survives a worker restart. */
async function tabs(): Promise<number[]> {
  const value = (await browser.storage.session.get(KEY))[KEY];
  return Array.isArray(value) ? value.filter((n): n is number => typeof n === 'number') : [];
}

/** The user asked to teach this tab (from the popup): make sure capture runs there, then start. */
export async function startTeaching(tabId: number): Promise<void> {
  await browser.storage.session.set({ [KEY]: [...new Set([...(await tabs()), tabId])] });
  await injectPortalScript(tabId);
  await sendToTab(tabId, { type: 'bg:startTeach' });
}

export async function isTeaching(tabId: number): Promise<boolean> {
  return (await tabs()).includes(tabId);
}

export async function stopTeaching(tabId: number): Promise<void> {
  await browser.storage.session.set({ [KEY]: (await tabs()).filter((t) => t !== tabId) });
}
