import { sendToTab } from './tab-message';

/** The keyboard shortcuts of the manifest's `commands` (changeable in the browser's settings). */
export const OPEN_PICKER_COMMAND = 'open-picker';

/**
 * "Insert a payment reminder": asks the webmail content script of the tab to open its picker on
 * the compose being written. Tabs without it (any other site) have nothing to answer.
 */
export async function onCommand(command: string, tabId?: number): Promise<boolean> {
  if (command !== OPEN_PICKER_COMMAND) return false;
  const id = tabId ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  if (id === undefined) return false;
  try {
    await sendToTab(id, { type: 'bg:openPicker' });
    return true;
  } catch {
    return false; // no webmail content script in that tab
  }
}
