import { z } from 'zod';
import { CalendarDateSchema, InstantSchema } from './dates';
import { EmailSourceSchema } from './client';
import { EmailSchema, InvoiceStatusSchema, plainText } from './invoice';
import { MoneySchema } from './money';

export const STAGES = ['courtesy', 'call', 'reminder1', 'reminder2', 'formal-notice', 'litigation', 'thank-you'] as const;
export const StageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof StageSchema>;

/** `manual`: something the user recorded in the desk (a payment, a promise, a dispute…). */
export const ChannelSchema = z.enum(['email', 'phone', 'letter', 'task', 'manual']);
/** What the user can record about an invoice from the desk, besides the reminders themselves. */
export const DESK_ACTIONS = ['payment', 'promise', 'dispute', 'pause', 'resume', 'cancel', 'correct'] as const;
export const EventActionSchema = z.enum(['drafted', 'sent', 'called', 'printed', 'done', 'note', ...DESK_ACTIONS]);
export type EventAction = z.infer<typeof EventActionSchema>;

/** The outcome of a logged call: what the person on the line said, or why nobody did. */
export const CALL_OUTCOMES = ['reached', 'no-answer', 'voicemail', 'promised', 'disputed', 'wrong-number'] as const;

/**
 * What an invoice looked like before a desk action changed it, so that Undo restores it exactly.
 * A key present with `null` was absent before (JSON and IndexedDB keep `null`, not `undefined`).
 */
export const InvoiceUndoSchema = z.object({
  status: InvoiceStatusSchema,
  statusSetBy: z.enum(['capture', 'user']),
  amountDue: MoneySchema,
  unpaid: z.union([z.literal(0), z.literal(1)]),
  dueDate: CalendarDateSchema,
  /** Absent from entries written before due dates could be the user's: the date was the portal's. */
  dueDateSetBy: z.enum(['capture', 'user']).nullable().optional(),
  paidAt: CalendarDateSchema.nullable(),
  promiseDate: CalendarDateSchema.nullable(),
  pausedUntil: CalendarDateSchema.nullable(),
  notes: z.string().max(10_000),
});
export type InvoiceUndo = z.infer<typeof InvoiceUndoSchema>;

/** A client's addresses before the user corrected them, so that Undo puts them back. */
export const ClientUndoSchema = z.object({
  emails: z.array(EmailSchema).max(50),
  emailSources: z.array(EmailSourceSchema).max(200),
  removedEmails: z.array(EmailSchema).max(50),
});
export type ClientUndo = z.infer<typeof ClientUndoSchema>;

/** A copy of an invoice that left with a reminder (an InvoiceFile, by its id and name at the time). */
export const AttachmentRefSchema = z.object({
  fileId: z.string().min(3).max(600),
  name: z.string().trim().min(1).max(255),
});
export type AttachmentRef = z.infer<typeof AttachmentRefSchema>;

/** One entry in the trail of evidence. The schedule reads it and never deletes it. */
export const ReminderEventSchema = z.object({
  id: z.number().int().positive().optional(),
  invoiceIds: z.array(z.string().min(1)).min(1).max(200),
  clientId: z.string().min(1),
  /** The dunning stage a reminder, call or letter was; absent for payments, promises, disputes… */
  stage: StageSchema.optional(),
  channel: ChannelSchema,
  action: EventActionSchema,
  at: InstantSchema,
  /** The user's calendar date of the event, which the schedule's gaps count from. */
  date: CalendarDateSchema,
  to: z.array(EmailSchema).max(50).default([]),
  subject: plainText().max(500).optional(),
  outcome: plainText().max(500).optional(),
  note: plainText().max(10_000).optional(),
  /** A payment's amount. */
  amount: MoneySchema.optional(),
  /** A promise's date, a pause's last day, a corrected due date. */
  until: CalendarDateSchema.optional(),
  /** Set on desk actions that changed the invoice: what Undo puts back. */
  undo: InvoiceUndoSchema.optional(),
  /** Set on a correction of the client's addresses: what Undo puts back on the client. */
  clientUndo: ClientUndoSchema.optional(),
  /** The invoice files the reminder carried, as the webmail showed them attached when it was sent. */
  attachments: z.array(AttachmentRefSchema).max(20).optional(),
});
export type ReminderEvent = z.infer<typeof ReminderEventSchema>;
