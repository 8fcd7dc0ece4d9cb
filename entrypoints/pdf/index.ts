import { withPdfLinksChunked } from '../../lib/capture/pdf-links';
import { fetchPortalPdf } from '../../lib/portal/fetch-pdf';
import { sharedWorld } from '../../lib/portal/shared-world';

/**
 * Invoices' PDFs: the pass that finds each invoice's PDF link, and the download for the desk's
 * "Fetch from portal". Injected by the background when the portal script asks for it
 * (cs:loadReader): on a page with invoices and a link that may offer a PDF, or when the background
 * asks that portal script for a copy. It only hands them to the portal script, through the shared world.
 */
export default defineUnlistedScript({
  main() {
    // Firefox's content scripts fetch as the extension; `content.fetch` fetches as the page.
    const pageFetch = (globalThis as { content?: { fetch?: typeof fetch } }).content?.fetch ?? fetch;
    sharedWorld.__relanceFetchPdf = (url, pageUrl) => fetchPortalPdf(url, pageUrl, (u, init) => pageFetch(u, init));
    sharedWorld.__relancePdfLinks = withPdfLinksChunked;
  },
});
