import { z } from 'zod';
import { CalendarDateSchema, InstantSchema } from './dates';
import { MoneySchema } from './money';
import { stripBidi } from '../parse/normalize';

export const INVOICE_STATUSES = ['draft', 'open', 'partial', 'paid', 'cancelled', 'disputed'] as const;
export const InvoiceStatusSchema = z.enum(INVOICE_STATUSES);
export type InvoiceStatus = z.infer<typeof InvoiceStatusSchema>;

export const InvoiceKindSchema = z.enum(['invoice', 'credit-note']);
export type InvoiceKind = z.infer<typeof InvoiceKindSchema>;

export const CAPTURE_METHODS = ['table', 'grid', 'detail', 'jsonld', 'microdata', 'recipe', 'import', 'manual'] as const;

/**
 * Text from a page, a file or a message, without the controls that reorder what follows it
 * (a reminder line reversed by U+202E): the background's check, whatever the content script did.
 */
export const plainText = () => z.string().overwrite(stripBidi);
/** Page text is untrusted: bound every string so a hostile page cannot fill the disk. */
const shortText = (max: number) => plainText().trim().min(1).max(max);
export const InvoiceNumberSchema = shortText(64);
export const ClientNameSchema = shortText(200);
export const EmailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());

export const SourceSchema = z.object({
  url: z.url({ protocol: /^(https?|file)$/ }).max(2048),
  host: z.string().min(1).max(253),
  method: z.enum(CAPTURE_METHODS),
  seenAt: InstantSchema,
});
export type Source = z.infer<typeof SourceSchema>;

/**
 * The invoice's PDF on its portal page, fetched later by that page's content script with the
 * user's session: http(s) only (the background also checks it is of the page's own origin).
 */
export const PdfUrlSchema = z.url({ protocol: /^https?$/ }).max(2048);

/**
 * What a capture (or an import) reports about one invoice. Everything but the number and the
 * client is optional, because pages show what they show; storage fills the rest.
 */
export const CapturedInvoiceSchema = z.object({
  number: InvoiceNumberSchema,
  clientName: ClientNameSchema,
  clientEmail: EmailSchema.optional(),
  total: MoneySchema.optional(),
  amountDue: MoneySchema.optional(),
  issueDate: CalendarDateSchema.optional(),
  dueDate: CalendarDateSchema.optional(),
  status: InvoiceStatusSchema.optional(),
  kind: InvoiceKindSchema.optional(),
  source: SourceSchema,
  pdfUrl: PdfUrlSchema.optional(),
});
export type CapturedInvoice = z.infer<typeof CapturedInvoiceSchema>;

/** One invoice read from a CSV file: what a capture reports, and the portal it came from when the file says. */
export const ImportedInvoiceSchema = CapturedInvoiceSchema.omit({ source: true, pdfUrl: true }).extend({
  host: z
    .string()
    .regex(/^[a-z0-9.-]{1,253}(:\d{1,5})?$/)
    .optional(),
});
export type ImportedInvoice = z.infer<typeof ImportedInvoiceSchema>;

/** Who last decided an invoice's status: a portal page, or the user in Relance. */
export const StatusOriginSchema = z.enum(['capture', 'user']);

export const InvoiceSchema = z.object({
  id: z.string().min(3).max(330),
  number: InvoiceNumberSchema,
  clientId: z.string().min(1).max(200),
  clientName: ClientNameSchema,
  total: MoneySchema,
  amountDue: MoneySchema,
  issueDate: CalendarDateSchema.optional(),
  dueDate: CalendarDateSchema,
  /** True when the page showed no due date and it was derived from the payment terms. */
  dueDateInferred: z.boolean().default(false),
  status: InvoiceStatusSchema,
  statusSetBy: StatusOriginSchema.default('capture'),
  /** `user` once the due date was corrected in Relance (the portal was wrong): captures no longer move it. */
  dueDateSetBy: StatusOriginSchema.optional(),
  kind: InvoiceKindSchema,
  source: SourceSchema,
  /** The link to the invoice's PDF its portal page showed (same origin as the source). */
  pdfUrl: PdfUrlSchema.optional(),
  promiseDate: CalendarDateSchema.optional(),
  pausedUntil: CalendarDateSchema.optional(),
  notes: plainText().max(10_000).default(''),
  /** Indexed flag (IndexedDB cannot index booleans): 1 while the invoice is money still owed to us. */
  unpaid: z.union([z.literal(0), z.literal(1)]),
  paidAt: CalendarDateSchema.optional(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
});
export type Invoice = z.infer<typeof InvoiceSchema>;

export function isUnpaid(invoice: Pick<Invoice, 'status' | 'kind'>): boolean {
  return invoice.kind === 'invoice' && (invoice.status === 'open' || invoice.status === 'partial');
}

/** Invoice ids are `<source host>:<number>`: the same number on two portals is two invoices. */
export function invoiceId(host: string, number: string): string {
  return `${host.toLowerCase()}:${number}`;
}
