import { refreshBadge } from '../../lib/background/badge';
import { createHandlers } from '../../lib/background/handlers';
import { createRouter } from '../../lib/messaging';

export default defineBackground(() => {
  const self = { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('/')).origin };
  const route = createRouter(createHandlers(), self, { dropped: (reason) => console.warn('[relance] message dropped:', reason) });
  // sendResponse + `return true` works in every Chrome and Firefox; a returned promise does not.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void route(message, sender).then(sendResponse);
    return true;
  });
  browser.runtime.onInstalled.addListener(() => void refreshBadge());
  browser.runtime.onStartup.addListener(() => void refreshBadge());
});
