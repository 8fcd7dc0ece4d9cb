import { extractInvoicesChunked } from '../../lib/capture/extract';
import { localToday } from '../../lib/core/calendar';
import { uiLanguage } from '../../lib/i18n/language';
import type { ContentMessage, Reply } from '../../lib/messaging/protocol';
import type { PortalPdf, PortalPdfFailure, Replies } from '../../lib/messaging/replies';
import { startPortalCapture } from '../../lib/portal/controller';
import { sharedWorld } from '../../lib/portal/shared-world';
import { isBackgroundMessage } from '../../lib/messaging/background-message';
import { readerLoader } from '../../lib/portal/readers';
import { withPdfLinksOnDemand } from '../../lib/portal/pdf-links';

/**
 * Capture on a portal the user enabled (registered at run time for that origin only), or on
 * any page once through "Scan this page" (activeTab). Never listed in the manifest. Teach mode
 * is its own script (entrypoints/teach), injected only when the user asks for it; so are
 * the readers few pages need (entrypoints/readers), when a page needs one.
 */
export default defineUnlistedScript({
  main() {
    // "Scan this page" on an enabled site injects the script a second time: one instance only.
    if (sharedWorld.__relancePortal) return;
    sharedWorld.__relancePortal = true;
    const send = <M extends ContentMessage>(message: M) => browser.runtime.sendMessage(message) as Promise<Reply<Replies[M['type']]>>;
    const lang = uiLanguage();
    // Idle time between slices of the PDF-link pass, as capture itself yields (see extractInvoicesChunked).
    const idle = () => new Promise<void>((resolve) => void requestIdleCallback(() => resolve(), { timeout: 100 }));
    const teachHere = () => void send({ type: 'cs:startTeach' });
    // The readers of single-invoice pages, schema.org data and cards are a script of their own, run here only when a page needs one.
    const load = readerLoader((reader) => send({ type: 'cs:loadReader', reader }));
    // So is the PDF-link pass (with the PDF download), on a page with a link that may offer a PDF.
    const loadPdf = () => send({ type: 'cs:loadReader', reader: 'pdf' }).catch(() => undefined);
    // So is the Track preview, at a site's first Track.
    const preview = async () => {
      if (!sharedWorld.__relancePreview) await send({ type: 'cs:loadReader', reader: 'preview' }).catch(() => undefined);
      return sharedWorld.__relancePreview;
    };
    const capture = startPortalCapture(document, {
      preview,
      extract: async (root, context) =>
        withPdfLinksOnDemand(root, await extractInvoicesChunked(root, context, { load }), context.url, document.baseURI, idle, loadPdf),
      send,
      teach: teachHere,
      today: () => localToday(),
      lang,
    });
    void send({ type: 'cs:getRecipes' }).then((r) => r.ok && r.data.length && capture.useRecipes(r.data));
    // A recipe just taught on this page (teach mode's script) is used at once.
    sharedWorld.__relanceUseRecipes = (recipes) => capture.useRecipes(recipes);

    // The invoice's PDF, for the desk's "Fetch from portal": this page's origin and session only.
    // The download is a script of its own (entrypoints/pdf), run here at the first request.
    const fetchPdf = async (url: string): Promise<PortalPdf | PortalPdfFailure> => {
      if (!sharedWorld.__relanceFetchPdf) await loadPdf();
      return sharedWorld.__relanceFetchPdf?.(url, location.href) ?? { ok: false, reason: 'network' };
    };
    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
      if (isBackgroundMessage(message, sender, browser.runtime.id, 'bg:fetchPdf') && typeof message.url === 'string') {
        void fetchPdf(message.url).then(sendResponse);
        return true;
      }
    });
  },
});
