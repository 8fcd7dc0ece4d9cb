import type { WebmailName } from '../mail/compose';
import type { ComposedReminder, PendingFill } from '../mail/messages';

/**
 * Reminders between the popup or a notification and the webmail tab they open. A prepared draft
 * waits under a token (the popup copies it to the clipboard first, while it still has the click);
 * opening it moves it to the new tab, where the content script takes it once. Kept in session
 * storage: it survives the worker stopping, never the browser closing.
 */
const TTL_MS = 3 * 60_000;
type Stored = { fill: ComposedReminder | PendingFill; at: number };

const area = () => (browser.storage as { session?: typeof browser.storage.local }).session ?? browser.storage.local;

async function take(key: string, now: number): Promise<Stored['fill'] | null> {
  const stored = (await area().get(key))[key] as Stored | undefined;
  if (!stored) return null;
  await area().remove(key);
  return now - stored.at <= TTL_MS ? stored.fill : null;
}

export async function savePrepared(draft: ComposedReminder, now = Date.now()): Promise<string> {
  const token = crypto.randomUUID();
  await area().set({ [`relance:prepared:${token}`]: { fill: draft, at: now } satisfies Stored });
  return token;
}

export async function takePrepared(token: string, now = Date.now()): Promise<ComposedReminder | null> {
  return take(`relance:prepared:${token}`, now);
}

export async function setPendingFill(tabId: number, fill: PendingFill, now = Date.now()): Promise<void> {
  await area().set({ [`relance:fill:${tabId}`]: { fill, at: now } satisfies Stored });
}

/** The reminder waiting for this tab's compose, for this webmail only; taken once. */
export async function takePendingFill(tabId: number, webmail: WebmailName, now = Date.now()): Promise<PendingFill | null> {
  const fill = (await take(`relance:fill:${tabId}`, now)) as PendingFill | null;
  return fill && fill.webmail === webmail ? fill : null;
}
