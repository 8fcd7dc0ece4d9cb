import { z } from 'zod';
import { InstantSchema } from './dates';
import { MAX_INVOICE_FILE_BYTES } from './limits';

export { MAX_INVOICE_FILE_BYTES };

export const InvoiceFileOriginSchema = z.enum(['einvoice', 'dropped', 'portal']);

/**
 * The copy of an invoice (DESIGN.md: InvoiceFile), kept so that a reminder can carry it. Bytes are
 * stored as a Uint8Array: IndexedDB clones it everywhere, Blobs do not survive every test double.
 */
export const InvoiceFileSchema = z.object({
  /** `<invoiceId>|<name>`: one copy per file name and invoice; adding it again replaces it. */
  id: z.string().min(3).max(600),
  invoiceId: z.string().min(3).max(330),
  name: z.string().trim().min(1).max(255),
  type: z.string().max(100).default('application/pdf'),
  size: z.number().int().nonnegative().max(MAX_INVOICE_FILE_BYTES),
  data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_INVOICE_FILE_BYTES, 'file over 10 MB'),
  origin: InvoiceFileOriginSchema,
  addedAt: InstantSchema,
});
export type InvoiceFile = z.infer<typeof InvoiceFileSchema>;

export function invoiceFileId(invoiceId: string, name: string): string {
  return `${invoiceId}|${name}`;
}
