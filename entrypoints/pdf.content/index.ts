import { fetchPortalPdf } from '../../lib/portal/fetch-pdf';
import { sharedWorld } from '../../lib/portal/shared-world';

/**
 * The download of an invoice's PDF for the desk's "Fetch from portal", injected by the background
 * when the portal script asks for it (cs:loadReader), that is when the background asks that
 * portal script for a copy: it only hands the portal script its fetch, through the shared world.
 */
export default defineContentScript({
  matches: [],
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    // Firefox's content scripts fetch as the extension; `content.fetch` fetches as the page.
    const pageFetch = (globalThis as { content?: { fetch?: typeof fetch } }).content?.fetch ?? fetch;
    sharedWorld.__relanceFetchPdf = (url, pageUrl) => fetchPortalPdf(url, pageUrl, (u, init) => pageFetch(u, init));
  },
});
