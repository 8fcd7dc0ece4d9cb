import type { DetectedInvoice } from '../core';
import { mayOfferPdf } from '../capture/pdf-links';
import { sharedWorld } from './shared-world';

/** Links looked at between two looks at the clock. */
const LINKS_PER_STEP = 64;

/** Whether any link of the page may offer a PDF, in slices of about `budgetMs`: a 10,000-row list stays responsive. */
async function anyPdfLink(root: ParentNode, yieldToPage: () => Promise<void>, budgetMs: number): Promise<boolean> {
  const anchors = (root as Element | Document).getElementsByTagName('a');
  let sliceStart = performance.now();
  for (let i = 0; i < anchors.length; i++) {
    if (mayOfferPdf(anchors[i]!)) return true;
    if (i % LINKS_PER_STEP === LINKS_PER_STEP - 1 && performance.now() - sliceStart >= budgetMs) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  return false;
}

/**
 * withPdfLinksChunked (lib/capture/pdf-links.ts) for the portal script: the pass is in the PDF
 * script (entrypoints/pdf), loaded by `load` only when the page has invoices and a link that
 * may offer a PDF; without one the pass finds nothing, and the invoices are returned as they are.
 */
export async function withPdfLinksOnDemand(
  root: ParentNode,
  invoices: DetectedInvoice[],
  pageUrl: string,
  baseUrl: string,
  yieldToPage: () => Promise<void>,
  load: () => Promise<unknown>,
  budgetMs = 15,
): Promise<DetectedInvoice[]> {
  if (invoices.length === 0 || !(await anyPdfLink(root, yieldToPage, budgetMs))) return invoices;
  if (!sharedWorld.__relancePdfLinks) await load();
  return (await sharedWorld.__relancePdfLinks?.(root, invoices, pageUrl, baseUrl, yieldToPage)) ?? invoices;
}
