import { z } from 'zod';
import { CapturedInvoiceSchema, ClientNameSchema } from './invoice';

/**
 * What `extractInvoices` reports for one invoice on a page (the capture contract in DESIGN.md):
 * a captured invoice before the background knows where it was seen, the client possibly unknown,
 * with the extractor's confidence.
 */
export const DetectedInvoiceSchema = CapturedInvoiceSchema.omit({ source: true }).extend({
  clientName: ClientNameSchema.optional(),
  confidence: z.number().min(0).max(1),
});
export type DetectedInvoice = z.infer<typeof DetectedInvoiceSchema>;
