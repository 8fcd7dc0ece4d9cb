import { z } from 'zod';
import { CalendarDateSchema, InstantSchema } from './dates';
import { ClientNameSchema, EmailSchema, plainText } from './invoice';

export const ToneSchema = z.enum(['gentle', 'standard', 'firm']);
export type Tone = z.infer<typeof ToneSchema>;
export const LanguageSchema = z.enum(['fr', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

/** Where an address was learned: a portal page (its host), a send Relance recorded (its event), the user, a file. */
export const EmailSourceSchema = z.object({
  email: EmailSchema,
  from: z.enum(['portal', 'send', 'user', 'import']),
  host: z.string().min(1).max(253).optional(),
  eventId: z.number().int().positive().optional(),
  at: InstantSchema,
});
export type EmailSource = z.infer<typeof EmailSourceSchema>;
/** Bounded like the addresses: a page cannot grow a client without end. */
export const MAX_EMAIL_SOURCES = 200;

export const ClientSchema = z.object({
  id: z.string().min(1).max(200),
  name: ClientNameSchema,
  emails: z.array(EmailSchema).max(50).default([]),
  /**
   * Where each address came from, shown with it and read before a reminder goes to it. Clients
   * stored before this existed have none (their addresses are trusted as they were); not indexed,
   * so no schema version is needed.
   */
  emailSources: z.array(EmailSourceSchema).max(MAX_EMAIL_SOURCES).default([]),
  /**
   * Addresses the user removed (the portal showed a wrong one): no page or file adds them back.
   * Not indexed, so no schema version is needed.
   */
  removedEmails: z.array(EmailSchema).max(50).optional(),
  phone: plainText().max(40).optional(),
  language: LanguageSchema.optional(),
  /** Start of the business relationship, when known. */
  since: CalendarDateSchema.optional(),
  /** Set by the user; when absent the schedule derives the tone from the payment record. */
  tone: ToneSchema.optional(),
  paused: z.boolean().default(false),
  /** Not chased until this day included (a client on holiday, a payment plan being agreed). */
  pausedUntil: CalendarDateSchema.optional(),
  /** The user's own notes on this client (the desk's client page). */
  notes: z.string().max(10_000).optional(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
});
export type Client = z.infer<typeof ClientSchema>;

/**
 * A client's id is its name folded (case, accents, punctuation, legal form kept): the same
 * customer seen on a list page and on an invoice page, or on two portals, is one client.
 */
export function clientId(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 200) || 'client'
  );
}

/** The client with `source` recorded, once per address and origin (the same host, event or the user). */
export function withEmailSource<C extends Pick<Client, 'emails' | 'emailSources'>>(client: C, source: EmailSource): C {
  const same = (s: EmailSource) =>
    s.email === source.email && s.from === source.from && s.host === source.host && s.eventId === source.eventId;
  const emails = client.emails.includes(source.email) ? client.emails : [...client.emails, source.email].slice(-50);
  const before = client.emailSources ?? []; // rows stored before sources existed have none
  const sources = before.some(same) ? before : [...before, source].slice(-MAX_EMAIL_SOURCES);
  return { ...client, emails, emailSources: sources };
}
