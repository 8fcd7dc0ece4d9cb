import { extractInvoicesChunked } from '../../lib/capture';
import { localToday } from '../../lib/core/calendar';
import { uiLanguage } from '../../lib/i18n/language';
import type { ContentMessage, Reply } from '../../lib/messaging/protocol';
import type { Replies } from '../../lib/messaging/replies';
import { startPortalCapture } from '../../lib/portal/controller';
import { sharedWorld } from '../../lib/portal/shared-world';

/**
 * Capture on a portal the user enabled (registered at run time for that origin only), or on
 * any page once through "Scan this page" (activeTab). Never listed in the manifest. Teach mode
 * is its own script (entrypoints/teach.content), injected only when the user asks for it.
 */
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    // "Scan this page" on an enabled site injects the script a second time: one instance only.
    if (sharedWorld.__relancePortal) return;
    sharedWorld.__relancePortal = true;
    const send = <M extends ContentMessage>(message: M) => browser.runtime.sendMessage(message) as Promise<Reply<Replies[M['type']]>>;
    const lang = uiLanguage();
    const teachHere = () => void send({ type: 'cs:startTeach' });
    const capture = startPortalCapture(document, { extract: (root, context) => extractInvoicesChunked(root, context), send, teach: teachHere, today: () => localToday(), lang });
    void send({ type: 'cs:getRecipes' }).then((r) => r.ok && r.data.length && capture.useRecipes(r.data));
    // A recipe just taught on this page (teach mode's script) is used at once.
    sharedWorld.__relanceUseRecipes = (recipes) => capture.useRecipes(recipes);
  },
});
