import { extractInvoicesChunked } from '../../lib/capture';
import { localToday } from '../../lib/core/calendar';
import type { Recipe } from '../../lib/core/recipe';
import { uiLanguage } from '../../lib/i18n/content';
import type { ContentMessage, Reply } from '../../lib/messaging/protocol';
import { startPortalCapture } from '../../lib/portal/controller';
import { teach } from '../../lib/portal/teach-ui';

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
    const send = <T>(message: ContentMessage) => browser.runtime.sendMessage(message) as Promise<Reply<T>>;
    const lang = uiLanguage();
    const teachHere = () => void send({ type: 'cs:startTeach' });
    const capture = startPortalCapture(document, { extract: (root, context) => extractInvoicesChunked(root, context), send, teach: teachHere, today: () => localToday(), lang });
    void send<Recipe[]>({ type: 'cs:getRecipes' }).then((r) => r.ok && r.data.length && capture.useRecipes(r.data));

    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if (sender.id !== browser.runtime.id || (message as { type?: unknown })?.type !== 'bg:startTeach') return;
      void teach(document, lang, `${location.origin}/*`).then(async (recipe) => {
        if (!recipe) return;
        const saved = await send<Recipe>({ type: 'cs:saveRecipe', recipe });
        if (saved.ok) capture.useRecipes([saved.data]);
      });
    });
  },
});
