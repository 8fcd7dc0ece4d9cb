import { z } from 'zod';
import { CalendarDateSchema, InstantSchema } from './dates';
import { ClientNameSchema, EmailSchema, plainText } from './invoice';

export const ToneSchema = z.enum(['gentle', 'standard', 'firm']);
export type Tone = z.infer<typeof ToneSchema>;
export const LanguageSchema = z.enum(['fr', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

export const ClientSchema = z.object({
  id: z.string().min(1).max(200),
  name: ClientNameSchema,
  emails: z.array(EmailSchema).max(50).default([]),
  phone: plainText().max(40).optional(),
  language: LanguageSchema.optional(),
  /** Start of the business relationship, when known. */
  since: CalendarDateSchema.optional(),
  /** Set by the user; when absent the schedule derives the tone from the payment record. */
  tone: ToneSchema.optional(),
  paused: z.boolean().default(false),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
});
export type Client = z.infer<typeof ClientSchema>;

/**
 * A client's id is its name folded (case, accents, punctuation, legal form kept): the same
 * customer seen on a list page and on an invoice page, or on two portals, is one client.
 */
export function clientId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 200) || 'client';
}
