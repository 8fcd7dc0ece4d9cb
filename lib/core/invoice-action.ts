import { z } from 'zod';
import { ToneSchema, LanguageSchema } from './client';
import { CalendarDateSchema } from './dates';
import { EmailSchema } from './invoice';
import { MoneySchema } from './money';
import { CALL_OUTCOMES } from './reminder-event';

const Note = z.string().trim().max(2000).optional();

/**
 * What the user records about an invoice in the desk. Each one writes the invoice change and an
 * entry of the client's timeline together, and (but a note) can be undone.
 */
export const InvoiceActionSchema = z.discriminatedUnion('kind', [
  /** Full when `amount` is absent; a part payment lowers the amount still due. */
  z.object({ kind: z.literal('payment'), date: CalendarDateSchema, amount: MoneySchema.optional(), note: Note }),
  /** Not chased until the day after `date`; a promise not kept is flagged and the chase resumes. */
  z.object({ kind: z.literal('promise'), date: CalendarDateSchema, note: Note }),
  /** Out of the chase, still in the aging balance. */
  z.object({ kind: z.literal('dispute'), reason: z.string().trim().min(1).max(500) }),
  z.object({ kind: z.literal('call'), outcome: z.enum(CALL_OUTCOMES), promiseDate: CalendarDateSchema.optional(), note: Note }),
  /** Not chased until `until` included. */
  z.object({ kind: z.literal('pause'), until: CalendarDateSchema, note: Note }),
  /** Lifts a pause, a promise or a dispute: the chase resumes where it was. */
  z.object({ kind: z.literal('resume'), note: Note }),
  z.object({ kind: z.literal('cancel'), note: Note }),
  /** The portal showed a wrong due date. */
  z.object({ kind: z.literal('correct-due-date'), dueDate: CalendarDateSchema, note: Note }),
  z.object({ kind: z.literal('note'), text: z.string().trim().min(1).max(2000) }),
]);
export type InvoiceAction = z.infer<typeof InvoiceActionSchema>;
export type InvoiceActionKind = InvoiceAction['kind'];

/** What the user may change on a client in the desk. `tone: null` gives the choice back to the schedule. */
export const ClientPatchSchema = z
  .object({
    emails: z.array(EmailSchema).max(50),
    phone: z.string().trim().max(40),
    language: LanguageSchema,
    tone: ToneSchema.nullable(),
    since: CalendarDateSchema.nullable(),
    paused: z.boolean(),
    pausedUntil: CalendarDateSchema.nullable(),
    notes: z.string().max(10_000),
  })
  .partial()
  .strict();
export type ClientPatch = z.infer<typeof ClientPatchSchema>;
