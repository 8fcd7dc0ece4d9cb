import type { BackgroundMessage, BackgroundMessageType } from './protocol';

/**
 * A content script's check of what the background sent it, without zod (which must stay out of
 * a page's world): these messages carry nothing but their type, so the type is all there is to check.
 * The sender must be this extension itself; `sender.url` is never read.
 */
export function isBackgroundMessage<K extends BackgroundMessageType>(
  message: unknown,
  sender: { id?: string },
  selfId: string,
  type: K,
): message is Extract<BackgroundMessage, { type: K }> {
  return sender.id === selfId && typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;
}
