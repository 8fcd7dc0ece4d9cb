import { z } from 'zod';
import { CalendarDateSchema } from './dates';
import { ClientNameSchema, EmailSchema, InvoiceKindSchema, InvoiceNumberSchema, InvoiceStatusSchema } from './invoice';
import { MoneySchema } from './money';

/** What `extractInvoices` reports for one invoice on a page (the capture contract in DESIGN.md). */
export const DetectedInvoiceSchema = z.object({
  number: InvoiceNumberSchema,
  clientName: ClientNameSchema.optional(),
  clientEmail: EmailSchema.optional(),
  total: MoneySchema.optional(),
  amountDue: MoneySchema.optional(),
  issueDate: CalendarDateSchema.optional(),
  dueDate: CalendarDateSchema.optional(),
  status: InvoiceStatusSchema.optional(),
  kind: InvoiceKindSchema.optional(),
  confidence: z.number().min(0).max(1),
});
export type DetectedInvoice = z.infer<typeof DetectedInvoiceSchema>;
