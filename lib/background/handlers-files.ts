import type { Handlers } from '../messaging';
import type { HandlerScope } from './handler-scope';
import { fetchPortalPdfFor, portalPdfStatus, type TabsApi } from './portal-pdf';

/** The browser's tabs, as portal-pdf.ts uses them (a test passes its own). */
const browserTabs: TabsApi = {
  query: (info) => browser.tabs.query(info),
  sendMessage: (tabId, message, options) => browser.tabs.sendMessage(tabId, message, options),
};

/** The copies of invoices: from the PDF link of the invoice's portal page, on the user's request. */
export function filesHandlers({ db }: HandlerScope, tabs: TabsApi = browserTabs) {
  return {
    async 'ui:portalPdfStatus'(message) {
      return portalPdfStatus(await db.invoices.get(message.invoiceId), db, tabs);
    },
    async 'ui:fetchPortalPdf'(message) {
      return fetchPortalPdfFor(await db.invoices.get(message.invoiceId), db, tabs);
    },
  } satisfies Partial<Handlers>;
}
