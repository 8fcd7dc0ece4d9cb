import { uiLanguage } from '../../lib/i18n/language';
import type { ContentMessage, Reply } from '../../lib/messaging/protocol';
import type { Replies } from '../../lib/messaging/replies';
import { sharedWorld } from '../../lib/portal/shared-world';
import { teach } from '../../lib/portal/teach-ui';

/**
 * Teach mode, injected by the background only when the user asks to teach a page (after the
 * portal script): its panel and recipe builder stay out of the script every portal page loads.
 * The saved recipe is used at once by the portal script, through the isolated world both share.
 */
export default defineUnlistedScript({
  main() {
    const send = <M extends ContentMessage>(message: M) => browser.runtime.sendMessage(message) as Promise<Reply<Replies[M['type']]>>;
    void teach(document, uiLanguage(), `${location.origin}/*`).then(async (recipe) => {
      if (!recipe) return;
      const saved = await send({ type: 'cs:saveRecipe', recipe });
      if (saved.ok) sharedWorld.__relanceUseRecipes?.([saved.data]);
    });
  },
});
