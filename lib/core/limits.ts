/**
 * Limits shared by extension pages and content scripts (zod-free, so a content script may import it).
 * Files above this are refused: a copy of an invoice is a few hundred kB, a scan a few MB.
 */
export const MAX_INVOICE_FILE_BYTES = 10 * 1024 * 1024;
