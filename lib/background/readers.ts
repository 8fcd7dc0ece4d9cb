import type { ReaderName } from '../capture/extract';

/**
 * The scripts of the readers (one, entrypoints/readers, holds them all) the portal script loads only when a page needs them (see
 * lib/capture/extract.ts): each runs in the portal script's isolated world and hands it its
 * reader through lib/portal/shared-world.ts, as teach mode does.
 */
export const READER_SCRIPTS = {
  detail: '/readers.js',
  structured: '/readers.js',
  records: '/readers.js',
  // The download of an invoice's PDF, for the desk's "Fetch from portal".
  pdf: '/pdf.js',
  // The Track preview, at a site's first Track.
  preview: '/preview.js',
} as const satisfies Record<ReaderName | 'pdf' | 'preview', string>;

/** Runs a reader's script in the frame that asked for it, and resolves once it has run. */
export async function injectReader(tabId: number, frameId: number, reader: keyof typeof READER_SCRIPTS): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [READER_SCRIPTS[reader]] });
}
