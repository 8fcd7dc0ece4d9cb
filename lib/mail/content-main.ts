import { uiLanguage } from '../i18n/content';
import type { ContentMessage, Reply } from '../messaging/protocol';
import type { WebmailAdapter } from './compose';
import { startWebmail } from './controller';

/**
 * How long an e2e build waits for a webmail that never shows its editor or the attachment chip
 * before telling the user: 5 s and 3 s instead of 15 s and 8 s. The fixtures show both within a
 * second, so the tests of those failures run the same path without waiting out a release's margin.
 * Release builds pass nothing and keep the defaults.
 */
const E2E_PATIENCE = import.meta.env.MODE === 'e2e' ? { fillTimeoutMs: 5000, chipChecks: 30 } : {};

/** What the Gmail and Outlook content scripts run: the controller, and the shortcut's message. */
export function runWebmailContentScript(adapter: WebmailAdapter): void {
  const flag = globalThis as { __relanceWebmail?: boolean };
  if (flag.__relanceWebmail) return;
  flag.__relanceWebmail = true;
  const send = <T>(message: ContentMessage) => browser.runtime.sendMessage(message) as Promise<Reply<T>>;
  const controller = startWebmail(document, { adapter, lang: uiLanguage(), send, url: location.href, ...E2E_PATIENCE });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || (message as { type?: unknown })?.type !== 'bg:openPicker') return;
    controller.openPickerHere();
  });
}
