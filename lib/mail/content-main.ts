import { uiLanguage } from '../i18n/content';
import type { ContentMessage, Reply } from '../messaging/protocol';
import type { WebmailAdapter } from './compose';
import { startWebmail } from './controller';

/** What the Gmail and Outlook content scripts run: the controller, and the shortcut's message. */
export function runWebmailContentScript(adapter: WebmailAdapter): void {
  const flag = globalThis as { __relanceWebmail?: boolean };
  if (flag.__relanceWebmail) return;
  flag.__relanceWebmail = true;
  const send = <T>(message: ContentMessage) => browser.runtime.sendMessage(message) as Promise<Reply<T>>;
  const controller = startWebmail(document, { adapter, lang: uiLanguage(), send, url: location.href });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || (message as { type?: unknown })?.type !== 'bg:openPicker') return;
    controller.openPickerHere();
  });
}
