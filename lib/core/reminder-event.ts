import { z } from 'zod';
import { CalendarDateSchema, InstantSchema } from './dates';
import { EmailSchema, plainText } from './invoice';

export const STAGES = ['courtesy', 'call', 'reminder1', 'reminder2', 'formal-notice', 'litigation', 'thank-you'] as const;
export const StageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof StageSchema>;

export const ChannelSchema = z.enum(['email', 'phone', 'letter', 'task']);
export const EventActionSchema = z.enum(['drafted', 'sent', 'called', 'printed', 'done', 'note']);

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
  subject: plainText().max(500).optional(),
  outcome: plainText().max(500).optional(),
  note: plainText().max(10_000).optional(),
});
export type ReminderEvent = z.infer<typeof ReminderEventSchema>;
