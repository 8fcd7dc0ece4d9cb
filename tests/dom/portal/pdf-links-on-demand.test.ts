// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractInvoices } from '../../../lib/capture';
import { withPdfLinks, withPdfLinksChunked } from '../../../lib/capture/pdf-links';
import { withPdfLinksOnDemand } from '../../../lib/portal/pdf-links';
import { sharedWorld } from '../../../lib/portal/shared-world';
import { loadPage, OWN_FIXTURES } from '../capture/load-fixture';

/**
 * The portal script finds PDF links with a pass it loads (entrypoints/pdf) only on a page
 * with a link that may offer a PDF: every page must give the links the whole pass gives.
 */
const URL_OF_PAGE = 'https://erp.example.fr/factures/liste';
const PAGES = readdirSync(OWN_FIXTURES, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .sort();
const loaded = new Set<string>();

describe('PDF links with the pass loaded on demand', () => {
  afterEach(() => delete sharedWorld.__relancePdfLinks);

  it.each(PAGES)('%s gives the links the whole pass gives', async (page) => {
    const doc = loadPage(path.join(OWN_FIXTURES, page));
    const invoices = extractInvoices(doc, { today: '2026-11-22' });
    const expected = withPdfLinks(doc, invoices, URL_OF_PAGE);
    const load = async () => {
      loaded.add(page);
      sharedWorld.__relancePdfLinks = withPdfLinksChunked; // what entrypoints/pdf does
    };
    expect(await withPdfLinksOnDemand(doc, invoices, URL_OF_PAGE, URL_OF_PAGE, async () => {}, load)).toEqual(expected);
  });

  it('loads the pass where links offer PDFs, and not on a page without any', () => {
    expect(PAGES.length).toBeGreaterThan(60);
    expect([...loaded].filter((p) => p.startsWith('pdf-links/')).length).toBeGreaterThan(0);
    expect(loaded.has(path.join('de-list', 'rechnungen.html'))).toBe(false);
    console.log(`PDF-link pass loaded on ${loaded.size} of ${PAGES.length} fixture pages`);
  });

  it('returns the invoices as they are when the pass cannot be loaded', async () => {
    const doc = loadPage(path.join(OWN_FIXTURES, 'pdf-links', 'invoices-en.html'));
    const invoices = extractInvoices(doc, { today: '2026-11-22' });
    expect(withPdfLinks(doc, invoices, URL_OF_PAGE).some((i) => i.pdfUrl)).toBe(true);
    expect(
      await withPdfLinksOnDemand(
        doc,
        invoices,
        URL_OF_PAGE,
        URL_OF_PAGE,
        async () => {},
        async () => {},
      ),
    ).toBe(invoices);
  });
});
