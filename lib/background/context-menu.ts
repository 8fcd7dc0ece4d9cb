import { getSettings } from '../db';
import { t, uiLanguage } from '../i18n';

const OPEN_DESK = 'relance-open-desk';

/** "Open Relance" on the toolbar button's own menu (right click), created once per install or start. */
export async function installContextMenu(): Promise<void> {
  const lang = uiLanguage((await getSettings()).uiLanguage);
  await browser.contextMenus.removeAll();
  // MV2 (the Firefox build) calls the toolbar button a browser action.
  browser.contextMenus.create({
    id: OPEN_DESK,
    title: t('deskOpen', lang),
    contexts: [import.meta.env.FIREFOX ? 'browser_action' : 'action'],
  });
}

export function onContextMenu(itemId: string | number): void {
  if (itemId === OPEN_DESK) void browser.tabs.create({ url: browser.runtime.getURL('/desk.html#today') });
}
