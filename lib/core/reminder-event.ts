import { z } from 'zod';
import { CalendarDateSchema, InstantSchema } from './dates';
import { EmailSchema } from './invoice';

export const STAGES = ['courtesy', 'call', 'reminder1', 'reminder2', 'formal-notice', 'litigation', 'thank-you'] as const;
export const StageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof StageSchema>;

export const ChannelSchema = z.enum(['email', 'phone', 'letter', 'task']);
export const EventActionSchema = z.enum(['drafted', 'sent', 'called', 'printed', 'done', 'note']);

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
  stage: StageSchema,
  channel: ChannelSchema,
  action: EventActionSchema,
  at: InstantSchema,
  /** The user's calendar date of the event, which the schedule's gaps count from. */
  date: CalendarDateSchema,
  to: z.array(EmailSchema).max(50).default([]),
  subject: z.string().max(500).optional(),
  outcome: z.string().max(500).optional(),
  note: z.string().max(10_000).optional(),
  /** The invoice files the reminder carried, as the webmail showed them attached when it was sent. */
  attachments: z.array(AttachmentRefSchema).max(20).optional(),
});
export type ReminderEvent = z.infer<typeof ReminderEventSchema>;
