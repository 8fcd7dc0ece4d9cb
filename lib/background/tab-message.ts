import type { BackgroundMessage } from '../messaging/protocol';
import type { Replies } from '../messaging/replies';

/** Asks a tab's content script something, typed by the message (see BackgroundMessageSchema). */
export async function sendToTab<M extends BackgroundMessage>(tabId: number, message: M): Promise<Replies[M['type']]> {
  return (await browser.tabs.sendMessage(tabId, message)) as Replies[M['type']];
}
