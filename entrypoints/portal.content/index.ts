import { extractInvoices } from '../../lib/capture';
import { localToday } from '../../lib/core/calendar';
import { uiLanguage } from '../../lib/i18n';
import type { ContentMessage } from '../../lib/messaging/protocol';
import { startPortalCapture } from '../../lib/portal/controller';

/**
 * Capture on a portal the user enabled (registered at run time for that origin only), or on
 * any page once through "Scan this page" (activeTab). Never listed in the manifest.
 */
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    // "Scan this page" on an enabled site injects the script a second time: one instance only.
    const flag = globalThis as { __relancePortal?: boolean };
    if (flag.__relancePortal) return;
    flag.__relancePortal = true;
    startPortalCapture(document, {
      extract: extractInvoices,
      send: (message: ContentMessage) => browser.runtime.sendMessage(message),
      today: () => localToday(),
      lang: uiLanguage(),
    });
  },
});
