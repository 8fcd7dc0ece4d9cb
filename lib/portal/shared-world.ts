import type { Readers } from '../capture/extract';
import type { withPdfLinksChunked } from '../capture/pdf-links';
import type { Recipe } from '../core/recipe';
import type { PortalPdf, PortalPdfFailure } from '../messaging/replies';
import type { PreviewPanel } from './preview';

/**
 * What Relance's content scripts in one page share: they run in the extension's own isolated
 * world, whose globals the page's scripts never see. The portal script marks itself there (a
 * second injection does nothing) and lends teach mode, injected later, its `useRecipes`; a
 * reader's script (or the PDF download's), injected when the portal script asks for it, leaves
 * its reader there.
 */
export const sharedWorld = globalThis as {
  __relancePortal?: boolean;
  __relanceUseRecipes?: (recipes: Recipe[]) => void;
  __relanceReaders?: Readers;
  /** The PDF download (entrypoints/pdf), loaded when the desk asks for a copy. */
  __relanceFetchPdf?: (url: string, pageUrl: string) => Promise<PortalPdf | PortalPdfFailure>;
  /** The PDF-link pass (the same script), loaded on a page with invoices and a link that may offer a PDF. */
  __relancePdfLinks?: typeof withPdfLinksChunked;
  /** The Track preview's panel (entrypoints/preview), loaded at a site's first Track. */
  __relancePreview?: PreviewPanel;
};
