import { findPdfLinks, withPdfLinksChunked } from '../capture/pdf-links';
import type { DetectedInvoice } from '../core';
import { listPage, textWalk } from './capture-suite';
import { measure, type Measurement } from './measure';

/**
 * The PDF-link pass the portal content script runs after each capture (findPdfLinks), on the
 * capture suite's French list, with no PDF link in it and with an icon-only "Télécharger" link on
 * every row; against the bare text walk of the same page, measured in the same run.
 */
export async function pdfLinksSuite(): Promise<Measurement[]> {
  const out: Measurement[] = [];
  for (const n of [2000, 10_000]) {
    const page = listPage(n);
    document.body.append(page);
    const numbers = [...page.querySelectorAll('tbody tr td:first-child a')].map((a) => a.textContent ?? '');
    // The bench page is an extension page: the list is read as if it were the portal's own.
    const url = 'https://erp.example.fr/factures';
    const base = await measure(`text walk baseline, ${n} rows`, () => textWalk(page), { runs: 7 });
    const none = await measure(`findPdfLinks, ${n} rows, no PDF link`, () => findPdfLinks(page, numbers, url), { runs: 7 });
    none.note = `${(none.median / base.median).toFixed(1)}× baseline`;
    page.querySelectorAll('tbody tr').forEach((tr, i) => {
      const a = document.createElement('a');
      a.href = `/factures/${i}/document`;
      a.title = 'Télécharger la facture';
      a.append(document.createElement('i'));
      tr.lastElementChild!.append(a);
    });
    let found = 0;
    const every = await measure(`findPdfLinks, ${n} rows, a PDF link on every row`, () => (found = findPdfLinks(page, numbers, url).size), {
      runs: 7,
    });
    every.note = `${found} links; ${(every.median / base.median).toFixed(1)}× baseline`;
    // The content script's path: slices with idle time between them; the longest slice is what the page feels.
    let longest = 0;
    let sliceStart = 0;
    const invoices = numbers.map((number) => ({ number, confidence: 1 }) as DetectedInvoice);
    const idle = async () => {
      longest = Math.max(longest, performance.now() - sliceStart);
      await new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 100 }));
      sliceStart = performance.now();
    };
    const chunked = await measure(
      `withPdfLinksChunked, ${n} rows, a PDF link on every row`,
      async () => {
        sliceStart = performance.now();
        await withPdfLinksChunked(page, invoices, url, url, idle);
        longest = Math.max(longest, performance.now() - sliceStart);
      },
      { runs: 3 },
    );
    chunked.note = `longest slice ${longest.toFixed(0)} ms (target: none over 50 ms)`;
    out.push(base, none, every, chunked);
    page.remove();
  }
  return out;
}
